// Checkpoints of the write-ahead log happen between saves, when the store's owner asks, not inside
// a save (Store::checkpointIfDue); during a bulk import, on a connection of their own
// (Store::BulkWrites).
#include "TestStore.h"

#include "demodata/DemoDataGenerator.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>

using namespace fe;

namespace {

qint64 sizeOf(const QString& path)
{
    return QFileInfo(path).size();
}

} // namespace

TEST_CASE("saves leave the write-ahead log for the owner to checkpoint between saves")
{
    test::TestStore store(Country::Lao);
    DemoDataGenerator generator(*store, 11, QDate(2026, 6, 1));
    const QString wal = store.path() + QStringLiteral("-wal");
    const qint64 fileBefore = sizeOf(store.path());

    int saves = 0;
    while (!store->checkpointDue() && saves < 2000) {
        const SaveResult r = store->registerMember(generator.generateMember(), QStringLiteral("clerk1"));
        if (r.ok())
            ++saves;
        else
            REQUIRE_FALSE(r.conflictingId.isNull()); // a generated document drawn twice: skipped
    }
    INFO(saves << " saves");
    REQUIRE(store->checkpointDue());
    // No save copied the log into the store file: it holds every page written since it was opened.
    CHECK(sizeOf(wal) >= Store::kWalCheckpointBytes);
    CHECK(sizeOf(store.path()) == fileBefore);

    CHECK(store->checkpointIfDue());
    CHECK_FALSE(store->checkpointDue());
    CHECK_FALSE(store->checkpointIfDue()); // nothing due any more
    CHECK(sizeOf(store.path()) > fileBefore);

    // The next save starts the log again from its beginning: it does not grow past what it was.
    const qint64 walAfterCheckpoint = sizeOf(wal);
    REQUIRE(store->registerMember(generator.generateMember(), QStringLiteral("clerk1")).ok());
    CHECK_FALSE(store->checkpointDue());
    CHECK(sizeOf(wal) == walAfterCheckpoint);

    store.reopen();
    CHECK(store->status().members == saves + 1);
    CHECK(store->check().ok());
}

TEST_CASE("during a bulk import the log is copied into the store file by a connection of its own")
{
    test::TestStore store(Country::Lao);
    DemoDataGenerator generator(*store, 12, QDate(2026, 6, 1));
    const qint64 fileBefore = sizeOf(store.path());
    int saves = 0;
    const auto saveBatch = [&] {
        const Status committed = store->inBatch(
            [&] {
                for (int i = 0; i < 100; ++i)
                    if (store->registerMember(generator.generateMember(), QStringLiteral("clerk1")).ok())
                        ++saves;
            },
            Store::BatchGuard::EachSave);
        REQUIRE(committed.ok());
    };
    {
        const Store::BulkWrites bulk(*store);
        // Commits until the log has passed the size that asks for a checkpoint; the store's own
        // thread checkpoints only far beyond it (kWalInlineCheckpointBytes and more).
        while (!store->checkpointDue() && saves < 5000)
            saveBatch();
        REQUIRE(store->checkpointDue());
        // The checkpoint runs on the other connection, after the commit: the store file grows
        // while this thread does nothing.
        QElapsedTimer waited;
        waited.start();
        while (sizeOf(store.path()) == fileBefore && waited.elapsed() < 10'000)
            QThread::msleep(10);
        CHECK(sizeOf(store.path()) > fileBefore);
        saveBatch(); // and the import goes on
    }
    // When the import ends, the rest of the log is copied too.
    CHECK_FALSE(store->checkpointDue());
    store.reopen();
    CHECK(store->status().members == saves);
    CHECK(store->check().ok());
}
