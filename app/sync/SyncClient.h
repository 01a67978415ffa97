#pragma once

#include "ConnectivityMonitor.h"
#include "SyncTypes.h"
#include "sync/SyncOverview.h"
#include "sync/SyncWorker.h"

#include <QObject>
#include <QThread>
#include <QUrl>

namespace fe {
namespace app {

// The screens' way to the sync engine: runs a SyncWorker on its own thread and keeps the latest
// of what it reported (connectivity, state, progress, overview), so a screen opened later shows it
// at once. Requests are posted to the worker; answers come back as signals on the GUI thread.
class SyncClient : public QObject
{
    Q_OBJECT
public:
    explicit SyncClient(QObject* parent = nullptr);
    ~SyncClient() override;

    void open(const QString& path, AutoSync autoSync);
    // Closes the sync side's store connection and waits until it is (before the store file is
    // replaced, e.g. by a restore). A run going on ends there; open() starts again.
    void close();
    // The operator's session for the sync thread's own connection (encrypted stores); lock()
    // wipes it there and pauses automatic sync.
    void unlock(const std::shared_ptr<OperatorSession>& session);
    void lock();
    void setAutoSync(AutoSync autoSync);
    void syncNow();
    void cancel();
    void retry(const QList<qint64>& seqs, const QString& operatorId);
    void exportBundle(const QString& path);
    void importAck(const QString& path);
    void enrol(const QUrl& server, const QString& caFile, const QString& code,
               const QString& deviceName = {});
    void setSupervisorToken(const QString& token);
    void refresh();

    sync::NetworkPolicy policy() const { return m_policy; }
    sync::SyncState state() const { return m_state; }
    bool isRunning() const { return m_running; }
    const sync::SyncProgress& progress() const { return m_progress; }
    const SyncOverview& overview() const { return m_overview; }
    const std::optional<sync::SyncSummary>& lastRun() const { return m_lastRun; }

    // Blocks until every request made so far was handled (tests and shutdown only).
    void waitForIdle();

Q_SIGNALS:
    void policyChanged(fe::sync::NetworkPolicy policy);
    void stateChanged(fe::sync::SyncState state);
    void progressChanged(const fe::sync::SyncProgress& progress);
    void overviewChanged(const fe::app::SyncOverview& overview);
    void runStarted();
    void runFinished(const fe::sync::SyncSummary& summary);
    void actionFinished(fe::app::SyncAction action, const fe::Error& error, const QString& message);

private:
    template <typename F> void post(F&& work);

    QThread m_thread;
    SyncWorker* m_worker = nullptr;
    sync::NetworkPolicy m_policy = sync::NetworkPolicy::Offline;
    sync::SyncState m_state = sync::SyncState::Idle;
    bool m_running = false;
    sync::SyncProgress m_progress;
    SyncOverview m_overview;
    std::optional<sync::SyncSummary> m_lastRun;
};

} // namespace app
} // namespace fe
