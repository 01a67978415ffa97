#include "central/Matcher.h"

#include "central/Central.h"
#include "central/Log.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <exception>

namespace fe::central {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Matcher", text);
}

// A queued member's keys as stored: one "kind key" per line (kinds and hex keys have no spaces).
QString claimsText(const QList<Claim>& claims)
{
    QString out;
    for (const Claim& c : claims)
        out += c.kind + QLatin1Char(' ') + QString::fromLatin1(c.key) + QLatin1Char('\n');
    return out;
}

QList<Claim> claimsFrom(const QString& text)
{
    QList<Claim> out;
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype space = line.indexOf(QLatin1Char(' '));
        if (space > 0)
            out.append({line.left(space), line.mid(space + 1).toLatin1()});
    }
    return out;
}

struct FlagChange
{
    QString country;
    QString district;
    QString memberId;
    QByteArray body;
};

struct Row
{
    qint64 seq = 0;
    QString memberId;
    QString country;
    QString district;
    bool replaces = false;
    QList<Claim> claims;
};

// Claims the keys of `rows` (no member twice among them) and flags each member whose key another
// member holds. Grouped statements: PostgreSQL sends each group in one round trip.
void matchSegment(db::Connection& c, const QList<Row>& rows, qint64 now, QList<FlagChange>& changes)
{
    std::vector<db::Params> releases, inserts;
    QList<std::pair<const Row*, const Claim*>> claims;
    for (const Row& row : rows) {
        if (row.replaces)
            releases.push_back({row.memberId});
        for (const Claim& claim : row.claims) {
            inserts.push_back({claim.kind, claim.key, row.memberId});
            claims.append({&row, &claim});
        }
    }
    c.queryMany("DELETE FROM claims WHERE owner_id = ? AND kind IN ('document', 'probable')", releases);
    // A claim inserted is ours; only a key someone already held needs its holder looked up.
    const auto inserted = c.queryMany(
        "INSERT INTO claims(kind, key, owner_id) VALUES(?, ?, ?) ON CONFLICT(kind, key) DO NOTHING", inserts);
    std::vector<db::Params> lookups;
    QList<qsizetype> lookedUp;
    for (qsizetype i = 0; i < claims.size(); ++i)
        if (inserted[static_cast<size_t>(i)].affected() == 0) {
            lookups.push_back({claims[i].second->kind, claims[i].second->key});
            lookedUp.append(i);
        }
    const auto found = c.queryMany("SELECT owner_id FROM claims WHERE kind = ? AND key = ?", lookups);
    std::vector<db::Params> flags;
    QList<std::pair<const Row*, QString>> flagged;
    for (qsizetype j = 0; j < lookedUp.size(); ++j) {
        const db::Rows& holder = found[static_cast<size_t>(j)];
        const Row* row = claims[lookedUp[j]].first;
        if (holder.empty() || holder.text(0, 0) == row->memberId)
            continue;
        flags.push_back({row->country, row->district, row->memberId, holder.text(0, 0),
                         claims[lookedUp[j]].second->kind, now});
        flagged.append({row, holder.text(0, 0)});
    }
    const auto created =
        c.queryMany("INSERT INTO flags(country, district, member_id, other_id, reason, state, created_at) "
                    "VALUES(?, ?, ?, ?, ?, 'open', ?) ON CONFLICT(member_id, other_id, reason) DO NOTHING "
                    "RETURNING id, reason",
                    flags);
    for (qsizetype i = 0; i < flagged.size(); ++i) {
        const db::Rows& flag = created[static_cast<size_t>(i)];
        if (flag.empty())
            continue;
        const Row* row = flagged[i].first;
        const QString& other = flagged[i].second;
        const QByteArray body = QJsonDocument(QJsonObject{{QLatin1String("flag"), flag.int64(0, 0)},
                                                          {QLatin1String("member"), row->memberId},
                                                          {QLatin1String("other"), other},
                                                          {QLatin1String("reason"), flag.text(0, 1)},
                                                          {QLatin1String("state"), QStringLiteral("open")}})
                                    .toJson(QJsonDocument::Compact);
        // Both members' districts hear of it (the other may have been registered elsewhere).
        changes.append({row->country, row->district, row->memberId, body});
        const db::Rows otherDistrict = c.query("SELECT district FROM members WHERE id = ?", {other});
        if (!otherDistrict.empty() && otherDistrict.text(0, 0) != row->district)
            changes.append({row->country, otherDistrict.text(0, 0), other, body});
    }
}

} // namespace

