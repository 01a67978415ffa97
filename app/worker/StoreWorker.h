#pragma once

#include "worker/StoreTypes.h"

#include <QHash>
#include <QLocale>
#include <QObject>
#include <QSet>
#include <QTimeZone>

#include <memory>

namespace fe {
namespace app {

// Owns the fe::Store and runs every storage request on its own thread (StoreClient moves it
// there), so the screens never wait on the disk. Each request carries an id that its answer
// repeats; requests are handled one at a time, in the order they were made.
class StoreWorker : public QObject
{
    Q_OBJECT
public:
    explicit StoreWorker(QObject* parent = nullptr);
    ~StoreWorker() override;

    // Request handlers: called on the worker's thread only.
    void openStore(quint64 request, const QString& path);
    void createStore(quint64 request, const QString& path, const fe::CreateOptions& options);
    void closeStore(quint64 request);
    // Encryption at rest (docs/APP.md "Login and lock"). Answered with loginFinished.
    void unlock(quint64 request, const QString& username, const QString& password);
    // Wipes the data key and every copy of personal data the worker keeps (search index, sync
    // states); answered with storeLocked.
    void lock(quint64 request);
    void setUpEncryption(quint64 request, const fe::NewOperator& admin, const QString& password);
    // Operator management, as the logged-in administrator. Answered with operatorsListed (the
    // list after the change) or requestFailed.
    void listOperators(quint64 request);
    void addOperator(quint64 request, const fe::NewOperator& account, const QString& password);
    void resetOperatorPassword(quint64 request, const QUuid& id, const QString& password);
    void setOperatorLocked(quint64 request, const QUuid& id, bool locked);
    // The cost of password derivations for stores this worker creates or seals (tests: fast).
    void setKdfCost(fe::KdfCost cost) { m_kdfCost = cost; }
    // Saves a new registration; `decisions` (the operator's verdicts on duplicate candidates
    // shown before) go to the audit log with it.
    void registerMember(quint64 request, const fe::Member& member, const QString& operatorId,
                        const QList<fe::DuplicateDecision>& decisions = {});
    // Existing members the registration may duplicate (DuplicateDetector over the search index).
    void checkDuplicates(quint64 request, const fe::Member& member);
    // The operator's verdicts when no registration was saved (the existing record was opened).
    void recordDuplicateDecisions(quint64 request, const QUuid& memberId,
                                  const QList<fe::DuplicateDecision>& decisions, const QString& operatorId);
    void correctMember(quint64 request, const fe::Member& member, const QString& reason,
                       const QString& operatorId);
    void recordContribution(quint64 request, const fe::Contribution& contribution, const QString& operatorId);
    void voidContribution(quint64 request, const QUuid& id, const QString& reason, const QString& operatorId);
    void loadDirectory(quint64 request, const QLocale& collation, const CancelFlag& cancel);
    // Skipped when a newer search was requested meanwhile (`latest` holds the newest generation).
    void search(quint64 request, const QString& text, quint64 generation,
                const std::shared_ptr<std::atomic<quint64>>& latest);
    void loadMemberDetail(quint64 request, const QUuid& id);
    void loadMemberContributions(quint64 request, const QUuid& id);
    void loadCharts(quint64 request, const CancelFlag& cancel);
    void backup(quint64 request, const QString& folder, const CancelFlag& cancel);
    void restore(quint64 request, const QString& backupFile);
    void refreshStatus();
    // The sync engine (its own connection) changed what is sent or set aside: read it again.
    void reloadSyncStates();

Q_SIGNALS:
    void storeOpened(quint64 request, const fe::app::StoreInfo& info);
    void storeClosed(quint64 request);
    void loginFinished(quint64 request, const fe::app::LoginOutcome& outcome);
    void storeLocked(quint64 request);
    void operatorsListed(quint64 request, const QList<fe::Operator>& operators);
    void requestFailed(quint64 request, const fe::Error& error);
    void memberSaved(quint64 request, const fe::SaveResult& result);
    void duplicatesChecked(quint64 request, const fe::app::DuplicateCheck& check);
    void decisionsRecorded(quint64 request);
    void contributionSaved(quint64 request, const fe::SaveResult& result,
                           const fe::app::ContributionReceipt& receipt);
    void progress(quint64 request, qint64 done, qint64 total);
    void directoryChunk(quint64 request, const QList<fe::app::MemberSummary>& rows);
    void directoryLoaded(quint64 request, bool cancelled);
    void searchFinished(quint64 request, const QList<fe::app::MemberSummary>& rows);
    void searchSkipped(quint64 request);
    void memberDetailLoaded(quint64 request, const fe::app::MemberDetail& detail);
    void contributionsLoaded(quint64 request, const QList<fe::Contribution>& contributions);
    void chartsLoaded(quint64 request, const fe::app::ChartData& data);
    void backupFinished(quint64 request, const QString& path);
    void restoreFinished(quint64 request, const fe::app::StoreInfo& info, const QString& keptAt);
    // Broadcasts, not answers: every change, whoever asked for it.
    void memberChanged(const fe::app::MemberSummary& summary);
    void statusChanged(const fe::StoreStatus& status);

private:
    bool requireStore(quint64 request);
    // The answer to a login, with a copy of the session for the sync thread.
    LoginOutcome loggedIn(QString recoveryCode = {}) const;
    void answerOperators(quint64 request, const Status& change);
    StoreOptions storeOptions() const;
    // Which members are not sent yet or were set aside: read once, when first needed (not at
    // open: with a long queue it takes a moment, and the window should be usable first).
    void ensureSyncStates();
    void adopt(std::unique_ptr<fe::Store> store);
    StoreInfo info() const;
    // What a search shows for the text: exact look-ups first, then names.
    QList<MemberSummary> findMembers(const QString& text);
    MemberSummary summaryOf(const Member& member) const;
    SyncState syncStateOf(const Member& member) const;

    std::unique_ptr<fe::Store> m_store;
    QTimeZone m_zone;                           // the store's country's, for registration dates
    QSet<QUuid> m_pendingMembers;               // members with an outbox entry not yet sent
    QHash<QUuid, QString> m_quarantinedMembers; // set aside by the sync engine, with the reason
    bool m_syncStatesKnown = false;
    KdfCost m_kdfCost = KdfCost::Standard;
};

} // namespace app
} // namespace fe
