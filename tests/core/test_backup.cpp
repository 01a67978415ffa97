#include "TestStore.h"

#include "store/Backup.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace fe;

TEST_CASE("a backup is a consistent, self-contained copy taken while the store is open")
{
    test::TestStore store(Country::Lao);
    REQUIRE(store->registerMember(test::validLaoMember(), QStringLiteral("clerk")).ok());
    QTemporaryDir target;
    qint64 lastDone = -1;
    qint64 lastTotal = 0;
    const auto made = Backup::create(store.path(), target.path(), [&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
        return true;
    });
    INFO((made.ok() ? std::string() : made.error().message.toStdString()));
    REQUIRE(made.ok());
    CHECK(lastDone == lastTotal);
    CHECK(lastTotal > 0);
    CHECK(QFileInfo(made.value()).dir() == QDir(target.path()));
    CHECK(!QFileInfo::exists(made.value() + QStringLiteral("-wal")));
    CHECK(QDir(target.path()).entryList(QDir::Files).size() == 1);
    // The store keeps working while and after the copy is taken.
    Member second = test::validLaoMember();
    second.document.number = QStringLiteral("01-7654321");
    REQUIRE(store->registerMember(second, QStringLiteral("clerk")).ok());
    auto copy = Store::open(made.value());
    REQUIRE(copy.ok());
    CHECK(copy.value()->status().members == 1);
    CHECK(copy.value()->check().ok());
}

TEST_CASE("a cancelled or impossible backup leaves nothing behind")
{
    test::TestStore store(Country::Kenya);
    QTemporaryDir target;
    const auto cancelled = Backup::create(store.path(), target.path(), [](qint64, qint64) { return false; });
    REQUIRE(!cancelled.ok());
    CHECK(cancelled.error().code == QStringLiteral("backup.cancelled"));
    CHECK(QDir(target.path()).entryList(QDir::Files).isEmpty());
    const auto noFolder = Backup::create(store.path(), target.filePath(QStringLiteral("missing")));
    REQUIRE(!noFolder.ok());
    CHECK(noFolder.error().code == QStringLiteral("backup.no_folder"));
}

TEST_CASE("restore checks the backup first and keeps the store it replaces")
{
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("live.fieldenrol"));
    QString backup;
    {
        auto created = Store::create(live, {Country::Lao, QStringLiteral("Office")});
        REQUIRE(created.ok());
        REQUIRE(created.value()->registerMember(test::validLaoMember(), QStringLiteral("clerk")).ok());
        const auto made = Backup::create(live, dir.path());
        REQUIRE(made.ok());
        backup = made.value();
        Member second = test::validLaoMember();
        second.document.number = QStringLiteral("01-7654321");
        REQUIRE(created.value()->registerMember(second, QStringLiteral("clerk")).ok());
    }
    const QByteArray backupBytes = [&] {
        QFile f(backup);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }();

    SECTION("not a store")
    {
        const QString junk = dir.filePath(QStringLiteral("junk.fieldenrol"));
        QFile f(junk);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("definitely not SQLite");
        f.close();
        const auto r = Backup::restore(junk, live, Country::Lao);
        REQUIRE(!r.ok());
        CHECK(r.error().code == QStringLiteral("restore.not_a_store"));
    }
    SECTION("another country's store")
    {
        const auto r = Backup::restore(backup, live, Country::Kenya);
        REQUIRE(!r.ok());
        CHECK(r.error().code == QStringLiteral("restore.other_country"));
    }
    SECTION("a good backup")
    {
        const auto r = Backup::restore(backup, live, Country::Lao);
        INFO((r.ok() ? std::string() : r.error().message.toStdString()));
        REQUIRE(r.ok());
        auto restored = Store::open(live);
        REQUIRE(restored.ok());
        CHECK(restored.value()->status().members == 1);
        auto kept = Store::open(r.value());
        REQUIRE(kept.ok());
        CHECK(kept.value()->status().members == 2);
        QFile f(backup);
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(f.readAll() == backupBytes); // the chosen file is never changed
        return;
    }
    // Refused restores leave the live store as it was.
    auto unchanged = Store::open(live);
    REQUIRE(unchanged.ok());
    CHECK(unchanged.value()->status().members == 2);
    CHECK(!QFileInfo::exists(live + QStringLiteral(".restore-staging")));
}
