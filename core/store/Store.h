#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "domain/Contribution.h"
#include "domain/Country.h"
#include "domain/Member.h"
#include "domain/Scheme.h"
#include "refdata/ReferenceData.h"
#include "store/PayloadCodec.h"
#include "validation/Validator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

namespace fe {

namespace sql {
class Database;
}

struct StoreOptions
{
    const Clock* clock = &SystemClock::instance();
    QString vfsName; // SQLite VFS; empty for the default (tests use a fault-injecting one)
};

struct CreateOptions
{
    Country country = Country::Lao;
    QString deviceName;
};

// What a successful save reports back to the screen.
struct Saved
{
    QUuid id;
    int version = 0;
    qint64 outboxSeq = 0;
    QString receiptNumber; // contributions only
    QStringList notes;     // e.g. a Buddhist-era year converted
};

struct SaveResult
{
    std::optional<Saved> saved;
    Error error;              // when not saved: the reason (code "validation" for field errors)
    QList<Error> fieldErrors; // every invalid field, for forms
    QUuid conflictingId;      // the existing record, for "document already registered"

    bool ok() const { return saved.has_value(); }
};

struct HistoryEntry
{
    int version = 0;
    QString reason;
    QString operatorId;
    QDateTime at;
    QByteArray payloadHash;
};

struct OutboxEntry
{
    qint64 seq = 0;
    QString entity; // "member" / "contribution"
    QUuid entityId;
    int entityVersion = 0;
    QString op; // "create" / "update" / "void"
    QString idempotencyKey;
    QByteArray payloadHash;
    QDateTime createdAt;
    QString state; // pending / sent / quarantined
};

struct StoreStatus
{
    QString country;
    QString deviceId;
    QString deviceName;
    int schemaVersion = 0;
    qint64 members = 0;
    qint64 contributions = 0;
    qint64 voidedContributions = 0;
    qint64 outboxPending = 0;
    qint64 outboxQuarantined = 0;
    QDateTime oldestPending;
    qint64 auditEntries = 0;
};

struct CheckReport
{
    QStringList problems; // translated, one per broken invariant
    bool ok() const { return problems.isEmpty(); }
};

// The clerk's local store: one SQLite file. Every change is one transaction holding the record,
// its history entry, a hash-chained audit entry and an outbox entry, all or nothing; a save is
// reported only after the commit is durable (WAL, synchronous=FULL). Not thread-safe: one Store
// per thread (the app keeps it on a worker thread).
class Store
{
    Q_DECLARE_TR_FUNCTIONS(Store)
public:
    static Result<std::unique_ptr<Store>> create(const QString& path, const CreateOptions& create,
                                                 const StoreOptions& options = {});
    static Result<std::unique_ptr<Store>> open(const QString& path, const StoreOptions& options = {});
    ~Store();

    const CountryProfile& country() const { return m_country; }
    const ReferenceData& reference() const { return m_reference; }
    const QList<Scheme>& schemes() const { return m_schemes; }
    QString deviceId() const { return m_deviceId; }
    QString path() const;
    Validator validator() const;

    // Registration and correction. A correction needs a reason and keeps the previous version.
    SaveResult registerMember(Member member, const QString& operatorId);
    SaveResult correctMember(Member member, const QString& reason, const QString& operatorId);
    SaveResult recordContribution(Contribution contribution, const QString& operatorId);
    SaveResult voidContribution(const QUuid& id, const QString& reason, const QString& operatorId);

    // Runs `work` in one transaction; the saves inside it become savepoints, so a failing one
    // rolls back alone. Used by bulk import. Returns the error if the final commit fails, in which
    // case nothing of the batch was saved.
    Status inBatch(const std::function<void()>& work);

    // Import idempotency: whether a row with this key was imported before, and remembering one.
    std::optional<QUuid> importedEntity(const QString& importKey);
    Status rememberImport(const QString& importKey, const QString& entity, const QUuid& id);

    std::optional<Member> member(const QUuid& id);
    std::optional<Contribution> contribution(const QUuid& id);
    std::optional<QByteArray> payloadOfVersion(const QString& entity, const QUuid& id, int version);
    QList<Contribution> contributionsOf(const QUuid& memberId);
    QList<HistoryEntry> history(const QString& entity, const QUuid& id);
    QList<QUuid> findByDocument(const QString& number);
    QList<QUuid> findByPhone(const QString& phone);
    std::optional<QUuid> findByReceipt(const QString& receipt);
    // Simple name-prefix search over either script, case- and accent-insensitive.
    QList<Member> searchByNamePrefix(const QString& prefix, int limit = 50);
    // Calls `visit` for every member (decoded), in id order; stop by returning false.
    Status forEachMember(const std::function<bool(const Member&)>& visit);
    Status forEachContribution(const std::function<bool(const Contribution&)>& visit);

    QList<OutboxEntry> pendingOutbox(int limit);
    StoreStatus status();
    CheckReport check();

private:
    Store() = default;
    Result<bool> initialise(const StoreOptions& options);
    void load();
    SaveResult failed(const Error& e, QList<Error> fields = {}, QUuid conflicting = {});

    struct Impl;
    std::unique_ptr<sql::Database> m_db;
    std::unique_ptr<PayloadCodec> m_codec;
    const Clock* m_clock = nullptr;
    CountryProfile m_country = CountryProfile::lao();
    ReferenceData m_reference;
    QList<Scheme> m_schemes;
    QString m_deviceId;
};

} // namespace fe
