// The JSON payloads of members and contributions: complete round trips and damaged input.
#include "common/JsonReader.h"
#include "common/Uuid.h"
#include "demodata/DemoDataGenerator.h"
#include "domain/Contribution.h"
#include "domain/Member.h"
#include "domain/Scheme.h"
#include "refdata/ReferenceData.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace fe;

namespace {

QDateTime at(int day, int hour, int minute, int ms)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute, 0, ms), Qt::UTC);
}

// Every field set to something other than its default.
Member fullMember()
{
    Member m;
    m.id = QUuid::fromString(QStringLiteral("0195a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"));
    m.version = 3;
    m.memberNumber = QStringLiteral("LA-0001234");
    m.name = {QStringLiteral("ສົມພອນ"), QStringLiteral("ວົງສາ"), QStringLiteral("Somphone"),
              QStringLiteral("Vongsa"), QStringLiteral("ນ້ອຍ")};
    m.sex = Sex::Male;
    m.birth = {QDate(1988, 7, 1), true};
    m.document = {DocumentType::LaFamilyBook, QStringLiteral("FB 7788"), QStringLiteral("01"),
                  QStringLiteral("0101")};
    m.phone = QStringLiteral("+8562055551234");
    m.address = {QStringLiteral("01"), QStringLiteral("0101"), QStringLiteral("0000"),
                 QStringLiteral("ບ້ານສີເມືອງ")};
    m.occupation = Occupation::Fishing;
    m.monthlyIncome = Money{2'500'000, QStringLiteral("LAK")};
    m.householdIncome = Money{4'000'000, QStringLiteral("LAK")};
    HouseholdMember spouse;
    spouse.name = {QStringLiteral("ແກ້ວ"), {}, QStringLiteral("Keo"), {}, {}};
    spouse.relationship = Relationship::Spouse;
    spouse.sex = Sex::Female;
    spouse.birth = {QDate(1990, 2, 3), false};
    spouse.document = {DocumentType::LaNationalIdCard, QStringLiteral("01-999"), QStringLiteral("01"), {}};
    HouseholdMember child;
    child.name.given = QStringLiteral("ບຸນມີ");
    child.relationship = Relationship::Grandchild;
    child.sex = Sex::Male;
    child.birth = {QDate(2015, 7, 1), true};
    m.household = {spouse, child};
    m.schemes = {{QStringLiteral("LA-VOL"), QDate(2026, 3, 1)},
                 {QStringLiteral("LA-OTHER"), QDate(2026, 3, 2)}};
    m.consent.textVersion = QStringLiteral("LA-2026-01");
    m.consent.language = QStringLiteral("lo");
    m.consent.method = ConsentMethod::VerbalWithWitness;
    m.consent.witnessName = QStringLiteral("ນາງ ດາວ");
    m.consent.operatorId = QStringLiteral("clerk7");
    m.consent.givenAt = at(1, 8, 0, 250);
    m.consent.withdrawnAt = at(10, 16, 45, 5);
    m.consent.withdrawalReason = QStringLiteral("ຍ້າຍໄປຢູ່ບ່ອນອື່ນ");
    m.externalRef = QStringLiteral("row-17");
    m.createdAt = at(1, 8, 1, 1);
    m.updatedAt = at(12, 9, 30, 999);
    return m;
}

