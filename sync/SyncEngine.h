#pragma once

#include "ConnectivityMonitor.h"
#include "DeviceCredentials.h"
#include "HttpClient.h"
#include "LinkEstimator.h"
#include "NetworkJob.h"
#include "PreparedBatch.h"
#include "Reconciler.h"
#include "SyncConfig.h"
#include "SyncTypes.h"
#include "common/Clock.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <optional>
#include <thread>

namespace fe {
class Store;
}

namespace fe::sync {

// The device's side of synchronisation. It reports only through signals and needs no UI: the app,
// `fieldenrolctl sync` and the tests drive the same object. One run pushes every due outbox entry
// (in sequence order, in batches sized to the link, the next batch sealed and compressed while the
// previous one is on the wire), pulls what the central office has for the device, and reconciles
// when due. An entry is marked sent only in the same local transaction that records the central
// office's answer for it; what a crash or a lost answer leaves open is settled by the manifest
// before anything is sent again (docs/SYNC.md).
//
// Runs start on demand (syncNow), when connectivity appears and on a timer (after start()).
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    SyncEngine(Store& store, SyncConfig config, const Clock& clock = SystemClock::instance(),
               QObject* parent = nullptr);
    ~SyncEngine() override;

    // Automatic mode: watch connectivity and sync when the link appears and on the timer.
    void start();
    void stop();

    // One run now, until nothing due is left or the link gives up. Ignored while a run is going
    // (a second run follows it).
    void syncNow();
    // A run that also compares manifests with the central office, whenever the last one was.
    void reconcileNow();
    void cancel();

    bool isRunning() const { return m_running; }
    SyncState state() const { return m_state; }
    NetworkPolicy policy() const { return m_monitor.policy(); }
    const SyncProgress& progress() const { return m_progress; }
    const LinkEstimator& link() const { return m_link; }
    static constexpr qint64 kLinkMemoryMs = 15 * 60 * 1000;

Q_SIGNALS:
    void stateChanged(fe::sync::SyncState state);
    void policyChanged(fe::sync::NetworkPolicy policy);
    void progressChanged(const fe::sync::SyncProgress& progress);
    void entryOutcome(const fe::sync::EntryOutcome& outcome);
    void errorOccurred(const fe::Error& error); // transient ones too: the run goes on
    void finished(const fe::sync::SyncSummary& summary);

private:
    void beginRun();
    void beginPush();
    void sendNext();
    void prepareAhead();
    Store::Durability markerDurability() const;
    void postInflight();
    void dropPrepared();
    void abandonJob();
    struct BatchInput
    {
        QList<OutboxItem> items;
        qint64 number = 0; // 0: nothing more to send
        BatchOptions options;
    };
    std::optional<BatchInput> nextInput(qint64 afterSeq);
    std::optional<PreparedBatch> prepare(qint64 afterSeq);
    void onPrepared(PreparedBatch batch, quint64 generation);
    void onPushAnswer(NetworkJob* job);
    bool settleAnswer();
    QString markerAfterAnswer() const;
    void answerApplied(const LinkEstimator& measured);
    void answerNotApplied(const PreparedBatch& batch, const JobResult& result);
    bool applyAnswer(const PreparedBatch& batch, const QByteArray& body, const LinkEstimator& link,
                     const QString& markerAfter);
    void onRefused(const JobResult& result);
    void quarantineOne(qint64 seq, const Error& error);
    void onTransient(const JobResult& result, const QList<qint64>& deferSeqs);
    void pushDone();
    void pullNext();
    void onPullAnswer(NetworkJob* job);
    struct Page
    {
        QList<PulledChange> changes;
        qint64 cursor = 0;
    };
    std::optional<Page> newChanges(const QList<wire::Change>& changes, qint64 cursor) const;
    bool applyPage(const QList<wire::Change>& changes, qint64 cursor);
    void startReconcile();
    void onChecked(const ReconcileReport& report, const JobResult& failure);
    void onReconciled(const ReconcileReport& report, const JobResult& failure);
    void finishRun(SyncOutcome outcome, const Error& error = {});
    void fail(const JobResult& result);
    void setState(SyncState state);
    void countJob(const JobResult& result);
    qint64 nextRequestNumber();
    bool reconcileDue();
    qint64 now() const { return m_clock.nowMs(); }
    void recallLink();
    QString value(const char* key) const;
    bool setValue(const char* key, const QString& value);

    Store& m_store;
    SyncConfig m_config;
    const Clock& m_clock;
    HttpClient m_http;
    ConnectivityMonitor m_monitor;
    LinkEstimator m_link;
    Reconciler m_reconciler;
    QRandomGenerator m_random;
    QTimer m_retryTimer;
    QTimer m_autoTimer;

    // The current run.
    bool m_running = false;
    bool m_again = false;
    bool m_cancelled = false;
    bool m_reconcileRequested = false;
    SyncState m_state = SyncState::Idle;
    DeviceCredentials m_credentials;
    SyncProgress m_progress;
    wire::DeviceStatus m_status;
    std::optional<PreparedBatch> m_inflight;
    std::optional<PreparedBatch> m_prepared;
    bool m_preparedSaved = false; // the saved in-flight marker covers m_prepared (or the one being made)
    qint64 m_preparedFirst = 0;   // its range
    qint64 m_preparedLast = 0;
    // The next batch sealed on a thread of its own (prepareAhead); its result comes back queued.
    std::thread m_preparer;
    bool m_preparing = false;
    bool m_sendWhenPrepared = false;
    quint64 m_prepareGeneration = 0; // results of an older generation are dropped
    // An answer received while the next batch was being sent, applied once that batch has left.
    struct UnappliedAnswer
    {
        PreparedBatch batch;
        QByteArray body;
        LinkEstimator measured;
    };
    std::optional<UnappliedAnswer> m_unapplied;
    QPointer<NetworkJob> m_job;
    int m_pushesThisRun = 0;
    QHash<qint64, qint64> m_deferred; // seq -> retry time, for entries deferred by this run's failures
    int m_failures = 0;
    qint64 m_cursor = 0;
    bool m_pullMore = false;
    qint64 m_requestNext = 0;
    qint64 m_requestReserved = -1;
    bool m_reservationUnsaved = false; // m_requestReserved is saved with the next request sent
};

} // namespace fe::sync
