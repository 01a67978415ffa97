// The store's side of synchronisation: which outbox entries are due, what the central office
// answered, retry state that survives restarts, and the changes pulled back.
#include "common/Uuid.h"
#include "store/Database.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fe {
namespace {

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

OutboxEntry entryFrom(sql::Statement& st)
{
    return {st.int64(0),
            st.text(1),
            QUuid::fromString(st.text(2)),
            static_cast<int>(st.int64(3)),
            st.text(4),
            st.text(5),
            st.blob(6),
            fromMs(st.int64(7)),
            st.text(8)};
}

// Pending outbox entries, oldest first, with each version's payload: from history, or from the
// record's row while the version is current. `condition` narrows them (its parameters come first;
// the last one is the limit).
QByteArray dueEntriesSql(const char* condition)
{
    return QByteArrayLiteral(
               "SELECT o.seq, o.entity, o.entity_id, o.entity_version, o.op, o.idempotency_key, "
               "o.payload_hash, "
               "o.created_at, o.state, coalesce(h.payload, m.payload, c.payload), o.attempts FROM outbox o "
               "JOIN history h ON h.entity = o.entity AND h.entity_id = o.entity_id AND h.version = "
               "o.entity_version "
               "LEFT JOIN members m ON o.entity = 'member' AND m.id = o.entity_id AND m.version = "
               "o.entity_version "
               "LEFT JOIN contributions c ON o.entity = 'contribution' AND c.id = o.entity_id AND c.version "
               "= "
               "o.entity_version WHERE o.state = 'pending' AND ") +
           condition + " ORDER BY o.seq LIMIT ?";
}

// One sync_state value, inside whatever transaction the caller holds (throws sql::Failure).
void putSyncValue(sql::Database& db, const QString& key, const QString& value)
{
    db.cached("INSERT INTO sync_state(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = "
              "excluded.value")
        .bind(1, key)
        .bind(2, value)
        .run();
}

} // namespace

QList<OutboxItem> Store::dueOutbox(int limit, qint64 nowMs)
{
    static const QByteArray sql = dueEntriesSql("(o.next_attempt_at IS NULL OR o.next_attempt_at <= ?)");
    try {
        return readDueEntries(m_db->cached(sql.constData()).bind(1, nowMs).bind(2, limit));
    } catch (const sql::Failure&) {
        return {};
    }
}

Status Store::applyOutboxResults(const QList<OutboxResult>& results, qint64 retryAtMs,
                                 const QList<std::pair<QString, QString>>& syncValues)
{
    try {
        const qint64 now = m_clock->nowMs();
        sql::Transaction tx(*m_db);
        for (const OutboxResult& r : results) {
            switch (r.outcome) {
            case OutboxResult::Outcome::Accepted:
                m_db->cached("UPDATE outbox SET state = 'sent', sent_at = ?, last_error_code = NULL, "
                             "last_error = NULL, next_attempt_at = NULL WHERE seq = ? AND state != 'sent'")
                    .bind(1, now)
                    .bind(2, r.seq)
                    .run();
                if (!r.memberNumber.isEmpty()) {
                    m_db->cached(
                            "UPDATE members SET member_number = ? WHERE id = (SELECT entity_id FROM outbox "
                            "WHERE seq = ? AND entity = 'member') AND member_number IS NOT ?")
                        .bind(1, r.memberNumber)
                        .bind(2, r.seq)
                        .bind(3, r.memberNumber)
                        .run();
                    if (m_db->changes() > 0)
                        m_db->cached("INSERT INTO search_stale(member_id) SELECT entity_id FROM outbox WHERE "
                                     "seq = ?")
                            .bind(1, r.seq)
                            .run();
                }
                break;
            case OutboxResult::Outcome::Rejected:
            case OutboxResult::Outcome::Conflict:
                m_db->cached("UPDATE outbox SET state = 'quarantined', attempts = attempts + 1, "
                             "last_error_code = ?, "
                             "last_error = ? WHERE seq = ?")
                    .bind(1, r.outcome == OutboxResult::Outcome::Conflict
                                 ? QStringLiteral("conflict") + QLatin1Char(':') + r.code
                                 : r.code)
                    .bind(2, r.message)
                    .bind(3, r.seq)
                    .run();
                appendAudit(QStringLiteral("sync"), QStringLiteral("outbox.quarantine"), {}, {},
                            QStringLiteral("seq %1 %2").arg(r.seq).arg(r.code));
                break;
            case OutboxResult::Outcome::Waiting:
                m_db->cached("UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, "
                             "last_error_code = ?, "
                             "last_error = ? WHERE seq = ?")
                    .bind(1, retryAtMs)
                    .bind(2, r.code)
                    .bind(3, r.message)
                    .bind(4, r.seq)
                    .run();
                break;
            }
        }
        for (const auto& [key, value] : syncValues)
            putSyncValue(*m_db, key, value);
        tx.commit();
        refreshSearchIndex();
        return {};
    } catch (const sql::Failure& f) {
        return sql::errorFor(f.sqliteCode, path());
    }
}

