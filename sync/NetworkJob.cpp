#include "NetworkJob.h"

#include "crypto/Crypto.h"
#include "wire/Messages.h"

#include <QNetworkReply>

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslKey>
#include <cmath>

namespace fe::sync {
NetworkJob::NetworkJob(QNetworkReply* reply, QString requestId, qint64 bytesSent, int inactivityMs,
                       const QByteArray& pinnedKeySha256, QObject* parent)
    : QObject(parent), m_reply(reply), m_pin(pinnedKeySha256)
{
    m_result.requestId = std::move(requestId);
    m_result.bytesSent = bytesSent;
    m_elapsed.start();
    m_inactivity.setSingleShot(true);
    m_inactivity.setInterval(inactivityMs);
    connect(&m_inactivity, &QTimer::timeout, this, &NetworkJob::onTimeout);
    connect(reply, &QNetworkReply::finished, this, &NetworkJob::onFinished);
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        onActivity();
        Q_EMIT uploadProgress(sent, total);
        if (!m_uploaded && total > 0 && sent == total) {
            m_uploaded = true;
            Q_EMIT uploaded();
        }
    });
    connect(reply, &QNetworkReply::downloadProgress, this, &NetworkJob::onActivity);
    connect(reply, &QNetworkReply::metaDataChanged, this, &NetworkJob::onActivity);
    connect(reply, &QNetworkReply::encrypted, this, &NetworkJob::checkPin);
    // Certificate errors are collected for the message and never ignored: the request fails.
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        QStringList texts;
        for (const QSslError& e : errors)
            texts.append(e.errorString());
        m_tlsErrors = texts.join(QStringLiteral("; "));
    });
    m_inactivity.start();
}

NetworkJob::~NetworkJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void NetworkJob::abort()
{
    m_aborted = true;
    if (m_reply)
        m_reply->abort();
}

void NetworkJob::onActivity()
{
    m_inactivity.start();
}

void NetworkJob::onTimeout()
{
    m_timedOut = true;
    if (m_reply)
        m_reply->abort();
}

void NetworkJob::checkPin()
{
    if (m_pin.isEmpty() || !m_reply)
        return;
    const QSslCertificate peer = m_reply->sslConfiguration().peerCertificate();
    const QByteArray key = crypto::sha256(peer.publicKey().toDer());
    if (!crypto::constantTimeEquals(key, m_pin)) {
        m_pinFailed = true;
        m_reply->abort();
    }
}

// The total of the durations in a Server-Timing header ("app;dur=12.5"); 0 when absent or unreadable.
double serverTimingMs(const QByteArray& header)
{
    double total = 0;
    for (const QByteArray& metric : header.split(',')) {
        for (const QByteArray& param : metric.split(';')) {
            const QByteArray p = param.trimmed();
            if (!p.startsWith("dur="))
                continue;
            bool ok = false;
            const double ms = p.mid(4).toDouble(&ok);
            if (ok && std::isfinite(ms) && ms > 0 && ms < 3.6e6)
                total += ms;
        }
    }
    return total;
}

void NetworkJob::onFinished()
{
    m_inactivity.stop();
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    JobResult& r = m_result;
    r.elapsedMs = m_elapsed.elapsed();
    r.serverMs = serverTimingMs(reply->rawHeader("Server-Timing"));
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        r.body = reply->readAll();
    r.bytesReceived = r.body.size();
    const QNetworkReply::NetworkError error = reply->error();

    if (m_pinFailed) {
        r.outcome = JobOutcome::Tls;
        r.error = {QStringLiteral("tls.pin_mismatch"),
                   tr("The central office presented a different key than the one this device trusts. "
                      "Nothing was sent."),
                   {}};
    } else if (m_aborted) {
        r.outcome = JobOutcome::Transient;
        r.error = {QStringLiteral("sync.cancelled"), tr("The request was cancelled."), {}};
    } else if (m_timedOut) {
        r.outcome = JobOutcome::Transient;
        r.error = {QStringLiteral("network.timeout"),
                   tr("The central office stopped answering (request %1).").arg(r.requestId),
                   {}};
    } else if (error == QNetworkReply::SslHandshakeFailedError || !m_tlsErrors.isEmpty()) {
        r.outcome = JobOutcome::Tls;
        r.error = {QStringLiteral("tls.untrusted"),
                   tr("The central office's certificate is not trusted: %1. Nothing was sent.")
                       .arg(m_tlsErrors.isEmpty() ? reply->errorString() : m_tlsErrors),
                   {}};
    } else if (r.httpStatus == 0) {
        r.outcome = JobOutcome::Transient;
        r.error = {QStringLiteral("network.failed"),
                   tr("The central office could not be reached: %1.").arg(reply->errorString()),
                   {}};
    } else if (r.httpStatus >= 200 && r.httpStatus < 300) {
        r.outcome = JobOutcome::Ok;
    } else {
        const auto decoded = wire::decodeErrorBody(r.body);
        if (decoded.ok()) {
            r.error = decoded.value().error;
            r.errorSeq = decoded.value().seq;
        }
        if (r.error.code.isEmpty())
            r.error = {QStringLiteral("http.%1").arg(r.httpStatus),
                       tr("The central office answered with HTTP status %1.").arg(r.httpStatus),
                       {}};
        if (r.httpStatus == 401)
            r.outcome = JobOutcome::Auth;
        else if (r.httpStatus == 408 || r.httpStatus == 429 || r.httpStatus >= 500)
            r.outcome = JobOutcome::Transient;
        else
            r.outcome = JobOutcome::Refused;
        bool ok = false;
        const qint64 seconds = reply->rawHeader("Retry-After").trimmed().toLongLong(&ok);
        if (ok && seconds > 0)
            r.retryAfterMs = seconds * 1000;
    }
    reply->deleteLater();
    m_reply = nullptr;
    Q_EMIT finished(this);
}

} // namespace fe::sync
