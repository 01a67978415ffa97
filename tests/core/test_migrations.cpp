// Schema migrations, on a real store of an earlier version (tests/data/store-v1.fieldenrol, made by
// tests/data/make_store_v1.sql; see tests/data/README.md): opening it migrates it in place, keeps
// every record and a backup; a migration that fails part way leaves the old version intact.
#include "FaultVfs.h"
#include "StoreSnapshot.h"

#include "store/Schema.h"
#include "store/Store.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <memory>
#include <optional>

#include <sqlite3.h>

// Readable QStrings in failure messages.
namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

using namespace fe;

namespace {

const QString kFixture = QStringLiteral(FIELDENROL_TEST_DATA_DIR "/store-v1.fieldenrol");
const QString kClerk = QStringLiteral("clerk1");

// What schema version 1 had: a migration must keep all of it as it was.
test::SnapshotScope schemaV1()
{
    test::SnapshotScope scope;
    scope.tables = {QStringLiteral("meta"),       QStringLiteral("admin_units"),   QStringLiteral("schemes"),
                    QStringLiteral("members"),    QStringLiteral("contributions"), QStringLiteral("lookups"),
                    QStringLiteral("history"),    QStringLiteral("audit"),         QStringLiteral("outbox"),
                    QStringLiteral("import_keys")};
    // Version 5 keeps the payload of a record's current version once, in the record's row: read
    // through to it, every version's history payload is the one version 1 wrote.
    scope.columns.insert(
        QStringLiteral("history"),
        QStringLiteral("id, entity, entity_id, version, reason, operator_id, at, coalesce(payload, "
                       "(SELECT m.payload FROM members m WHERE history.entity = 'member' AND m.id = "
                       "history.entity_id AND m.version = history.version), (SELECT c.payload FROM "
                       "contributions c WHERE history.entity = 'contribution' AND c.id = history.entity_id "
                       "AND c.version = history.version)) AS payload, payload_hash"));
    scope.columns.insert(QStringLiteral("outbox"),
                         QStringLiteral("seq, entity, entity_id, entity_version, op, idempotency_key, "
                                        "payload_hash, created_at, state, sent_at"));
    return scope;
}

// The same, read from a store of the current version: version 7 moved the look-ups that name one
// record each (documents, receipts, mobile-money codes) into unique_lookups.
test::SnapshotScope schemaV1Migrated()
{
    test::SnapshotScope scope = schemaV1();
    scope.from.insert(QStringLiteral("lookups"),
                      QStringLiteral("(SELECT kind, key, entity_id FROM lookups UNION ALL "
                                     "SELECT kind, key, entity_id FROM unique_lookups)"));
    return scope;
}

// A writable copy of the fixture in a temporary directory.
struct V1Copy
{
    V1Copy()
    {
        REQUIRE(dir.isValid());
        REQUIRE(QFile::exists(kFixture));
        REQUIRE(QFile::copy(kFixture, path()));
        REQUIRE(QFile::setPermissions(path(), QFile::ReadOwner | QFile::WriteOwner));
    }
    QString path() const { return dir.filePath(QStringLiteral("field.fieldenrol")); }
    QString backup() const { return path() + QStringLiteral(".v1.bak"); }

    QTemporaryDir dir;
};

} // namespace

TEST_CASE("the schema-1 fixture is a complete store of version 1")
{
    // Guards the fixture itself: if it were regenerated at another version, the tests below
    // would no longer test a migration.
    V1Copy copy;
    const test::StoreSnapshot v1 = test::snapshotOf(copy.path());
    CHECK(v1.userVersion == 1);
    CHECK(v1.rows.value(QStringLiteral("members")) == 3);
    CHECK(v1.rows.value(QStringLiteral("contributions")) == 2);
    CHECK(v1.rows.value(QStringLiteral("history")) == 7);
    CHECK_FALSE(v1.rows.contains(QStringLiteral("sync_state"))); // added by version 2
    CHECK(test::scalarSql(copy.path(), QStringLiteral("SELECT count(*) FROM pragma_table_info('outbox') "
                                                      "WHERE name = 'attempts'")) == 0);
}

