#include "DeviceEnrolment.h"

#include "DeviceCredentials.h"
#include "SyncKeys.h"
#include "crypto/Crypto.h"
#include "store/Store.h"
#include "wire/Api.h"
#include "wire/Messages.h"

#include <QTimer>

namespace fe::sync {
DeviceEnrolment::DeviceEnrolment(Store& store, SyncConfig config, QObject* parent)
    : QObject(parent), m_store(store), m_config(std::move(config)), m_http(m_config)
{
    qRegisterMetaType<fe::Status>();
}

void DeviceEnrolment::start(const QString& code, const QString& deviceName, bool replace)
{
    const auto finishLater = [this](const Error& e) {
        QTimer::singleShot(0, this, [this, e] { Q_EMIT finished(Status(e)); });
    };
    if (const Status s = m_http.configurationError(); !s)
        return finishLater(s.error());
    if (!m_config.serverUrl.isValid() || m_config.serverUrl.host().isEmpty())
        return finishLater({QStringLiteral("sync.server_url"),
                            tr("Give the central office's address, e.g. https://central.example.org."),
                            QStringLiteral("server")});
    if (!replace && DeviceCredentials::load(m_store).ok())
        return finishLater({QStringLiteral("enrol.already"),
                            tr("This device is already enrolled. Enrolling it again replaces its identity at "
                               "the central office."),
                            {}});
    const crypto::KeyPair keys = crypto::generateSigningKeyPair();
    m_signPublic = keys.publicKey;
    m_signSecret = keys.secretKey;
    wire::EnrolRequest request;
    request.code = code.trimmed();
    request.signPublicKey = keys.publicKey;
    request.deviceName = deviceName.left(wire::Limits{}.maxTextLength);
    request.appVersion = m_config.appVersion;
    NetworkJob* job = m_http.post(wire::kPathEnrol, wire::encode(request), false);
    connect(job, &NetworkJob::finished, this, &DeviceEnrolment::onAnswer);
}

void DeviceEnrolment::onAnswer(NetworkJob* job)
{
    job->deleteLater();
    const JobResult& result = job->result();
    if (result.outcome != JobOutcome::Ok) {
        Q_EMIT finished(Status(result.error));
        return;
    }
    const auto response = wire::decodeEnrolResponse(result.body);
    if (!response.ok()) {
        Q_EMIT finished(Status(Error{QStringLiteral("sync.bad_answer"),
                                     tr("The central office's answer was cut short or damaged."),
                                     {}}));
        return;
    }
    const wire::EnrolResponse& r = response.value();
    if (r.country != m_store.country().code) {
        Q_EMIT finished(
            Status(Error{QStringLiteral("enrol.country_mismatch"),
                         tr("The enrolment code is for another country than this device's store."),
                         {}}));
        return;
    }
    DeviceCredentials c;
    c.deviceId = r.deviceId;
    c.token = r.token;
    c.district = r.district;
    c.serverUrl = m_config.serverUrl;
    c.signSecretKey = m_signSecret;
    c.signPublicKey = m_signPublic;
    c.serverBoxPublicKey = r.serverBoxPublicKey;
    c.serverSignPublicKey = r.serverSignPublicKey;
    if (!c.complete()) {
        Q_EMIT finished(Status(Error{QStringLiteral("sync.bad_answer"),
                                     tr("The central office's answer was cut short or damaged."),
                                     {}}));
        return;
    }
    // A new identity starts with fresh sync bookkeeping.
    for (const char* key : {keys::kRequestReserved, keys::kInflight, keys::kHighWater, keys::kPullCursor,
                            keys::kLinkFailures, keys::kLinkRetryAt})
        (void)m_store.setSyncValue(QString::fromLatin1(key), QStringLiteral("0"));
    (void)m_store.setSyncValue(QString::fromLatin1(keys::kLastReconcile),
                               QString::number(QDateTime::currentMSecsSinceEpoch()));
    Q_EMIT finished(c.save(m_store));
}

} // namespace fe::sync
