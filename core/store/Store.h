#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "domain/Contribution.h"
#include "domain/Country.h"
#include "domain/Member.h"
#include "domain/Scheme.h"
#include "duplicates/DuplicateDecision.h"
#include "duplicates/DuplicateDetector.h"
#include "operators/Operator.h"
#include "operators/OperatorDirectory.h"
#include "refdata/ReferenceData.h"
#include "search/SearchIndex.h"
#include "security/KeyDerivation.h"
#include "store/PayloadCodec.h"
#include "validation/Validator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QTimeZone>
#include <QUuid>

#include <functional>
#include <memory>
#include <mutex>
#include <optional>

struct sqlite3;

namespace fe {

class BackgroundCheckpoint;

namespace sql {
class BulkPageCache;
class Database;
class Statement;
} // namespace sql

struct StoreOptions
{
    const Clock* clock = &SystemClock::instance();
    QString vfsName; // SQLite VFS; empty for the default (tests use a fault-injecting one)
    // Cost of the password derivations this connection makes (new operators, new passwords).
    // Production always uses Standard; test suites ask for the cheap set by name.
    KdfCost kdfCost = KdfCost::Standard;
};

// The administrator a new store is created with. Their password wraps the store's new random data
// key; the store is created encrypted and unlocked for them.
struct FirstAdministrator
{
    NewOperator account; // role is forced to administrator
    QString password;
};

struct CreateOptions
{
    Country country = Country::Lao;
    QString deviceName;
    // Every store an operator works with has one (fieldenrolctl init, the app's first run). A store
    // created without one is unencrypted: only tests of the store's own logic and benchmarks that
    // measure it without encryption do that; the app and fieldenrolctl refuse such a store until an
    // administrator sets up its encryption (setUpEncryption).
    std::optional<FirstAdministrator> administrator = std::nullopt;
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

// A registration made ready to be written by Store::prepareRegistration: validated and
// normalised, given its id and time, its payload written, hashed and sealed, its look-up keys made.
struct PreparedRegistration
{
    Member member;
    ValidationReport report;
    std::optional<Error> refused; // the store could not prepare it (locked)
    bool idGiven = false;         // the caller chose the id: a record with it may already be saved
    qint64 at = 0;                // ms since the epoch
    QString operatorId;
    QByteArray hash;         // SHA-256 of the payload as written (history, outbox, audit)
    QByteArray sealed;       // the payload as stored
    QByteArray sealedReason; // history's reason
    QString documentKey;     // the stored key of the member's document; empty without one
    QList<std::pair<QString, QString>> lookupKeys; // (kind, stored key)
    // The member's keys for the search index, made here (on an import's preparing thread) rather
    // than by the writer: an encrypted store keeps an index, and making the keys was a fifth of
    // the writing thread's time. Without it, the writer makes them.
    std::optional<MatchProfile> profile;
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

// A due outbox entry with the plain payload of its version, ready for the sync engine to seal.
struct OutboxItem
{
    OutboxEntry entry;
    QByteArray payload;
    int attempts = 0;
};

// What the central office said about one outbox entry.
struct OutboxResult
{
    enum class Outcome { Accepted, Rejected, Conflict, Waiting };
    qint64 seq = 0;
    Outcome outcome = Outcome::Accepted;
    QString code;    // stable reason (rejected / conflict / waiting)
    QString message; // translated by the central office
    QString memberNumber;
};

struct QuarantinedEntry
{
    OutboxEntry entry;
    QString code;
    QString message;
    int attempts = 0;
};

struct Flag
{
    QString id;
    QString entity;
    QUuid entityId;
    QString kind;
    QString detail; // JSON from the central office: ids and reason codes, no personal data
    QString status;
    QDateTime receivedAt;
};

// A change the central office sends down (kinds "member_number", "flag", "refdata", "member"),
// body as the central office wrote it (docs/PROTOCOL.md).
struct PulledChange
{
    qint64 seq = 0;
    QString kind;
    QJsonObject body;
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

// The outbox alone: what the sync engine reports on every run (StoreStatus also counts every table).
struct QueueStatus
{
    qint64 pending = 0;
    qint64 quarantined = 0;
    QDateTime oldestPending;
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

