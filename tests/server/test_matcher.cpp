// Duplicate matching after the push (central/Matcher.h), in process against a real SQLite file:
// the queue's order decides who holds a key, a member changed in the same round releases its old
// keys first, and the queue empties.
#include "central/Central.h"
#include "central/Log.h"
#include "central/Matcher.h"
#include "db/Database.h"
#include "db/Migrations.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace fe;
using central::Claim;
using central::Matcher;

namespace {

struct Office
{
    QTemporaryDir dir;
    std::unique_ptr<db::Database> database;
    std::unique_ptr<central::Central> central;

    Office()
    {
        central::setLogQuiet(true); // the service's start-up lines; nothing here is about them
        database =
            std::make_unique<db::Database>(*db::Location::parse(dir.filePath(QStringLiteral("c.sqlite"))), 1);
        db::migrate(*database);
        central = std::make_unique<central::Central>(*database, central::CentralConfig{});
        central->start();
    }

    void queue(const QList<Matcher::Queued>& members)
    {
        database->write([&](db::Connection& c) { Matcher::enqueue(c, QStringLiteral("LA"), members, 1000); });
    }

    qint64 count(const char* sql)
    {
        qint64 n = -1;
        database->read([&](db::Connection& c) { n = c.query(sql).int64(0, 0); });
        return n;
    }

    QString holder(const QByteArray& key)
    {
        QString owner;
        database->read([&](db::Connection& c) {
            const db::Rows r =
                c.query("SELECT owner_id FROM claims WHERE kind = 'document' AND key = ?", {key});
            owner = r.empty() ? QString() : r.text(0, 0);
        });
        return owner;
    }
};

Matcher::Queued member(const QString& id, QList<QByteArray> documentKeys, bool replaces = false)
{
    Matcher::Queued q{id, QStringLiteral("0101"), replaces, {}};
    for (const QByteArray& key : documentKeys)
        q.claims.append(Claim{QStringLiteral("document"), key});
    return q;
}

} // namespace

TEST_CASE(
    "queued members are matched in queue order: the later holder of a key is flagged, the queue empties",
    "[matcher]")
{
    Office office;
    office.queue({member(QStringLiteral("a"), {"k1"}), member(QStringLiteral("b"), {"k1"}),
                  member(QStringLiteral("c"), {"k2"})});
    CHECK(office.count("SELECT count(*) FROM match_queue") == 3);
    CHECK(office.count("SELECT count(*) FROM flags") == 0); // nothing is flagged before the matcher runs

    CHECK(Matcher(*office.central).matchQueued() == 3);
    CHECK(office.count("SELECT count(*) FROM match_queue") == 0);
    CHECK(office.holder("k1") == QStringLiteral("a"));
    CHECK(office.holder("k2") == QStringLiteral("c"));
    CHECK(office.count("SELECT count(*) FROM flags WHERE member_id = 'b' AND other_id = 'a' AND reason = "
                       "'document' AND state = 'open'") == 1);
    CHECK(office.count("SELECT count(*) FROM flags") == 1);
    // Devices of the district hear of it through pull.
    CHECK(office.count("SELECT count(*) FROM changes WHERE kind = 'flag' AND entity_id = 'b'") == 1);

    // Matching again finds nothing to do and changes nothing.
    CHECK(Matcher(*office.central).matchQueued() == 0);
    CHECK(office.count("SELECT count(*) FROM flags") == 1);
}

TEST_CASE("a member created and changed in one round releases its old key before another member claims it",
          "[matcher]")
{
    Office office;
    // a registers with document k1, then corrects it to k2; b, queued after, has k1.
    office.queue({member(QStringLiteral("a"), {"k1"}), member(QStringLiteral("a"), {"k2"}, true),
                  member(QStringLiteral("b"), {"k1"})});
    CHECK(Matcher(*office.central).matchQueued() == 3);
    CHECK(office.holder("k1") == QStringLiteral("b"));
    CHECK(office.holder("k2") == QStringLiteral("a"));
    CHECK(office.count("SELECT count(*) FROM flags") == 0);
}

TEST_CASE("drain matches a queue longer than one round", "[matcher]")
{
    Office office;
    QList<Matcher::Queued> many;
    for (int i = 0; i < Matcher::kBatch + 5; ++i)
        many.append(member(QStringLiteral("m%1").arg(i), {QByteArray::number(i % (Matcher::kBatch + 4))}));
    office.queue(many);
    CHECK(Matcher(*office.central).drain() == Matcher::kBatch + 5);
    CHECK(office.count("SELECT count(*) FROM match_queue") == 0);
    // Key 0 was queued first and last: its second holder is flagged, a round later.
    CHECK(office.count("SELECT count(*) FROM flags") == 1);
}
