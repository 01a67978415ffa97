// Chaos: a device process SIGKILLed at random moments during sync and the central office killed and
// restarted mid-batch, with the proxy resetting, truncating and duplicating traffic — and at the end
// the central office holds exactly what the device saved: 0 lost, 0 duplicated, equal hashes.
// Seeded and bounded; FIELDENROL_CHAOS_CLIENT_KILLS / FIELDENROL_CHAOS_SERVER_KILLS /
// FIELDENROL_CHAOS_SEED make longer runs.
#include "CentralServer.h"
#include "FaultProxy.h"
#include "LoginEnvironment.h"
#include "SyncKeys.h"
#include "SyncTestSupport.h"
#include "TestStore.h"

#include <catch2/catch.hpp>

#include <QProcess>

using namespace fe;
using namespace fe::test;

namespace {

int envInt(const char* name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

} // namespace

TEST_CASE("chaos: client and central office killed mid-sync, faulty link: exactly the saved records arrive")
{
    const int clientKillsWanted = envInt("FIELDENROL_CHAOS_CLIENT_KILLS", 100);
    const int serverKillsWanted = envInt("FIELDENROL_CHAOS_SERVER_KILLS", 20);
    const quint32 seed = static_cast<quint32>(envInt("FIELDENROL_CHAOS_SEED", 20260315));
    QRandomGenerator random(seed);
    INFO("seed " << seed);

    CentralServer central(CentralServer::OwnSqlite{});
    REQUIRE(central.start());
    FaultProxy proxy(static_cast<quint16>(central.port()), seed);
    REQUIRE(proxy.listen());
    TestStore store(Country::Lao);
    const sync::SyncConfig config = testConfig(loopbackUrl(proxy.port()), seed);
    enrolLaoDevice(*store, config, central);
    const QString deviceId = store->syncValue(QString::fromLatin1(sync::keys::kDeviceId));
    DistrictRecords records(*store, QStringLiteral("0101"), seed);

    FaultPlan faults;
    faults.resetProbability = 0.15;
    faults.resetMaxBytes = 20000;
    faults.truncateProbability = 0.1;
    faults.duplicateProbability = 0.2;
    faults.delayMs = 1;
    proxy.setPlan(faults);

    bool requestSeen = false;
    QObject::connect(&proxy, &FaultProxy::requestForwarded, [&requestSeen] { requestSeen = true; });

    QList<QUuid> members;
    int clientKills = 0;
    int serverKills = 0;
    int corrections = 0;
    const QString client = QStringLiteral(SYNC_CHAOS_CLIENT_EXE);
    // A round whose client finishes before its kill lands kills nothing: on a fast Release build a
    // quarter of them, so the bound on rounds leaves room for that (it only stops a runaway loop).
    for (int round = 0; (clientKills < clientKillsWanted || serverKills < serverKillsWanted) &&
                        round < 8 * clientKillsWanted;
         ++round) {
        // New work saved on the device between runs: members, payments and corrections.
        members += registerMembers(*store, records, 2 + static_cast<int>(random.bounded(8)), true);
        if (round % 3 == 0) {
            auto m = store->member(
                members[static_cast<int>(random.bounded(static_cast<quint32>(members.size())))]);
            REQUIRE(m.has_value());
            m->externalRef = QStringLiteral("chaos-%1").arg(round);
            const SaveResult corrected =
                store->correctMember(*m, QStringLiteral("field check"), QStringLiteral("op-test"));
            REQUIRE(corrected.ok());
            ++corrections;
        }

        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.setProcessEnvironment(loginEnvironment()); // the client logs in to the encrypted store
        requestSeen = false;
        process.start(client,
                      {store.path(), loopbackUrl(proxy.port()).toString(), QString::number(seed + round)});
        REQUIRE(process.waitForStarted(30000));

        const bool killServer = serverKills < serverKillsWanted && round % 4 == 1;
        // Both kinds of kill land after the first request went out: that is "during sync".
        waitFor([&] { return requestSeen || process.state() == QProcess::NotRunning; }, 30000);
        if (killServer && process.state() == QProcess::Running) {
            waitFor([] { return false; }, static_cast<int>(random.bounded(30u)));
            central.kill();
            ++serverKills;
            REQUIRE(central.start());
            proxy.setUpstreamPort(static_cast<quint16>(central.port()));
        }
        waitFor([] { return false; }, static_cast<int>(random.bounded(killServer ? 200u : 60u)));
        if (process.state() == QProcess::Running && clientKills < clientKillsWanted) {
            process.kill(); // SIGKILL
            ++clientKills;
        }
        REQUIRE(waitFor([&] { return process.state() == QProcess::NotRunning; }, 120000));
    }
    REQUIRE(clientKills >= clientKillsWanted);
    REQUIRE(serverKills >= serverKillsWanted);

    // The link heals; the device syncs to the end.
    proxy.setPlan({});
    int exitCode = -1;
    for (int attempt = 0; attempt < 5 && exitCode != 0; ++attempt) {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.setProcessEnvironment(loginEnvironment()); // the client logs in to the encrypted store
        process.start(client, {store.path(), loopbackUrl(proxy.port()).toString(), QString::number(seed)});
        REQUIRE(waitFor([&] { return process.state() == QProcess::NotRunning; }, 180000));
        exitCode = process.exitCode();
    }
    CHECK(exitCode == 0);

    INFO(clientKills << " client kills, " << serverKills << " server kills, " << corrections
                     << " corrections, " << proxy.resets() << " resets, " << proxy.truncations()
                     << " truncations, " << proxy.duplicates() << " duplicated connections");
    const QList<Holding> saved = deviceHoldings(*store);
    const QList<Holding> held = centralHoldings(central.database(), deviceId);
    CHECK(saved.size() > 300);
    CHECK(deviceHoldings(*store, QStringLiteral("sent")).size() == saved.size());
    // 0 lost, 0 duplicated, every payload hash equal: the same set, entry for entry.
    CHECK(held == saved);
    const qint64 memberRows = centralQuery(central.database(), QStringLiteral("SELECT count(*) FROM members"))
                                  .value(0)
                                  .toLongLong();
    CHECK(memberRows == members.size());
    CHECK(store->check().ok());
    CHECK(proxy.resets() > 0);
    CHECK(proxy.truncations() > 0);
    CHECK(proxy.duplicates() > 0);
}