Status Store::deferOutbox(const QList<qint64>& seqs, const Error& error, qint64 retryAtMs)
{
    try {
        sql::Transaction tx(*m_db);
        for (qint64 seq : seqs)
            m_db->cached(
                    "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error_code = ?, "
                    "last_error = ? WHERE seq = ? AND state = 'pending'")
                .bind(1, retryAtMs)
                .bind(2, error.code)
                .bind(3, error.message)
                .bind(4, seq)
                .run();
        tx.commit();
        return {};
    } catch (const sql::Failure& f) {
        return sql::errorFor(f.sqliteCode, path());
    }
}

Status Store::requeueOutbox(const QList<qint64>& seqs)
{
    try {
        sql::Transaction tx(*m_db);
        for (qint64 seq : seqs)
            m_db->cached("UPDATE outbox SET state = 'pending', sent_at = NULL, next_attempt_at = NULL "
                         "WHERE seq = ? AND state = 'sent'")
                .bind(1, seq)
                .run();
        appendAudit(QStringLiteral("sync"), QStringLiteral("outbox.requeue"), {}, {},
                    QStringLiteral("%1 entries").arg(seqs.size()));
        tx.commit();
        return {};
    } catch (const sql::Failure& f) {
        return sql::errorFor(f.sqliteCode, path());
    }
}

QList<OutboxEntry> Store::outboxRange(qint64 fromSeq, qint64 toSeq)
{
    QList<OutboxEntry> out;
    try {
        auto& st =
            m_db->cached("SELECT o.seq, o.entity, o.entity_id, o.entity_version, o.op, o.idempotency_key, "
                         "o.payload_hash, o.created_at, o.state FROM outbox o WHERE o.seq BETWEEN ? AND ? "
                         "ORDER BY o.seq");
        st.bind(1, fromSeq).bind(2, toSeq);
        while (st.next())
            out.append(entryFrom(st));
        st.reset();
    } catch (const sql::Failure&) {
        out.clear();
    }
    return out;
}

QList<QuarantinedEntry> Store::quarantinedOutbox()
{
    QList<QuarantinedEntry> out;
    try {
        auto& st =
            m_db->cached("SELECT o.seq, o.entity, o.entity_id, o.entity_version, o.op, o.idempotency_key, "
                         "o.payload_hash, o.created_at, o.state, o.last_error_code, o.last_error, o.attempts "
                         "FROM outbox o WHERE o.state = 'quarantined' ORDER BY o.seq");
        while (st.next())
            out.append({entryFrom(st), st.text(9), st.text(10), static_cast<int>(st.int64(11))});
        st.reset();
    } catch (const sql::Failure&) {
        out.clear();
    }
    return out;
}