    // --- Operators, encryption at rest, locking (store/StoreSecurity.cpp, docs/SECURITY.md) ---
    // Whether the store's payloads are sealed with a data key (it has a first administrator).
    bool isEncrypted() const { return m_encrypted; }
    // Whether personal data can be read and written now: an operator is logged in (encrypted
    // store) or the store is unencrypted. Otherwise every call that touches personal data fails
    // with "store.locked" and writes nothing.
    bool isUnlocked() const { return !m_encrypted || m_session.has_value(); }
    std::optional<Operator> currentOperator() const;
    // Logs an operator in: unwraps the data key with their password (offline), builds the search
    // index. Failed attempts slow down, then lock the account (OperatorDirectory); after a refusal
    // retryAfterMs() says how long to wait.
    Status unlock(const QString& username, const QString& password);
    qint64 retryAfterMs() const { return m_retryAfterMs; }
    // A copy of the logged-in operator's session for a second connection to the same file (the
    // sync thread); empty when locked. unlock(session) checks that the key is this store's key
    // and the operator still exists and may log in.
    std::optional<OperatorSession> shareSession() const;
    Status unlock(OperatorSession session);
    // Writes the search index's snapshot, then wipes the data key, the index and the session.
    void lock();
    // The recovery code made when the store was created (or encryption set up): shown once.
    QString takeRecoveryCode();
    // An unencrypted store (created by tests, or by a FieldEnrol before encryption at rest):
    // seals every payload, correction reason, look-up and import key under a new data key in one
    // transaction, creates the first administrator, rewrites the file so no plaintext page is
    // left, shreds the pre-migration backups, and logs the administrator in. Returns the recovery
    // code.
    Result<QString> setUpEncryption(const NewOperator& admin, const QString& password);
    // Operator management, as the logged-in operator (an administrator, except for the list and
    // one's own password).
    Result<Operator> addOperator(const NewOperator& account, const QString& password);
    Status resetOperatorPassword(const QUuid& operatorId, const QString& newPassword);
    Status setOperatorLocked(const QUuid& operatorId, bool locked);
    Status setOperatorDisabled(const QUuid& operatorId, bool disabled);
    Result<QList<Operator>> listOperators();
    Status changeOwnPassword(const QString& oldPassword, const QString& newPassword);
    // Forgotten administrator password (no one logged in): returns the new recovery code.
    Result<QString> recover(const QString& recoveryCode, const QString& adminUsername,
                            const QString& newPassword);

    // --- Search over the in-memory index built at unlock and kept up to date by every save ---
    // Names in either script (match keys, romanisation variants), ranked; empty when locked.
    SearchResult searchNames(const QString& query, int limit = 50);
    std::optional<QUuid> findByMemberNumber(const QString& memberNumber);
    // Ranked duplicate candidates of a registration before it is saved (exact and probable).
    QList<DuplicateCandidate> duplicateCandidates(const Member& registration);
    // The index itself, for screens that page through results (nullptr when locked).
    const SearchIndex* searchIndex() const { return m_index.get(); }
    // The order of name results: the operator's language ("lo", "en", "sw").
    void setSearchLocale(const QLocale& locale);
    // Brings the index up to date with what another connection to the file changed (member
    // numbers and corrections pulled by the sync thread). Cheap when nothing changed.
    void refreshSearchIndex();

    const CountryProfile& country() const { return m_country; }
    const ReferenceData& reference() const { return m_reference; }
    const QList<Scheme>& schemes() const { return m_schemes; }
    QString deviceId() const { return m_deviceId; }
    QString path() const;
    Validator validator() const;

