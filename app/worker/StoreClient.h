#pragma once

#include "worker/StoreTypes.h"

#include <QHash>
#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace fe {
namespace app {

class StoreWorker;

// The screens' only way to the store: runs the StoreWorker on its own thread and turns its
// answers into callbacks on the GUI thread. A callback is dropped when its context object is
// destroyed first, so a closed screen never receives a late answer.
class StoreClient : public QObject
{
    Q_OBJECT
public:
    template <typename T> using Callback = std::function<void(const Result<T>&)>;
    using ProgressCallback = std::function<void(qint64 done, qint64 total)>;

    explicit StoreClient(QObject* parent = nullptr);
    ~StoreClient() override;

    // The open store, once storeOpened was emitted.
    const StoreInfo& info() const { return m_info; }
    bool isOpen() const { return m_open; }
    StoreStatus lastStatus() const { return m_status; }
    // Who saves: recorded with every change, the logged-in operator's id (uuid text).
    QString operatorId() const { return m_operatorId; }
    void setOperatorId(const QString& id) { m_operatorId = id; }
    // The logged-in operator; empty while the store is locked (or not encrypted yet).
    const std::optional<Operator>& currentOperator() const { return m_operator; }
    bool isUnlocked() const { return m_operator.has_value(); }

    // Encryption at rest. A refused login answers with the error and how long to wait.
    quint64 unlock(const QString& username, const QString& password, QObject* context,
                   std::function<void(const LoginOutcome&)> done);
    quint64 lock(QObject* context = nullptr, std::function<void()> done = {});
    // Seals an unencrypted store under a new first administrator; the outcome has the recovery code.
    quint64 setUpEncryption(const NewOperator& admin, const QString& password, QObject* context,
                            std::function<void(const LoginOutcome&)> done);
    // Operator management (administrators). Each answers with the list after the change.
    using OperatorsCallback = Callback<QList<Operator>>;
    quint64 listOperators(QObject* context, OperatorsCallback done);
    quint64 addOperator(const NewOperator& account, const QString& password, QObject* context,
                        OperatorsCallback done);
    quint64 resetOperatorPassword(const QUuid& id, const QString& password, QObject* context,
                                  OperatorsCallback done);
    quint64 setOperatorLocked(const QUuid& id, bool locked, QObject* context, OperatorsCallback done);
    // Password derivation cost for stores created or sealed from now on (tests ask for the fast set).
    void setKdfCost(KdfCost cost);

    quint64 open(const QString& path, QObject* context, Callback<StoreInfo> done);
    quint64 create(const QString& path, const CreateOptions& options, QObject* context,
                   Callback<StoreInfo> done);
    quint64 close(QObject* context, std::function<void()> done);
    quint64 registerMember(const Member& member, QObject* context,
                           std::function<void(const SaveResult&)> done);
    // Saves and records the operator's decisions about the duplicate candidates shown before.
    quint64 registerMember(const Member& member, const QList<DuplicateDecision>& decisions, QObject* context,
                           std::function<void(const SaveResult&)> done);
    // Existing members a registration may duplicate; runs on the worker thread.
    quint64 checkDuplicates(const Member& member, QObject* context, Callback<DuplicateCheck> done);
    quint64 recordDuplicateDecisions(const QUuid& memberId, const QList<DuplicateDecision>& decisions,
                                     QObject* context, std::function<void(const Status&)> done);
    quint64 correctMember(const Member& member, const QString& reason, QObject* context,
                          std::function<void(const SaveResult&)> done);
    quint64 recordContribution(const Contribution& contribution, QObject* context,
                               std::function<void(const SaveResult&, const ContributionReceipt&)> done);
    quint64 voidContribution(const QUuid& id, const QString& reason, QObject* context,
                             std::function<void(const SaveResult&, const ContributionReceipt&)> done);
    // Streams the whole directory, sorted in `collation`: chunks arrive through directoryChunk.
    quint64 loadDirectory(const QLocale& collation, const CancelFlag& cancel, QObject* context,
                          ProgressCallback progress, std::function<void(bool cancelled)> done);
    // A newer search makes an older one that has not started yet answer nothing.
    quint64 search(const QString& text, QObject* context, Callback<QList<MemberSummary>> done);
    quint64 loadMemberDetail(const QUuid& id, QObject* context, Callback<MemberDetail> done);
    quint64 loadMemberContributions(const QUuid& id, QObject* context, Callback<QList<Contribution>> done);
    quint64 loadCharts(const CancelFlag& cancel, QObject* context, Callback<ChartData> done);
    quint64 backup(const QString& folder, const CancelFlag& cancel, QObject* context,
                   ProgressCallback progress, Callback<QString> done);
    quint64 restore(const QString& backupFile, QObject* context, Callback<QString> done);
    void refreshStatus();
    // After a sync run, a retry or an imported acknowledgement: the worker reads the records'
    // sync states again and reports a fresh status.
    void reloadSyncStates();

    // Blocks until every request made so far was handled (tests and shutdown only).
    void waitForIdle();

Q_SIGNALS:
    void storeOpened(const fe::app::StoreInfo& info);
    void storeClosed();
    // An operator logged in (or the store was created or sealed for one): `session` is for the
    // sync thread's own connection.
    void unlocked(const fe::Operator& op, const std::shared_ptr<fe::OperatorSession>& session);
    // The store was locked (Lock, idle time, or a restore that reopened it locked).
    void locked();
    void statusChanged(const fe::StoreStatus& status);
    void memberChanged(const fe::app::MemberSummary& summary);
    void directoryChunk(quint64 request, const QList<fe::app::MemberSummary>& rows);

private:
    struct Pending
    {
        QPointer<QObject> context;
        bool hasContext = false;
        std::function<void(const void*)> onValue;
        std::function<void(const Error&)> onError;
        ProgressCallback onProgress;
    };

    quint64 next() { return ++m_lastRequest; }
    void expect(quint64 request, QObject* context, std::function<void(const void*)> onValue,
                std::function<void(const Error&)> onError, ProgressCallback onProgress = {});
    template <typename T> void expectResult(quint64 request, QObject* context, Callback<T> done);
    template <typename F> void post(F&& work);
    // Takes the pending entry; null when there is none or its context is gone.
    std::optional<Pending> take(quint64 request);
    void deliverError(quint64 request, const Error& error);

    QThread m_thread;
    StoreWorker* m_worker = nullptr;
    QHash<quint64, Pending> m_pending;
    quint64 m_lastRequest = 0;
    std::shared_ptr<std::atomic<quint64>> m_latestSearch = std::make_shared<std::atomic<quint64>>(0);
    StoreInfo m_info;
    bool m_open = false;
    StoreStatus m_status;
    QString m_operatorId;
    std::optional<Operator> m_operator;
};

} // namespace app
} // namespace fe
