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

TEST_CASE("PostgreSQL: member numbers carry on from the counter after the upgrade to version 2")
{
    test::PostgresCluster& cluster = test::PostgresCluster::shared();
    INFO(cluster.error().toStdString());
    REQUIRE(cluster.ok());
    db::Database database(*db::Location::parse(cluster.createDatabase()), 1);
    // A database of version 1 that numbered 41 Lao members and no Kenyan one.
    database.write([](db::Connection& c) {
        c.execScript(db::migrationSql(1, db::Dialect::Postgres));
        c.query("INSERT INTO meta(key, value) VALUES('schema_version', '1')");
        c.query("INSERT INTO counters(name, value) VALUES('member:LA', 41), ('member:KE', 0)");
    });
    CHECK(db::migrate(database) == 1);
    database.write([](db::Connection& c) {
        CHECK(c.query("SELECT nextval('member_serial_la')").int64(0, 0) == 42);
        CHECK(c.query("SELECT nextval('member_serial_ke')").int64(0, 0) == 1);
    });
}

TEST_CASE("SQLite: the upgrade to version 2 keeps every record version, and a current one may leave its "
          "payload to its record's row")
{
    QTemporaryDir dir;
    db::Database database(*db::Location::parse(dir.filePath(QStringLiteral("c.sqlite"))), 1);
    database.write([](db::Connection& c) {
        c.execScript(db::migrationSql(1, db::Dialect::Sqlite));
        c.query("INSERT INTO meta(key, value) VALUES('schema_version', '1')");
        c.query(
            "INSERT INTO record_versions(entity, entity_id, version, payload_hash, payload, source, "
            "device_id, "
            "device_seq, received_at) VALUES('member', 'm1', 1, 'h1', '{\"v\":1}', 'device', 'd1', 7, 100)");
        CHECK_THROWS_AS(
            c.query("INSERT INTO record_versions(entity, entity_id, version, payload_hash, payload, "
                    "source, device_id, device_seq, received_at) VALUES('member', 'm1', 2, 'h2', NULL, "
                    "'device', 'd1', 8, 200)"),
            db::Failure);
    });
    CHECK(db::migrate(database) == 1);
    database.write([](db::Connection& c) {
        const db::Rows kept =
            c.query("SELECT entity_id, version, payload_hash, payload, device_id, device_seq, "
                    "received_at FROM record_versions");
        REQUIRE(kept.size() == 1);
        CHECK(kept.text(0, 0) == QStringLiteral("m1"));
        CHECK(kept.int64(0, 1) == 1);
        CHECK(kept.text(0, 2) == QStringLiteral("h1"));
        CHECK(kept.text(0, 3) == QStringLiteral("{\"v\":1}"));
        CHECK(kept.int64(0, 5) == 7);
        c.query("INSERT INTO record_versions(entity, entity_id, version, payload_hash, payload, source, "
                "device_id, "
                "device_seq, received_at) VALUES('member', 'm1', 2, 'h2', NULL, 'device', 'd1', 8, 200)");
        // The index by device and seq is there again.
        CHECK(c.query("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = "
                      "'record_versions_device'")
                  .int64(0, 0) == 1);
    });
}
