#include "CentralServer.h"
#include "SyncKeys.h"
#include "SyncTestSupport.h"
#include "TestStore.h"
#include "common/Uuid.h"

#include <catch2/catch.hpp>

using namespace fe;
using namespace fe::test;

TEST_CASE("records the central office lost (a restore from backup) are found by reconciliation and re-sent")
{
    CentralServer central(CentralServer::OwnSqlite{});
    REQUIRE(central.start());
    TestStore store(Country::Lao);
    const sync::SyncConfig config = testConfig(loopbackUrl(central.port()));
    enrolLaoDevice(*store, config, central);
    DistrictRecords records(*store, QStringLiteral("0101"), 41);
    const QList<QUuid> members = registerMembers(*store, records, 400);
    sync::SyncEngine engine(*store, config);
    REQUIRE(runSync(engine).outcome == sync::SyncOutcome::Done);
    const QString deviceId = store->syncValue(QString::fromLatin1(sync::keys::kDeviceId));
    const QList<Holding> before = centralHoldings(central.database(), deviceId);
    REQUIRE(before == deviceHoldings(*store));

    // Nothing lost: reconciliation agrees in a few requests and changes nothing.
    engine.reconcileNow();
    REQUIRE(waitFor([&] { return !engine.isRunning(); }, 60000));
    CHECK(engine.progress().requeued == 0);
    CHECK(engine.progress().requests <= 3);

    // The central office loses three records (as a restore from an older backup would).
    central.stop();
    QStringList lost;
    for (int i : {7, 150, 399})
        lost.append(QStringLiteral("'%1'").arg(uuidText(members[i])));
    const QString ids = lost.join(QLatin1Char(','));
    centralQuery(central.database(),
                 QStringLiteral("DELETE FROM record_versions WHERE entity_id IN (%1)").arg(ids));
    centralQuery(central.database(), QStringLiteral("DELETE FROM claims WHERE owner_id IN (%1)").arg(ids));
    centralQuery(central.database(), QStringLiteral("DELETE FROM members WHERE id IN (%1)").arg(ids));
    REQUIRE(central.start());
    sync::SyncConfig restarted = config;
    restarted.serverUrl = loopbackUrl(central.port());
    sync::SyncEngine after(*store, restarted);
    CHECK(centralHoldings(central.database(), deviceId).size() == before.size() - 3);

    QList<QUuid> requeued;
    QObject::connect(&after, &sync::SyncEngine::entryOutcome, [&](const sync::EntryOutcome& o) {
        if (o.kind == sync::EntryOutcome::Kind::Requeued)
            requeued.append(o.id);
    });
    after.reconcileNow();
    REQUIRE(waitFor([&] { return !after.isRunning(); }, 60000));
    CHECK(after.progress().requeued == 3);
    CHECK(after.progress().accepted == 3); // re-sent in the same run
    CHECK(store->status().outboxPending == 0);
    CHECK(centralHoldings(central.database(), deviceId) == before);
    CHECK(centralQuery(central.database(), QStringLiteral("SELECT count(*) FROM members")).value(0).toInt() ==
          400);
}

TEST_CASE("reconciliation runs by itself once its interval has passed")
{
    CentralServer central(CentralServer::OwnSqlite{});
    REQUIRE(central.start());
    TestStore store(Country::Lao);
    sync::SyncConfig config = testConfig(loopbackUrl(central.port()));
    enrolLaoDevice(*store, config, central);
    DistrictRecords records(*store, QStringLiteral("0101"), 42);
    registerMembers(*store, records, 30);
    sync::SyncEngine engine(*store, config);
    REQUIRE(runSync(engine).outcome == sync::SyncOutcome::Done);
    const qint64 last = store->syncValue(QString::fromLatin1(sync::keys::kLastReconcile)).toLongLong();
    REQUIRE(last > 0);
    // An idle sync inside the interval does not reconcile: one request.
    CHECK(runSync(engine).progress.requests == 1);
    // Past the interval it does.
    REQUIRE(store
                ->setSyncValue(QString::fromLatin1(sync::keys::kLastReconcile),
                               QString::number(last - config.reconcileIntervalMs - 1))
                .ok());
    const sync::SyncSummary due = runSync(engine);
    CHECK(due.progress.requests >= 2);
    CHECK(store->syncValue(QString::fromLatin1(sync::keys::kLastReconcile)).toLongLong() >= last);
}