Contribution fullContribution()
{
    Contribution c;
    c.id = QUuid::fromString(QStringLiteral("0195a1b2-c3d4-7000-8000-000000000001"));
    c.version = 2;
    c.memberId = fullMember().id;
    c.schemeCode = QStringLiteral("KE-SHA-NS");
    c.periodStart = QDate(2026, 1, 1);
    c.periodEnd = QDate(2026, 3, 31);
    c.amount = Money{90'050, QStringLiteral("KES")};
    c.expectedAmount = Money{90'000, QStringLiteral("KES")};
    c.differenceReason = QStringLiteral("Rounded up by the member");
    c.method = PaymentMethod::MobileMoney;
    c.transactionCode = QStringLiteral("QGH7XK2M9P");
    c.bankReference = QStringLiteral("EQ-123");
    c.receiptNumber = QStringLiteral("0195A1B2-000042");
    c.operatorId = QStringLiteral("clerk9");
    c.recordedAt = at(14, 10, 0, 7);
    c.voidedAt = at(15, 11, 0, 8);
    c.voidReason = QStringLiteral("Wrong member");
    c.voidedBy = QStringLiteral("supervisor1");
    c.externalRef = QStringLiteral("mpesa-statement-3");
    return c;
}

// Through the bytes the store keeps, as it would be read back.
QJsonObject throughText(const QJsonObject& o)
{
    return QJsonDocument::fromJson(QJsonDocument(o).toJson(QJsonDocument::Compact)).object();
}

void checkSameName(const PersonName& a, const PersonName& b)
{
    CHECK(a.given == b.given);
    CHECK(a.family == b.family);
    CHECK(a.givenLatin == b.givenLatin);
    CHECK(a.familyLatin == b.familyLatin);
    CHECK(a.nickname == b.nickname);
}

void checkSameDocument(const IdentityDocument& a, const IdentityDocument& b)
{
    CHECK(a.type == b.type);
    CHECK(a.number == b.number);
    CHECK(a.issuingProvince == b.issuingProvince);
    CHECK(a.issuingDistrict == b.issuingDistrict);
}

std::string errorOf(const Result<Member>& r)
{
    return r.ok() ? "ok" : (r.error().code + QLatin1Char(':') + r.error().field).toStdString();
}

std::string errorOf(const Result<Contribution>& r)
{
    return r.ok() ? "ok" : (r.error().code + QLatin1Char(':') + r.error().field).toStdString();
}

} // namespace

TEST_CASE("a fully populated member survives toJson and fromJson")
{
    const Member m = fullMember();
    const auto back = Member::fromJson(throughText(m.toJson()));
    REQUIRE(back.ok());
    const Member& r = back.value();
    CHECK(r.id == m.id);
    CHECK(r.version == 3);
    CHECK(r.memberNumber == m.memberNumber);
    checkSameName(r.name, m.name);
    CHECK(r.sex == Sex::Male);
    CHECK(r.birth.date == m.birth.date);
    CHECK(r.birth.estimated);
    checkSameDocument(r.document, m.document);
    CHECK(r.phone == m.phone);
    CHECK(r.address.regionCode == m.address.regionCode);
    CHECK(r.address.districtCode == m.address.districtCode);
    CHECK(r.address.wardCode == m.address.wardCode);
    CHECK(r.address.village == m.address.village);
    CHECK(r.occupation == Occupation::Fishing);
    CHECK(r.monthlyIncome == m.monthlyIncome);
    CHECK(r.householdIncome == m.householdIncome);
    REQUIRE(r.household.size() == 2);
    for (qsizetype i = 0; i < 2; ++i) {
        INFO(i);
        checkSameName(r.household[i].name, m.household[i].name);
        CHECK(r.household[i].relationship == m.household[i].relationship);
        CHECK(r.household[i].sex == m.household[i].sex);
        CHECK(r.household[i].birth.date == m.household[i].birth.date);
        CHECK(r.household[i].birth.estimated == m.household[i].birth.estimated);
        checkSameDocument(r.household[i].document, m.household[i].document);
    }
    REQUIRE(r.schemes.size() == 2);
    CHECK(r.schemes[1].schemeCode == QStringLiteral("LA-OTHER"));
    CHECK(r.schemes[1].enrolledOn == QDate(2026, 3, 2));
    CHECK(r.consent.textVersion == m.consent.textVersion);
    CHECK(r.consent.language == m.consent.language);
    CHECK(r.consent.method == ConsentMethod::VerbalWithWitness);
    CHECK(r.consent.witnessName == m.consent.witnessName);
    CHECK(r.consent.operatorId == m.consent.operatorId);
    CHECK(r.consent.givenAt == m.consent.givenAt);
    CHECK(r.consent.givenAt.time().msec() == 250);
    CHECK(r.consent.withdrawnAt == m.consent.withdrawnAt);
    CHECK(r.consent.withdrawalReason == m.consent.withdrawalReason);
    CHECK(r.externalRef == m.externalRef);
    CHECK(r.createdAt == m.createdAt);
    CHECK(r.updatedAt == m.updatedAt);
    CHECK(r.toJson() == m.toJson());
}

TEST_CASE("a minimal member round-trips without inventing values")
{
    Member m;
    m.id = QUuid::fromString(QStringLiteral("0195a1b2-c3d4-7e5f-8a6b-000000000000"));
    m.name.given = QStringLiteral("Wanjiru");
    const auto back = Member::fromJson(throughText(m.toJson()));
    REQUIRE(back.ok());
    CHECK_FALSE(back.value().monthlyIncome);
    CHECK_FALSE(back.value().householdIncome);
    CHECK(back.value().household.isEmpty());
    CHECK(back.value().schemes.isEmpty());
    CHECK_FALSE(back.value().birth.date.isValid());
    CHECK_FALSE(back.value().consent.givenAt.isValid());
    CHECK_FALSE(back.value().consent.isWithdrawn());
    CHECK(back.value().document.type == DocumentType::None);
    CHECK(back.value().toJson() == m.toJson());
}

TEST_CASE("times in other zones are stored as the same instant in UTC")
{
    Member m = fullMember();
    m.consent.givenAt =
        QDateTime(QDate(2026, 3, 1), QTime(15, 0), QTimeZone(QByteArrayLiteral("Asia/Vientiane")));
    const auto back = Member::fromJson(throughText(m.toJson()));
    REQUIRE(back.ok());
    CHECK(back.value().consent.givenAt == QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC));
    CHECK(back.value().consent.givenAt.timeSpec() == Qt::UTC);
}

