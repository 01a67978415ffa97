#pragma once

#include "domain/Contribution.h"
#include "domain/Country.h"
#include "domain/Member.h"
#include "domain/Scheme.h"
#include "duplicates/DuplicateDecision.h"
#include "duplicates/DuplicateDetector.h"
#include "refdata/ReferenceData.h"
#include "store/Store.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUuid>

#include <atomic>
#include <memory>
#include <optional>

namespace fe {
namespace app {

// Values the storage worker hands to the screens. Plain copyable data only: they cross from the
// worker thread to the GUI thread in queued signals.

// What the screens need to know about the open store (the store itself stays on the worker).
struct StoreInfo
{
    QString path;
    CountryProfile country = CountryProfile::lao();
    ReferenceData reference;
    QList<Scheme> schemes; // of the store's country only
    QString deviceId;
    QString deviceName; // filled from the first status, just after the store opened
    // Encryption at rest: an encrypted store opens locked until an operator logs in; an
    // unencrypted one is refused by the screens until an administrator sets up its encryption.
    bool encrypted = false;
    std::optional<Operator> loggedIn; // set when the store is unlocked (created, logged in)
    // Only in the answer to creating a store with its first administrator: shown once, never
    // kept (StoreClient leaves it out of its own copy and of the storeOpened broadcast).
    QString recoveryCode;
};

// The answer to a login (or to setting up encryption): the operator, or why not and how long to
// wait before trying again. `session` is a copy of the session for the sync thread's own store
// connection (shared, because it holds the data key and must not be copied around).
struct LoginOutcome
{
    std::optional<Operator> loggedIn;
    Error error;
    qint64 retryAfterMs = 0;
    QString recoveryCode; // only when encryption was just set up
    std::shared_ptr<OperatorSession> session;
    bool ok() const { return loggedIn.has_value(); }
};

// Where a record is on its way to the central office, in the words an operator understands.
enum class SyncState {
    SavedLocally,   // its outbox entry is still pending
    Sent,           // sent, no member number yet
    Accepted,       // the central office assigned a member number
    NeedsAttention, // quarantined by the sync engine
};

// One row of the members list: just enough to show, filter and sort, never a whole Member.
struct MemberSummary
{
    QUuid id;
    QString name;      // local script
    QString nameLatin; // may be empty
    QString districtCode;
    quint32 schemeMask = 0; // bit i = StoreInfo::schemes[i]
    QDate registeredOn;
    QString memberNumber;
    SyncState sync = SyncState::SavedLocally;
};

struct MemberDetail
{
    Member member;
    QList<Contribution> contributions;
    QList<HistoryEntry> history;
    SyncState sync = SyncState::SavedLocally;
    QString syncProblem; // why the central office did not accept it (NeedsAttention)
};

// The duplicate check of a registration before it is saved: the candidates, best first, and
// the existing records they point to (same order), so the screen can show them side by side.
struct DuplicateCheck
{
    QList<DuplicateCandidate> candidates;
    QList<Member> existing;

    bool isEmpty() const { return candidates.isEmpty(); }
};

// A saved payment together with what the receipt needs.
struct ContributionReceipt
{
    Contribution contribution;
    Member member;
};

struct DayCount
{
    QDate day;
    int count = 0;
};

struct SchemeTotal
{
    QString schemeCode;
    Money total;
    int payments = 0;
};

struct ChartData
{
    QList<DayCount> registrationsPerDay; // ascending, only days with registrations
    QList<SchemeTotal> contributionsByScheme;
};

// Shared between the screen that started a long operation and the worker running it.
using CancelFlag = std::shared_ptr<std::atomic_bool>;
inline CancelFlag makeCancelFlag()
{
    return std::make_shared<std::atomic_bool>(false);
}

} // namespace app
} // namespace fe

Q_DECLARE_METATYPE(fe::Error)
Q_DECLARE_METATYPE(fe::SaveResult)
Q_DECLARE_METATYPE(fe::StoreStatus)
Q_DECLARE_METATYPE(fe::Member)
Q_DECLARE_METATYPE(fe::app::StoreInfo)
Q_DECLARE_METATYPE(fe::app::MemberSummary)
Q_DECLARE_METATYPE(fe::app::MemberDetail)
Q_DECLARE_METATYPE(fe::app::ContributionReceipt)
Q_DECLARE_METATYPE(fe::app::DuplicateCheck)
Q_DECLARE_METATYPE(fe::app::ChartData)
Q_DECLARE_METATYPE(fe::app::LoginOutcome)
Q_DECLARE_METATYPE(fe::Operator)