void Matcher::enqueue(db::Connection& c, const QString& country, const QList<Queued>& members, qint64 now)
{
    std::vector<db::Params> rows;
    rows.reserve(static_cast<size_t>(members.size()));
    for (const Queued& m : members)
        if (m.replaces || !m.claims.isEmpty())
            rows.push_back({m.memberId, country, m.district, static_cast<qint64>(m.replaces ? 1 : 0),
                            claimsText(m.claims), now});
    c.queryMany("INSERT INTO match_queue(member_id, country, district, replaces, claims, queued_at) "
                "VALUES(?, ?, ?, ?, ?, ?)",
                rows);
}

int Matcher::matchQueued(int limit)
{
    int matched = 0;
    m_central.db().write([&](db::Connection& c) {
        c.lockKeys({db::lockKey("matcher")}); // the queue's order is the order keys are claimed in
        const db::Rows queued = c.query("SELECT seq, member_id, country, district, replaces, claims FROM "
                                        "match_queue ORDER BY seq LIMIT ?",
                                        {static_cast<qint64>(limit)});
        matched = queued.size();
        if (matched == 0)
            return;
        const qint64 now = m_central.nowMs();
        QList<Row> rows;
        rows.reserve(matched);
        for (int r = 0; r < queued.size(); ++r)
            rows.append({queued.int64(r, 0), queued.text(r, 1), queued.text(r, 2), queued.text(r, 3),
                         queued.int64(r, 4) != 0, claimsFrom(queued.text(r, 5))});
        // In queue order; a member queued twice (created, then changed) starts a new segment, so
        // its earlier keys are claimed before the change releases them.
        QList<FlagChange> changes;
        QList<Row> segment;
        QSet<QString> inSegment;
        for (const Row& row : std::as_const(rows)) {
            if (inSegment.contains(row.memberId)) {
                matchSegment(c, segment, now, changes);
                segment.clear();
                inSegment.clear();
            }
            segment.append(row);
            inSegment.insert(row.memberId);
        }
        matchSegment(c, segment, now, changes);
        std::vector<db::Params> done;
        for (const Row& row : std::as_const(rows))
            done.push_back({row.seq});
        c.queryMany("DELETE FROM match_queue WHERE seq = ?", done);
        if (changes.isEmpty())
            return;
        // Under the lock every writer of changes takes (Push.cpp, Batch::finish): a pull cursor
        // never skips a change.
        c.lockKeys({db::lockKey("changes")});
        std::vector<db::Params> inserts;
        for (const FlagChange& ch : std::as_const(changes))
            inserts.push_back({ch.country, ch.district, QStringLiteral("flag"), ch.memberId, ch.body, now});
        c.queryMany(
            "INSERT INTO changes(country, district, kind, entity_id, body, at) VALUES(?, ?, ?, ?, ?, ?)",
            inserts);
    });
    return matched;
}

int Matcher::drain()
{
    int total = 0;
    for (int matched = matchQueued(); matched > 0; matched = matchQueued())
        total += matched;
    return total;
}

MatcherThread::MatcherThread(Central& central) : m_matcher(central), m_thread([this] { run(); }) {}

MatcherThread::~MatcherThread()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_one();
    m_thread.join();
}

void MatcherThread::wake()
{
    {
        const std::lock_guard lock(m_mutex);
        m_woken = true;
    }
    m_changed.notify_one();
}

void MatcherThread::run()
{
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait_for(lock, std::chrono::seconds(1), [this] { return m_woken || m_stopping; });
            if (m_stopping)
                return;
            // Pushes that come meanwhile join this round: one transaction (one fsync) matches the
            // members of many pushes, and the matcher stays out of the way of the push that woke it.
            if (m_woken && m_changed.wait_for(lock, kGather, [this] { return m_stopping; }))
                return;
            m_woken = false;
        }
        try {
            // Until the queue is empty, but a stop is not kept waiting longer than one batch.
            while (m_matcher.matchQueued() == Matcher::kBatch) {
                const std::lock_guard lock(m_mutex);
                if (m_stopping)
                    return;
            }
        } catch (const db::Failure& f) {
            // The queue is as it was: the next round tries again.
            logEvent("warning", QStringLiteral("matching"),
                     {{QLatin1String("error"), tr("Duplicate matching failed: %1").arg(f.detail)}});
        } catch (const std::exception& e) {
            logEvent("warning", QStringLiteral("matching"),
                     {{QLatin1String("error"),
                       tr("Duplicate matching failed: %1").arg(QString::fromUtf8(e.what()))}});
        }
    }
}

} // namespace fe::central