TEST_CASE("opening a schema-1 store migrates it in place, keeps every record and a backup")
{
    V1Copy copy;
    const test::StoreSnapshot pristine = test::snapshotOf(copy.path());
    const test::StoreSnapshot v1Part = test::snapshotOf(copy.path(), schemaV1());

    {
        auto opened = Store::open(copy.path());
        INFO((opened.ok() ? std::string() : opened.error().code.toStdString()));
        REQUIRE(opened.ok());
        Store& store = *opened.value();
        const StoreStatus status = store.status();
        CHECK(status.schemaVersion == schema::kCurrentVersion);
        CHECK(status.country == QStringLiteral("LA"));
        CHECK(status.members == 3);
        CHECK(status.contributions == 1);
        CHECK(status.voidedContributions == 1);
        CHECK(status.auditEntries == 8);
        CHECK(store.check().problems == QStringList{});

        // The records read as they were written: names in Lao script, the correction's history.
        QStringList names;
        QUuid corrected;
        REQUIRE(store
                    .forEachMember([&](const Member& m) {
                        names.append(m.name.given);
                        if (m.version == 2)
                            corrected = m.id;
                        return true;
                    })
                    .ok());
        names.sort();
        CHECK(names ==
              QStringList{QStringLiteral("ນ້ອຍ"), QStringLiteral("ສົມພອນ"), QStringLiteral("ແສງເດືອນ")});
        REQUIRE_FALSE(corrected.isNull());
        const auto history = store.history(QStringLiteral("member"), corrected);
        REQUIRE(history.size() == 2);
        CHECK(history.at(1).reason == QStringLiteral("Phone number changed"));
        CHECK(store.findByDocument(QStringLiteral("01-2345678")) == QList<QUuid>{corrected});

        // And the migrated store takes new work.
        const auto members = store.findByDocument(QStringLiteral("01-7654321"));
        REQUIRE(members.size() == 1);
        Contribution c;
        c.memberId = members.first();
        c.schemeCode = QStringLiteral("LA-VOL");
        c.periodStart = QDate(2026, 4, 1);
        c.periodEnd = QDate(2026, 4, 30);
        c.amount = Money{225'000, QStringLiteral("LAK")};
        const SaveResult paid = store.recordContribution(c, kClerk);
        INFO(paid.error.code.toStdString());
        CHECK(paid.ok());
        CHECK(store.check().problems == QStringList{});
    }

    // Everything version 1 had is still there (new work aside), and the backup is the old store.
    const test::StoreSnapshot after = test::snapshotOf(copy.path(), schemaV1Migrated());
    CHECK(after.rows.value(QStringLiteral("admin_units")) ==
          v1Part.rows.value(QStringLiteral("admin_units")));
    CHECK(after.rows.value(QStringLiteral("members")) == v1Part.rows.value(QStringLiteral("members")));
    CHECK(after.rows.value(QStringLiteral("history")) == v1Part.rows.value(QStringLiteral("history")) + 1);
    REQUIRE(QFile::exists(copy.backup()));
    CHECK(test::snapshotOf(copy.backup()) == pristine);

    // Opening again migrates nothing and does not touch the backup.
    const QByteArray backupDigest = test::fileDigest(copy.backup());
    auto again = Store::open(copy.path());
    REQUIRE(again.ok());
    CHECK(again.value()->status().schemaVersion == schema::kCurrentVersion);
    CHECK(test::fileDigest(copy.backup()) == backupDigest);
}

TEST_CASE("opening a schema-1 store keeps every row of version 1 unchanged")
{
    V1Copy copy;
    const test::StoreSnapshot v1Part = test::snapshotOf(copy.path(), schemaV1());
    {
        auto opened = Store::open(copy.path());
        REQUIRE(opened.ok());
    }
    const test::StoreSnapshot migrated = test::snapshotOf(copy.path(), schemaV1Migrated());
    CHECK(migrated.userVersion == schema::kCurrentVersion);
    test::StoreSnapshot expected = v1Part;
    expected.userVersion = schema::kCurrentVersion;
    CHECK(migrated == expected);
}

TEST_CASE("a migration that fails part way leaves the store at version 1 with its data")
{
    // The disk fills up after 0, 1, 2 ... writes to the store (its backup has room), so the
    // failure lands at every step of every migration in turn, until one has room to finish.
    const test::StoreSnapshot pristine = test::snapshotOf(kFixture);
    int failures = 0;
    for (int attempt = 0;; ++attempt) {
        REQUIRE(attempt < 300);
        INFO("attempt " << attempt);
        V1Copy copy;
        test::FaultPlan plan;
        plan.target = copy.path();
        plan.diskFullAfterWrites = attempt;
        test::armFaults(plan);
        auto opened = Store::open(copy.path(), {&SystemClock::instance(), test::faultVfsName()});
        const int injected = test::injectedFaults();
        test::disarmFaults();
        if (opened.ok()) {
            CHECK(opened.value()->status().schemaVersion == schema::kCurrentVersion);
            CHECK(opened.value()->check().ok());
            break;
        }
        ++failures;
        INFO(opened.error().code.toStdString());
        CHECK(injected > 0);
        CHECK(opened.error().code == QStringLiteral("store.disk_full"));
        REQUIRE(test::snapshotOf(copy.path()) == pristine);
        // With room again, the next start migrates it.
        if (attempt % 5 == 0) {
            auto retried = Store::open(copy.path());
            REQUIRE(retried.ok());
            CHECK(retried.value()->status().schemaVersion == schema::kCurrentVersion);
            CHECK(retried.value()->check().ok());
        }
    }
    CHECK(failures > 0);
}

TEST_CASE("a full disk while writing the backup stops the migration and leaves no partial backup")
{
    const test::StoreSnapshot pristine = test::snapshotOf(kFixture);
    V1Copy copy;
    test::FaultPlan plan;
    plan.target = copy.backup();
    plan.diskFullAfterBytes = 10'000;
    test::armFaults(plan);
    auto opened = Store::open(copy.path(), {&SystemClock::instance(), test::faultVfsName()});
    const int injected = test::injectedFaults();
    test::disarmFaults();
    REQUIRE_FALSE(opened.ok());
    CHECK(injected > 0);
    CHECK(opened.error().code == QStringLiteral("store.disk_full"));
    CHECK(test::snapshotOf(copy.path()) == pristine);
    // A backup cut short must not sit there looking like one.
    CHECK_FALSE(QFile::exists(copy.backup()));
}

TEST_CASE("an SQLite database of version 0 is not a store, and is left unchanged")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("other.db"));
    const char* sql =
        GENERATE("PRAGMA page_size = 4096; VACUUM",                               // an empty database
                 "CREATE TABLE notes(body TEXT); INSERT INTO notes VALUES('x')"); // another program's
    INFO(sql);
    {
        sqlite3* raw = nullptr;
        REQUIRE(sqlite3_open(path.toUtf8().constData(), &raw) == SQLITE_OK);
        const std::unique_ptr<sqlite3, int (*)(sqlite3*)> db(raw, sqlite3_close_v2);
        REQUIRE(sqlite3_exec(db.get(), sql, nullptr, nullptr, nullptr) == SQLITE_OK);
    }
    REQUIRE(QFileInfo(path).size() > 0);
    const QByteArray digest = test::fileDigest(path);
    auto opened = Store::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == QStringLiteral("store.not_a_store"));
    CHECK(test::fileDigest(path) == digest);
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".v0.bak")));
}

