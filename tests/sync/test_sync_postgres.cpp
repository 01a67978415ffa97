#include "CentralServer.h"
#include "FaultProxy.h"
#include "PostgresCluster.h"
#include "SyncKeys.h"
#include "SyncTestSupport.h"
#include "TestStore.h"

#include <catch2/catch.hpp>

using namespace fe;
using namespace fe::test;

TEST_CASE("against a central office on PostgreSQL, through a faulty link, every record arrives once")
{
    PostgresCluster& cluster = PostgresCluster::shared();
    INFO(cluster.error().toStdString());
    REQUIRE(cluster.ok());
    const QString database = cluster.createDatabase();
    REQUIRE(!database.isEmpty());
    CentralServer central(database, CentralServer::relaxedLimits());
    REQUIRE(central.start());
    FaultProxy proxy(static_cast<quint16>(central.port()), 71);
    REQUIRE(proxy.listen());
    TestStore store(Country::Kenya);
    const sync::SyncConfig config = testConfig(loopbackUrl(proxy.port()), 71);
    REQUIRE(
        enrolDevice(*store, config, central.enrolmentCode(QStringLiteral("KE"), QStringLiteral("001"))).ok());
    DistrictRecords records(*store, QStringLiteral("001"), 72);
    const QList<QUuid> members = registerMembers(*store, records, 200, true);

    FaultPlan faults;
    faults.resetProbability = 0.25;
    faults.resetMaxBytes = 20000;
    faults.truncateProbability = 0.15;
    faults.duplicateProbability = 0.3;
    proxy.setPlan(faults);
    sync::SyncEngine engine(*store, config);
    const sync::SyncSummary summary = runSync(engine, 240000);
    CHECK(summary.outcome == sync::SyncOutcome::Done);
    CHECK(store->status().outboxPending == 0);
    const QString deviceId = store->syncValue(QString::fromLatin1(sync::keys::kDeviceId));
    CHECK(centralHoldings(database, deviceId) == deviceHoldings(*store));
    CHECK(centralQuery(database, QStringLiteral("SELECT count(*) FROM members")).value(0).toInt() ==
          members.size());
    for (const QUuid& id : members)
        CHECK(store->member(id)->memberNumber.startsWith(QLatin1String("001-")));
}
