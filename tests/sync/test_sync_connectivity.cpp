#include "CentralServer.h"
#include "ConnectivityMonitor.h"
#include "FaultProxy.h"
#include "HttpClient.h"
#include "SyncTestSupport.h"
#include "TestStore.h"

#include <catch2/catch.hpp>

using namespace fe;
using namespace fe::test;

TEST_CASE(
    "connectivity follows the central office's health: offline while it is away, online when it answers")
{
    CentralServer central(CentralServer::OwnSqlite{});
    REQUIRE(central.start());
    FaultProxy proxy(static_cast<quint16>(central.port()), 91);
    REQUIRE(proxy.listen());
    const sync::SyncConfig config = testConfig(loopbackUrl(proxy.port()));
    sync::HttpClient http(config);
    sync::ConnectivityMonitor monitor(http, config);
    QList<sync::NetworkPolicy> changes;
    QObject::connect(&monitor, &sync::ConnectivityMonitor::policyChanged,
                     [&changes](sync::NetworkPolicy p) { changes.append(p); });
    monitor.start();
    // Without a system backend (no D-Bus here) the probe alone decides: reachable and not metered.
    REQUIRE(waitFor([&] { return monitor.policy() != sync::NetworkPolicy::Offline; }, 10000));
    CHECK((monitor.policy() == sync::NetworkPolicy::Online ||
           monitor.policy() == sync::NetworkPolicy::Metered));

    central.stop();
    monitor.probeNow();
    REQUIRE(waitFor([&] { return monitor.policy() == sync::NetworkPolicy::Offline; }, 10000));
    // While it is away the probe repeats with a growing back-off.
    const int before = proxy.connections();
    waitFor([] { return false; }, 1500);
    const int probes = proxy.connections() - before;
    CHECK(probes >= 2);
    CHECK(probes <= 12);

    REQUIRE(central.start());
    proxy.setUpstreamPort(static_cast<quint16>(central.port()));
    REQUIRE(waitFor([&] { return monitor.policy() != sync::NetworkPolicy::Offline; }, 10000));
    CHECK(changes.size() >= 3);
    CHECK(sync::policyName(sync::NetworkPolicy::Metered) == QStringLiteral("metered"));
}

TEST_CASE("in automatic mode the engine syncs by itself when the central office becomes reachable")
{
    CentralServer central(CentralServer::OwnSqlite{});
    REQUIRE(central.start());
    FaultProxy proxy(static_cast<quint16>(central.port()), 92);
    REQUIRE(proxy.listen());
    TestStore store(Country::Lao);
    sync::SyncConfig config = testConfig(loopbackUrl(proxy.port()));
    config.autoSyncIntervalMs = 1000;
    enrolLaoDevice(*store, config, central);
    central.stop();
    DistrictRecords records(*store, QStringLiteral("0101"), 93);
    registerMembers(*store, records, 15);

    sync::SyncEngine engine(*store, config);
    engine.start();
    waitFor([] { return false; }, 500);
    CHECK(engine.policy() == sync::NetworkPolicy::Offline);
    CHECK(store->status().outboxPending == 15);

    REQUIRE(central.start());
    proxy.setUpstreamPort(static_cast<quint16>(central.port()));
    CHECK(waitFor([&] { return store->status().outboxPending == 0; }, 20000));

    // Connectivity stays as it is; records saved now are sent by the timer.
    int runs = 0;
    QObject::connect(&engine, &sync::SyncEngine::finished, [&runs] { ++runs; });
    registerMembers(*store, records, 5);
    CHECK(waitFor([&] { return store->status().outboxPending == 0; }, 20000));
    CHECK(runs >= 1);
    CHECK(engine.policy() != sync::NetworkPolicy::Offline);
    engine.stop();
    waitFor([&] { return !engine.isRunning(); }, 10000);
}
