#include "CentralServer.h"
#include "SyncKeys.h"
#include "SyncTestSupport.h"
#include "TestStore.h"

#include <catch2/catch.hpp>

using namespace fe;
using namespace fe::test;

TEST_CASE("a poison record among 1,000 is quarantined with its reason and the other 999 arrive")
{
    CentralServer central(CentralServer::OwnSqlite{});
    REQUIRE(central.start());
    TestStore store(Country::Lao);
    const sync::SyncConfig config = testConfig(loopbackUrl(central.port()));
    enrolLaoDevice(*store, config, central);

    // The poison: valid on the device, but of a district this device may not send — the central
    // office refuses the whole request naming this entry.
    DistrictRecords here(*store, QStringLiteral("0101"), 31);
    DistrictRecords elsewhere(*store, QStringLiteral("0102"), 32);
    registerMembers(*store, here, 400);
    const QUuid poison = registerMembers(*store, elsewhere, 1).first();
    registerMembers(*store, here, 599);
    REQUIRE(store->status().outboxPending == 1000);

    sync::SyncEngine engine(*store, config);
    QList<sync::EntryOutcome> rejected;
    QObject::connect(&engine, &sync::SyncEngine::entryOutcome, [&rejected](const sync::EntryOutcome& o) {
        if (o.kind == sync::EntryOutcome::Kind::Rejected)
            rejected.append(o);
    });
    const sync::SyncSummary summary = runSync(engine);
    CHECK(summary.outcome == sync::SyncOutcome::Done);
    CHECK(summary.progress.accepted == 999);
    CHECK(summary.progress.quarantined == 1);
    REQUIRE(rejected.size() == 1);
    CHECK(rejected.first().id == poison);
    CHECK(rejected.first().code == QStringLiteral("district.forbidden"));

    const QList<QuarantinedEntry> quarantined = store->quarantinedOutbox();
    REQUIRE(quarantined.size() == 1);
    CHECK(quarantined.first().entry.entityId == poison);
    CHECK(quarantined.first().code == QStringLiteral("district.forbidden"));
    CHECK(!quarantined.first().message.isEmpty());
    const QString deviceId = store->syncValue(QString::fromLatin1(sync::keys::kDeviceId));
    CHECK(centralHoldings(central.database(), deviceId) == deviceHoldings(*store, QStringLiteral("sent")));
    CHECK(deviceHoldings(*store, QStringLiteral("sent")).size() == 999);

    // Retried by a supervisor, it is refused again and sets nothing else back.
    REQUIRE(store->retryQuarantined({}, QStringLiteral("supervisor")).ok());
    const sync::SyncSummary again = runSync(engine);
    CHECK(again.outcome == sync::SyncOutcome::Done);
    CHECK(again.progress.quarantined == 1);
    CHECK(store->quarantinedOutbox().size() == 1);
    CHECK(deviceHoldings(*store, QStringLiteral("sent")).size() == 999);
}

TEST_CASE(
    "a duplicate across devices is flagged for a supervisor, never dropped, and both devices hear of it")
{
    CentralServer central(CentralServer::OwnSqlite{});
    REQUIRE(central.start());
    TestStore store(Country::Lao);
    const sync::SyncConfig config = testConfig(loopbackUrl(central.port()));
    enrolLaoDevice(*store, config, central);
    DistrictRecords here(*store, QStringLiteral("0101"), 33);
    const QList<QUuid> ids = registerMembers(*store, here, 20);
    // A second device's record with the same document: the central office flags it for a
    // supervisor (never merges or drops it); the flag comes back to this device through pull.
    sync::SyncEngine engine(*store, config);
    CHECK(runSync(engine).outcome == sync::SyncOutcome::Done);

    TestStore other(Country::Lao);
    enrolLaoDevice(*other, config, central);
    Member twin = *store->member(ids.first());
    twin.id = QUuid();
    twin.version = 0;
    twin.memberNumber.clear();
    REQUIRE(other->registerMember(twin, QStringLiteral("op-test")).ok());
    sync::SyncEngine otherEngine(*other, config);
    const sync::SyncSummary summary = runSync(otherEngine);
    CHECK(summary.outcome == sync::SyncOutcome::Done);
    CHECK(summary.progress.accepted == 1);
    // The central office matches after the push (central/Matcher.h): the flag comes with the
    // device's next sync.
    REQUIRE(central.waitForMatching());
    CHECK(runSync(otherEngine).outcome == sync::SyncOutcome::Done);
    const QList<Flag> flags = other->openFlags();
    REQUIRE(!flags.isEmpty());
    CHECK(flags.first().kind == QStringLiteral("document"));
    CHECK(runSync(engine).outcome == sync::SyncOutcome::Done); // the first device hears of it too
    CHECK(!store->openFlags().isEmpty());
}

