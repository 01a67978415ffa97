// Validation rules for a Kenyan store: every rule of Validator with Kenyan data, each checked by
// its stable error code and the field it names.
#include "TestStore.h"

#include "validation/Validator.h"

#include <catch2/catch.hpp>

using namespace fe;

namespace {

const QDate kToday(2026, 3, 15);

const Validator& kenyaValidator()
{
    static const ReferenceData reference = ReferenceData::builtIn(Country::Kenya);
    static const Validator validator(CountryProfile::kenya(), reference, Scheme::builtIn(), kToday);
    return validator;
}

ValidationReport validate(Member& m)
{
    return kenyaValidator().normaliseAndValidate(m);
}
std::string errorsOf(Member m)
{
    return test::describeErrors(validate(m).errors);
}

ValidationReport validate(Contribution& c, const Member& owner)
{
    return kenyaValidator().normaliseAndValidate(c, owner);
}
std::string errorsOf(Contribution c, const Member& owner)
{
    return test::describeErrors(validate(c, owner).errors);
}

Member withGiven(const QString& given)
{
    Member m = test::validKenyanMember();
    m.name.given = given;
    return m;
}

// Without schemes, so that no age limit interferes with the birth-date rules.
Member bornOn(const QDate& date, bool estimated = false)
{
    Member m = test::validKenyanMember();
    m.birth = {date, estimated};
    m.schemes.clear();
    return m;
}

Member withDocument(DocumentType type, const QString& number)
{
    Member m = test::validKenyanMember();
    m.document = {type, number, {}, {}};
    return m;
}

// The normalised document number, or the errors.
std::string documentOutcome(DocumentType type, const QString& number)
{
    Member m = withDocument(type, number);
    const ValidationReport r = validate(m);
    return r.ok() ? m.document.number.toStdString() : test::describeErrors(r.errors);
}

HouseholdMember validRelative()
{
    HouseholdMember h;
    h.name.given = QStringLiteral("Akinyi");
    h.name.family = QStringLiteral("Otieno");
    h.relationship = Relationship::Spouse;
    h.sex = Sex::Female;
    h.birth = {QDate(1992, 1, 1), true};
    return h;
}

Money kes(qint64 minor)
{
    return Money{minor, QStringLiteral("KES")};
}

} // namespace

TEST_CASE("a valid Kenyan member passes and is brought into canonical form")
{
    Member m = test::validKenyanMember();
    const ValidationReport r = validate(m);
    CHECK(test::describeErrors(r.errors).empty());
    CHECK(r.notes.isEmpty());
    CHECK(m.phone == QStringLiteral("+254712345678"));
    CHECK(m.document.number == QStringLiteral("23456789"));
}

TEST_CASE("Kenyan names: given name required, family name optional")
{
    CHECK(errorsOf(withGiven(QString())) == "name.given:required");
    CHECK(errorsOf(withGiven(QStringLiteral("\u00A0 "))) == "name.given:required");
    Member single = test::validKenyanMember();
    single.name.family.clear();
    CHECK(errorsOf(single).empty());
    CHECK(errorsOf(withGiven(QStringLiteral("Ng'ang'a Wa-Njeri"))).empty());
}

TEST_CASE("Kenyan names are NFC-normalised")
{
    Member m = withGiven(QStringLiteral("Nje\u0301ri  "));
    REQUIRE(validate(m).ok());
    CHECK(m.name.given == QStringLiteral("Nj\u00E9ri"));
}

TEST_CASE("Kenyan names with control, format or replacement characters are rejected")
{
    CHECK(errorsOf(withGiven(QStringLiteral("Wan\u0000jiru"))) == "name.given:invalid_characters");
    CHECK(errorsOf(withGiven(QStringLiteral("Wan\u001Bjiru"))) == "name.given:invalid_characters");
    CHECK(errorsOf(withGiven(QStringLiteral("Wan\u200Bjiru"))) == "name.given:invalid_characters");
    CHECK(errorsOf(withGiven(QStringLiteral("Wanjiru\u202E"))) ==
          "name.given:invalid_characters"); // RTL override
    CHECK(errorsOf(withGiven(QString::fromUtf8("Wanj\xC0\xAFiru"))) == "name.given:invalid_characters");
    Member family = test::validKenyanMember();
    family.name.family = QString::fromUtf8("Kam\xED\xA0\x80u"); // encoded surrogate: invalid UTF-8
    CHECK(errorsOf(family) == "name.family:invalid_characters");
}

