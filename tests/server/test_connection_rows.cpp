// Connection::query reports how many rows a writing statement changed, the same on SQLite and
// PostgreSQL: the claims of a push are inserted with `ON CONFLICT DO NOTHING` and told apart by it,
// without `RETURNING` (docs/CENTRAL.md).
#include "CatchQt.h"
#include "PostgresCluster.h"
#include "db/PostgresConnection.h"
#include "db/SqliteConnection.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <memory>

using namespace fe;

namespace {

void checkAffected(db::Connection& c)
{
    c.execScript("CREATE TABLE claims(kind TEXT NOT NULL, key TEXT NOT NULL, owner_id TEXT NOT NULL, "
                 "PRIMARY KEY(kind, key))");
    const char* const claim =
        "INSERT INTO claims(kind, key, owner_id) VALUES(?, ?, ?) ON CONFLICT(kind, key) DO NOTHING";
    c.begin();
    const auto first =
        c.queryMany(claim, {{QStringLiteral("document"), QStringLiteral("k1"), QStringLiteral("a")},
                            {QStringLiteral("document"), QStringLiteral("k1"), QStringLiteral("b")},
                            {QStringLiteral("probable"), QStringLiteral("k1"), QStringLiteral("b")}});
    REQUIRE(first.size() == 3);
    CHECK(first[0].affected() == 1); // inserted
    CHECK(first[1].affected() == 0); // held by a: nothing written
    CHECK(first[2].affected() == 1); // another kind, the same key
    for (const db::Rows& r : first)
        CHECK(r.empty()); // no RETURNING, no rows
    c.commit();

    // A query after a writing statement does not report the statement's count as its own.
    const db::Rows owner = c.query("SELECT owner_id FROM claims WHERE kind = ? AND key = ?",
                                   {QStringLiteral("document"), QStringLiteral("k1")});
    REQUIRE(owner.size() == 1);
    CHECK(owner.text(0, 0) == QStringLiteral("a"));
    CHECK(owner.affected() == 0);

    const db::Rows updated =
        c.query("UPDATE claims SET owner_id = ? WHERE key = ?", {QStringLiteral("c"), QStringLiteral("k1")});
    CHECK(updated.affected() == 2);
    const db::Rows deleted = c.query("DELETE FROM claims WHERE kind = ?", {QStringLiteral("document")});
    CHECK(deleted.affected() == 1);
    CHECK(c.query("DELETE FROM claims WHERE kind = ?", {QStringLiteral("momo")}).affected() == 0);
    CHECK(c.query("SELECT count(*) FROM claims").int64(0, 0) == 1);
}

} // namespace

TEST_CASE("SQLite: a writing statement reports the rows it changed, a query none")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    db::SqliteConnection c(dir.filePath(QStringLiteral("central.sqlite")));
    checkAffected(c);
}

TEST_CASE("PostgreSQL: a writing statement reports the rows it changed, a query none")
{
    test::PostgresCluster& cluster = test::PostgresCluster::shared();
    INFO(cluster.error().toStdString());
    REQUIRE(cluster.ok());
    db::PostgresConnection c(cluster.createDatabase().toUtf8());
    checkAffected(c);
}
