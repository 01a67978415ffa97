#include "CatchQt.h"
#include "PostgresCluster.h"
#include "db/Database.h"
#include "db/Migrations.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace fe;

namespace {

QStringList tables(db::Database& database)
{
    QStringList out;
    database.read([&](db::Connection& c) {
        const db::Rows rows = c.dialect() == db::Dialect::Sqlite
                                  ? c.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name "
                                            "NOT LIKE 'sqlite_%' ORDER BY name")
                                  : c.query("SELECT table_name FROM information_schema.tables WHERE "
                                            "table_schema = current_schema() "
                                            "ORDER BY table_name");
        for (int r = 0; r < rows.size(); ++r)
            out.append(rows.text(r, 0));
    });
    return out;
}

void migratesOnceAndRefusesNewer(db::Database& database)
{
    CHECK(db::migrate(database) == 0);
    CHECK(db::migrate(database) == db::kSchemaVersion); // a second run finds it done
    const QStringList found = tables(database);
    for (const char* t :
         {"meta", "devices", "members", "contributions", "record_versions", "device_entries", "parked",
          "claims", "flags", "changes", "counters", "enrolment_codes", "supervisors"})
        CHECK(found.contains(QString::fromLatin1(t)));
    database.write(
        [](db::Connection& c) { c.query("UPDATE meta SET value = '99' WHERE key = 'schema_version'"); });
    try {
        db::migrate(database);
        FAIL("a newer schema must be refused");
    } catch (const db::Failure& f) {
        CHECK(f.detail.startsWith(QStringLiteral("schema.newer")));
    }
}

} // namespace

TEST_CASE("SQLite: the schema migrates once, and a newer one is refused")
{
    QTemporaryDir dir;
    db::Database database(*db::Location::parse(dir.filePath(QStringLiteral("c.sqlite"))), 2);
    migratesOnceAndRefusesNewer(database);
}

TEST_CASE("PostgreSQL: the same migrations give the same tables")
{
    test::PostgresCluster& cluster = test::PostgresCluster::shared();
    INFO(cluster.error().toStdString());
    REQUIRE(cluster.ok());
    db::Database database(*db::Location::parse(cluster.createDatabase()), 2);
    QTemporaryDir dir;
    db::Database sqlite(*db::Location::parse(dir.filePath(QStringLiteral("c.sqlite"))), 1);
    db::migrate(sqlite);
    migratesOnceAndRefusesNewer(database);
    CHECK(tables(database) == tables(sqlite));
}

TEST_CASE("an unreachable database is reported, not crashed on")
{
    db::Database nowhere(
        *db::Location::parse(QStringLiteral("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2")), 1);
    CHECK_THROWS_AS(db::migrate(nowhere), db::Failure);
    db::Database unwritable(*db::Location::parse(QStringLiteral("/proc/fieldenrol/c.sqlite")), 1);
    try {
        db::migrate(unwritable);
        FAIL("opening a database in /proc must fail");
    } catch (const db::Failure& f) {
        CHECK(f.kind == db::Failure::Kind::Unavailable);
    }
}