TEST_CASE("Kenyan names cannot contain digits")
{
    CHECK(errorsOf(withGiven(QStringLiteral("Wanjiru2"))) == "name.given:name_has_digits");
    CHECK(errorsOf(withGiven(QStringLiteral("Wanjiru\u0663"))) ==
          "name.given:name_has_digits"); // Arabic-Indic 3
    Member nickname = test::validKenyanMember();
    nickname.name.nickname = QStringLiteral("Shiru 1");
    CHECK(errorsOf(nickname) == "name.nickname:name_has_digits");
}

TEST_CASE("Kenyan names have a length limit, also for huge input")
{
    CHECK(errorsOf(withGiven(QString(Validator::kMaxNameLength, QLatin1Char('a')))).empty());
    CHECK(errorsOf(withGiven(QString(Validator::kMaxNameLength + 1, QLatin1Char('a')))) ==
          "name.given:too_long");
    Member huge = test::validKenyanMember();
    huge.name.family = QString(1024 * 1024, QLatin1Char('k'));
    CHECK(errorsOf(huge) == "name.family:too_long");
}

TEST_CASE("the Latin form of a Kenyan name must be in Latin letters")
{
    Member given = test::validKenyanMember();
    given.name.givenLatin = QStringLiteral("\u0648\u0646\u062C\u064A\u0631\u0648"); // Arabic script
    CHECK(errorsOf(given) == "name.givenLatin:not_latin");
    Member family = test::validKenyanMember();
    family.name.familyLatin = QStringLiteral("Kamau\u03B1"); // Greek alpha
    CHECK(errorsOf(family) == "name.familyLatin:not_latin");
}

TEST_CASE("an empty Kenyan record reports every required field at once")
{
    Member empty;
    CHECK(errorsOf(empty) ==
          "name.given:required, birth:required, address.region:required, "
          "consent.textVersion:required, consent.language:required, consent.givenAt:required");
}

TEST_CASE("Kenyan birth dates")
{
    CHECK(errorsOf(bornOn(QDate())) == "birth:required");
    CHECK(errorsOf(bornOn(kToday)).empty());
    CHECK(errorsOf(bornOn(kToday.addDays(1))) == "birth:in_future");
    CHECK(errorsOf(bornOn(QDate(1900, 1, 1))).empty());
    CHECK(errorsOf(bornOn(QDate(1850, 6, 1))) == "birth:too_old");
    CHECK(errorsOf(bornOn(QDate(2026, 7, 1), true)).empty());
    SECTION("no Buddhist-era conversion in Kenya")
    {
        Member m = bornOn(QDate(2531, 4, 12));
        const ValidationReport r = validate(m);
        CHECK(test::describeErrors(r.errors) == "birth:in_future");
        CHECK(r.notes.isEmpty());
        CHECK(m.birth.date == QDate(2531, 4, 12));

        QString note;
        const auto parsed = Validator::parseBirthDate(QStringLiteral("2531"), CountryProfile::kenya(), &note);
        REQUIRE(parsed);
        CHECK(parsed->date == QDate(2531, 7, 1));
        CHECK(note.isEmpty());
    }
    SECTION("parsing year-only input")
    {
        const auto b = Validator::parseBirthDate(QStringLiteral("1979"), CountryProfile::kenya());
        REQUIRE(b);
        CHECK(b->date == QDate(1979, 7, 1));
        CHECK(b->estimated);
        const auto exact = Validator::parseBirthDate(QStringLiteral("01/12/1979"), CountryProfile::kenya());
        REQUIRE(exact);
        CHECK(exact->date == QDate(1979, 12, 1));
        CHECK_FALSE(exact->estimated);
        CHECK_FALSE(Validator::parseBirthDate(QStringLiteral("29/02/1979"), CountryProfile::kenya()));
    }
}