TEST_CASE("a fully populated contribution survives toJson and fromJson")
{
    const Contribution c = fullContribution();
    const auto back = Contribution::fromJson(throughText(c.toJson()));
    REQUIRE(back.ok());
    const Contribution& r = back.value();
    CHECK(r.id == c.id);
    CHECK(r.version == 2);
    CHECK(r.memberId == c.memberId);
    CHECK(r.schemeCode == c.schemeCode);
    CHECK(r.periodStart == c.periodStart);
    CHECK(r.periodEnd == c.periodEnd);
    CHECK(r.amount == c.amount);
    CHECK(r.expectedAmount == c.expectedAmount);
    CHECK(r.differenceReason == c.differenceReason);
    CHECK(r.method == PaymentMethod::MobileMoney);
    CHECK(r.transactionCode == c.transactionCode);
    CHECK(r.bankReference == c.bankReference);
    CHECK(r.receiptNumber == c.receiptNumber);
    CHECK(r.operatorId == c.operatorId);
    CHECK(r.recordedAt == c.recordedAt);
    CHECK(r.voidedAt == c.voidedAt);
    CHECK(r.isVoided());
    CHECK(r.voidReason == c.voidReason);
    CHECK(r.voidedBy == c.voidedBy);
    CHECK(r.externalRef == c.externalRef);
    CHECK(r.toJson() == c.toJson());
}