Status Store::retryQuarantined(const QList<qint64>& seqs, const QString& operatorId)
{
    try {
        sql::Transaction tx(*m_db);
        if (seqs.isEmpty()) {
            m_db->exec(
                "UPDATE outbox SET state = 'pending', next_attempt_at = NULL WHERE state = 'quarantined'");
        } else {
            for (qint64 seq : seqs)
                m_db->cached("UPDATE outbox SET state = 'pending', next_attempt_at = NULL WHERE seq = ? AND "
                             "state = 'quarantined'")
                    .bind(1, seq)
                    .run();
        }
        appendAudit(operatorId, QStringLiteral("outbox.retry"), {}, {},
                    seqs.isEmpty() ? QStringLiteral("all") : QStringLiteral("%1 entries").arg(seqs.size()));
        tx.commit();
        return {};
    } catch (const sql::Failure& f) {
        return sql::errorFor(f.sqliteCode, path());
    }
}

QString Store::syncValue(const QString& key)
{
    try {
        auto& st = m_db->cached("SELECT value FROM sync_state WHERE key = ?");
        st.bind(1, key);
        const QString value = st.next() ? st.text(0) : QString();
        st.reset();
        return value;
    } catch (const sql::Failure&) {
        return {};
    }
}

Status Store::setSyncValue(const QString& key, const QString& value)
{
    try {
        putSyncValue(*m_db, key, value);
        return {};
    } catch (const sql::Failure& f) {
        return sql::errorFor(f.sqliteCode, path());
    }
}

Status Store::setSyncValues(const QList<std::pair<QString, QString>>& values, Durability durability)
{
    // synchronous=NORMAL for this commit only (a log in WAL mode stays consistent: a commit that
    // was not synced is lost whole or kept whole). Inside an outer transaction the outer commit decides.
    struct Unsynced
    {
        sql::Database& db;
        bool on;
        Unsynced(sql::Database& d, bool wanted) : db(d), on(wanted && d.transactionDepth == 0)
        {
            if (on)
                db.exec("PRAGMA synchronous=NORMAL");
        }
        ~Unsynced()
        {
            if (on) {
                try {
                    db.exec("PRAGMA synchronous=FULL");
                } catch (const sql::Failure&) {
                    // Setting a pragma does not touch the file; never expected to fail.
                }
            }
        }
    };
    try {
        const Unsynced unsynced(*m_db, durability == Durability::Deferred);
        sql::Transaction tx(*m_db);
        for (const auto& [key, value] : values)
            putSyncValue(*m_db, key, value);
        tx.commit();
        return {};
    } catch (const sql::Failure& f) {
        return sql::errorFor(f.sqliteCode, path());
    }
}

Status Store::applyMemberNumber(const QUuid& memberId, const QString& memberNumber)
{
    try {
        sql::Transaction tx(*m_db);
        m_db->cached("UPDATE members SET member_number = ? WHERE id = ? AND member_number IS NOT ?")
            .bind(1, memberNumber)
            .bind(2, uuidText(memberId))
            .bind(3, memberNumber)
            .run();
        if (m_db->changes() > 0) {
            markSearchStale(uuidText(memberId));
            appendAudit(QStringLiteral("sync"), QStringLiteral("member.number"), QStringLiteral("member"),
                        memberId, {});
        }
        tx.commit();
        refreshSearchIndex();
        return {};
    } catch (const sql::Failure& f) {
        return sql::errorFor(f.sqliteCode, path());
    }
}

Status Store::recordFlag(const Flag& flag)
{
    try {
        sql::Transaction tx(*m_db);
        m_db->cached("INSERT INTO flags(id, entity, entity_id, kind, detail, status, received_at) "
                     "VALUES(?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET detail = excluded.detail, "
                     "status = excluded.status")
            .bind(1, flag.id)
            .bind(2, flag.entity)
            .bind(3, uuidText(flag.entityId))
            .bind(4, flag.kind)
            .bind(5, flag.detail)
            .bind(6, flag.status.isEmpty() ? QStringLiteral("open") : flag.status)
            .bind(7, m_clock->nowMs())
            .run();
        tx.commit();
        return {};
    } catch (const sql::Failure& f) {
        return sql::errorFor(f.sqliteCode, path());
    }
}