TEST_CASE("Kenyan national ID numbers have 1 to 8 digits")
{
    CHECK(documentOutcome(DocumentType::KeNationalId, QStringLiteral("1")) == "1");
    CHECK(documentOutcome(DocumentType::KeNationalId, QStringLiteral("12345678")) == "12345678");
    CHECK(documentOutcome(DocumentType::KeNationalId, QStringLiteral(" 1234 5678 ")) == "12345678");
    CHECK(documentOutcome(DocumentType::KeNationalId, QStringLiteral("1234-5678")) == "12345678");
    CHECK(documentOutcome(DocumentType::KeNationalId, QStringLiteral("\uFF11\uFF12\uFF13")) ==
          "123"); // full width
    CHECK(documentOutcome(DocumentType::KeNationalId, QStringLiteral("123456789")) ==
          "document.number:format");
    CHECK(documentOutcome(DocumentType::KeNationalId, QStringLiteral("1234567A")) ==
          "document.number:format");
    CHECK(documentOutcome(DocumentType::KeNationalId, QStringLiteral("\u0661\u0662\u0663")) ==
          "document.number:format"); // Arabic-Indic digits are not an ID number
    CHECK(documentOutcome(DocumentType::KeNationalId, QStringLiteral(" - ")) == "document.number:required");
}

TEST_CASE("Kenyan Maisha Namba, refugee ID and KRA PIN")
{
    CHECK(documentOutcome(DocumentType::KeMaishaNamba, QStringLiteral("12345678901234")) == "12345678901234");
    CHECK(documentOutcome(DocumentType::KeMaishaNamba, QStringLiteral("1234 5678 9012 34")) ==
          "12345678901234");
    CHECK(documentOutcome(DocumentType::KeMaishaNamba, QStringLiteral("7")) == "7");
    CHECK(documentOutcome(DocumentType::KeMaishaNamba, QStringLiteral("123456789012345")) ==
          "document.number:format");
    CHECK(documentOutcome(DocumentType::KeMaishaNamba, QStringLiteral("MN12345")) ==
          "document.number:format");

    CHECK(documentOutcome(DocumentType::KeRefugeeId, QStringLiteral("rc-12345/2020")) == "RC-12345/2020");
    CHECK(documentOutcome(DocumentType::KeRefugeeId, QStringLiteral("RC1")) == "document.number:format");
    CHECK(documentOutcome(DocumentType::KeRefugeeId, QStringLiteral("RC 12345")) == "document.number:format");
    CHECK(documentOutcome(DocumentType::KeRefugeeId, QString(21, QLatin1Char('9'))) ==
          "document.number:format");

    CHECK(documentOutcome(DocumentType::KeKraPin, QStringLiteral("A123456789B")) == "A123456789B");
    CHECK(documentOutcome(DocumentType::KeKraPin, QStringLiteral("p 123456789 z")) == "P123456789Z");
    for (const char* bad :
         {"B123456789C", "A12345678B", "A1234567890B", "A123456789", "A123456789BC", "123456789B"})
        CHECK(documentOutcome(DocumentType::KeKraPin, QString::fromLatin1(bad)) == "document.number:format");
}

TEST_CASE("Lao documents are not issued in Kenya; a number needs a type")
{
    Member idCard = test::validKenyanMember();
    idCard.document = {DocumentType::LaNationalIdCard, QStringLiteral("123"), QStringLiteral("01"), {}};
    CHECK(errorsOf(idCard) == "document.type:wrong_country");
    CHECK(errorsOf(withDocument(DocumentType::LaFamilyBook, QStringLiteral("123"))) ==
          "document.type:wrong_country");
    CHECK(errorsOf(withDocument(DocumentType::None, QStringLiteral("123"))) == "document.type:required");
    CHECK(errorsOf(withDocument(DocumentType::None, {})).empty());
}

TEST_CASE("Kenyan mobile numbers are brought to E.164")
{
    auto normalised = [](const QString& phone) {
        Member m = test::validKenyanMember();
        m.phone = phone;
        const ValidationReport r = validate(m);
        return r.ok() ? m.phone.toStdString() : test::describeErrors(r.errors);
    };
    for (const char* form :
         {"0712 345 678", "0712345678", "0712-345-678", "+254 712 345 678", "+254712345678", "254712345678",
          "00254712345678", "712345678", "(0712) 345.678"})
        CHECK(normalised(QString::fromLatin1(form)) == "+254712345678");
    CHECK(normalised(QStringLiteral("0110 123 456")) == "+254110123456");
    CHECK(normalised(QStringLiteral("0101 234 567")) == "+254101234567");
    CHECK(normalised(QStringLiteral("+254 110 123 456")) == "+254110123456");
    for (const char* bad :
         {"0812 345 678", "071 234 567", "0712 345 6789", "+256 712 345 678", "020 5555 1234", "0712 345 67O",
          "0120 123 456", "+254+712345678", "0712 345 678 ext 2"})
        CHECK(normalised(QString::fromLatin1(bad)) == "phone:format");
    CHECK(normalised(QString()).empty());
}

