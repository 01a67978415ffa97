#include "CentralServer.h"
#include "FaultProxy.h"
#include "SyncKeys.h"
#include "SyncTestSupport.h"
#include "TestStore.h"

#include <catch2/catch.hpp>

using namespace fe;
using namespace fe::test;

namespace {

// A central office behind the fault proxy, and an enrolled device store.
struct ProxiedRig
{
    QTemporaryDir dir;
    CentralServer central;
    std::unique_ptr<FaultProxy> proxy;
    TestStore store{Country::Lao};
    sync::SyncConfig config;

    explicit ProxiedRig(QStringList serverOptions = CentralServer::relaxedLimits(), quint32 seed = 11)
        : central(centralSqlitePath(dir), std::move(serverOptions))
    {
        REQUIRE(central.start());
        proxy = std::make_unique<FaultProxy>(static_cast<quint16>(central.port()), seed);
        REQUIRE(proxy->listen());
        config = testConfig(loopbackUrl(proxy->port()), seed);
        const Status enrolled =
            enrolDevice(*store, config, central.enrolmentCode(QStringLiteral("LA"), QStringLiteral("0101")));
        INFO(enrolled.error().code.toStdString());
        REQUIRE(enrolled.ok());
    }
    QString deviceId() { return store->syncValue(QString::fromLatin1(sync::keys::kDeviceId)); }
    void requireExactlyOnce()
    {
        CHECK(store->status().outboxPending == 0);
        CHECK(centralHoldings(central.database(), deviceId()) == deviceHoldings(*store));
        CHECK(centralQuery(central.database(), QStringLiteral("SELECT count(*) FROM members"))
                  .value(0)
                  .toLongLong() ==
              deviceHoldings(*store).size() -
                  centralQuery(central.database(), QStringLiteral("SELECT count(*) FROM contributions"))
                      .value(0)
                      .toLongLong());
    }
};

} // namespace

TEST_CASE("resets after k bytes, truncated answers and requests delivered twice lose and duplicate nothing")
{
    ProxiedRig rig;
    DistrictRecords records(*rig.store, QStringLiteral("0101"), 21);
    FaultPlan plan;
    plan.resetProbability = 0.3;
    plan.resetMaxBytes = 30000;
    plan.truncateProbability = 0.2;
    plan.duplicateProbability = 0.3;
    plan.delayMs = 2;
    rig.proxy->setPlan(plan);
    QStringList errors;
    // Faults are drawn per connection, and how many connections a run opens depends on timing:
    // more records are saved and synced until every kind of fault has been met.
    int rounds = 0;
    for (; rounds < 8 &&
           (rig.proxy->resets() == 0 || rig.proxy->truncations() == 0 || rig.proxy->duplicates() == 0);
         ++rounds) {
        registerMembers(*rig.store, records, rounds == 0 ? 300 : 100, true);
        sync::SyncEngine engine(*rig.store, rig.config);
        QObject::connect(&engine, &sync::SyncEngine::errorOccurred,
                         [&errors](const Error& e) { errors.append(e.code); });
        const sync::SyncSummary summary = runSync(engine, 240000);
        INFO(errors.join(QLatin1Char(',')).toStdString());
        CHECK(summary.outcome == sync::SyncOutcome::Done);
    }
    INFO(rounds << " rounds; " << errors.join(QLatin1Char(',')).toStdString());
    CHECK(rig.proxy->resets() > 0);
    CHECK(rig.proxy->truncations() > 0);
    CHECK(rig.proxy->duplicates() > 0);
    CHECK(!errors.isEmpty()); // the faults were felt, and survived
    rig.requireExactlyOnce();
    CHECK(rig.store->check().ok());
}

TEST_CASE("on a 2G link batches stay small, on loopback they grow to the protocol's maximum")
{
    ProxiedRig rig;
    DistrictRecords records(*rig.store, QStringLiteral("0101"), 22);
    registerMembers(*rig.store, records, 90);
    rig.proxy->setPlan(FaultPlan::twoG());
    sync::SyncConfig config = rig.config;
    config.inactivityTimeoutMs = 20000;
    config.targetBatchSeconds = 3;
    config.initialBatch = 20;
    {
        sync::SyncEngine engine(*rig.store, config);
        const sync::SyncSummary summary = runSync(engine, 120000);
        CHECK(summary.outcome == sync::SyncOutcome::Done);
        CHECK(summary.progress.batches >= 3);
        CHECK(engine.link().bytesPerSecond() < 20000);
        CHECK(engine.link().batchSize() < 150);
    }
    rig.requireExactlyOnce();

    rig.proxy->setPlan({});
    registerMembers(*rig.store, records, 1500);
    const int connectionsBefore = rig.proxy->connections();
    sync::SyncEngine lan(*rig.store, config);
    const sync::SyncSummary summary = runSync(lan, 120000);
    CHECK(summary.outcome == sync::SyncOutcome::Done);
    CHECK(lan.link().batchSize() >= 500);
    // Every batch of the run travelled on one kept-alive connection.
    CHECK(summary.progress.batches >= 3);
    CHECK(rig.proxy->connections() - connectionsBefore == 1);
    rig.requireExactlyOnce();
}

