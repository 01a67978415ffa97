// A new engine (the next `fieldenrolctl sync`, the app started again) starts from the link the
// last one measured, if that was recent; otherwise small, compressing hardest.
#include "CentralServer.h"
#include "SyncKeys.h"
#include "SyncTestSupport.h"
#include "TestStore.h"

#include <catch2/catch.hpp>

using namespace fe;
using namespace fe::test;

namespace {

// The batch size a run starts with: its first progress report.
int firstBatchOf(sync::SyncEngine& engine)
{
    int first = -1;
    QObject context;
    QObject::connect(&engine, &sync::SyncEngine::progressChanged, &context,
                     [&first](const sync::SyncProgress& p) {
                         if (first < 0)
                             first = p.batchSize;
                     });
    REQUIRE(runSync(engine).outcome == sync::SyncOutcome::Done);
    return first;
}

} // namespace

TEST_CASE("a new engine starts from the link the last one measured, if that was recent")
{
    CentralServer central(CentralServer::OwnSqlite{});
    REQUIRE(central.start());
    TestStore store(Country::Lao);
    sync::SyncConfig config = testConfig(loopbackUrl(central.port()));
    config.initialBatch = config.minBatch;
    enrolLaoDevice(*store, config, central);
    DistrictRecords records(*store, QStringLiteral("0101"), 77);
    FixedClock clock(QDateTime::currentDateTimeUtc());

    registerMembers(*store, records, 60);
    int learnt = 0;
    {
        sync::SyncEngine first(*store, config, clock);
        CHECK(firstBatchOf(first) == config.initialBatch);
        learnt = first.link().batchSize();
    }
    REQUIRE(learnt > config.initialBatch); // loopback: the batches grew
    CHECK_FALSE(store->syncValue(QString::fromLatin1(sync::keys::kLinkEstimate)).isEmpty());

    registerMembers(*store, records, 10);
    clock.advanceMs(sync::SyncEngine::kLinkMemoryMs - 1000);
    {
        sync::SyncEngine second(*store, config, clock);
        CHECK(firstBatchOf(second) == learnt);
    }

    // Long after the last measurement the team may be somewhere else: start small again.
    registerMembers(*store, records, 10);
    clock.advanceMs(sync::SyncEngine::kLinkMemoryMs + 1000);
    {
        sync::SyncEngine third(*store, config, clock);
        CHECK(firstBatchOf(third) == config.initialBatch);
        CHECK(third.link().bytesPerSecond() > 0); // measured again in this run
    }

    // A clock set back before the measurement does not make it recent.
    registerMembers(*store, records, 10);
    clock.advanceMs(-2 * sync::SyncEngine::kLinkMemoryMs);
    {
        sync::SyncEngine fourth(*store, config, clock);
        CHECK(firstBatchOf(fourth) == config.initialBatch);
    }
    CHECK(store->status().outboxPending == 0);
}