TEST_CASE("Kenyan addresses: county, constituency of the county, ward of the constituency")
{
    auto withAddress = [](const QString& county, const QString& constituency, const QString& ward) {
        Member m = test::validKenyanMember();
        m.address = {county, constituency, ward, {}};
        return m;
    };
    const QString nairobi = QStringLiteral("047");
    const QString westlands = QStringLiteral("274");
    const QString karura = QStringLiteral("1368");
    CHECK(
        errorsOf(withAddress(QStringLiteral("001"), QStringLiteral("001"), QStringLiteral("0001"))).empty());
    CHECK(errorsOf(withAddress({}, westlands, karura)) == "address.region:required");
    CHECK(errorsOf(withAddress(QStringLiteral("48"), westlands, karura)) == "address.region:unknown");
    CHECK(errorsOf(withAddress(QStringLiteral("47"), westlands, karura)) == "address.region:unknown");
    CHECK(errorsOf(withAddress(QStringLiteral("KE-30"), westlands, karura)) == "address.region:unknown");
    CHECK(errorsOf(withAddress(nairobi, {}, karura)) == "address.district:required");
    CHECK(errorsOf(withAddress(nairobi, QStringLiteral("001"), QStringLiteral("0001"))) ==
          "address.district:unknown");
    CHECK(errorsOf(withAddress(nairobi, westlands, {})) == "address.ward:required");
    CHECK(errorsOf(withAddress(nairobi, westlands, QStringLiteral("0001"))) == "address.ward:unknown");
    CHECK(errorsOf(withAddress(nairobi, westlands, QStringLiteral("0737"))) == "address.ward:unknown");
    SECTION("the village is optional in Kenya but checked when given")
    {
        Member m = withAddress(nairobi, westlands, karura);
        m.address.village = QStringLiteral("Githogoro");
        CHECK(errorsOf(m).empty());
        m.address.village = QStringLiteral("Githo\u200Bgoro");
        CHECK(errorsOf(m) == "address.village:invalid_characters");
    }
}

TEST_CASE("Kenyan incomes must be non-negative shillings")
{
    Member lak = test::validKenyanMember();
    lak.householdIncome = Money{100, QStringLiteral("LAK")};
    CHECK(errorsOf(lak) == "householdIncome:currency");
    Member negative = test::validKenyanMember();
    negative.monthlyIncome = kes(-100);
    CHECK(errorsOf(negative) == "monthlyIncome:negative");
    Member both = test::validKenyanMember();
    both.monthlyIncome = Money{5, QString()};
    both.householdIncome = kes(-1);
    CHECK(errorsOf(both) == "monthlyIncome:currency, householdIncome:negative");
}

TEST_CASE("Kenyan household members")
{
    SECTION("at most 30")
    {
        Member m = test::validKenyanMember();
        m.household = QList<HouseholdMember>(Validator::kMaxHouseholdSize + 1, validRelative());
        CHECK(errorsOf(m) == "household:too_many");
        m.household.removeLast();
        CHECK(errorsOf(m).empty());
    }
    SECTION("each member's fields")
    {
        Member m = test::validKenyanMember();
        m.household = {validRelative(), validRelative(), validRelative()};
        m.household[0].name.given = QStringLiteral("A\u200Bkinyi");
        m.household[1].birth = {QDate(1899, 1, 1), false};
        m.household[2].document = {DocumentType::KeNationalId, QStringLiteral("123456789"), {}, {}};
        CHECK(errorsOf(m) == "household[0].name.given:invalid_characters, household[1].birth:too_old, "
                             "household[2].document.number:format");
    }
    SECTION("a valid document of a relative is normalised")
    {
        Member m = test::validKenyanMember();
        m.household = {validRelative()};
        m.household[0].document = {DocumentType::KeMaishaNamba, QStringLiteral("1234 5678"), {}, {}};
        REQUIRE(validate(m).ok());
        CHECK(m.household[0].document.number == QStringLiteral("12345678"));
    }
}