TEST_CASE("amounts keep full 64-bit precision in JSON")
{
    Contribution c = fullContribution();
    c.amount = Money{9'007'199'254'740'993, QStringLiteral("KES")}; // not representable as a double
    const auto back = Contribution::fromJson(throughText(c.toJson()));
    REQUIRE(back.ok());
    CHECK(back.value().amount.minor == 9'007'199'254'740'993);
}

TEST_CASE("damaged member payloads are rejected with payload.malformed")
{
    const QJsonObject good = fullMember().toJson();
    auto with = [&](const char* key, const QJsonValue& value) {
        QJsonObject o = good;
        o.insert(QLatin1String(key), value);
        return Member::fromJson(o);
    };
    auto inside = [&](const char* outer, const char* key, const QJsonValue& value) {
        QJsonObject o = good;
        QJsonObject part = o.value(QLatin1String(outer)).toObject();
        part.insert(QLatin1String(key), value);
        o.insert(QLatin1String(outer), part);
        return Member::fromJson(o);
    };
    auto money = [](const char* minor, const char* currency) {
        return QJsonObject{{QLatin1String("minor"), QLatin1String(minor)},
                           {QLatin1String("currency"), QLatin1String(currency)}};
    };

    CHECK(errorOf(Member::fromJson(good)) == "ok");
    CHECK(errorOf(Member::fromJson(QJsonObject{})) == "payload.malformed:id");
    CHECK(errorOf(with("id", QLatin1String("not-a-uuid"))) == "payload.malformed:id");
    CHECK(errorOf(with("id", 42)) == "payload.malformed:id");
    CHECK(errorOf(with("sex", QLatin1String("unknown"))) == "payload.malformed:sex");
    {
        QJsonObject o = good;
        o.remove(QLatin1String("sex"));
        CHECK(errorOf(Member::fromJson(o)) == "payload.malformed:sex");
    }
    SECTION("values that would otherwise be silently replaced by defaults")
    {
        CHECK(errorOf(with("occupation", QLatin1String("astronaut"))) == "payload.malformed:occupation");
        CHECK(errorOf(inside("document", "type", QLatin1String("passport"))) == "payload.malformed:document");
        CHECK(errorOf(inside("consent", "method", QLatin1String("smoke"))) == "payload.malformed:consent");
        CHECK(errorOf(with("monthlyIncome", money("12abc", "LAK"))) == "payload.malformed:income");
        CHECK(errorOf(with("monthlyIncome", money("", "LAK"))) == "payload.malformed:income");
        CHECK(errorOf(with("householdIncome", money("100", ""))) == "payload.malformed:income");
        CHECK(errorOf(with("householdIncome", QLatin1String("4000000"))) == "payload.malformed:income");
        CHECK(errorOf(with("monthlyIncome", money("99999999999999999999", "LAK"))) ==
              "payload.malformed:income");
    }
    SECTION("a damaged household entry")
    {
        QJsonArray household = good.value(QLatin1String("household")).toArray();
        QJsonObject first = household.first().toObject();
        first.insert(QLatin1String("relationship"), QLatin1String("cousin-in-law"));
        household.replace(0, first);
        CHECK(errorOf(with("household", household)) == "payload.malformed:household");
        CHECK(errorOf(with("household", QJsonArray{QLatin1String("not an object")})) ==
              "payload.malformed:household");
        QJsonObject badDocument = good.value(QLatin1String("household")).toArray().first().toObject();
        badDocument.insert(QLatin1String("document"),
                           QJsonObject{{QLatin1String("type"), QLatin1String("x")}});
        CHECK(errorOf(with("household", QJsonArray{badDocument})) == "payload.malformed:household");
    }
    SECTION("the error never quotes personal data")
    {
        const auto r = with("sex", QLatin1String("Somphone"));
        REQUIRE_FALSE(r.ok());
        CHECK_FALSE(r.error().message.isEmpty());
        CHECK_FALSE(r.error().message.contains(QStringLiteral("Somphone")));
        CHECK_FALSE(r.error().message.contains(QStringLiteral("ສົມພອນ")));
    }
}

TEST_CASE("damaged contribution payloads are rejected with payload.malformed")
{
    const QJsonObject good = fullContribution().toJson();
    auto with = [&](const char* key, const QJsonValue& value) {
        QJsonObject o = good;
        o.insert(QLatin1String(key), value);
        return Contribution::fromJson(o);
    };
    auto without = [&](const char* key) {
        QJsonObject o = good;
        o.remove(QLatin1String(key));
        return Contribution::fromJson(o);
    };
    CHECK(errorOf(Contribution::fromJson(good)) == "ok");
    CHECK(errorOf(Contribution::fromJson(QJsonObject{})) == "payload.malformed:id");
    CHECK(errorOf(with("id", QLatin1String("{}"))) == "payload.malformed:id");
    CHECK(errorOf(without("member")) == "payload.malformed:member");
    CHECK(errorOf(with("member", QLatin1String("nobody"))) == "payload.malformed:member");
    CHECK(errorOf(without("amount")) == "payload.malformed:amount");
    CHECK(errorOf(with("amount", QJsonObject{{QLatin1String("minor"), 900}})) == "payload.malformed:amount");
    CHECK(errorOf(with("amount", QJsonObject{{QLatin1String("minor"), QLatin1String("9.5")},
                                             {QLatin1String("currency"), QLatin1String("KES")}})) ==
          "payload.malformed:amount");
    CHECK(errorOf(with("expected", QLatin1String("90000"))) == "payload.malformed:expected");
    CHECK(errorOf(with("method", QLatin1String("cheque"))) == "payload.malformed:method");
    CHECK(errorOf(without("method")) == "payload.malformed:method");
    CHECK(errorOf(without("expected")) == "ok");
}

namespace {

// What QJsonDocument and fromJson(QJsonObject) make of a payload's text: the reference for
// fromJsonText, whichever reader it used.
template <typename T> Result<T> throughQJsonDocument(const QByteArray& text)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error{QStringLiteral("payload.malformed"), {}, QStringLiteral("json")};
    return T::fromJson(doc.object());
}

QByteArray compact(const Result<Member>& r)
{
    return r.ok() ? r.value().toCompactJson() : QByteArray(errorOf(r).c_str());
}

QByteArray compact(const Result<Contribution>& r)
{
    return r.ok() ? QJsonDocument(r.value().toJson()).toJson(QJsonDocument::Compact)
                  : QByteArray(errorOf(r).c_str());
}

} // namespace

TEST_CASE("a payload's text reads as QJsonDocument and fromJson read it, without QJsonDocument")
{
    QList<QByteArray> members{fullMember().toCompactJson()};
    QList<QByteArray> contributions{
        QJsonDocument(fullContribution().toJson()).toJson(QJsonDocument::Compact)};
    for (const Country country : {Country::Lao, Country::Kenya}) {
        QList<Scheme> schemes;
        for (const Scheme& s : Scheme::builtIn())
            if (s.country == country)
                schemes.append(s);
        const ReferenceData reference = ReferenceData::builtIn(country);
        DemoDataGenerator generator(CountryProfile::of(country), reference, schemes, 7, QDate(2026, 3, 15));
        for (int i = 0; i < 200; ++i) {
            Member m = generator.generateMember();
            m.id = createUuidV7(1'770'000'000'000 + i);
            m.version = 1 + i % 3;
            m.createdAt = m.updatedAt = QDateTime::fromMSecsSinceEpoch(1'770'000'000'000 + i, Qt::UTC);
            if (i % 10 == 0)
                m.photo = QByteArray(300 + i, static_cast<char>(i));
            members.append(m.toCompactJson());
            Contribution c = generator.generateContribution(m);
            c.id = createUuidV7(1'770'000'100'000 + i);
            c.version = 1;
            contributions.append(QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact));
        }
    }
    for (const QByteArray& text : members) {
        REQUIRE(JsonReader::parse(text)); // the fast reader reads what the store writes
        const Result<Member> m = Member::fromJsonText(text);
        REQUIRE(m.ok());
        CHECK(compact(m) == compact(throughQJsonDocument<Member>(text)));
        CHECK(m.value().toCompactJson() == text);
    }
    for (const QByteArray& text : contributions) {
        REQUIRE(JsonReader::parse(text));
        CHECK(compact(Contribution::fromJsonText(text)) == compact(throughQJsonDocument<Contribution>(text)));
        CHECK(errorOf(Contribution::fromJsonText(text)) == "ok");
    }

    SECTION("damaged texts are refused as fromJson refuses them")
    {
        const QByteArray good = fullMember().toCompactJson();
        QList<QByteArray> damaged{"",
                                  "not json",
                                  "[]",
                                  "{}",
                                  "{\"id\":.5}", // only QJsonDocument reads this one
                                  QByteArray(good).replace("\"male\"", "\"unknown\""),
                                  QByteArray(good).replace("\"fishing\"", "\"astronaut\""),
                                  QByteArray(good).replace("\"minor\":\"2500000\"", "\"minor\":\"25x\""),
                                  QByteArray(good).replace("\"verbal_with_witness\"", "\"smoke\""),
                                  QByteArray(good).replace("\"household\":[", "\"household\":[1,"),
                                  QByteArray(good).replace("\"phone\":", "\"photo\":\"!!\",\"phone\":"),
                                  QByteArray(good).replace("\"version\":3", "\"version\":3.0"),
                                  good.left(good.size() / 2)};
        for (const QByteArray& text : damaged) {
            INFO(text.toStdString());
            CHECK(compact(Member::fromJsonText(text)) == compact(throughQJsonDocument<Member>(text)));
        }
        CHECK(errorOf(Member::fromJsonText("not json")) == "payload.malformed:json");
        CHECK(errorOf(Member::fromJsonText(QByteArray(good).replace("\"male\"", "\"unknown\""))) ==
              "payload.malformed:sex");
        CHECK(errorOf(Member::fromJsonText(QByteArray(good).replace("\"version\":3", "\"version\":3.0"))) ==
              "ok");
        CHECK(errorOf(Contribution::fromJsonText("[1]")) == "payload.malformed:json");
    }
}
