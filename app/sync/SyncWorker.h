#pragma once

#include "ConnectivityMonitor.h"
#include "SyncTypes.h"
#include "sync/SyncOverview.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace fe {
class Store;
struct OperatorSession;
namespace sync {
class DeviceEnrolment;
class HttpClient;
class SyncEngine;
} // namespace sync

namespace app {

// What the sync screen asked for, repeated in the answer.
enum class SyncAction { Retry, ExportBundle, ImportAck, Enrol, SupervisorToken };

// Runs the sync engine on the sync thread (SyncClient moves it there) with its own connection to
// the store, so a run never holds up the screens or the storage worker. Everything it reports
// goes out as signals, which SyncClient receives queued on the GUI thread.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    explicit SyncWorker(QObject* parent = nullptr);
    ~SyncWorker() override;

    // Handlers: called on the sync thread only.
    void open(const QString& path, const QString& appVersion, fe::app::AutoSync autoSync);
    void close();
    // Encryption at rest: the sync connection opens locked and works only while the operator's
    // session (shared from the storage worker) unlocks it; locking stops automatic runs.
    void unlock(const std::shared_ptr<fe::OperatorSession>& session);
    void lock();
    void setAutoSync(fe::app::AutoSync autoSync);
    void syncNow();
    void cancel();
    void retry(const QList<qint64>& seqs, const QString& operatorId);
    void exportBundle(const QString& path);
    void importAck(const QString& path);
    void enrol(const QUrl& server, const QString& caFile, const QString& code, const QString& deviceName);
    void setSupervisorToken(const QString& token);
    void refresh();

Q_SIGNALS:
    void overviewChanged(const fe::app::SyncOverview& overview);
    void policyChanged(fe::sync::NetworkPolicy policy);
    void stateChanged(fe::sync::SyncState state);
    void progressChanged(const fe::sync::SyncProgress& progress);
    void runFinished(const fe::sync::SyncSummary& summary);
    // `error.code` empty: done; `message` says what happened, in the clerk's language.
    void actionFinished(fe::app::SyncAction action, const fe::Error& error, const QString& message);

private:
    bool requireStore(SyncAction action);
    // The engine is rebuilt whenever its configuration changes (enrolment, auto-sync policy).
    void rebuildEngine();
    void setPolicy(sync::NetworkPolicy policy);
    void addBytesSent(qint64 bytes);

    std::unique_ptr<Store> m_store;
    std::unique_ptr<sync::SyncEngine> m_engine;
    // With automatic sync off the engine does not watch the link; this monitor does, for the
    // status bar.
    std::unique_ptr<sync::HttpClient> m_probeHttp;
    std::unique_ptr<sync::ConnectivityMonitor> m_monitor;
    std::unique_ptr<sync::DeviceEnrolment> m_enrolment;
    QString m_appVersion;
    AutoSync m_autoSync = AutoSync::AnyLink;
    bool m_rebuildAfterRun = false;
    sync::NetworkPolicy m_policy = sync::NetworkPolicy::Offline;
};

} // namespace app
} // namespace fe