TEST_CASE("Kenyan scheme enrolment")
{
    auto enrolled = [](const QStringList& codes, const QDate& birth) {
        Member m = test::validKenyanMember();
        m.schemes.clear();
        for (const QString& code : codes)
            m.schemes.append({code, QDate(2026, 3, 1)});
        m.birth = {birth, false};
        return m;
    };
    const QString nssf = QStringLiteral("KE-NSSF-HH");
    const QString sha = QStringLiteral("KE-SHA-NS");
    const QDate adult(1980, 5, 5);
    CHECK(errorsOf(enrolled({nssf, sha}, adult)).empty());
    CHECK(errorsOf(enrolled({QStringLiteral("LA-VOL")}, adult)) == "schemes[0]:unknown");
    CHECK(errorsOf(enrolled({sha, QStringLiteral("ke-sha-ns")}, adult)) == "schemes[1]:unknown");
    CHECK(errorsOf(enrolled({sha, nssf, sha}, adult)) == "schemes[2]:twice");
    SECTION("NSSF Haba Haba is open from 18, with no upper limit")
    {
        CHECK(errorsOf(enrolled({nssf}, QDate(2008, 3, 2))) == "schemes[0]:age"); // 17
        CHECK(errorsOf(enrolled({nssf}, QDate(2008, 3, 1))).empty());             // 18 that day
        CHECK(errorsOf(enrolled({nssf}, QDate(1930, 1, 1))).empty());
    }
    SECTION("SHA has no age limit")
    {
        CHECK(errorsOf(enrolled({sha}, QDate(2010, 1, 1))).empty());
    }
    SECTION("enrolment in the future")
    {
        Member m = enrolled({nssf}, adult);
        m.schemes[0].enrolledOn = QDate(2026, 4, 1);
        CHECK(errorsOf(m) == "schemes[0]:in_future");
    }
}

TEST_CASE("Kenyan consent")
{
    Member verbal = test::validKenyanMember();
    verbal.consent.method = ConsentMethod::VerbalWithWitness;
    verbal.consent.witnessName = QStringLiteral("  ");
    CHECK(errorsOf(verbal) == "consent.witness:required");
    verbal.consent.witnessName = QStringLiteral("Chief Odhiambo");
    CHECK(errorsOf(verbal).empty());

    Member future = test::validKenyanMember();
    future.consent.givenAt = QDateTime(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC);
    CHECK(errorsOf(future) == "consent.givenAt:in_future");

    Member withdrawn = test::validKenyanMember();
    withdrawn.consent.withdrawnAt = QDateTime(kToday, QTime(7, 0), Qt::UTC);
    withdrawn.consent.withdrawalReason = QStringLiteral("\t");
    CHECK(errorsOf(withdrawn) == "consent.withdrawalReason:required");
    withdrawn.consent.withdrawalReason = QString(Validator::kMaxTextLength + 1, QLatin1Char('r'));
    CHECK(errorsOf(withdrawn) == "consent.withdrawalReason:too_long");
    withdrawn.consent.withdrawalReason = QStringLiteral("Moved to Uganda");
    CHECK(errorsOf(withdrawn).empty());
}