    // Registration and correction. A correction needs a reason and keeps the previous version.
    SaveResult registerMember(Member member, const QString& operatorId);
    // registerMember in two steps. prepareRegistration reads nothing from the file and changes
    // nothing, so it may run on another thread while this one saves (a bulk import prepares the
    // next rows while the store writes the ones before); registerPrepared checks uniqueness and
    // writes. Neither may overlap lock(), unlock() or setUpEncryption().
    PreparedRegistration prepareRegistration(Member member, const QString& operatorId) const;
    SaveResult registerPrepared(const PreparedRegistration& prepared);
    SaveResult correctMember(Member member, const QString& reason, const QString& operatorId);
    SaveResult recordContribution(Contribution contribution, const QString& operatorId);
    SaveResult voidContribution(const QUuid& id, const QString& reason, const QString& operatorId);

    // Runs `work` in one transaction. Used by bulk import. Returns the error if the final commit
    // fails, in which case nothing of the batch was saved.
    // EachSave: the saves inside become savepoints, so a failing one rolls back alone.
    // WholeBatch: faster (no savepoints); a save that fails after it started writing makes the
    // whole batch roll back and return kBatchRedo, and the caller does it again with EachSave.
    // Meant for work whose saves are checked before they write (validation, uniqueness).
    enum class BatchGuard { EachSave, WholeBatch };
    // For a bulk import, around its batches: while it lives, the write-ahead log is checkpointed
    // on a thread and connection of its own after every commit (BackgroundCheckpoint), so the
    // import's thread only writes; when it ends the log is checkpointed, so the next interactive
    // save does not pay for it. The page cache is large meanwhile (sql::BulkPageCache).
    class BulkWrites
    {
    public:
        explicit BulkWrites(Store& store);
        ~BulkWrites();
        BulkWrites(const BulkWrites&) = delete;
        BulkWrites& operator=(const BulkWrites&) = delete;

    private:
        Store& m_store;
        std::unique_ptr<BackgroundCheckpoint> m_checkpoints;
        std::unique_ptr<sql::BulkPageCache> m_pageCache;
    };
    static constexpr const char* kBatchRedo = "store.batch_redo";
    Status inBatch(const std::function<void()>& work, BatchGuard guard = BatchGuard::EachSave);

    // Import idempotency: whether a row with this key was imported before, and remembering one.
    std::optional<QUuid> importedEntity(const QString& importKey);
    Status rememberImport(const QString& importKey, const QString& entity, const QUuid& id);
    // The same with the key as stored (storedImportKey, which any thread may call: an import
    // derives its keys on the thread that prepares its rows).
    QString storedImportKey(const QString& importKey) const;
    std::optional<QUuid> importedEntityByStoredKey(const QString& storedKey);
    Status rememberImportByStoredKey(const QString& storedKey, const QString& entity, const QUuid& id);
    // Remembers the key for `id` unless a row already holds it: true when this call wrote it,
    // false when it was there before (importedEntityByStoredKey names its record). One look-up
    // instead of a query and an insert; an import that then does not save the row forgets the
    // keys it claimed for it (forgetImportByStoredKey), in the same transaction.
    Result<bool> claimImportByStoredKey(const QString& storedKey, const QString& entity, const QUuid& id);
    Status forgetImportByStoredKey(const QString& storedKey);

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
    // The records of one kind ("member", "contribution") with a version not sent yet: only their
    // ids, so that a screen can mark them with a quarter of a million entries queued.
    QSet<QUuid> pendingEntityIds(const QString& entity);

    // The operator's decision about duplicate candidates of a registration, kept in the audit log
    // (store/StoreDecisions.cpp): ids, verdicts and times only, no personal data. `memberId` is the
    // record the decision was about (the new registration, or the existing one that was opened).
    Status recordDuplicateDecisions(const QUuid& memberId, const QList<DuplicateDecision>& decisions,
                                    const QString& operatorId);

