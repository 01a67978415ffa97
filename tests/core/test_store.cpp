// The local store: registration, corrections, contributions, look-ups, search, status, the
// integrity check, and that a failed save leaves the file exactly as it was.
#include "StoreSnapshot.h"
#include "TestStore.h"

#include "common/Uuid.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QSet>

#include <sqlite3.h>

using namespace fe;

namespace {

const QString kOperator = QStringLiteral("clerk1");
const QString kMember = QStringLiteral("member");
const QString kContribution = QStringLiteral("contribution");

// Runs SQL on the store file through a second SQLite connection, as an attacker or a broken tool
// would: the store's own connection stays open.
void tamper(const QString& path, const QByteArray& sql)
{
    sqlite3* db = nullptr;
    const int opened = sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    char* message = nullptr;
    const int rc =
        opened == SQLITE_OK ? sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message) : opened;
    const std::string text = message ? message : "";
    sqlite3_free(message);
    sqlite3_close_v2(db);
    INFO(text);
    REQUIRE(rc == SQLITE_OK);
}

QByteArray idText(const QUuid& id)
{
    return uuidText(id).toUtf8();
}

// A store on a fixed clock that tests advance, so times are predictable.
struct Fixture
{
    explicit Fixture(Country c = Country::Lao) : country(c), clock(test::testNow()), store(c, &clock) {}

    QUuid registered(Member m)
    {
        const SaveResult r = store->registerMember(std::move(m), kOperator);
        INFO(r.error.code.toStdString() << " " << test::describeErrors(r.fieldErrors));
        REQUIRE(r.ok());
        return r.saved->id;
    }

    Saved recorded(Contribution c)
    {
        const SaveResult r = store->recordContribution(std::move(c), kOperator);
        INFO(r.error.code.toStdString() << " " << test::describeErrors(r.fieldErrors));
        REQUIRE(r.ok());
        return *r.saved;
    }

    Member load(const QUuid& id)
    {
        const auto m = store->member(id);
        REQUIRE(m);
        return *m;
    }

    test::StoreSnapshot snapshot() { return test::snapshotOf(store.path()); }

    Country country;
    FixedClock clock;
    test::TestStore store;
};

Member laoMemberWith(const QString& given, const QString& documentNumber)
{
    Member m = test::validLaoMember();
    m.name.given = given;
    m.name.givenLatin.clear();
    m.name.familyLatin.clear();
    m.document.number = documentNumber;
    return m;
}

Member kenyanMemberWith(const QString& given, const QString& nationalId)
{
    Member m = test::validKenyanMember();
    m.name.given = given;
    m.document.number = nationalId;
    return m;
}

Contribution mobileMoney(const Member& owner, const QString& code)
{
    Contribution c = test::validContribution(owner, Country::Kenya);
    c.method = PaymentMethod::MobileMoney;
    c.transactionCode = code;
    return c;
}

QStringList givenNames(const QList<Member>& members)
{
    QStringList out;
    for (const Member& m : members)
        out.append(m.name.given);
    out.sort();
    return out;
}

} // namespace

TEST_CASE("registering a member saves it with history, audit and outbox entries")
{
    Fixture f;
    const SaveResult r = f.store->registerMember(test::validLaoMember(), kOperator);
    INFO(r.error.message.toStdString());
    REQUIRE(r.ok());
    CHECK(r.saved->version == 1);
    CHECK(r.saved->outboxSeq > 0);
    CHECK((r.saved->id.toRfc4122().at(6) & 0xF0) == 0x70); // a v7 id assigned by the store

    const Member m = f.load(r.saved->id);
    CHECK(m.version == 1);
    CHECK(m.phone == QStringLiteral("+8562055551234"));
    CHECK(m.name.given == QStringLiteral("ສົມພອນ"));
    CHECK(m.createdAt == test::testNow());
    CHECK(m.updatedAt == test::testNow());
    CHECK(m.consent.operatorId == kOperator);

    const QList<HistoryEntry> history = f.store->history(kMember, m.id);
    REQUIRE(history.size() == 1);
    CHECK(history[0].version == 1);
    CHECK(history[0].reason == QStringLiteral("registered"));
    CHECK(history[0].operatorId == kOperator);
    CHECK(history[0].at == test::testNow());

    const QList<OutboxEntry> outbox = f.store->pendingOutbox(10);
    REQUIRE(outbox.size() == 1);
    CHECK(outbox[0].seq == r.saved->outboxSeq);
    CHECK(outbox[0].entity == kMember);
    CHECK(outbox[0].entityId == m.id);
    CHECK(outbox[0].entityVersion == 1);
    CHECK(outbox[0].op == QStringLiteral("create"));
    CHECK(outbox[0].idempotencyKey == kMember + QLatin1Char(':') + uuidText(m.id) + QStringLiteral(":1"));
    CHECK(outbox[0].payloadHash == history[0].payloadHash);
    CHECK(outbox[0].state == QStringLiteral("pending"));

    const StoreStatus s = f.store->status();
    CHECK(s.members == 1);
    CHECK(s.outboxPending == 1);
    CHECK(s.auditEntries == 2); // store.create + member.create
    CHECK(s.oldestPending == test::testNow());
    CHECK(f.store->check().problems == QStringList{});
}