TEST_CASE("Kenyan contributions: NSSF Haba Haba takes any amount")
{
    Member owner = test::validKenyanMember();
    REQUIRE(validate(owner).ok());
    Contribution c = test::validContribution(owner, Country::Kenya);
    REQUIRE(c.schemeCode == QStringLiteral("KE-NSSF-HH"));
    c.amount = kes(5'050); // KES 50.50
    CHECK(errorsOf(c, owner).empty());
    REQUIRE(validate(c, owner).ok());
    CHECK_FALSE(c.expectedAmount);
}

TEST_CASE("Kenyan contributions: SHA expects 2.75 % of household income, at least KES 300 a month")
{
    Member owner = test::validKenyanMember(); // household income KES 24,000.00
    REQUIRE(validate(owner).ok());
    Contribution c = test::validContribution(owner, Country::Kenya);
    c.schemeCode = QStringLiteral("KE-SHA-NS");

    SECTION("the expected amount must be paid, or the difference explained")
    {
        c.amount = kes(50'000);
        CHECK(errorsOf(c, owner) == "differenceReason:required");
        c.amount = kes(66'000);
        REQUIRE(validate(c, owner).ok());
        CHECK(*c.expectedAmount == kes(66'000));
        c.amount = kes(33'000);
        c.differenceReason = QStringLiteral("Half now, half next week");
        CHECK(errorsOf(c, owner).empty());
    }
    SECTION("a low income is raised to the KES 300 monthly minimum")
    {
        Member poor = owner;
        poor.householdIncome = kes(500'000); // KES 5,000: 2.75 % is KES 137.50
        c.amount = kes(30'000);
        REQUIRE(validate(c, poor).ok());
        CHECK(*c.expectedAmount == kes(30'000));
        c.amount = kes(13'750);
        CHECK(errorsOf(c, poor) == "differenceReason:required");
    }
    SECTION("three months at the minimum")
    {
        Member poor = owner;
        poor.householdIncome = kes(0);
        c.periodStart = QDate(2026, 1, 1);
        c.periodEnd = QDate(2026, 3, 31);
        c.amount = kes(90'000);
        REQUIRE(validate(c, poor).ok());
        CHECK(*c.expectedAmount == kes(90'000));
    }
    SECTION("without a household income the member's own income is the basis")
    {
        Member single = owner;
        single.householdIncome.reset(); // monthly income KES 18,000: 2.75 % is KES 495
        c.amount = kes(49'500);
        REQUIRE(validate(c, single).ok());
        CHECK(*c.expectedAmount == kes(49'500));
    }
    SECTION("not enrolled in SHA")
    {
        Member nssfOnly = owner;
        nssfOnly.schemes.removeLast();
        CHECK(errorsOf(c, nssfOnly) == "scheme:not_enrolled");
    }
}

TEST_CASE("Kenyan contributions: period, amount and payment method")
{
    Member owner = test::validKenyanMember();
    REQUIRE(validate(owner).ok());
    const Contribution valid = test::validContribution(owner, Country::Kenya);

    Contribution c = valid;
    c.periodStart = QDate();
    CHECK(errorsOf(c, owner) == "period:required");
    c = valid;
    c.periodStart = QDate(2026, 4, 1);
    CHECK(errorsOf(c, owner) == "period:order");
    c = valid;
    c.periodStart = QDate(2025, 1, 1);
    c.periodEnd = QDate(2026, 3, 31);
    CHECK(errorsOf(c, owner) == "period:too_long");

    c = valid;
    c.amount = kes(0);
    CHECK(errorsOf(c, owner) == "amount:not_positive");
    c.amount = Money{50'000, QStringLiteral("LAK")};
    CHECK(errorsOf(c, owner) == "amount:currency");

    SECTION("M-Pesa codes: 10 to 12 upper-case letters and digits")
    {
        c = valid;
        c.method = PaymentMethod::MobileMoney;
        for (const char* good : {"QGH7XK2M9P", "qgh7xk2m9pa", "RBA1C2D3E4F5"}) {
            c.transactionCode = QString::fromLatin1(good);
            CHECK(errorsOf(c, owner).empty());
        }
        for (const char* bad : {"QGH7XK2M9", "RBA1C2D3E4F5G", "QGH7 XK2M9P", "QGH7XK2M9P!"}) {
            c.transactionCode = QString::fromLatin1(bad);
            CHECK(errorsOf(c, owner) == "transactionCode:format");
        }
        c.transactionCode = QStringLiteral("   ");
        CHECK(errorsOf(c, owner) == "transactionCode:required");
    }
    SECTION("bank payments need a reference")
    {
        c = valid;
        c.method = PaymentMethod::Bank;
        CHECK(errorsOf(c, owner) == "bankReference:required");
        c.bankReference = QStringLiteral("EQUITY FT26074XYZ");
        CHECK(errorsOf(c, owner).empty());
    }
    SECTION("an unknown scheme")
    {
        c = valid;
        c.schemeCode = QStringLiteral("LA-VOL");
        CHECK(errorsOf(c, owner) == "scheme:unknown");
    }
}