    // --- Sync bookkeeping (store/StoreSync.cpp). Each call is one transaction. ---
    // Pending entries due at `nowMs` (not waiting for a back-off), in sequence order, with payloads.
    QList<OutboxItem> dueOutbox(int limit, qint64 nowMs);
    // Commits the central office's per-entry results: accepted -> sent; rejected and conflict ->
    // quarantined with the reason; waiting -> stays pending until `retryAtMs`.
    // `syncValues` (cursor, high-water mark, ...) are written in the same transaction.
    Status applyOutboxResults(const QList<OutboxResult>& results, qint64 retryAtMs,
                              const QList<std::pair<QString, QString>>& syncValues = {});
    // A transient failure (network, 5xx, 429): the entries stay pending, attempts + 1, not before
    // `retryAtMs`.
    Status deferOutbox(const QList<qint64>& seqs, const Error& error, qint64 retryAtMs);
    // Entries the central office turned out not to hold (reconciliation): sent -> pending again.
    Status requeueOutbox(const QList<qint64>& seqs);
    // Entries by sequence range, whatever their state (for reconciliation manifests and acknowledgements).
    QList<OutboxEntry> outboxRange(qint64 fromSeq, qint64 toSeq);
    QList<QuarantinedEntry> quarantinedOutbox();
    // Puts quarantined entries back in the queue (all when `seqs` is empty), audited.
    Status retryQuarantined(const QList<qint64>& seqs, const QString& operatorId);
    QString syncValue(const QString& key);
    Status setSyncValue(const QString& key, const QString& value);
    // How soon a write must reach the disk. Deferred: into the log without syncing it; it becomes
    // durable with the store's next synced commit. A crash of the program keeps it (the kernel has
    // it), a power cut before that commit may lose it. For bookkeeping whose loss costs time, never
    // data: the sync engine's "batch on the wire" marker (docs/SYNC.md).
    enum class Durability { Synced, Deferred };
    // Several values in one transaction: one sync of the log instead of one each.
    Status setSyncValues(const QList<std::pair<QString, QString>>& values,
                         Durability durability = Durability::Synced);
    // Changes pulled from the central office.
    Status applyMemberNumber(const QUuid& memberId, const QString& memberNumber);
    Status recordFlag(const Flag& flag);
    QList<Flag> openFlags();
    Status resolveFlag(const QString& flagId, const QString& operatorId);
    // For the sync engine: due entries after `afterSeq` (the batch in flight), a retry time more
    // than `maxDelayMs` ahead counting as due (the clock was set back, e.g. a year off).
    QList<OutboxItem> dueOutboxAfter(qint64 afterSeq, int limit, qint64 nowMs, qint64 maxDelayMs);
    // The earliest retry time of a pending entry that is not due yet; nullopt when none waits.
    std::optional<qint64> nextOutboxRetry(qint64 nowMs, qint64 maxDelayMs);
    qint64 lastOutboxSeq();
    // One page of changes pulled from the central office and the new cursor, in one transaction:
    // all of the page or none of it.
    Status applyPulledChanges(const QList<PulledChange>& changes, const QString& cursorKey,
                              const QString& cursorValue);
    StoreStatus status();
    QueueStatus queueStatus();

    // Copying the write-ahead log into the store file (a checkpoint) is kept out of saves: a save
    // only notes how long the log has grown, and whoever owns the store calls checkpointIfDue()
    // once the operator has the save's answer (the app's store thread when idle, the sync engine
    // while a request is in flight). Checkpointed inside a save, ~4 MiB of pages every few hundred
    // saves made those saves 10-70 ms instead of 2-4 ms (bench_store at 250,000 members). A log
    // that nobody checkpoints is still checkpointed by the save that takes it past
    // kWalInlineCheckpointBytes, so it cannot grow without bound.
    static constexpr qint64 kWalCheckpointBytes = qint64{4} << 20; // SQLite's own default (~4 MiB)
    static constexpr qint64 kWalInlineCheckpointBytes = qint64{64} << 20;
    bool checkpointDue() const { return m_walFrames >= m_walCheckpointFrames; }
    // True when a checkpoint ran. PASSIVE: never waits for a reader.
    bool checkpointIfDue();

