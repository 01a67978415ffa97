#include "CentralServer.h"
#include "FaultVfs.h"
#include "SyncKeys.h"
#include "SyncTestSupport.h"
#include "TestStore.h"

#include <catch2/catch.hpp>

using namespace fe;
using namespace fe::test;

namespace {

struct Rig
{
    QTemporaryDir dir;
    CentralServer central{centralSqlitePath(dir), CentralServer::relaxedLimits()};
    TestStore store{Country::Lao};
    sync::SyncConfig config;

    Rig()
    {
        REQUIRE(central.start());
        config = testConfig(loopbackUrl(central.port()));
        const QString code = central.enrolmentCode(QStringLiteral("LA"), QStringLiteral("0101"));
        REQUIRE(!code.isEmpty());
        const Status enrolled = enrolDevice(*store, config, code);
        INFO(enrolled.error().code.toStdString());
        REQUIRE(enrolled.ok());
    }
    QString deviceId() { return store->syncValue(QStringLiteral("device.id")); }
};

} // namespace

TEST_CASE("a sync delivers every saved record once and brings member numbers back")
{
    Rig rig;
    DistrictRecords records(*rig.store, QStringLiteral("0101"), 7);
    const QList<QUuid> members = registerMembers(*rig.store, records, 60, true);
    const qint64 saved = rig.store->status().outboxPending;
    REQUIRE(saved > 60);

    sync::SyncEngine engine(*rig.store, rig.config);
    QList<sync::EntryOutcome> outcomes;
    QObject::connect(&engine, &sync::SyncEngine::entryOutcome,
                     [&outcomes](const sync::EntryOutcome& o) { outcomes.append(o); });
    const sync::SyncSummary summary = runSync(engine);
    INFO(summary.error.code.toStdString());
    CHECK(summary.outcome == sync::SyncOutcome::Done);
    CHECK(summary.remainingPending == 0);
    CHECK(summary.progress.accepted == saved);
    CHECK(outcomes.size() == saved);
    CHECK(rig.store->status().outboxPending == 0);

    // The central office holds exactly what the device saved, with equal payload hashes.
    CHECK(centralHoldings(rig.central.database(), rig.deviceId()) == deviceHoldings(*rig.store));
    // Member numbers came back with the answers.
    for (const QUuid& id : members)
        CHECK(!rig.store->member(id)->memberNumber.isEmpty());
    CHECK(rig.store->check().ok());
}

TEST_CASE("a sync with nothing to send is one request, and the next 100 records take one more")
{
    Rig rig;
    DistrictRecords records(*rig.store, QStringLiteral("0101"), 8);
    registerMembers(*rig.store, records, 30);
    sync::SyncEngine engine(*rig.store, rig.config);
    REQUIRE(runSync(engine).outcome == sync::SyncOutcome::Done);

    const sync::SyncSummary idle = runSync(engine);
    CHECK(idle.outcome == sync::SyncOutcome::Done);
    CHECK(idle.progress.requests == 1);
    CHECK(idle.progress.accepted == 0);

    registerMembers(*rig.store, records, 100);
    const sync::SyncSummary incremental = runSync(engine);
    CHECK(incremental.outcome == sync::SyncOutcome::Done);
    CHECK(incremental.progress.accepted == 100);
    CHECK(incremental.progress.requests <= 2);
    CHECK(centralHoldings(rig.central.database(), rig.deviceId()) == deviceHoldings(*rig.store));
}