TEST_CASE("pending entity ids name the records with a version not sent yet, once each")
{
    Fixture f;
    const QUuid sent = f.registered(laoMemberWith(QStringLiteral("ສົມພອນ"), QStringLiteral("01-1111111")));
    const QUuid waiting = f.registered(laoMemberWith(QStringLiteral("ບຸນມີ"), QStringLiteral("01-2222222")));
    Member corrected = f.load(waiting);
    corrected.name.nickname = QStringLiteral("ນ້ອຍ");
    REQUIRE(f.store->correctMember(corrected, QStringLiteral("nickname"), kOperator).ok()); // two entries
    f.recorded(test::validContribution(f.load(sent), Country::Lao));

    const QList<OutboxEntry> outbox = f.store->pendingOutbox(10);
    REQUIRE(outbox.size() == 4);
    CHECK(f.store->pendingEntityIds(kMember) == QSet<QUuid>{sent, waiting});
    REQUIRE(
        f.store->applyOutboxResults({{outbox.first().seq, OutboxResult::Outcome::Accepted, {}, {}, {}}}, 0)
            .ok());
    CHECK(f.store->pendingEntityIds(kMember) == QSet<QUuid>{waiting});
    CHECK(f.store->pendingEntityIds(QStringLiteral("contribution")).size() == 1);
}

TEST_CASE("today is the date where the clerk works, not the date in UTC")
{
    // 20:00 UTC on 15 March is 03:00 on 16 March in Vientiane (UTC+7) and 23:00 in Nairobi (UTC+3).
    const QDateTime evening(QDate(2026, 3, 15), QTime(20, 0), Qt::UTC);
    Fixture lao(Country::Lao);
    lao.clock.set(evening);
    Member m = test::validLaoMember();
    m.schemes.first().enrolledOn = QDate(2026, 3, 16); // what the form fills in that morning
    CHECK_FALSE(lao.registered(m).isNull());
    Member tooEarly = laoMemberWith(QStringLiteral("ບຸນມີ"), QStringLiteral("01-7777777"));
    tooEarly.schemes.first().enrolledOn = QDate(2026, 3, 17);
    const SaveResult refused = lao.store->registerMember(tooEarly, kOperator);
    CHECK_FALSE(refused.ok());
    CHECK(test::describeErrors(refused.fieldErrors) == "schemes[0]:in_future");

    Fixture kenya(Country::Kenya);
    kenya.clock.set(evening);
    Member k = test::validKenyanMember();
    k.schemes.first().enrolledOn = QDate(2026, 3, 16); // still the 15th in Nairobi
    const SaveResult early = kenya.store->registerMember(k, kOperator);
    CHECK(test::describeErrors(early.fieldErrors) == "schemes[0]:in_future");
    k.schemes.first().enrolledOn = QDate(2026, 3, 15);
    CHECK(kenya.store->registerMember(k, kOperator).ok());
}

TEST_CASE("today moves on at the country's midnight, also when the clock is set back")
{
    Fixture lao(Country::Lao);
    const auto enrolledOn = [&](const QDate& day, const QString& document) {
        Member m = laoMemberWith(QStringLiteral("ບຸນມີ"), document);
        m.schemes.first().enrolledOn = day;
        const SaveResult r = lao.store->registerMember(m, kOperator);
        return r.ok() ? std::string("saved") : test::describeErrors(r.fieldErrors);
    };
    // 16:59 UTC is 23:59 in Vientiane; a minute later the 16th starts there.
    lao.clock.set(QDateTime(QDate(2026, 3, 15), QTime(16, 59), Qt::UTC));
    CHECK(enrolledOn(QDate(2026, 3, 16), QStringLiteral("01-7000001")) == "schemes[0]:in_future");
    lao.clock.set(QDateTime(QDate(2026, 3, 15), QTime(17, 0), Qt::UTC));
    CHECK(enrolledOn(QDate(2026, 3, 16), QStringLiteral("01-7000002")) == "saved");
    lao.clock.set(QDateTime(QDate(2026, 3, 14), QTime(12, 0), Qt::UTC)); // set back two days
    CHECK(enrolledOn(QDate(2026, 3, 15), QStringLiteral("01-7000003")) == "schemes[0]:in_future");
    CHECK(enrolledOn(QDate(2026, 3, 14), QStringLiteral("01-7000004")) == "saved");
}

TEST_CASE("a member with invalid fields is not saved and every field error is reported")
{
    Fixture f;
    const test::StoreSnapshot before = f.snapshot();
    Member m = test::validLaoMember();
    m.name.given.clear();
    m.phone = QStringLiteral("12");
    const SaveResult r = f.store->registerMember(m, kOperator);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error.code == QStringLiteral("validation"));
    CHECK(test::describeErrors(r.fieldErrors) == "name.given:required, phone:format");
    CHECK(f.snapshot() == before);
}