TEST_CASE("a request with no byte moving for longer than the inactivity timeout is abandoned and retried")
{
    ProxiedRig rig;
    DistrictRecords records(*rig.store, QStringLiteral("0101"), 23);
    registerMembers(*rig.store, records, 20);
    FaultPlan slow;
    slow.delayMs = 1500;
    rig.proxy->setPlan(slow);
    sync::SyncConfig config = rig.config;
    config.inactivityTimeoutMs = 500;
    config.giveUpAfterFailures = 2;
    sync::SyncEngine engine(*rig.store, config);
    QStringList errors;
    QObject::connect(&engine, &sync::SyncEngine::errorOccurred,
                     [&errors](const Error& e) { errors.append(e.code); });
    const sync::SyncSummary gaveUp = runSync(engine);
    CHECK(gaveUp.outcome == sync::SyncOutcome::GaveUp);
    CHECK(errors.contains(QStringLiteral("network.timeout")));
    // The failures and the next attempt time survive a restart.
    CHECK(rig.store->syncValue(QString::fromLatin1(sync::keys::kLinkFailures)) == QStringLiteral("2"));
    CHECK(rig.store->syncValue(QString::fromLatin1(sync::keys::kLinkRetryAt)).toLongLong() > 0);

    rig.proxy->setPlan({});
    sync::SyncEngine again(*rig.store, rig.config);
    CHECK(runSync(again).outcome == sync::SyncOutcome::Done);
    rig.requireExactlyOnce();
    CHECK(rig.store->syncValue(QString::fromLatin1(sync::keys::kLinkFailures)) == QStringLiteral("0"));
}

TEST_CASE("a central office that is down is retried with back-off, and entries keep their retry time")
{
    ProxiedRig rig;
    DistrictRecords records(*rig.store, QStringLiteral("0101"), 24);
    registerMembers(*rig.store, records, 10);
    rig.central.stop();
    sync::SyncConfig config = rig.config;
    config.giveUpAfterFailures = 3;
    sync::SyncEngine engine(*rig.store, config);
    const sync::SyncSummary summary = runSync(engine);
    CHECK(summary.outcome == sync::SyncOutcome::GaveUp);
    CHECK(summary.error.code == QStringLiteral("network.failed"));
    CHECK(rig.store->status().outboxPending == 10);
    const QList<OutboxItem> due = rig.store->dueOutbox(100, QDateTime::currentMSecsSinceEpoch() - 60000);
    CHECK(due.isEmpty()); // every entry carries its next attempt time, persisted
    const QList<OutboxItem> later = rig.store->dueOutbox(100, QDateTime::currentMSecsSinceEpoch() + 3600000);
    REQUIRE(later.size() == 10);
    CHECK(later.first().attempts >= 1);

    REQUIRE(rig.central.start());
    rig.proxy->setUpstreamPort(static_cast<quint16>(rig.central.port()));
    sync::SyncEngine again(*rig.store, rig.config);
    CHECK(runSync(again).outcome == sync::SyncOutcome::Done);
    rig.requireExactlyOnce();
}

TEST_CASE("a rate-limited device waits as told (429 with Retry-After) and loses nothing")
{
    ProxiedRig rig({QStringLiteral("--rate-burst"), QStringLiteral("2"), QStringLiteral("--rate-per-second"),
                    QStringLiteral("2")});
    DistrictRecords records(*rig.store, QStringLiteral("0101"), 25);
    registerMembers(*rig.store, records, 60);
    sync::SyncConfig config = rig.config;
    config.initialBatch = config.minBatch = 10;
    config.maxBatch = 10;
    sync::SyncEngine engine(*rig.store, config);
    QStringList errors;
    QObject::connect(&engine, &sync::SyncEngine::errorOccurred,
                     [&errors](const Error& e) { errors.append(e.code); });
    CHECK(runSync(engine).outcome == sync::SyncOutcome::Done);
    INFO(errors.join(QLatin1Char(',')).toStdString());
    CHECK(std::any_of(errors.begin(), errors.end(),
                      [](const QString& c) { return c.startsWith(QLatin1String("rate")); }));
    rig.requireExactlyOnce();
}

TEST_CASE("a run can be cancelled, and the next one completes")
{
    ProxiedRig rig;
    DistrictRecords records(*rig.store, QStringLiteral("0101"), 26);
    registerMembers(*rig.store, records, 40);
    rig.proxy->setPlan(FaultPlan::twoG());
    sync::SyncEngine engine(*rig.store, rig.config);
    std::optional<sync::SyncSummary> summary;
    QObject::connect(&engine, &sync::SyncEngine::finished,
                     [&summary](const sync::SyncSummary& s) { summary = s; });
    engine.syncNow();
    REQUIRE(waitFor([&] { return engine.state() == sync::SyncState::Pushing; }, 10000));
    engine.cancel();
    REQUIRE(waitFor([&] { return summary.has_value(); }, 10000));
    CHECK(summary->outcome == sync::SyncOutcome::Cancelled);
    CHECK(!engine.isRunning());
    rig.proxy->setPlan({});
    CHECK(runSync(engine).outcome == sync::SyncOutcome::Done);
    rig.requireExactlyOnce();
}
