#include "PageCache.h"
#include "store/Database.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <sqlite3.h>

using namespace fe;

namespace {

qint64 pageCacheSetting(sql::Database& db)
{
    return db.scalar("PRAGMA cache_size");
}

} // namespace

TEST_CASE("a one-pass read keeps the page cache small and gives it back afterwards")
{
    QTemporaryDir dir;
    auto db = sql::Database::open(dir.filePath(QStringLiteral("pass.sqlite")),
                                  sql::Database::Mode::ReadWriteCreate);
    REQUIRE(db);
    db->exec("CREATE TABLE t(id INTEGER PRIMARY KEY, payload BLOB NOT NULL)");
    {
        sql::Transaction tx(*db);
        sql::Statement insert(db->handle(), "INSERT INTO t(payload) VALUES (?)");
        for (int i = 0; i < 4000; ++i) {
            insert.bindBlob(1, QByteArray(2000, char('a' + i % 26)));
            insert.run();
        }
        tx.commit();
    }
    const qint64 usual = pageCacheSetting(*db);
    REQUIRE(usual == -32768);

    // Without it, reading every row keeps about 8 MB of pages.
    qint64 total = 0;
    {
        sql::Statement all(db->handle(), "SELECT payload FROM t");
        while (all.next())
            total += all.blob(0).size();
    }
    CHECK(total == 4000 * 2000);
    CHECK(test::pageCacheBytes(*db) > 6 * 1024 * 1024);
    sqlite3_db_release_memory(db->handle());

    {
        sql::OnePassReading onePass(*db);
        CHECK(pageCacheSetting(*db) == -2048);
        sql::Statement all(db->handle(), "SELECT payload FROM t");
        total = 0;
        while (all.next())
            total += all.blob(0).size();
        CHECK(total == 4000 * 2000);
        CHECK(test::pageCacheBytes(*db) < 3 * 1024 * 1024);
    }
    CHECK(pageCacheSetting(*db) == usual);
    CHECK(test::pageCacheBytes(*db) < 512 * 1024);
}
