// Operators, encryption at rest and locking of a store, and the in-memory search index that exists
// only while the store is unlocked (store/Store.h, section "Operators, encryption at rest,
// locking"; docs/SECURITY.md for the key hierarchy and the threat model).
#include "common/Uuid.h"
#include "security/KeyWrap.h"
#include "security/SealingPayloadCodec.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "store/Store.h"

#include <QFile>

#include <sqlite3.h>

#include <utility>

namespace fe {
namespace {

// Associated data of the sealed search snapshot: it opens only as this kind of blob.
const QByteArray kSnapshotAd = QByteArrayLiteral("search_snapshot:1");
// A fresh snapshot is written when this many saves are not covered by the last one (and at lock),
// so unlocking decodes only what changed since.
constexpr qint64 kSnapshotAfterChanges = 20000;

Error lockedError()
{
    return {QStringLiteral("store.locked"),
            QCoreApplication::translate("Store", "Log in to open the store."),
            {}};
}

Error notEncryptedError()
{
    return {QStringLiteral("store.not_encrypted"),
            QCoreApplication::translate("Store",
                                        "This store is not encrypted yet: an administrator must set up its "
                                        "encryption first."),
            {}};
}

QByteArray payloadAd(const char* entity, const QString& id)
{
    return QByteArray(entity) + ':' + id.toUtf8();
}

// An encrypted store while no operator is logged in: nothing personal can be read or written.
// Every use throws the locked error as an SQLite failure, so the transaction it happens in rolls
// back and the caller reports "Log in to open the store." (a backstop: the store checks first).
class LockedPayloadCodec final : public PayloadCodec
{
public:
    QByteArray seal(const QByteArray&, const QByteArray&) const override { throw lockedFailure(); }
    std::optional<QByteArray> open(const QByteArray&, const QByteArray&) const override
    {
        throw lockedFailure();
    }
    QString lookupKey(const QString&, const QString&) const override { throw lockedFailure(); }

private:
    static sql::Failure lockedFailure() { return {SQLITE_AUTH, QStringLiteral("store locked")}; }
};

} // namespace

QByteArray Store::reasonAssociatedData(const QString& entity, const QUuid& id, int version)
{
    return QByteArrayLiteral("reason:") + entity.toUtf8() + ':' + id.toByteArray(QUuid::WithoutBraces) + ':' +
           QByteArray::number(version);
}

void Store::startOperators(const StoreOptions& options)
{
    m_operators = std::make_unique<OperatorDirectory>(*m_db, *m_clock, options.kdfCost);
    m_encrypted = m_operators->isInitialised();
    if (m_encrypted)
        m_codec = std::make_unique<LockedPayloadCodec>();
}

std::optional<Operator> Store::currentOperator() const
{
    return m_session ? std::optional<Operator>(m_session->op) : std::nullopt;
}

QString Store::takeRecoveryCode()
{
    return std::exchange(m_recoveryCode, QString());
}

Status Store::unlock(const QString& username, const QString& password)
{
    m_retryAfterMs = 0;
    if (!m_encrypted)
        return notEncryptedError();
    LoginResult login = m_operators->login(username, password);
    if (!login.ok()) {
        m_retryAfterMs = login.retryAfterMs;
        return login.error;
    }
    return adoptSession(std::move(*login.session), SessionKind::Interactive);
}

std::optional<OperatorSession> Store::shareSession() const
{
    if (!m_session)
        return std::nullopt;
    return OperatorSession{m_session->op, m_session->dataKey.clone()};
}

Status Store::unlock(OperatorSession session)
{
    if (!m_encrypted)
        return notEncryptedError();
    auto verified = m_operators->verifySession(session);
    if (!verified) {
        session.wipe();
        return verified.error();
    }
    session.op = verified.value();
    return adoptSession(std::move(session), SessionKind::Shared);
}

Status Store::adoptSession(OperatorSession session, SessionKind kind)
{
    lock();
    m_session = std::move(session);
    m_codec = std::make_unique<SealingPayloadCodec>(m_session->dataKey);
    // One connection keeps the snapshot: the interactive one. A shared session (the sync thread)
    // builds an index only if it searches, and never writes a snapshot, so it cannot overwrite a
    // newer one or delete change marks the interactive connection has not taken in yet.
    m_keepsSnapshot = kind == SessionKind::Interactive;
    if (!m_keepsSnapshot)
        return {};
    if (const Status built = buildSearchIndex(); !built.ok()) {
        lock();
        return built;
    }
    return {};
}

void Store::lock()
{
    if (m_session && m_index && m_keepsSnapshot && m_changesSinceSnapshot > 0)
        (void)writeSearchSnapshot();
    if (m_encrypted) {
        m_index.reset();
        if (auto* sealing = dynamic_cast<SealingPayloadCodec*>(m_codec.get()))
            sealing->wipe();
        m_codec = std::make_unique<LockedPayloadCodec>();
    }
    if (m_session)
        m_session->wipe();
    m_session.reset();
}

Status Store::requireSession(bool administrator) const
{
    if (!m_encrypted)
        return notEncryptedError();
    if (!m_session)
        return lockedError();
    if (administrator && m_session->op.role != OperatorRole::Administrator)
        return Error{QStringLiteral("operator.not_allowed"), tr("Only an administrator may do this."), {}};
    return {};
}

Result<Operator> Store::addOperator(const NewOperator& account, const QString& password)
{
    if (const Status s = requireSession(true); !s.ok())
        return s.error();
    auto added = m_operators->addOperator(*m_session, account, password);
    if (added)
        auditOperatorChange(QStringLiteral("operator.add"), added.value().id);
    return added;
}

Status Store::resetOperatorPassword(const QUuid& operatorId, const QString& newPassword)
{
    if (const Status s = requireSession(true); !s.ok())
        return s;
    const Status done = m_operators->resetPassword(*m_session, operatorId, newPassword);
    if (done.ok())
        auditOperatorChange(QStringLiteral("operator.password_reset"), operatorId);
    return done;
}

Status Store::setOperatorLocked(const QUuid& operatorId, bool locked)
{
    if (const Status s = requireSession(true); !s.ok())
        return s;
    const Status done = locked ? m_operators->lockOperator(*m_session, operatorId)
                               : m_operators->unlockOperator(*m_session, operatorId);
    if (done.ok())
        auditOperatorChange(locked ? QStringLiteral("operator.lock") : QStringLiteral("operator.unlock"),
                            operatorId);
    return done;
}

Status Store::setOperatorDisabled(const QUuid& operatorId, bool disabled)
{
    if (const Status s = requireSession(true); !s.ok())
        return s;
    const Status done = m_operators->setDisabled(*m_session, operatorId, disabled);
    if (done.ok())
        auditOperatorChange(disabled ? QStringLiteral("operator.disable") : QStringLiteral("operator.enable"),
                            operatorId);
    return done;
}

Result<QList<Operator>> Store::listOperators()
{
    if (const Status s = requireSession(false); !s.ok())
        return s.error();
    return m_operators->listOperators(*m_session);
}

Status Store::changeOwnPassword(const QString& oldPassword, const QString& newPassword)
{
    if (const Status s = requireSession(false); !s.ok())
        return s;
    const Status done = m_operators->changeOwnPassword(*m_session, oldPassword, newPassword);
    if (done.ok())
        auditOperatorChange(QStringLiteral("operator.password_change"), m_session->op.id);
    return done;
}

Result<QString> Store::recover(const QString& recoveryCode, const QString& adminUsername,
                               const QString& newPassword)
{
    if (!m_encrypted)
        return notEncryptedError();
    return m_operators->recover(recoveryCode, adminUsername, newPassword);
}

void Store::auditOperatorChange(const QString& action, const QUuid& operatorId)
{
    try {
        sql::Transaction tx(*m_db);
        appendAudit(uuidText(m_session->op.id), action, QStringLiteral("operator"), operatorId, {});
        tx.commit();
    } catch (const sql::Failure&) {
        // The change itself is committed; an audit line that cannot be written (disk full) is
        // not a reason to report it as failed. check() still verifies the chain.
    }
}

// --- the search index ---

namespace {

// The snapshot is tens of megabytes: read straight into one array (reading the column would have
// SQLite assemble a copy of its own first). Empty if it cannot be read: the index is then rebuilt.
QByteArray readSnapshot(sqlite3* db)
{
    sqlite3_blob* handle = nullptr;
    QByteArray out;
    if (sqlite3_blob_open(db, "main", "search_snapshot", "blob", 1, 0, &handle) == SQLITE_OK) {
        out = QByteArray(sqlite3_blob_bytes(handle), Qt::Uninitialized);
        if (sqlite3_blob_read(handle, out.data(), int(out.size()), 0) != SQLITE_OK)
            out.clear();
    }
    sqlite3_blob_close(handle);
    return out;
}

} // namespace

Status Store::buildSearchIndex()
{
    try {
        auto index = std::make_unique<SearchIndex>(m_country.country);
        if (m_searchLocale)
            index->setCollationLocale(*m_searchLocale);
        qint64 coveredSeq = 0;
        qint64 coveredStale = 0;
        {
            sql::Statement st(m_db->handle(),
                              "SELECT covered_seq, covered_stale FROM search_snapshot WHERE id = 1");
            if (st.next()) {
                QByteArray snapshot;
                {
                    sql::OnePassReading onePass(*m_db);
                    snapshot = readSnapshot(m_db->handle());
                }
                if (m_codec->openInPlace(snapshot, kSnapshotAd)) {
                    auto restored = SearchIndex::deserialise(snapshot);
                    snapshot = QByteArray();
                    if (restored.ok() && restored.value().country() == m_country.country) {
                        *index = std::move(restored).value();
                        if (m_searchLocale)
                            index->setCollationLocale(*m_searchLocale);
                        coveredSeq = st.int64(0);
                        coveredStale = st.int64(1);
                    }
                }
            }
        }
        const qint64 staleNow = m_db->scalar("SELECT coalesce(max(seq), 0) FROM search_stale");
        qint64 changes = 0;
        if (coveredSeq == 0) {
            const Status members = forEachMember([&](const Member& m) {
                index->upsert(m);
                ++changes;
                return true;
            });
            if (!members.ok())
                return members;
            const Status receipts = forEachContribution([&](const Contribution& c) {
                index->addReceipt(c.receiptNumber, c.memberId);
                return true;
            });
            if (!receipts.ok())
                return receipts;
        } else {
            // What changed after the snapshot: saves are outbox entries after its sequence number,
            // changes from the central office are search_stale rows after its mark.
            QList<std::pair<QString, QUuid>> changed;
            {
                sql::Statement st(m_db->handle(),
                                  "SELECT DISTINCT entity, entity_id FROM outbox WHERE seq > ? UNION "
                                  "SELECT 'member', member_id FROM search_stale WHERE seq > ?");
                st.bind(1, coveredSeq).bind(2, coveredStale);
                while (st.next())
                    changed.append({st.text(0), QUuid::fromString(st.text(1))});
            }
            for (const auto& [entity, id] : changed) {
                if (entity == QLatin1String("member")) {
                    if (const auto m = member(id))
                        index->upsert(*m);
                } else if (const auto c = contribution(id)) {
                    index->addReceipt(c->receiptNumber, c->memberId);
                }
                ++changes;
            }
        }
        m_index = std::move(index);
        m_staleSeen = std::max(staleNow, coveredStale);
        m_changesSinceSnapshot = changes;
        return {};
    } catch (const sql::Failure& f) {
        return sql::errorFor(f.sqliteCode, path());
    }
}

void Store::refreshSearchIndex()
{
    if (!m_index || !isUnlocked())
        return;
    try {
        QList<std::pair<qint64, QUuid>> stale;
        {
            sql::Statement st(m_db->handle(),
                              "SELECT seq, member_id FROM search_stale WHERE seq > ? ORDER BY seq");
            st.bind(1, m_staleSeen);
            while (st.next())
                stale.append({st.int64(0), QUuid::fromString(st.text(1))});
        }
        for (const auto& [seq, id] : stale) {
            if (const auto m = member(id))
                m_index->upsert(*m);
            m_staleSeen = seq;
            noteIndexed();
        }
    } catch (const sql::Failure&) {
        forgetSearchIndex(); // rebuilt from the file when next needed
    }
}

void Store::markSearchStale(const QString& memberIdText)
{
    m_db->cached("INSERT INTO search_stale(member_id) VALUES(?)").bind(1, memberIdText).run();
}

Status Store::writeSearchSnapshot()
{
    if (!m_index || !m_session)
        return lockedError();
    try {
        const qint64 covered = m_db->scalar("SELECT coalesce(max(seq), 0) FROM outbox");
        if (covered == 0)
            return {};
        const QByteArray sealed = m_codec->seal(m_index->serialise(), kSnapshotAd);
        sql::Transaction tx(*m_db);
        m_db->cached("INSERT INTO search_snapshot(id, covered_seq, covered_stale, blob) VALUES(1, ?, ?, ?) "
                     "ON CONFLICT(id) DO UPDATE SET covered_seq = excluded.covered_seq, "
                     "covered_stale = excluded.covered_stale, blob = excluded.blob")
            .bind(1, covered)
            .bind(2, m_staleSeen)
            .bindBlob(3, sealed)
            .run();
        m_db->cached("DELETE FROM search_stale WHERE seq <= ?").bind(1, m_staleSeen).run();
        tx.commit();
        m_changesSinceSnapshot = 0;
        return {};
    } catch (const sql::Failure& f) {
        return sql::errorFor(f.sqliteCode, path());
    }
}

bool Store::ensureSearchIndex()
{
    if (m_index)
        return true;
    if (!isUnlocked())
        return false;
    return buildSearchIndex().ok();
}

void Store::indexMember(const Member& member)
{
    if (!m_index)
        return;
    m_index->upsert(member);
    noteIndexed();
}

void Store::indexProfile(const MatchProfile& profile)
{
    if (!m_index)
        return;
    m_index->upsert(profile);
    noteIndexed();
}

void Store::indexReceipt(const QString& receiptNumber, const QUuid& memberId)
{
    if (!m_index)
        return;
    m_index->addReceipt(receiptNumber, memberId);
    noteIndexed();
}

void Store::noteIndexed()
{
    if (++m_changesSinceSnapshot >= kSnapshotAfterChanges && m_session && m_keepsSnapshot &&
        m_db->transactionDepth == 0)
        (void)writeSearchSnapshot();
}

SearchResult Store::searchNames(const QString& query, int limit)
{
    if (!ensureSearchIndex())
        return {};
    return m_index->searchNames(query, limit);
}

std::optional<QUuid> Store::findByMemberNumber(const QString& memberNumber)
{
    if (!ensureSearchIndex())
        return std::nullopt;
    const auto ids = m_index->findByMemberNumber(memberNumber);
    return ids.isEmpty() ? std::nullopt : std::optional<QUuid>(ids.first());
}

QList<DuplicateCandidate> Store::duplicateCandidates(const Member& registration)
{
    if (!ensureSearchIndex())
        return {};
    Member normalised = registration;
    (void)validator().normaliseAndValidate(normalised);
    return DuplicateDetector(*m_index).check(normalised);
}

void Store::setSearchLocale(const QLocale& locale)
{
    m_searchLocale = locale;
    if (m_index && m_index->collationLocale() != locale) {
        m_index->setCollationLocale(locale);
        // The snapshot holds the order of another language: keep this one from the next lock,
        // or every login would sort a quarter of a million names again.
        ++m_changesSinceSnapshot;
    }
}

// --- setting up encryption on an unencrypted store ---

Result<QString> Store::setUpEncryption(const NewOperator& admin, const QString& password)
{
    if (m_encrypted)
        return Error{QStringLiteral("store.already_encrypted"), tr("This store is already encrypted."), {}};
    if (const auto e = OperatorDirectory::checkUsername(admin.username))
        return *e;
    if (const auto e = OperatorDirectory::checkPassword(password, admin.username))
        return *e;
    NewOperator first = admin;
    first.role = OperatorRole::Administrator;
    const SecureBytes dataKey = KeyWrap::generateDataKey();
    const SealingPayloadCodec sealing(dataKey);
    QString recoveryCode;
    try {
        sql::Transaction tx(*m_db);
        // Rows are read first and rewritten after, never updated under a running SELECT.
        const auto reseal = [&](const char* select, const char* update, const char* entity) {
            QList<std::pair<QString, QByteArray>> rows;
            {
                sql::Statement st(m_db->handle(), select);
                while (st.next())
                    rows.append({st.text(0), st.blob(1)});
            }
            sql::Statement up(m_db->handle(), update);
            for (const auto& [id, plain] : rows) {
                up.bindBlob(1, sealing.seal(plain, payloadAd(entity, id))).bind(2, id).run();
                up.reset();
            }
        };
        reseal("SELECT id, payload FROM members", "UPDATE members SET payload = ? WHERE id = ?", "member");
        reseal("SELECT id, payload FROM contributions", "UPDATE contributions SET payload = ? WHERE id = ?",
               "contribution");
        {
            struct HistoryRow
            {
                qint64 rowid;
                QString entity;
                QUuid id;
                int version;
                std::optional<QByteArray> payload;
                QByteArray reason;
            };
            QList<HistoryRow> rows;
            {
                sql::Statement st(
                    m_db->handle(),
                    "SELECT id, entity, entity_id, version, payload IS NOT NULL, payload, reason "
                    "FROM history");
                while (st.next())
                    rows.append({st.int64(0), st.text(1), QUuid::fromString(st.text(2)),
                                 static_cast<int>(st.int64(3)),
                                 st.int64(4) != 0 ? std::optional<QByteArray>(st.blob(5)) : std::nullopt,
                                 st.blob(6)});
            }
            sql::Statement up(m_db->handle(), "UPDATE history SET payload = ?, reason = ? WHERE id = ?");
            for (const HistoryRow& row : rows) {
                if (row.payload)
                    up.bindBlob(
                        1, sealing.seal(*row.payload, row.entity.toUtf8() + ':' + uuidText(row.id).toUtf8()));
                else
                    up.bindNull(1);
                up.bindBlob(2,
                            sealing.seal(row.reason, reasonAssociatedData(row.entity, row.id, row.version)))
                    .bind(3, row.rowid)
                    .run();
                up.reset();
            }
        }
        for (const char* table : {"lookups", "unique_lookups"}) {
            const QByteArray name(table);
            QList<std::tuple<QString, QString, QString>> rows;
            {
                sql::Statement st(m_db->handle(), ("SELECT kind, key, entity_id FROM " + name).constData());
                while (st.next())
                    rows.append({st.text(0), st.text(1), st.text(2)});
            }
            m_db->exec(("DELETE FROM " + name).constData());
            sql::Statement ins(
                m_db->handle(),
                ("INSERT OR IGNORE INTO " + name + "(kind, key, entity_id) VALUES(?, ?, ?)").constData());
            for (const auto& [kind, value, entityId] : rows) {
                ins.bind(1, kind).bind(2, sealing.lookupKey(kind, value)).bind(3, entityId).run();
                ins.reset();
            }
        }
        {
            QList<std::tuple<QString, QString, QString, qint64>> rows;
            {
                sql::Statement st(m_db->handle(),
                                  "SELECT key, entity, entity_id, imported_at FROM import_keys");
                while (st.next())
                    rows.append({st.text(0), st.text(1), st.text(2), st.int64(3)});
            }
            m_db->exec("DELETE FROM import_keys");
            sql::Statement ins(
                m_db->handle(),
                "INSERT OR IGNORE INTO import_keys(key, entity, entity_id, imported_at) VALUES(?,?,?,?)");
            for (const auto& [key, entity, entityId, at] : rows) {
                ins.bind(1, sealing.lookupKey(QStringLiteral("import"), key))
                    .bind(2, entity)
                    .bind(3, entityId)
                    .bind(4, at)
                    .run();
                ins.reset();
            }
        }
        m_db->exec("DELETE FROM search_snapshot; DELETE FROM search_stale");
        auto created = m_operators->createFirstAdministrator(first, password, dataKey);
        if (!created)
            return created.error();
        recoveryCode = created.value();
        appendAudit(QStringLiteral("system"), QStringLiteral("store.encrypt"), {}, {}, {});
        tx.commit();
        // Rewrite the file from the sealed rows and empty the log, so no page with plaintext is left.
        m_db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
        m_db->exec("VACUUM");
        m_db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    } catch (const sql::Failure& f) {
        return sql::errorFor(f.sqliteCode, path());
    }
    // Copies kept before schema upgrades hold the plaintext.
    for (int v = 1; v <= schema::kCurrentVersion; ++v)
        shredFile(path() + QStringLiteral(".v%1.bak").arg(v));
    m_encrypted = true;
    m_codec = std::make_unique<LockedPayloadCodec>();
    m_index.reset();
    if (const Status unlocked = unlock(first.username, password); !unlocked.ok())
        return unlocked.error();
    return recoveryCode;
}

void Store::shredFile(const QString& path)
{
    QFile f(path);
    if (!f.exists())
        return;
    if (f.open(QIODevice::ReadWrite)) {
        const QByteArray zeros(64 * 1024, '\0');
        for (qint64 left = f.size(); left > 0; left -= zeros.size())
            f.write(zeros.constData(), std::min<qint64>(left, zeros.size()));
        f.flush();
        f.close();
    }
    QFile::remove(path);
}

} // namespace fe
