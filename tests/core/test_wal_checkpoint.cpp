// Checkpoints of the write-ahead log happen between saves, when the store's owner asks, not inside
// a save (Store::checkpointIfDue).
#include "TestStore.h"

#include "demodata/DemoDataGenerator.h"

#include <catch2/catch.hpp>

#include <QFileInfo>

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
    CHECK(sizeOf(wal) >= qint64{Store::kWalCheckpointFrames} * 4096);
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