TEST_CASE("an entry the central office rejects is quarantined while the rest of its batch is accepted")
{
    CentralServer central(CentralServer::OwnSqlite{});
    REQUIRE(central.start());
    const sync::SyncConfig config = testConfig(loopbackUrl(central.port()));
    TestStore first(Country::Lao);
    TestStore second(Country::Lao);
    enrolLaoDevice(*first, config, central);
    enrolLaoDevice(*second, config, central);
    DistrictRecords a(*first, QStringLiteral("0101"), 34);
    DistrictRecords b(*second, QStringLiteral("0101"), 35);

    // Both devices record a mobile-money payment with the same transaction code: the second one to
    // arrive is rejected by the central office (a code pays once), and only that entry waits.
    const QUuid payerA = registerMembers(*first, a, 1).first();
    Contribution paid = a.contribution(*first->member(payerA));
    paid.method = PaymentMethod::MobileMoney;
    paid.transactionCode = QStringLiteral("QHX7K2M9PL");
    REQUIRE(first->recordContribution(paid, QStringLiteral("op-test")).ok());
    sync::SyncEngine engineA(*first, config);
    REQUIRE(runSync(engineA).outcome == sync::SyncOutcome::Done);

    const QList<QUuid> payersB = registerMembers(*second, b, 5);
    Contribution reused = b.contribution(*second->member(payersB.first()));
    reused.method = PaymentMethod::MobileMoney;
    reused.transactionCode = QStringLiteral("QHX7K2M9PL");
    const SaveResult saved = second->recordContribution(reused, QStringLiteral("op-test"));
    REQUIRE(saved.ok());
    registerMembers(*second, b, 5);
    sync::SyncEngine engineB(*second, config);
    const sync::SyncSummary summary = runSync(engineB);
    CHECK(summary.outcome == sync::SyncOutcome::Done);
    CHECK(summary.progress.accepted == 10);
    CHECK(summary.progress.quarantined == 1);
    const QList<QuarantinedEntry> quarantined = second->quarantinedOutbox();
    REQUIRE(quarantined.size() == 1);
    CHECK(quarantined.first().entry.entityId == saved.saved->id);
    CHECK(quarantined.first().code == QStringLiteral("contribution.code_reused"));
    CHECK(second->status().outboxPending == 0);
}

TEST_CASE("a record the central office holds with other content is a conflict: quarantined and flagged for a "
          "supervisor")
{
    CentralServer central(CentralServer::OwnSqlite{});
    REQUIRE(central.start());
    const sync::SyncConfig config = testConfig(loopbackUrl(central.port()));
    TestStore first(Country::Lao);
    TestStore second(Country::Lao);
    enrolLaoDevice(*first, config, central);
    enrolLaoDevice(*second, config, central);
    DistrictRecords a(*first, QStringLiteral("0101"), 36);
    DistrictRecords b(*second, QStringLiteral("0101"), 37);
    const QUuid id = registerMembers(*first, a, 1).first();
    sync::SyncEngine engineA(*first, config);
    REQUIRE(runSync(engineA).outcome == sync::SyncOutcome::Done);

    // The second device holds a record with the same id and other content (a restored or copied
    // store): the central office keeps its version and answers "conflict" for this one entry.
    Member other = b.member();
    other.id = id;
    const SaveResult saved = second->registerMember(other, QStringLiteral("op-test"));
    REQUIRE(saved.ok());
    registerMembers(*second, b, 3);
    sync::SyncEngine engineB(*second, config);
    QList<sync::EntryOutcome> conflicts;
    QObject::connect(&engineB, &sync::SyncEngine::entryOutcome, [&conflicts](const sync::EntryOutcome& o) {
        if (o.kind == sync::EntryOutcome::Kind::Conflict)
            conflicts.append(o);
    });
    const sync::SyncSummary summary = runSync(engineB);
    CHECK(summary.outcome == sync::SyncOutcome::Done);
    CHECK(summary.progress.accepted == 3);
    CHECK(summary.progress.quarantined == 1);
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts.first().id == id);
    CHECK(conflicts.first().code == QStringLiteral("record.conflict"));

    const QList<QuarantinedEntry> quarantined = second->quarantinedOutbox();
    REQUIRE(quarantined.size() == 1);
    CHECK(quarantined.first().entry.entityId == id);
    CHECK(quarantined.first().code.contains(QStringLiteral("conflict")));
    CHECK(!quarantined.first().message.isEmpty());
    const QList<Flag> flags = second->openFlags();
    const bool flagged = std::any_of(flags.begin(), flags.end(), [&id](const Flag& f) {
        return f.kind == QStringLiteral("conflict") && f.entityId == id;
    });
    CHECK(flagged);
    CHECK(second->status().outboxPending == 0);
}
