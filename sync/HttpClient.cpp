#include "HttpClient.h"

#include "NetworkJob.h"
#include "common/Uuid.h"
#include "wire/Api.h"
#include "wire/Compression.h"

#include <QFile>
#include <QNetworkReply>
#include <QSslCertificate>

namespace fe::sync {
HttpClient::HttpClient(SyncConfig config, QObject* parent) : QObject(parent), m_config(std::move(config))
{
    m_manager.setAutoDeleteReplies(false);
    m_manager.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_tls.setProtocol(QSsl::TlsV1_2OrLater);
    if (!m_config.caCertificateFile.isEmpty()) {
        QFile file(m_config.caCertificateFile);
        const QList<QSslCertificate> cas = file.open(QIODevice::ReadOnly)
                                               ? QSslCertificate::fromData(file.readAll(), QSsl::Pem)
                                               : QList<QSslCertificate>();
        if (cas.isEmpty())
            m_configError = Error{QStringLiteral("tls.ca_unreadable"),
                                  tr("The central office's certificate authority file cannot be read."),
                                  QStringLiteral("ca")};
        // Only this authority: the system's list is replaced, not extended.
        m_tls.setCaCertificates(cas);
    }
}

QNetworkRequest HttpClient::request(const QString& pathAndQuery, QString& requestId) const
{
    QUrl url = m_config.serverUrl;
    const qsizetype query = pathAndQuery.indexOf(QLatin1Char('?'));
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + pathAndQuery.left(query));
    if (query >= 0)
        url.setQuery(pathAndQuery.mid(query + 1));
    QNetworkRequest req(url);
    requestId = uuidText(createUuidV7(QDateTime::currentMSecsSinceEpoch()));
    req.setRawHeader("X-Request-Id", requestId.toLatin1());
    req.setRawHeader("User-Agent", "FieldEnrol/" + m_config.appVersion.toLatin1());
    if (!m_token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    // HTTP/1.1 on one kept-alive connection. Cleartext requests keep Qt's default: Qt 6 speaks
    // HTTP/2 over cleartext only when asked to (Http2CleartextAllowedAttribute), and a request
    // that forbids HTTP/2 is filed under another connection key than the one preconnect() opened.
    if (url.scheme() == QLatin1String("https")) {
        req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        req.setSslConfiguration(m_tls);
    }
    return req;
}

NetworkJob* HttpClient::post(const char* path, const QByteArray& json, bool sign, int compressionLevel)
{
    const QByteArray signature =
        sign && !m_signKey.isEmpty() ? wire::signatureHeader(json, m_signKey) : QByteArray();
    return postPrepared(path, wire::gzipCompress(json, compressionLevel), signature);
}

NetworkJob* HttpClient::postPrepared(const char* path, const QByteArray& gzipBody,
                                     const QByteArray& signature)
{
    QString requestId;
    QNetworkRequest req = request(QString::fromLatin1(path), requestId);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setRawHeader("Content-Encoding", "gzip");
    if (!signature.isEmpty())
        req.setRawHeader(wire::kSignatureHeader, signature);
    QNetworkReply* reply = m_manager.post(req, gzipBody);
    return new NetworkJob(reply, requestId, gzipBody.size(), m_config.inactivityTimeoutMs,
                          m_config.pinnedKeySha256, this);
}

void HttpClient::preconnect()
{
    const QUrl& url = m_config.serverUrl;
    if (!url.isValid() || url.host().isEmpty())
        return;
    // Cleartext only: Qt 6.4 files a connection opened ahead with TLS under a key that allows
    // HTTP/2, which the requests (HTTP/1.1) do not share: it would be a second connection.
    if (url.scheme() == QLatin1String("http"))
        m_manager.connectToHost(url.host(), static_cast<quint16>(url.port(80)));
}

NetworkJob* HttpClient::get(const QString& pathAndQuery)
{
    QString requestId;
    QNetworkReply* reply = m_manager.get(request(pathAndQuery, requestId));
    return new NetworkJob(reply, requestId, 0, m_config.inactivityTimeoutMs, m_config.pinnedKeySha256, this);
}

} // namespace fe::sync