TEST_CASE("a record with an id already saved is refused")
{
    Fixture f;
    const QUuid id = f.registered(test::validLaoMember());
    Member again = laoMemberWith(QStringLiteral("ບຸນມີ"), QStringLiteral("99-1"));
    again.id = id;
    const test::StoreSnapshot before = f.snapshot();
    const SaveResult r = f.store->registerMember(again, kOperator);
    CHECK(r.error.code == QStringLiteral("member.exists"));
    CHECK(r.conflictingId == id);
    CHECK(f.snapshot() == before);
}

TEST_CASE("a correction needs a reason, keeps the previous version and queues an update")
{
    Fixture f;
    const QUuid id = f.registered(test::validLaoMember());
    Member m = f.load(id);

    SECTION("without a reason nothing changes")
    {
        const test::StoreSnapshot before = f.snapshot();
        for (const QString& reason : {QString(), QStringLiteral("  \t "), QString(501, QLatin1Char('r'))}) {
            const SaveResult r = f.store->correctMember(m, reason, kOperator);
            CHECK(r.error.code == QStringLiteral("correction.reason"));
            CHECK(r.error.field == QStringLiteral("reason"));
        }
        CHECK(f.snapshot() == before);
    }
    SECTION("a valid correction")
    {
        f.clock.advanceMs(60'000);
        m.name.given = QStringLiteral("ສົມພອນໃໝ່");
        const SaveResult r =
            f.store->correctMember(m, QStringLiteral("  Name misspelt  "), QStringLiteral("sup2"));
        INFO(r.error.code.toStdString());
        REQUIRE(r.ok());
        CHECK(r.saved->version == 2);

        const Member now = f.load(id);
        CHECK(now.version == 2);
        CHECK(now.name.given == QStringLiteral("ສົມພອນໃໝ່"));
        CHECK(now.createdAt == test::testNow());
        CHECK(now.updatedAt == test::testNow().addMSecs(60'000));

        const QList<HistoryEntry> history = f.store->history(kMember, id);
        REQUIRE(history.size() == 2);
        CHECK(history[0].reason == QStringLiteral("registered"));
        CHECK(history[1].version == 2);
        CHECK(history[1].reason == QStringLiteral("Name misspelt"));
        CHECK(history[1].operatorId == QStringLiteral("sup2"));
        CHECK(history[0].payloadHash != history[1].payloadHash);

        const auto first = f.store->payloadOfVersion(kMember, id, 1);
        REQUIRE(first);
        const auto old = Member::fromJson(QJsonDocument::fromJson(*first).object());
        REQUIRE(old.ok());
        CHECK(old.value().name.given == QStringLiteral("ສົມພອນ"));
        CHECK(old.value().version == 1);
        const auto second = f.store->payloadOfVersion(kMember, id, 2); // the current one
        REQUIRE(second);
        const auto current = Member::fromJson(QJsonDocument::fromJson(*second).object());
        REQUIRE(current.ok());
        CHECK(current.value().name.given == QStringLiteral("ສົມພອນໃໝ່"));
        CHECK_FALSE(f.store->payloadOfVersion(kMember, id, 3));

        const QList<OutboxEntry> outbox = f.store->pendingOutbox(10);
        REQUIRE(outbox.size() == 2);
        CHECK(outbox[1].op == QStringLiteral("update"));
        CHECK(outbox[1].entityVersion == 2);
        CHECK(outbox[1].seq > outbox[0].seq);
        CHECK(outbox[1].idempotencyKey != outbox[0].idempotencyKey);
        CHECK(f.store->check().problems == QStringList{});
    }
    SECTION("idempotency keys stay unique over many corrections")
    {
        for (int i = 0; i < 5; ++i) {
            m = f.load(id);
            m.name.nickname = QStringLiteral("ນ້ອຍ") + QString(i + 1, QChar(0x0EAD));
            REQUIRE(f.store->correctMember(m, QStringLiteral("nickname"), kOperator).ok());
        }
        QSet<QString> keys;
        const QList<OutboxEntry> outbox = f.store->pendingOutbox(100);
        for (const OutboxEntry& e : outbox)
            keys.insert(e.idempotencyKey);
        CHECK(outbox.size() == 6);
        CHECK(keys.size() == 6);
        CHECK(f.load(id).version == 6);
    }
    SECTION("the member number assigned centrally survives a correction")
    {
        Member withNumber = m;
        withNumber.memberNumber = QStringLiteral("FORGED-1");
        REQUIRE(f.store->correctMember(withNumber, QStringLiteral("typo"), kOperator).ok());
        CHECK(f.load(id).memberNumber.isEmpty());
    }
    SECTION("an invalid correction, or one of a missing member, changes nothing")
    {
        const test::StoreSnapshot before = f.snapshot();
        Member invalid = m;
        invalid.address.regionCode = QStringLiteral("99");
        const SaveResult r = f.store->correctMember(invalid, QStringLiteral("moved"), kOperator);
        CHECK(r.error.code == QStringLiteral("validation"));
        CHECK(test::describeErrors(r.fieldErrors) == "address.region:unknown");
        Member missing = m;
        missing.id = createUuidV7(f.clock);
        CHECK(f.store->correctMember(missing, QStringLiteral("x"), kOperator).error.code ==
              QStringLiteral("member.missing"));
        CHECK(f.snapshot() == before);
    }
    SECTION("a correction made from an outdated copy is refused")
    {
        Member stale = m; // version 1
        m.name.nickname = QStringLiteral("ຕຸ້ຍ");
        REQUIRE(f.store->correctMember(m, QStringLiteral("first"), kOperator).ok());
        const test::StoreSnapshot before = f.snapshot();
        stale.name.given = QStringLiteral("ສົມສີ");
        const SaveResult r = f.store->correctMember(stale, QStringLiteral("second"), kOperator);
        CHECK(r.error.code == QStringLiteral("member.changed"));
        CHECK(f.snapshot() == before);
        CHECK(f.load(id).name.nickname == QStringLiteral("ຕຸ້ຍ"));
    }
}

TEST_CASE("a document number registered once cannot be registered again")
{
    Fixture f(Country::Kenya);
    const QUuid first = f.registered(kenyanMemberWith(QStringLiteral("Wanjiru"), QStringLiteral("23456789")));
    const test::StoreSnapshot before = f.snapshot();
    const SaveResult r = f.store->registerMember(
        kenyanMemberWith(QStringLiteral("Akinyi"), QStringLiteral(" 2345-6789 ")), kOperator);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error.code == QStringLiteral("member.document_exists"));
    CHECK(r.error.field == QStringLiteral("document.number"));
    CHECK(r.conflictingId == first);
    CHECK(f.snapshot() == before);

    SECTION("the same number as another kind of document is a different document")
    {
        Member maisha = kenyanMemberWith(QStringLiteral("Akinyi"), QStringLiteral("23456789"));
        maisha.document.type = DocumentType::KeMaishaNamba;
        CHECK(f.store->registerMember(maisha, kOperator).ok());
    }
    SECTION("a correction cannot take another member's document, but may keep its own")
    {
        const QUuid second =
            f.registered(kenyanMemberWith(QStringLiteral("Akinyi"), QStringLiteral("11112222")));
        Member m = f.load(second);
        m.document.number = QStringLiteral("23456789");
        const test::StoreSnapshot beforeCorrection = f.snapshot();
        const SaveResult taken = f.store->correctMember(m, QStringLiteral("typo"), kOperator);
        CHECK(taken.error.code == QStringLiteral("member.document_exists"));
        CHECK(taken.conflictingId == first);
        CHECK(f.snapshot() == beforeCorrection);
        Member own = f.load(first);
        own.name.family = QStringLiteral("Kamau-Njoroge");
        CHECK(f.store->correctMember(own, QStringLiteral("marriage"), kOperator).ok());
    }
}

TEST_CASE("receipt numbers are unique, increasing and never reused after a void")
{
    Fixture f;
    const QUuid id = f.registered(test::validLaoMember());
    const Member owner = f.load(id);
    QStringList receipts;
    QList<QUuid> ids;
    for (int month = 1; month <= 3; ++month) {
        Contribution c = test::validContribution(owner, Country::Lao);
        c.periodStart = QDate(2026, month, 1);
        c.periodEnd = c.periodStart.addMonths(1).addDays(-1);
        const Saved s = f.recorded(c);
        receipts.append(s.receiptNumber);
        ids.append(s.id);
        f.clock.advanceMs(1000);
    }
    REQUIRE(f.store->voidContribution(ids[2], QStringLiteral("entered twice"), kOperator).ok());
    const Saved after = f.recorded(test::validContribution(owner, Country::Lao));
    receipts.append(after.receiptNumber);

    for (qsizetype i = 1; i < receipts.size(); ++i) {
        INFO(receipts[i - 1].toStdString() << " < " << receipts[i].toStdString());
        CHECK(receipts[i - 1] < receipts[i]);
    }
    CHECK(QSet<QString>(receipts.cbegin(), receipts.cend()).size() == 4);
    for (const QString& receipt : receipts)
        CHECK(receipt.startsWith(receipts.first().left(9)));

    SECTION("receipts survive a reopen and are found in any case")
    {
        f.store.reopen();
        CHECK(f.store->findByReceipt(receipts[0]) == ids[0]);
        CHECK(f.store->findByReceipt(QLatin1Char(' ') + receipts[1].toLower()) == ids[1]);
        CHECK(f.store->findByReceipt(receipts[2]) == ids[2]); // voided, still findable
        CHECK_FALSE(f.store->findByReceipt(QStringLiteral("NOPE-000001")));
        const Saved next = f.recorded(test::validContribution(owner, Country::Lao));
        CHECK(receipts.last() < next.receiptNumber);
    }
}

TEST_CASE("two devices set up at the same moment issue different receipts")
{
    Fixture a;
    Fixture b; // same fixed clock: the device ids share their timestamp bits
    const Saved ra =
        a.recorded(test::validContribution(a.load(a.registered(test::validLaoMember())), Country::Lao));
    const Saved rb =
        b.recorded(test::validContribution(b.load(b.registered(test::validLaoMember())), Country::Lao));
    CHECK(a.store->deviceId() != b.store->deviceId());
    CHECK(ra.receiptNumber != rb.receiptNumber);
}

TEST_CASE("a mobile-money code can be used for one payment only")
{
    Fixture f(Country::Kenya);
    const Member owner = f.load(f.registered(test::validKenyanMember()));
    const Saved first = f.recorded(mobileMoney(owner, QStringLiteral("QGH7XK2M9P")));
    const test::StoreSnapshot before = f.snapshot();
    for (const QString& code : {QStringLiteral("QGH7XK2M9P"), QStringLiteral(" qgh7xk2m9p ")}) {
        Contribution again = mobileMoney(owner, code);
        again.periodStart = QDate(2026, 4, 1);
        again.periodEnd = QDate(2026, 4, 30);
        const SaveResult r = f.store->recordContribution(again, kOperator);
        CHECK(r.error.code == QStringLiteral("contribution.code_reused"));
        CHECK(r.error.field == QStringLiteral("transactionCode"));
        CHECK(r.conflictingId == first.id);
    }
    CHECK(f.snapshot() == before);
    CHECK(f.recorded(mobileMoney(owner, QStringLiteral("QGH7XK2M9Q"))).receiptNumber > first.receiptNumber);
    CHECK(f.store->contribution(first.id)->transactionCode == QStringLiteral("QGH7XK2M9P"));
}

TEST_CASE("voiding a payment needs a reason, happens once and keeps the payment")
{
    Fixture f;
    const Member owner = f.load(f.registered(test::validLaoMember()));
    const Saved paid = f.recorded(test::validContribution(owner, Country::Lao));
    const test::StoreSnapshot before = f.snapshot();
    CHECK(f.store->voidContribution(paid.id, QStringLiteral(" "), kOperator).error.code ==
          QStringLiteral("void.reason"));
    CHECK(f.store->voidContribution(createUuidV7(f.clock), QStringLiteral("x"), kOperator).error.code ==
          QStringLiteral("contribution.missing"));
    CHECK(f.snapshot() == before);

    f.clock.advanceMs(5000);
    const SaveResult voided =
        f.store->voidContribution(paid.id, QStringLiteral("Wrong member"), QStringLiteral("sup"));
    REQUIRE(voided.ok());
    CHECK(voided.saved->version == 2);
    CHECK(voided.saved->receiptNumber == paid.receiptNumber);

    const auto c = f.store->contribution(paid.id);
    REQUIRE(c);
    CHECK(c->isVoided());
    CHECK(c->voidReason == QStringLiteral("Wrong member"));
    CHECK(c->voidedBy == QStringLiteral("sup"));
    CHECK(c->voidedAt == test::testNow().addMSecs(5000));
    CHECK(c->amount == Money{225'000, QStringLiteral("LAK")});
    CHECK(f.store->contributionsOf(owner.id).size() == 1);
    const QList<HistoryEntry> history = f.store->history(kContribution, paid.id);
    REQUIRE(history.size() == 2);
    CHECK(history[1].reason == QStringLiteral("Wrong member"));
    CHECK(f.store->pendingOutbox(10).last().op == QStringLiteral("void"));

    const test::StoreSnapshot afterVoid = f.snapshot();
    CHECK(f.store->voidContribution(paid.id, QStringLiteral("again"), kOperator).error.code ==
          QStringLiteral("contribution.already_void"));
    CHECK(f.snapshot() == afterVoid);

    const StoreStatus s = f.store->status();
    CHECK(s.contributions == 0);
    CHECK(s.voidedContributions == 1);
    CHECK(f.store->check().problems == QStringList{});
}

TEST_CASE("a payment needs a registered member and valid fields")
{
    Fixture f;
    const Member owner = f.load(f.registered(test::validLaoMember()));
    const test::StoreSnapshot before = f.snapshot();
    Contribution orphan = test::validContribution(owner, Country::Lao);
    orphan.memberId = createUuidV7(f.clock);
    const SaveResult missing = f.store->recordContribution(orphan, kOperator);
    CHECK(missing.error.code == QStringLiteral("contribution.member_missing"));
    Contribution wrong = test::validContribution(owner, Country::Lao);
    wrong.amount = Money{200'000, QStringLiteral("LAK")};
    const SaveResult invalid = f.store->recordContribution(wrong, kOperator);
    CHECK(invalid.error.code == QStringLiteral("validation"));
    CHECK(test::describeErrors(invalid.fieldErrors) == "differenceReason:required");
    CHECK(f.snapshot() == before);
}

TEST_CASE("look-ups by document, phone and receipt work after reopening")
{
    Fixture f(Country::Kenya);
    const QUuid wanjiru =
        f.registered(kenyanMemberWith(QStringLiteral("Wanjiru"), QStringLiteral("23456789")));
    Member sister = kenyanMemberWith(QStringLiteral("Njeri"), QStringLiteral("34567890"));
    const QUuid njeri = f.registered(sister); // same phone: a shared family phone is allowed
    const Saved paid = f.recorded(test::validContribution(f.load(wanjiru), Country::Kenya));
    f.store.reopen();

    CHECK(f.store->findByDocument(QStringLiteral("23456789")) == QList<QUuid>{wanjiru});
    CHECK(f.store->findByDocument(QStringLiteral("2345 6789")) == QList<QUuid>{wanjiru});
    CHECK(f.store->findByDocument(QStringLiteral("99999999")).isEmpty());
    const QList<QUuid> byPhone = f.store->findByPhone(QStringLiteral("+254 712 345 678"));
    CHECK(QSet<QUuid>(byPhone.cbegin(), byPhone.cend()) == QSet<QUuid>{wanjiru, njeri});
    CHECK(f.store->findByPhone(QStringLiteral("0712345678")).size() == 2);
    CHECK(f.store->findByPhone(QStringLiteral("0799 999 999")).isEmpty());
    CHECK(f.store->findByPhone(QStringLiteral("not a phone")).isEmpty());
    CHECK(f.store->findByReceipt(paid.receiptNumber) == paid.id);
    CHECK(f.store->contributionsOf(wanjiru).size() == 1);
    CHECK(f.store->contributionsOf(njeri).isEmpty());

    SECTION("a corrected phone and document move their look-ups")
    {
        Member m = f.load(njeri);
        m.phone = QStringLiteral("0722 000 111");
        m.document.number = QStringLiteral("45678901");
        REQUIRE(f.store->correctMember(m, QStringLiteral("new phone"), kOperator).ok());
        CHECK(f.store->findByPhone(QStringLiteral("0712345678")) == QList<QUuid>{wanjiru});
        CHECK(f.store->findByPhone(QStringLiteral("0722000111")) == QList<QUuid>{njeri});
        CHECK(f.store->findByDocument(QStringLiteral("34567890")).isEmpty());
        CHECK(f.store->findByDocument(QStringLiteral("45678901")) == QList<QUuid>{njeri});
        CHECK(f.store
                  ->registerMember(kenyanMemberWith(QStringLiteral("Nyokabi"), QStringLiteral("34567890")),
                                   kOperator)
                  .ok());
    }
}

TEST_CASE("Lao look-ups by family book number")
{
    Fixture f;
    Member m = laoMemberWith(QStringLiteral("ບຸນມີ"), QStringLiteral(" fb  7788 "));
    m.document.type = DocumentType::LaFamilyBook;
    const QUuid id = f.registered(m);
    f.store.reopen();
    CHECK(f.store->findByDocument(QStringLiteral("FB 7788")) == QList<QUuid>{id});
    CHECK(f.store->findByDocument(QStringLiteral("fb 7788")) == QList<QUuid>{id});
    CHECK(f.store->findByPhone(QStringLiteral("+856 20 5555 1234")) == QList<QUuid>{id});
}

TEST_CASE("name-prefix search in Lao script")
{
    Fixture f;
    f.registered(laoMemberWith(QStringLiteral("ສົມພອນ"), QStringLiteral("1")));
    f.registered(laoMemberWith(QStringLiteral("ສົມສີ"), QStringLiteral("2")));
    f.registered(laoMemberWith(QStringLiteral("ເພັດສະໝອນ"), QStringLiteral("3")));
    Member nickname = laoMemberWith(QStringLiteral("ບຸນມີ"), QStringLiteral("4"));
    nickname.name.nickname = QStringLiteral("ນ້ອຍ");
    nickname.name.family = QStringLiteral("ແສງດາວ");
    f.registered(nickname);
    f.store.reopen();

    CHECK(givenNames(f.store->searchByNamePrefix(QStringLiteral("ສົມ"))) ==
          QStringList{QStringLiteral("ສົມພອນ"), QStringLiteral("ສົມສີ")});
    CHECK(givenNames(f.store->searchByNamePrefix(QStringLiteral("ສົມພ"))) ==
          QStringList{QStringLiteral("ສົມພອນ")});
    // A pre-posed vowel is the first character of the name as typed.
    CHECK(givenNames(f.store->searchByNamePrefix(QStringLiteral("ເພັດ"))) ==
          QStringList{QStringLiteral("ເພັດສະໝອນ")});
    CHECK(givenNames(f.store->searchByNamePrefix(QStringLiteral("ນ້ອຍ"))) ==
          QStringList{QStringLiteral("ບຸນມີ")});
    CHECK(givenNames(f.store->searchByNamePrefix(QStringLiteral("ແສງ"))) ==
          QStringList{QStringLiteral("ບຸນມີ")});
    CHECK(f.store->searchByNamePrefix(QStringLiteral("ວົງສາ")).size() == 3); // a shared family name
    CHECK(f.store->searchByNamePrefix(QStringLiteral("ກ")).isEmpty());
    CHECK(f.store->searchByNamePrefix(QStringLiteral("  ")).isEmpty());
    CHECK(f.store->searchByNamePrefix(QStringLiteral("ສົມ"), 1).size() == 1);
}

TEST_CASE("name-prefix search in Latin is case- and accent-insensitive")
{
    Fixture f(Country::Kenya);
    Member a = kenyanMemberWith(QStringLiteral("Wanjiru"), QStringLiteral("1"));
    a.name.family = QStringLiteral("Kamau");
    Member b = kenyanMemberWith(QStringLiteral("Zoë"), QStringLiteral("2"));
    b.name.family = QStringLiteral("Müller");
    Member c = kenyanMemberWith(QStringLiteral("Wambui"), QStringLiteral("3"));
    c.name.family = QStringLiteral("Otieno");
    f.registered(a);
    f.registered(b);
    f.registered(c);

    CHECK(givenNames(f.store->searchByNamePrefix(QStringLiteral("wa"))) ==
          QStringList{QStringLiteral("Wambui"), QStringLiteral("Wanjiru")});
    CHECK(givenNames(f.store->searchByNamePrefix(QStringLiteral("WANJ"))) ==
          QStringList{QStringLiteral("Wanjiru")});
    CHECK(givenNames(f.store->searchByNamePrefix(QStringLiteral("zoe"))) ==
          QStringList{QStringLiteral("Zoë")});
    CHECK(givenNames(f.store->searchByNamePrefix(QStringLiteral("ZOË"))) ==
          QStringList{QStringLiteral("Zoë")});
    CHECK(givenNames(f.store->searchByNamePrefix(QStringLiteral("mull"))) ==
          QStringList{QStringLiteral("Zoë")});
    CHECK(givenNames(f.store->searchByNamePrefix(QStringLiteral("Mu\u0308l"))) ==
          QStringList{QStringLiteral("Zoë")});
    CHECK(givenNames(f.store->searchByNamePrefix(QStringLiteral("otie"))) ==
          QStringList{QStringLiteral("Wambui")});
    CHECK(f.store->searchByNamePrefix(QStringLiteral("anj")).isEmpty()); // a prefix, not a substring
}

TEST_CASE("status counts what the store holds")
{
    Fixture f(Country::Kenya);
    const StoreStatus empty = f.store->status();
    CHECK(empty.country == QStringLiteral("KE"));
    CHECK(empty.deviceName == QStringLiteral("Test device"));
    CHECK(empty.deviceId == f.store->deviceId());
    CHECK(empty.members == 0);
    CHECK(empty.outboxPending == 0);
    CHECK_FALSE(empty.oldestPending.isValid());
    CHECK(empty.auditEntries == 1);

    const Member owner = f.load(f.registered(test::validKenyanMember()));
    f.clock.advanceMs(1000);
    f.registered(kenyanMemberWith(QStringLiteral("Akinyi"), QStringLiteral("11112222")));
    const Saved one = f.recorded(mobileMoney(owner, QStringLiteral("AAAAAAAAA1")));
    f.recorded(mobileMoney(owner, QStringLiteral("AAAAAAAAA2")));
    REQUIRE(f.store->voidContribution(one.id, QStringLiteral("duplicate"), kOperator).ok());

    const StoreStatus s = f.store->status();
    CHECK(s.members == 2);
    CHECK(s.contributions == 1);
    CHECK(s.voidedContributions == 1);
    CHECK(s.outboxPending == 5);
    CHECK(s.outboxQuarantined == 0);
    CHECK(s.oldestPending == test::testNow());
    CHECK(s.auditEntries == 6);
    f.store.reopen();
    CHECK(f.store->status().members == 2);
}

TEST_CASE("check() finds tampering")
{
    Fixture f;
    const QUuid a = f.registered(laoMemberWith(QStringLiteral("ສົມພອນ"), QStringLiteral("1")));
    const QUuid b = f.registered(laoMemberWith(QStringLiteral("ບຸນມີ"), QStringLiteral("2")));
    f.recorded(test::validContribution(f.load(a), Country::Lao));
    REQUIRE(f.store->check().problems == QStringList{});
    const QString path = f.store.path();

    SECTION("an altered audit entry")
    {
        tamper(path,
               "DROP TRIGGER audit_no_update; UPDATE audit SET operator_id = 'someone else' WHERE seq = 2");
        CHECK_FALSE(f.store->check().ok());
    }
    SECTION("the last audit entry removed")
    {
        tamper(path,
               "DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit)");
        CHECK_FALSE(f.store->check().ok());
    }
    SECTION("an audit entry removed from the middle")
    {
        tamper(path, "DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE seq = 2");
        CHECK_FALSE(f.store->check().ok());
    }
    SECTION("an outbox entry deleted")
    {
        tamper(path, "DELETE FROM outbox WHERE seq = (SELECT max(seq) FROM outbox)");
        CHECK_FALSE(f.store->check().ok());
    }
    SECTION("a member's payload replaced by another member's")
    {
        tamper(path, "UPDATE members SET payload = (SELECT payload FROM members WHERE id = '" + idText(b) +
                         "') WHERE id = '" + idText(a) + "'");
        CHECK_FALSE(f.store->check().ok());
    }
    SECTION("a member's payload and its history replaced by another member's")
    {
        tamper(path, "UPDATE members SET payload = (SELECT payload FROM members WHERE id = '" + idText(b) +
                         "') WHERE id = '" + idText(a) +
                         "'; UPDATE history SET payload = (SELECT payload FROM "
                         "history WHERE entity_id = '" +
                         idText(b) + "') WHERE entity_id = '" + idText(a) + "'");
        CHECK_FALSE(f.store->check().ok());
    }
    SECTION("a history entry rewritten")
    {
        tamper(path, "UPDATE history SET payload = CAST('{}' AS BLOB) WHERE entity_id = '" + idText(b) + "'");
        CHECK_FALSE(f.store->check().ok());
    }
    SECTION("a stray look-up entry")
    {
        tamper(path, "INSERT INTO lookups(kind, key, entity_id) VALUES('phone', '+8562000000000', 'nobody')");
        CHECK_FALSE(f.store->check().ok());
    }
    SECTION("the problems are still found after reopening")
    {
        tamper(path, "DELETE FROM outbox WHERE seq = 1");
        f.store.reopen();
        CHECK_FALSE(f.store->check().ok());
    }
}

TEST_CASE("a save that fails inside its transaction leaves every table unchanged")
{
    Fixture f;
    const QUuid id = f.registered(test::validLaoMember());
    const Member owner = f.load(id);
    const Saved paid = f.recorded(test::validContribution(owner, Country::Lao));
    // The outbox insert is the last write of every save: failing it must roll back the record,
    // its history, audit entry, look-ups and the receipt counter written before it.
    tamper(f.store.path(), "CREATE TRIGGER fail_outbox BEFORE INSERT ON outbox "
                           "BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
    const test::StoreSnapshot before = f.snapshot();

    const SaveResult registered =
        f.store->registerMember(laoMemberWith(QStringLiteral("ບຸນມີ"), QStringLiteral("77")), kOperator);
    CHECK_FALSE(registered.ok());
    CHECK(registered.error.code == QStringLiteral("store.constraint"));
    CHECK_FALSE(registered.error.message.isEmpty());

    Member corrected = owner;
    corrected.name.nickname = QStringLiteral("ນ້ອຍ");
    CHECK_FALSE(f.store->correctMember(corrected, QStringLiteral("nickname"), kOperator).ok());

    Contribution next = test::validContribution(owner, Country::Lao);
    next.periodStart = QDate(2026, 4, 1);
    next.periodEnd = QDate(2026, 4, 30);
    CHECK_FALSE(f.store->recordContribution(next, kOperator).ok());
    CHECK_FALSE(f.store->voidContribution(paid.id, QStringLiteral("mistake"), kOperator).ok());
    CHECK(f.snapshot() == before);

    SECTION("and the store works normally once the fault is gone")
    {
        tamper(f.store.path(), "DROP TRIGGER fail_outbox");
        const Saved after = f.recorded(next);
        CHECK(after.receiptNumber > paid.receiptNumber);
        CHECK(after.receiptNumber.right(6) == QStringLiteral("000002"));
        CHECK(f.load(id).version == 1);
        CHECK(f.store->check().problems == QStringList{});
    }
}

TEST_CASE("an operator's duplicate decisions go into the audit chain, without personal data")
{
    Fixture f;
    const QUuid existing = f.registered(test::validLaoMember());
    Member other = test::validLaoMember();
    other.document.number = QStringLiteral("0101-654321");
    other.phone = QStringLiteral("020 5555 9876");
    const QUuid saved = f.registered(other);
    const qint64 auditBefore = f.store->status().auditEntries;

    DuplicateDecision decision;
    decision.candidateId = existing;
    decision.decision = DuplicateVerdict::DifferentPerson;
    decision.operatorId = kOperator;
    decision.at = test::testNow();
    REQUIRE(f.store->recordDuplicateDecisions(saved, {decision}, kOperator).ok());
    CHECK(f.store->status().auditEntries == auditBefore + 1);
    CHECK(f.store->check().problems == QStringList{});

    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(f.store->path().toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
            SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "SELECT action, entity_id, detail FROM audit ORDER BY seq DESC LIMIT 1",
                               -1, &st, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    const QString action = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    const QString entityId = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 1)));
    const QString detail = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 2)));
    sqlite3_finalize(st);
    sqlite3_close_v2(db);
    CHECK(action == QStringLiteral("member.duplicate_decision"));
    CHECK(entityId == uuidText(saved));
    CHECK(detail.contains(uuidText(existing)));
    CHECK(detail.contains(QStringLiteral("different_person")));
    CHECK_FALSE(detail.contains(other.name.given));
    CHECK_FALSE(detail.contains(QStringLiteral("654321")));

    const Status empty = f.store->recordDuplicateDecisions(saved, {}, kOperator);
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().code == QStringLiteral("duplicate.decision_empty"));
    CHECK(f.store->status().auditEntries == auditBefore + 1);
}