    // The store's invariants: SQLite integrity, the audit chain, history and outbox bookkeeping,
    // and (only while unlocked: they need the data key) every record's payload against its hash.
    CheckReport check();

private:
    Store();
    Result<bool> initialise(const StoreOptions& options);
    void load();
    SaveResult failed(const Error& e, QList<Error> fields = {}, QUuid conflicting = {});
    // Shared with StoreSync.cpp: open a stored payload, append an audit entry (inside a transaction).
    std::optional<QByteArray> openPayload(const QString& entity, const QUuid& id,
                                          const QByteArray& sealed) const;
    void appendAudit(const QString& operatorId, const QString& action, const QString& entity, const QUuid& id,
                     const QString& detail);
    // A correction made at the central office (a pulled `member` change), written as the member's
    // next version with no outbox entry. False, writing nothing, when it cannot be applied as is:
    // the device changed the member meanwhile (a conflict), or the content does not verify.
    bool applyCentralCorrection(const QJsonObject& body, qint64 now);
    // The rows of a due-entries query (StoreSync.cpp), payloads opened.
    QList<OutboxItem> readDueEntries(sql::Statement& st);

    // StoreSecurity.cpp
    static QByteArray reasonAssociatedData(const QString& entity, const QUuid& id, int version);
    Status requireSession(bool administrator) const;
    enum class SessionKind { Interactive, Shared };
    Status adoptSession(OperatorSession session, SessionKind kind);
    void auditOperatorChange(const QString& action, const QUuid& operatorId);
    bool ensureSearchIndex();
    // The index no longer matches the file (a batch rolled back): rebuilt when next needed.
    void forgetSearchIndex() { m_index.reset(); }
    // Inside a transaction: a member's number or content changed without an outbox entry.
    void markSearchStale(const QString& memberIdText);
    void noteIndexed();
    void startOperators(const StoreOptions& options);
    Status buildSearchIndex();
    Status writeSearchSnapshot();
    // After a save: the index follows it; every so many changes a fresh sealed snapshot is written.
    void indexMember(const Member& member);
    void indexProfile(const MatchProfile& profile);
    void indexReceipt(const QString& receiptNumber, const QUuid& memberId);
    static void shredFile(const QString& path);
    // sqlite3_wal_hook: after every commit, with the log's size in frames.
    static int walCommitted(void* store, sqlite3* db, const char* schema, int frames);
    void checkpoint();

    struct Impl;
    std::unique_ptr<sql::Database> m_db;
    std::unique_ptr<PayloadCodec> m_codec;
    const Clock* m_clock = nullptr;
    CountryProfile m_country = CountryProfile::lao();
    ReferenceData m_reference;
    QTimeZone m_timeZone; // the country's: "today" for validation (load())
    // The country's date, and when it starts and ends (ms since the epoch): converting the time into the
    // zone for every validated row was 3-4 % of preparing an import. Read by the import's second
    // thread too, so under a lock.
    struct LocalDay
    {
        QDate date;
        qint64 startsAtMs = 0;
        qint64 endsAtMs = 0;
    };
    mutable std::mutex m_localDayMutex;
    mutable LocalDay m_localDay; // guarded by m_localDayMutex
    QDate localToday() const;
    QList<Scheme> m_schemes;
    QString m_deviceId;
    bool m_inBatch = false; // inside inBatch(): the audit head is written once at its end
    bool m_encrypted = false;
    std::unique_ptr<OperatorDirectory> m_operators;
    std::optional<OperatorSession> m_session;
    std::unique_ptr<SearchIndex> m_index;
    qint64 m_changesSinceSnapshot = 0;
    QString m_vfsName;
    int m_walFrames = 0;
    int m_walCheckpointFrames = 1000; // kWalCheckpointBytes in pages of this file (load())
    int m_walInlineFrames = 16384;    // kWalInlineCheckpointBytes in pages of this file
    int m_walInlineLimit = 16384;     // m_walInlineFrames, or more while a BulkWrites checkpoints
    BackgroundCheckpoint* m_backgroundCheckpoints = nullptr; // a BulkWrites' own
    bool m_keepsSnapshot = false; // logged in here with a password (not a shared session)
    qint64 m_staleSeen = 0;       // the last search_stale row the index has taken in
    std::optional<QLocale> m_searchLocale;
    qint64 m_retryAfterMs = 0;
    QString m_recoveryCode;
};

} // namespace fe
