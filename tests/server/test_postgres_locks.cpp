// PostgresConnection::lockKeys: a transaction never holds more than keyLockLimit() + 1 advisory
// locks (PostgreSQL's shared lock table is small by default), and a large one excludes the others.
#include "CatchQt.h"
#include "PostgresCluster.h"
#include "db/PostgresConnection.h"

#include <catch2/catch.hpp>

using namespace fe;

namespace {

qint64 advisoryLocksHeld(db::PostgresConnection& c)
{
    return c.query("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()")
        .int64(0, 0);
}

bool tryLock(db::PostgresConnection& c, qint64 key, bool shared)
{
    const db::Rows r = shared ? c.query("SELECT pg_try_advisory_xact_lock_shared(?)", {key})
                              : c.query("SELECT pg_try_advisory_xact_lock(?)", {key});
    return r.text(0, 0) == QStringLiteral("t");
}

} // namespace

TEST_CASE("PostgreSQL: a transaction holds at most keyLockLimit() + 1 advisory locks, and one with more keys "
          "locks out every other")
{
    test::PostgresCluster& cluster = test::PostgresCluster::shared();
    INFO(cluster.error().toStdString());
    REQUIRE(cluster.ok());
    const QByteArray url = cluster.createDatabase().toUtf8();
    db::PostgresConnection a(url);
    db::PostgresConnection b(url);
    const qint64 limit = a.keyLockLimit();
    CHECK(limit >= db::kMinKeyLockLimit);
    std::vector<qint64> few;
    for (int i = 0; i < 10; ++i)
        few.push_back(db::lockKey("member:" + QByteArray::number(i)));
    std::vector<qint64> many;
    for (qint64 i = 0; i <= limit; ++i)
        many.push_back(db::lockKey("claim:" + QByteArray::number(i)));

    SECTION("a few keys: each its own lock, and everything shared")
    {
        a.begin();
        a.lockKeys(few);
        CHECK(advisoryLocksHeld(a) == 11);
        b.begin();
        CHECK_FALSE(tryLock(b, few.front(), false));           // the same key waits
        CHECK(tryLock(b, db::lockKey("member:other"), false)); // another key does not
        CHECK(tryLock(b, db::kAllKeysLock, true));
        CHECK_FALSE(tryLock(b, db::kAllKeysLock, false)); // a large transaction waits
        b.rollback();
        a.rollback();
    }
    SECTION("more keys than the limit: one lock on everything")
    {
        a.begin();
        a.lockKeys(many);
        CHECK(advisoryLocksHeld(a) == 1);
        a.lockKeys(few); // later calls of the same transaction go through
        b.begin();
        CHECK_FALSE(tryLock(b, db::kAllKeysLock, true)); // every other transaction waits
        b.rollback();
        a.rollback();
    }
    a.begin();
    CHECK(advisoryLocksHeld(a) == 0); // transaction-scoped: gone with the rollback
    a.rollback();
}
