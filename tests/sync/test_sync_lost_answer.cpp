#include "CentralServer.h"
#include "FaultProxy.h"
#include "SyncKeys.h"
#include "SyncTestSupport.h"
#include "TestStore.h"

#include <catch2/catch.hpp>

using namespace fe;
using namespace fe::test;

TEST_CASE("after a lost answer only what the central office does not have is sent again")
{
    CentralServer central(CentralServer::OwnSqlite{});
    REQUIRE(central.start());
    FaultProxy proxy(static_cast<quint16>(central.port()), 101);
    REQUIRE(proxy.listen());
    TestStore store(Country::Lao);
    sync::SyncConfig config = testConfig(loopbackUrl(proxy.port()));
    config.initialBatch = config.maxBatch = 200;
    enrolLaoDevice(*store, config, central);
    DistrictRecords records(*store, QStringLiteral("0101"), 102);
    registerMembers(*store, records, 200);

    // Every answer is cut short: the central office applies the batch, the device never hears so.
    FaultPlan cut;
    cut.truncateProbability = 1;
    proxy.setPlan(cut);
    sync::SyncConfig once = config;
    once.giveUpAfterFailures = 1;
    {
        sync::SyncEngine engine(*store, once);
        CHECK(runSync(engine).outcome == sync::SyncOutcome::GaveUp);
    }
    REQUIRE(store->status().outboxPending == 200);
    CHECK(store->syncValue(QString::fromLatin1(sync::keys::kInflight)) != QStringLiteral("0,0"));
    const qint64 batchBytes = proxy.bytesUp();
    const QString deviceId = store->syncValue(QString::fromLatin1(sync::keys::kDeviceId));
    REQUIRE(centralHoldings(central.database(), deviceId).size() == 200);

    // The next run asks the manifest instead of sending the 200 records again.
    proxy.setPlan({});
    proxy.resetCounters();
    sync::SyncEngine engine(*store, config);
    const sync::SyncSummary summary = runSync(engine);
    CHECK(summary.outcome == sync::SyncOutcome::Done);
    CHECK(summary.progress.accepted == 200);
    CHECK(store->status().outboxPending == 0);
    CHECK(proxy.bytesUp() < batchBytes / 5);
    CHECK(centralHoldings(central.database(), deviceId) == deviceHoldings(*store));
}