QList<Flag> Store::openFlags()
{
    QList<Flag> out;
    try {
        auto& st = m_db->cached("SELECT id, entity, entity_id, kind, detail, status, received_at FROM flags "
                                "WHERE status = 'open' ORDER BY received_at, id");
        while (st.next())
            out.append({st.text(0), st.text(1), QUuid::fromString(st.text(2)), st.text(3), st.text(4),
                        st.text(5), fromMs(st.int64(6))});
        st.reset();
    } catch (const sql::Failure&) {
        out.clear();
    }
    return out;
}

Status Store::resolveFlag(const QString& flagId, const QString& operatorId)
{
    try {
        sql::Transaction tx(*m_db);
        m_db->cached("UPDATE flags SET status = 'resolved' WHERE id = ? AND status = 'open'")
            .bind(1, flagId)
            .run();
        if (m_db->changes() == 0)
            return Error{QStringLiteral("flag.missing"), tr("There is no such open flag."), {}};
        appendAudit(operatorId, QStringLiteral("flag.resolve"), {}, {}, flagId);
        tx.commit();
        return {};
    } catch (const sql::Failure& f) {
        return sql::errorFor(f.sqliteCode, path());
    }
}

} // namespace fe

namespace fe {

QList<OutboxItem> Store::dueOutboxAfter(qint64 afterSeq, int limit, qint64 nowMs, qint64 maxDelayMs)
{
    static const QByteArray sql = dueEntriesSql(
        "o.seq > ? AND (o.next_attempt_at IS NULL OR o.next_attempt_at <= ? OR o.next_attempt_at > ?)");
    try {
        return readDueEntries(m_db->cached(sql.constData())
                                  .bind(1, afterSeq)
                                  .bind(2, nowMs)
                                  .bind(3, nowMs + maxDelayMs)
                                  .bind(4, limit));
    } catch (const sql::Failure&) {
        return {};
    }
}

QList<OutboxItem> Store::readDueEntries(sql::Statement& st)
{
    QList<OutboxItem> out;
    while (st.next()) {
        OutboxItem item;
        item.entry = entryFrom(st);
        const auto plain = openPayload(item.entry.entity, item.entry.entityId, st.blob(9));
        if (!plain)
            continue; // a damaged payload is reported by check(); it must not stop the queue
        item.payload = *plain;
        item.attempts = static_cast<int>(st.int64(10));
        out.append(item);
    }
    st.reset();
    return out;
}

std::optional<qint64> Store::nextOutboxRetry(qint64 nowMs, qint64 maxDelayMs)
{
    try {
        auto& st = m_db->cached("SELECT min(next_attempt_at) FROM outbox WHERE state = 'pending' AND "
                                "next_attempt_at > ? AND next_attempt_at <= ?");
        st.bind(1, nowMs).bind(2, nowMs + maxDelayMs);
        std::optional<qint64> at;
        if (st.next() && !st.isNull(0))
            at = st.int64(0);
        st.reset();
        return at;
    } catch (const sql::Failure&) {
        return std::nullopt;
    }
}

qint64 Store::lastOutboxSeq()
{
    try {
        return m_db->scalar("SELECT coalesce(max(seq), 0) FROM outbox");
    } catch (const sql::Failure&) {
        return 0;
    }
}

Status Store::applyPulledChanges(const QList<PulledChange>& changes, const QString& cursorKey,
                                 const QString& cursorValue)
{
    const auto text = [](const QJsonObject& o, const char* key) {
        return o.value(QLatin1String(key)).toString();
    };
    try {
        const qint64 now = m_clock->nowMs();
        sql::Transaction tx(*m_db);
        for (const PulledChange& change : changes) {
            const QJsonObject& b = change.body;
            if (change.kind == QLatin1String("member_number")) {
                const QString memberId = text(b, "member");
                m_db->cached("UPDATE members SET member_number = ? WHERE id = ? AND member_number IS NOT ?")
                    .bind(1, text(b, "number"))
                    .bind(2, memberId)
                    .bind(3, text(b, "number"))
                    .run();
                if (m_db->changes() > 0) {
                    markSearchStale(memberId);
                    appendAudit(QStringLiteral("sync"), QStringLiteral("member.number"),
                                QStringLiteral("member"), QUuid::fromString(memberId), {});
                }
            } else if (change.kind == QLatin1String("member") && applyCentralCorrection(b, now)) {
                continue; // written as the member's next version
            } else if (change.kind == QLatin1String("flag") || change.kind == QLatin1String("member")) {
                // Duplicate flags, and corrections made at the central office that could not be
                // applied here (the member changed on this device meanwhile), shown to a supervisor.
                // The detail keeps ids, versions, hashes and reason codes only, never personal data.
                const bool isFlag = change.kind == QLatin1String("flag");
                QString id;
                QString memberId;
                QJsonObject detail;
                if (isFlag) {
                    memberId = text(b, "member");
                    id = QStringLiteral("flag:%1").arg(b.value(QLatin1String("flag")).toInteger());
                    detail = b;
                } else {
                    memberId =
                        b.value(QLatin1String("member")).toObject().value(QLatin1String("id")).toString();
                    const int version = b.value(QLatin1String("version")).toInt();
                    id = QStringLiteral("correction:%1:%2").arg(memberId).arg(version);
                    detail = {{QLatin1String("member"), memberId},
                              {QLatin1String("version"), version},
                              {QLatin1String("hash"), b.value(QLatin1String("hash"))}};
                }
                m_db->cached("INSERT INTO flags(id, entity, entity_id, kind, detail, status, received_at) "
                             "VALUES(?, 'member', ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET detail = "
                             "excluded.detail, status = excluded.status")
                    .bind(1, id)
                    .bind(2, memberId)
                    .bind(3, isFlag ? text(b, "reason") : QStringLiteral("central_correction"))
                    .bind(4, QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)))
                    .bind(5, text(b, "state") == QLatin1String("resolved") ? QStringLiteral("resolved")
                                                                           : QStringLiteral("open"))
                    .bind(6, now)
                    .run();
            } else if (change.kind == QLatin1String("refdata")) {
                if (text(b, "country") != m_country.code)
                    continue;
                const QJsonArray units = b.value(QLatin1String("units")).toArray();
                const QJsonArray schemes = b.value(QLatin1String("schemes")).toArray();
                if (!units.isEmpty()) {
                    m_db->exec("DELETE FROM admin_units");
                    for (const QJsonValue& v : units) {
                        const QJsonObject u = v.toObject();
                        m_db->cached(
                                "INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) "
                                "VALUES(?, ?, ?, ?, ?)")
                            .bind(1, u.value(QLatin1String("level")).toInt())
                            .bind(2, text(u, "code"))
                            .bind(3, text(u, "parent"))
                            .bind(4, text(u, "local"))
                            .bind(5, text(u, "latin"))
                            .run();
                    }
                }
                if (!schemes.isEmpty()) {
                    m_db->exec("DELETE FROM schemes");
                    for (const QJsonValue& v : schemes) {
                        QJsonObject s = v.toObject();
                        s.insert(QLatin1String("country"), m_country.code);
                        m_db->cached("INSERT INTO schemes(code, definition) VALUES(?, ?)")
                            .bind(1, text(s, "code"))
                            .bind(2, QString::fromUtf8(QJsonDocument(s).toJson(QJsonDocument::Compact)))
                            .run();
                    }
                }
                appendAudit(QStringLiteral("sync"), QStringLiteral("refdata.update"), {}, {},
                            QStringLiteral("%1 units, %2 schemes").arg(units.size()).arg(schemes.size()));
            }
            // Unknown kinds come from a newer central office: skipped, the cursor still moves on.
        }
        putSyncValue(*m_db, cursorKey, cursorValue);
        tx.commit();
        refreshSearchIndex();
    } catch (const sql::Failure& f) {
        return sql::errorFor(f.sqliteCode, path());
    }
    return {};
}

} // namespace fe
