#include "sync/SyncWorker.h"

#include "BundleTransfer.h"
#include "DeviceCredentials.h"
#include "DeviceEnrolment.h"
#include "HttpClient.h"
#include "StoredSettings.h"
#include "SyncEngine.h"
#include "SyncKeys.h"
#include "store/Store.h"

#include "sync/SyncMessages.h"
#include <QTimer>

namespace fe {
namespace app {

namespace {

// Where the supervisor credential is kept: in the store with the device's own (docs/APP.md).
const QString kSupervisorTokenKey = QStringLiteral("app.supervisor_token");
// The data sent over the device's life, as the sync screen shows it (the engine reports each run's).
const QString kBytesSentKey = QStringLiteral("app.bytes_sent");

} // namespace

SyncWorker::SyncWorker(QObject* parent) : QObject(parent) {}

SyncWorker::~SyncWorker()
{
    close();
}

void SyncWorker::open(const QString& path, const QString& appVersion, AutoSync autoSync)
{
    close();
    m_appVersion = appVersion;
    m_autoSync = autoSync;
    auto opened = Store::open(path);
    if (!opened.ok()) {
        // The storage worker reports a store that does not open; the sync screen stays empty.
        setPolicy(sync::NetworkPolicy::Offline);
        return;
    }
    m_store = std::move(opened).value();
    if (!m_store->isUnlocked()) {
        // Encrypted: nothing is sent or read until the operator's session arrives (unlock).
        setPolicy(sync::NetworkPolicy::Offline);
        return;
    }
    rebuildEngine();
    refresh();
}

void SyncWorker::unlock(const std::shared_ptr<OperatorSession>& session)
{
    if (!m_store || !session || !m_store->isEncrypted())
        return;
    m_engine.reset(); // not left running on the previous session
    if (m_store->isUnlocked())
        m_store->lock(); // another operator now: their session
    OperatorSession copy{session->op, session->dataKey.clone()};
    if (!m_store->unlock(std::move(copy)).ok())
        return; // stays paused; the storage worker's login decides what the operator sees
    rebuildEngine();
    refresh();
}

void SyncWorker::lock()
{
    if (!m_store || !m_store->isEncrypted())
        return;
    // Automatic sync pauses with the screens: the engine goes (a run in progress ends there),
    // the key is wiped. The link monitor goes too; the status bar says offline until unlocked.
    m_enrolment.reset();
    m_engine.reset();
    m_monitor.reset();
    m_probeHttp.reset();
    m_store->lock();
    setPolicy(sync::NetworkPolicy::Offline);
}

void SyncWorker::close()
{
    m_enrolment.reset();
    m_engine.reset();
    m_monitor.reset();
    m_probeHttp.reset();
    m_store.reset();
}

void SyncWorker::setAutoSync(AutoSync autoSync)
{
    if (autoSync == m_autoSync)
        return;
    m_autoSync = autoSync;
    if (!m_store)
        return;
    if (m_engine && m_engine->isRunning())
        m_rebuildAfterRun = true; // never pull the engine from under its own run
    else
        rebuildEngine();
}

void SyncWorker::rebuildEngine()
{
    m_engine.reset();
    m_monitor.reset();
    m_probeHttp.reset();
    if (!m_store || !m_store->isUnlocked())
        return; // locked: paused until the operator's session arrives
    sync::SyncConfig config = sync::storedConfig(*m_store, m_appVersion);
    config.syncOnMetered = m_autoSync == AutoSync::AnyLink;
    m_engine = std::make_unique<sync::SyncEngine>(*m_store, config);
    connect(m_engine.get(), &sync::SyncEngine::policyChanged, this, &SyncWorker::setPolicy);
    connect(m_engine.get(), &sync::SyncEngine::stateChanged, this, &SyncWorker::stateChanged);
    connect(m_engine.get(), &sync::SyncEngine::progressChanged, this, &SyncWorker::progressChanged);
    connect(m_engine.get(), &sync::SyncEngine::finished, this, [this](const sync::SyncSummary& summary) {
        addBytesSent(summary.progress.bytesSent);
        Q_EMIT runFinished(summary);
        refresh();
        if (m_rebuildAfterRun) {
            m_rebuildAfterRun = false;
            // Not inside the engine's own signal: it is deleted by the rebuild.
            QTimer::singleShot(0, this, &SyncWorker::rebuildEngine);
        }
    });
    const bool enrolled = sync::DeviceCredentials::load(*m_store).ok();
    if (!enrolled) {
        setPolicy(sync::NetworkPolicy::Offline);
        return;
    }
    if (m_autoSync != AutoSync::Never) {
        m_engine->start();
        return;
    }
    // No automatic runs, but the status bar still tells whether the central office answers.
    if (!config.serverUrl.isValid())
        config.serverUrl = sync::DeviceCredentials::load(*m_store).value().serverUrl;
    m_probeHttp = std::make_unique<sync::HttpClient>(config);
    m_monitor = std::make_unique<sync::ConnectivityMonitor>(*m_probeHttp, config);
    connect(m_monitor.get(), &sync::ConnectivityMonitor::policyChanged, this, &SyncWorker::setPolicy);
    m_monitor->start();
}

void SyncWorker::addBytesSent(qint64 bytes)
{
    if (!m_store || bytes <= 0)
        return;
    const qint64 total = m_store->syncValue(kBytesSentKey).toLongLong() + bytes;
    // Only a figure for the screen: a failure to keep it is not worth a message.
    (void)m_store->setSyncValue(kBytesSentKey, QString::number(total));
}

void SyncWorker::setPolicy(sync::NetworkPolicy policy)
{
    m_policy = policy;
    Q_EMIT policyChanged(policy);
}

bool SyncWorker::requireStore(SyncAction action)
{
    if (m_store)
        return true;
    Q_EMIT actionFinished(action, {QStringLiteral("app.no_store"), tr("No store is open."), {}}, {});
    return false;
}

void SyncWorker::syncNow()
{
    if (m_engine) {
        m_engine->syncNow();
        return;
    }
    sync::SyncSummary summary;
    summary.outcome = sync::SyncOutcome::NotEnrolled;
    summary.error = {QStringLiteral("app.no_store"), tr("No store is open."), {}};
    Q_EMIT runFinished(summary);
}

void SyncWorker::cancel()
{
    if (m_engine)
        m_engine->cancel();
}

void SyncWorker::retry(const QList<qint64>& seqs, const QString& operatorId)
{
    if (!requireStore(SyncAction::Retry))
        return;
    const Status s = m_store->retryQuarantined(seqs, operatorId);
    refresh();
    if (!s) {
        Q_EMIT actionFinished(SyncAction::Retry, s.error(), SyncMessages::text(s.error()));
        return;
    }
    Q_EMIT actionFinished(
        SyncAction::Retry, {},
        tr("%n record(s) will be sent again with the next sync.", nullptr, static_cast<int>(seqs.size())));
}

void SyncWorker::exportBundle(const QString& path)
{
    if (!requireStore(SyncAction::ExportBundle))
        return;
    const auto exported = sync::BundleTransfer::exportBundle(*m_store, path);
    if (!exported.ok()) {
        Q_EMIT actionFinished(SyncAction::ExportBundle, exported.error(),
                              SyncMessages::text(exported.error()));
        return;
    }
    QString message = tr("%n record(s) written to the bundle. Take it to the central office and bring "
                         "back its acknowledgement.",
                         nullptr, exported.value().entries);
    if (exported.value().remaining > 0)
        message +=
            QLatin1Char(' ') + tr("%n more record(s) did not fit: export another bundle after this one.",
                                  nullptr, static_cast<int>(exported.value().remaining));
    Q_EMIT actionFinished(SyncAction::ExportBundle, {}, message);
}

void SyncWorker::importAck(const QString& path)
{
    if (!requireStore(SyncAction::ImportAck))
        return;
    const auto imported = sync::BundleTransfer::importAck(*m_store, path);
    refresh();
    if (!imported.ok()) {
        Q_EMIT actionFinished(SyncAction::ImportAck, imported.error(), SyncMessages::text(imported.error()));
        return;
    }
    const sync::AckImport& a = imported.value();
    const QString message =
        a.alreadyImported ? tr("This acknowledgement was imported before: nothing changed.")
                          : tr("Accepted by the central office: %1. Set aside: %2. Held back for now: %3.")
                                .arg(a.accepted)
                                .arg(a.quarantined)
                                .arg(a.waiting);
    Q_EMIT actionFinished(SyncAction::ImportAck, {}, message);
}

void SyncWorker::enrol(const QUrl& server, const QString& caFile, const QString& code,
                       const QString& deviceName)
{
    if (!requireStore(SyncAction::Enrol))
        return;
    if (m_enrolment) {
        Q_EMIT actionFinished(
            SyncAction::Enrol,
            {QStringLiteral("app.enrol_busy"), tr("The device is being enrolled already."), {}}, {});
        return;
    }
    sync::SyncConfig config = sync::storedConfig(*m_store, m_appVersion);
    config.serverUrl = server;
    config.caCertificateFile = caFile;
    config.pinnedKeySha256.clear();
    m_enrolment = std::make_unique<sync::DeviceEnrolment>(*m_store, config);
    connect(m_enrolment.get(), &sync::DeviceEnrolment::finished, this,
            [this, server, caFile](const Status& status) {
                // Deleted later: this runs inside the enrolment's own signal.
                m_enrolment.release()->deleteLater();
                Status result = status;
                if (result)
                    result = sync::saveConnection(*m_store, {server, caFile, {}});
                if (!result) {
                    Q_EMIT actionFinished(SyncAction::Enrol, result.error(),
                                          SyncMessages::text(result.error()));
                    return;
                }
                rebuildEngine();
                refresh();
                Q_EMIT actionFinished(SyncAction::Enrol, {},
                                      tr("This device is enrolled with the central office."));
            });
    // Replacing an earlier enrolment is what the clerk asks for when enrolling from Settings again.
    m_enrolment->start(code, deviceName.isEmpty() ? m_store->status().deviceName : deviceName, true);
}

void SyncWorker::setSupervisorToken(const QString& token)
{
    if (!requireStore(SyncAction::SupervisorToken))
        return;
    const Status s = m_store->setSyncValue(kSupervisorTokenKey, token.trimmed());
    refresh();
    Q_EMIT actionFinished(SyncAction::SupervisorToken, s ? Error{} : s.error(),
                          s ? tr("The supervisor credential is saved.") : SyncMessages::text(s.error()));
}

void SyncWorker::refresh()
{
    if (!m_store)
        return;
    SyncOverview o;
    if (const auto credentials = sync::DeviceCredentials::load(*m_store); credentials.ok()) {
        o.enrolled = true;
        o.deviceId = credentials.value().deviceId;
        o.district = credentials.value().district;
    }
    o.connection = sync::storedConfig(*m_store, m_appVersion);
    if (!o.connection.serverUrl.isValid() || o.connection.serverUrl.isEmpty())
        if (const auto credentials = sync::DeviceCredentials::load(*m_store); credentials.ok())
            o.connection.serverUrl = credentials.value().serverUrl;
    o.supervisorToken = m_store->syncValue(kSupervisorTokenKey);
    o.pending = m_store->queueStatus().pending;
    o.pendingEntries = m_store->pendingOutbox(SyncOverview::kPendingShown);
    o.quarantined = m_store->quarantinedOutbox();
    const qint64 last = m_store->syncValue(QString::fromLatin1(sync::keys::kLastSuccess)).toLongLong();
    if (last > 0)
        o.lastSuccess = QDateTime::fromMSecsSinceEpoch(last);
    o.bytesSent = m_store->syncValue(kBytesSentKey).toLongLong();
    Q_EMIT overviewChanged(o);
}

} // namespace app
} // namespace fe