TEST_CASE("a member's photo travels with the record and arrives whole")
{
    Rig rig;
    DistrictRecords records(*rig.store, QStringLiteral("0101"), 11);
    Member withPhoto = records.member();
    // A JPEG's markers around 20 KB that do not compress: the batch carries it as it is.
    QByteArray photo("\xFF\xD8\xFF\xE0", 4);
    for (int i = 0; photo.size() < 20'000; ++i)
        photo.append(char((i * 7919 + (i >> 3) * 104729) & 0xFF));
    photo.append("\xFF\xD9", 2);
    withPhoto.photo = photo;
    const SaveResult saved = rig.store->registerMember(withPhoto, QStringLiteral("clerk"));
    REQUIRE(saved.ok());
    registerMembers(*rig.store, records, 5);

    sync::SyncEngine engine(*rig.store, rig.config);
    const sync::SyncSummary summary = runSync(engine);
    INFO(summary.error.code.toStdString());
    CHECK(summary.outcome == sync::SyncOutcome::Done);
    CHECK(summary.remainingPending == 0);
    // Equal payload hashes at both ends: the photo arrived byte for byte with the rest.
    CHECK(centralHoldings(rig.central.database(), rig.deviceId()) == deviceHoldings(*rig.store));
    const auto back = rig.store->member(saved.saved->id);
    REQUIRE(back);
    CHECK(back->photo == photo);
    CHECK(!back->memberNumber.isEmpty());
}

TEST_CASE("request numbers are saved before they are sent: a new engine never sends one again")
{
    Rig rig;
    DistrictRecords records(*rig.store, QStringLiteral("0101"), 9);
    registerMembers(*rig.store, records, 70);
    const auto centralLastRequest = [&] {
        const QStringList rows = centralQuery(
            rig.central.database(),
            QStringLiteral("SELECT last_request FROM devices WHERE id = '%1'").arg(rig.deviceId()));
        REQUIRE(rows.size() == 1);
        return rows.first().toLongLong();
    };
    const auto reserved = [&] {
        return rig.store->syncValue(QString::fromLatin1(sync::keys::kRequestReserved)).toLongLong();
    };

    // One record a request: the run crosses the first block of reserved numbers (64).
    sync::SyncConfig single = rig.config;
    single.minBatch = single.initialBatch = single.maxBatch = 1;
    {
        sync::SyncEngine engine(*rig.store, single);
        const sync::SyncSummary summary = runSync(engine);
        CHECK(summary.outcome == sync::SyncOutcome::Done);
        CHECK(summary.progress.accepted == 70);
    }
    const qint64 afterFirst = centralLastRequest();
    CHECK(afterFirst >= 70);
    CHECK(afterFirst <= reserved()); // every number the central office saw had been saved

    // A new engine (the app restarted) starts past the saved block, never inside it.
    registerMembers(*rig.store, records, 5);
    sync::SyncEngine engine(*rig.store, single);
    const sync::SyncSummary summary = runSync(engine);
    CHECK(summary.outcome == sync::SyncOutcome::Done);
    CHECK(summary.progress.accepted == 5);
    CHECK(summary.progress.quarantined == 0);
    CHECK(centralLastRequest() > afterFirst);
    CHECK(centralLastRequest() <= reserved());
    CHECK(centralHoldings(rig.central.database(), rig.deviceId()) == deviceHoldings(*rig.store));
}

namespace {

// "first,last" of the batch of `size` entries starting at `first`.
QString rangeOf(qint64 first, qint64 size)
{
    return QStringLiteral("%1,%2").arg(first).arg(first + size - 1);
}

} // namespace

TEST_CASE("an answer is applied while the next batch is on the wire, and the saved marker covers that batch")
{
    Rig rig;
    DistrictRecords records(*rig.store, QStringLiteral("0101"), 31);
    registerMembers(*rig.store, records, 200);
    sync::SyncConfig fixed = rig.config;
    fixed.minBatch = fixed.initialBatch = fixed.maxBatch = 50;
    sync::SyncEngine engine(*rig.store, fixed);
    // The marker committed with each batch's answer, read when the batch's first outcome is told.
    QMap<qint64, QString> markerAtAnswer;
    QObject::connect(&engine, &sync::SyncEngine::entryOutcome, [&](const sync::EntryOutcome& o) {
        if ((o.seq - 1) % 50 == 0)
            markerAtAnswer.insert(o.seq, rig.store->syncValue(QString::fromLatin1(sync::keys::kInflight)));
    });
    const sync::SyncSummary summary = runSync(engine);
    CHECK(summary.outcome == sync::SyncOutcome::Done);
    CHECK(summary.progress.accepted == 200);
    CHECK(summary.progress.requests == 4);
    // Each answer but the last was applied with the next batch already sent: the marker then names
    // that batch, so a crash at this moment has the next run ask the manifest about it.
    CHECK(markerAtAnswer.value(1) == rangeOf(51, 50));
    CHECK(markerAtAnswer.value(51) == rangeOf(101, 50));
    CHECK(markerAtAnswer.value(101) == rangeOf(151, 50));
    CHECK(markerAtAnswer.value(151) == QStringLiteral("0,0"));
    CHECK(rig.store->status().outboxPending == 0);
    CHECK(centralHoldings(rig.central.database(), rig.deviceId()) == deviceHoldings(*rig.store));
}

TEST_CASE("the device store failing while the next batch is on the wire loses and duplicates nothing")
{
    QTemporaryDir central;
    CentralServer server{centralSqlitePath(central), CentralServer::relaxedLimits()};
    REQUIRE(server.start());
    const sync::SyncConfig config = [&] {
        sync::SyncConfig c = testConfig(loopbackUrl(server.port()));
        c.minBatch = c.initialBatch = c.maxBatch = 50;
        return c;
    }();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.fieldenrol"));
    StoreOptions options = testStoreOptions();
    options.vfsName = faultVfsName();
    CreateOptions create{Country::Lao, QStringLiteral("Test device"), {}};
    create.administrator = testAdministrator();
    auto created = Store::create(path, create, options);
    REQUIRE(created.ok());
    std::unique_ptr<Store> store = std::move(created).value();
    enrolLaoDevice(*store, config, server);
    DistrictRecords records(*store, QStringLiteral("0101"), 32);
    registerMembers(*store, records, 200);
    const QString deviceId = store->syncValue(QString::fromLatin1(sync::keys::kDeviceId));

    // Every fsync of the store fails from the moment the first answer is applied: the second batch
    // is on the wire then. The marker that also covers the third batch is written without a sync
    // (SyncEngine::markerDurability), so the third batch may go out too; the second answer cannot
    // be saved.
    FaultPlan failingSync;
    failingSync.target = path;
    failingSync.syncFails = true;
    {
        sync::SyncEngine engine(*store, config);
        QObject::connect(&engine, &sync::SyncEngine::progressChanged, [&](const sync::SyncProgress& p) {
            if (p.batches == 1)
                armFaults(failingSync);
        });
        const sync::SyncSummary summary = runSync(engine);
        const int injected = injectedFaults();
        disarmFaults();
        CHECK(summary.outcome == sync::SyncOutcome::StoreFailed);
        CHECK(injected > 0);
    }
    // Whichever marker is on file covers every batch that may have arrived.
    const QString marker = store->syncValue(QString::fromLatin1(sync::keys::kInflight));
    CHECK((marker == rangeOf(51, 50) || marker == rangeOf(51, 100)));
    CHECK(store->status().outboxPending == 150);

    // The next run asks the manifest about those batches, then sends what is missing.
    sync::SyncEngine engine(*store, config);
    const sync::SyncSummary summary = runSync(engine);
    CHECK(summary.outcome == sync::SyncOutcome::Done);
    CHECK(summary.progress.accepted == 150);
    CHECK(store->status().outboxPending == 0);
    CHECK(centralHoldings(server.database(), deviceId) == deviceHoldings(*store));
    CHECK(store->check().ok());
}