TEST_CASE("the outbox's states are checked without a temporary B-tree, and an unknown state is refused")
{
    // Version 10 spelled the CHECK with `=` and `OR`: an `IN` list of three made SQLite build a
    // temporary B-tree every time an outbox row was written (docs/ARCHITECTURE.md).
    const bool migrated = GENERATE(false, true);
    INFO((migrated ? "a store migrated from version 1" : "a new store"));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QString path;
    std::optional<V1Copy> copy;
    if (migrated) {
        copy.emplace();
        path = copy->path();
        REQUIRE(Store::open(path).ok());
    } else {
        path = dir.filePath(QStringLiteral("new.fieldenrol"));
        REQUIRE(Store::create(path, {Country::Lao, QStringLiteral("Test"), std::nullopt}).ok());
    }

    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &raw) == SQLITE_OK);
    const std::unique_ptr<sqlite3, int (*)(sqlite3*)> db(raw, sqlite3_close_v2);
    for (const char* sql :
         {"EXPLAIN INSERT INTO outbox(entity, entity_id, entity_version, op, idempotency_key, payload_hash, "
          "created_at) VALUES('member', 'x', 1, 'create', 'member:x:1', x'00', 0)",
          "EXPLAIN UPDATE outbox SET state = 'sent' WHERE seq = 1"}) {
        INFO(sql);
        sqlite3_stmt* rawStatement = nullptr;
        REQUIRE(sqlite3_prepare_v2(db.get(), sql, -1, &rawStatement, nullptr) == SQLITE_OK);
        const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> explain(rawStatement, sqlite3_finalize);
        QStringList opcodes;
        while (sqlite3_step(explain.get()) == SQLITE_ROW)
            opcodes.append(
                QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(explain.get(), 1))));
        CHECK(opcodes.contains(QStringLiteral("Insert")));
        CHECK_FALSE(opcodes.contains(QStringLiteral("OpenEphemeral")));
    }

    REQUIRE(sqlite3_exec(
                db.get(),
                "INSERT INTO outbox(entity, entity_id, entity_version, op, idempotency_key, payload_hash, "
                "created_at) VALUES('member', 'x', 1, 'create', 'member:x:1', x'00', 0)",
                nullptr, nullptr, nullptr) == SQLITE_OK);
    const qint64 rows = test::scalarSql(path, QStringLiteral("SELECT count(*) FROM outbox"));
    for (const char* state : {"'pending'", "'sent'", "'quarantined'"})
        CHECK(sqlite3_exec(
                  db.get(),
                  (QByteArray("UPDATE outbox SET state = ") + state + " WHERE entity_id = 'x'").constData(),
                  nullptr, nullptr, nullptr) == SQLITE_OK);
    CHECK(sqlite3_exec(db.get(), "UPDATE outbox SET state = 'lost' WHERE entity_id = 'x'", nullptr, nullptr,
                       nullptr) == SQLITE_CONSTRAINT);
    CHECK(test::scalarSql(path, QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'quarantined'")) >=
          1);
    CHECK(test::scalarSql(path, QStringLiteral("SELECT count(*) FROM outbox")) == rows);
}
