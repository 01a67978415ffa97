#include "sync/SupervisorClient.h"

#include "HttpClient.h"
#include "NetworkJob.h"
#include "wire/Api.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace fe {
namespace app {

SupervisorClient::SupervisorClient(QObject* parent) : QObject(parent) {}

SupervisorClient::~SupervisorClient() = default;

void SupervisorClient::configure(const sync::SyncConfig& connection, const QString& token)
{
    if (m_http && token == m_token && connection.serverUrl == m_http->config().serverUrl &&
        connection.caCertificateFile == m_http->config().caCertificateFile &&
        connection.pinnedKeySha256 == m_http->config().pinnedKeySha256)
        return; // requests under way keep their client
    m_token = token;
    m_http = std::make_unique<sync::HttpClient>(connection);
    m_http->setToken(token);
}

bool SupervisorClient::isConfigured() const
{
    return m_http && !m_token.isEmpty() && m_http->config().serverUrl.isValid() &&
           !m_http->config().serverUrl.isEmpty();
}

bool SupervisorClient::ready()
{
    if (!isConfigured()) {
        Q_EMIT failed({QStringLiteral("app.supervisor_not_configured"),
                       tr("Enter the supervisor credential in Settings, and enrol this device with the "
                          "central office first."),
                       {}});
        return false;
    }
    if (const Status s = m_http->configurationError(); !s) {
        Q_EMIT failed(s.error());
        return false;
    }
    return true;
}

template <typename F> void SupervisorClient::watch(sync::NetworkJob* job, F onBody)
{
    connect(job, &sync::NetworkJob::finished, this, [this, onBody](sync::NetworkJob* done) {
        done->deleteLater();
        const sync::JobResult& r = done->result();
        if (r.outcome != sync::JobOutcome::Ok) {
            Q_EMIT failed(r.error);
            return;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        if (!doc.isObject()) {
            Q_EMIT failed({QStringLiteral("sync.bad_answer"),
                           tr("The central office sent an answer this version cannot read."),
                           {}});
            return;
        }
        onBody(doc.object());
    });
}

void SupervisorClient::loadFleet()
{
    if (!ready())
        return;
    watch(m_http->get(QString::fromLatin1(wire::kPathFleet)),
          [this](const QJsonObject& o) { Q_EMIT fleetLoaded(o.value(QLatin1String("devices")).toArray()); });
}

void SupervisorClient::loadFlags()
{
    if (!ready())
        return;
    watch(m_http->get(QString::fromLatin1(wire::kPathFlags) + QStringLiteral("?state=open")),
          [this](const QJsonObject& o) { Q_EMIT flagsLoaded(o.value(QLatin1String("flags")).toArray()); });
}

void SupervisorClient::resolveFlag(qint64 flagId, bool samePerson)
{
    if (!ready())
        return;
    const QByteArray path = QByteArray(wire::kPathFlags) + '/' + QByteArray::number(flagId) + "/resolve";
    const QJsonObject body{
        {QLatin1String("decision"), samePerson ? QStringLiteral("same_person") : QStringLiteral("distinct")}};
    watch(m_http->post(path.constData(), QJsonDocument(body).toJson(QJsonDocument::Compact), false),
          [this, flagId](const QJsonObject&) { Q_EMIT flagResolved(flagId); });
}

} // namespace app
} // namespace fe
