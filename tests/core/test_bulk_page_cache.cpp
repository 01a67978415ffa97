#include "PageCache.h"
#include "store/Database.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace fe;

TEST_CASE("a bulk import's transactions stay in the page cache, and its memory is given back afterwards")
{
    QTemporaryDir dir;
    auto db = sql::Database::open(dir.filePath(QStringLiteral("bulk.sqlite")),
                                  sql::Database::Mode::ReadWriteCreate);
    REQUIRE(db);
    db->exec("PRAGMA journal_mode=WAL");
    db->exec("CREATE TABLE t(id INTEGER PRIMARY KEY, payload BLOB NOT NULL)");
    const qint64 usual = db->scalar("PRAGMA cache_size");
    REQUIRE(usual == -32768);
    {
        sql::BulkPageCache bulk(*db);
        CHECK(db->scalar("PRAGMA cache_size") == -98304);
        // 48 MB in one transaction: more than the usual cache holds, less than this one.
        sql::Transaction tx(*db);
        sql::Statement insert(db->handle(), "INSERT INTO t(payload) VALUES (?)");
        for (int i = 0; i < 24000; ++i) {
            insert.bindBlob(1, QByteArray(2000, char('a' + i % 26)));
            insert.run();
        }
        CHECK(test::pageCacheBytes(*db) > 40 * 1024 * 1024); // nothing spilled: all of it is still here
        tx.commit();
    }
    CHECK(db->scalar("PRAGMA cache_size") == usual);
    CHECK(test::pageCacheBytes(*db) < 1024 * 1024);
    CHECK(db->scalar("SELECT count(*) FROM t") == 24000);
}
