// Validation rules for a Lao store: every rule of Validator with Lao data, each checked by its
// stable error code and the field it names.
#include "TestStore.h"

#include "validation/Validator.h"

#include <catch2/catch.hpp>

using namespace fe;

namespace {

const QDate kToday(2026, 3, 15);

const Validator& laoValidator()
{
    static const ReferenceData reference = ReferenceData::builtIn(Country::Lao);
    static const Validator validator(CountryProfile::lao(), reference, Scheme::builtIn(), kToday);
    return validator;
}

ValidationReport validate(Member& m)
{
    return laoValidator().normaliseAndValidate(m);
}
std::string errorsOf(Member m)
{
    return test::describeErrors(validate(m).errors);
}

ValidationReport validate(Contribution& c, const Member& owner)
{
    return laoValidator().normaliseAndValidate(c, owner);
}
std::string errorsOf(Contribution c, const Member& owner)
{
    return test::describeErrors(validate(c, owner).errors);
}

Member withGiven(const QString& given)
{
    Member m = test::validLaoMember();
    m.name.given = given;
    return m;
}

// Without schemes, so that no age limit interferes with the birth-date rules.
Member bornOn(const QDate& date, bool estimated = false)
{
    Member m = test::validLaoMember();
    m.birth = {date, estimated};
    m.schemes.clear();
    return m;
}

HouseholdMember validRelative()
{
    HouseholdMember h;
    h.name.given = QStringLiteral("ບຸນມີ");
    h.relationship = Relationship::Child;
    h.sex = Sex::Male;
    h.birth = {QDate(2015, 6, 1), false};
    return h;
}

} // namespace

TEST_CASE("a valid Lao member passes and is brought into canonical form")
{
    Member m = test::validLaoMember();
    const ValidationReport r = validate(m);
    CHECK(test::describeErrors(r.errors).empty());
    CHECK(r.ok());
    CHECK(r.notes.isEmpty());
    CHECK(m.phone == QStringLiteral("+8562055551234"));
    CHECK(m.name.given == QStringLiteral("ສົມພອນ"));
    CHECK(m.document.number == QStringLiteral("01-2345678"));
}

TEST_CASE("Lao names: given name required, family name optional")
{
    CHECK(errorsOf(withGiven(QString())) == "name.given:required");
    CHECK(errorsOf(withGiven(QStringLiteral(" \t "))) == "name.given:required");

    Member noSurname = test::validLaoMember();
    noSurname.name.family.clear();
    noSurname.name.familyLatin.clear();
    CHECK(errorsOf(noSurname).empty());

    Member noLatin = test::validLaoMember();
    noLatin.name.givenLatin.clear();
    noLatin.name.familyLatin.clear();
    CHECK(errorsOf(noLatin).empty());
}

TEST_CASE("Lao names are NFC-normalised and white space is folded")
{
    SECTION("a decomposed Latin form is composed")
    {
        Member m = test::validLaoMember();
        m.name.givenLatin = QStringLiteral("Se\u0301ng");
        REQUIRE(validate(m).ok());
        CHECK(m.name.givenLatin == QStringLiteral("S\u00E9ng"));
        CHECK(m.name.givenLatin.size() == 4);
    }
    SECTION("a tone mark typed before a below-vowel is put in canonical order")
    {
        Member m = withGiven(QStringLiteral("\u0E81\u0EC8\u0EB8"));
        REQUIRE(validate(m).ok());
        CHECK(m.name.given == QStringLiteral("\u0E81\u0EB8\u0EC8"));
    }
    SECTION("leading, trailing and repeated spaces")
    {
        Member m = withGiven(QStringLiteral("  ສົມ   ພອນ "));
        REQUIRE(validate(m).ok());
        CHECK(m.name.given == QStringLiteral("ສົມ ພອນ"));
    }
}

TEST_CASE("Lao names with characters that cannot be stored are rejected")
{
    CHECK(errorsOf(withGiven(QStringLiteral("ສົມ\u0001ພອນ"))) == "name.given:invalid_characters");
    CHECK(errorsOf(withGiven(QStringLiteral("ສົມ\u007Fພອນ"))) == "name.given:invalid_characters");
    SECTION("zero-width and other format characters")
    {
        CHECK(errorsOf(withGiven(QStringLiteral("ສົມ\u200Bພອນ"))) == "name.given:invalid_characters");
        CHECK(errorsOf(withGiven(QStringLiteral("ສົມ\u200Cພອນ"))) == "name.given:invalid_characters");
        CHECK(errorsOf(withGiven(QStringLiteral("ສົມ\u200Dພອນ"))) == "name.given:invalid_characters");
        CHECK(errorsOf(withGiven(QStringLiteral("\uFEFFສົມພອນ"))) == "name.given:invalid_characters");
        CHECK(errorsOf(withGiven(QStringLiteral("ສົມ\u00ADພອນ"))) == "name.given:invalid_characters");
    }
    SECTION("in the family name and nickname too")
    {
        Member m = test::validLaoMember();
        m.name.family = QStringLiteral("ວົງ\u200Bສາ");
        m.name.nickname = QStringLiteral("ນ\u0002ອຍ");
        CHECK(errorsOf(m) == "name.family:invalid_characters, name.nickname:invalid_characters");
    }
}

TEST_CASE("invalid UTF-8 in a Lao name is rejected, not stored as replacement characters")
{
    const QByteArray broken("\xE0\xBA\xAA\xE0\xBA" // ສ then a truncated sequence
                            "\xFF\xC3\x28");
    const QString decoded = QString::fromUtf8(broken);
    REQUIRE(decoded.contains(QChar::ReplacementCharacter));
    CHECK(errorsOf(withGiven(decoded)) == "name.given:invalid_characters");
}

TEST_CASE("Lao names cannot contain digits, ASCII or Lao")
{
    CHECK(errorsOf(withGiven(QStringLiteral("ສົມພອນ2"))) == "name.given:name_has_digits");
    CHECK(errorsOf(withGiven(QStringLiteral("ສົມພອນ\u0ED2"))) == "name.given:name_has_digits"); // ໒
    Member m = test::validLaoMember();
    m.name.familyLatin = QStringLiteral("Vongsa3");
    CHECK(errorsOf(m) == "name.familyLatin:name_has_digits");
}

TEST_CASE("Lao names have a length limit and huge input is refused without harm")
{
    CHECK(errorsOf(withGiven(QString(Validator::kMaxNameLength, QChar(0x0E81)))).empty());
    CHECK(errorsOf(withGiven(QString(Validator::kMaxNameLength + 1, QChar(0x0E81)))) ==
          "name.given:too_long");
    SECTION("a 1 MB name")
    {
        Member m = withGiven(QString(1024 * 1024, QChar(0x0E81)));
        CHECK(test::describeErrors(validate(m).errors) == "name.given:too_long");
    }
}

TEST_CASE("the Latin form of a Lao name must be in Latin letters")
{
    Member given = test::validLaoMember();
    given.name.givenLatin = QStringLiteral("ສົມພອນ");
    CHECK(errorsOf(given) == "name.givenLatin:not_latin");

    Member family = test::validLaoMember();
    family.name.familyLatin = QStringLiteral("Вонгса"); // Cyrillic
    CHECK(errorsOf(family) == "name.familyLatin:not_latin");

    Member accented = test::validLaoMember();
    accented.name.givenLatin = QStringLiteral("Sômphône Phét-Xay");
    CHECK(errorsOf(accented).empty());
}

TEST_CASE("Lao script edge cases are accepted exactly as entered")
{
    // Pre-posed vowels (written before the consonant they follow in speech), tone marks, and the
    // spelling variants that Unicode normalisation does not unify.
    const QStringList names{QStringLiteral("ເພັດ"),          QStringLiteral("ແສງດາວ"),
                            QStringLiteral("ໄຊສົມບັດ"),       QStringLiteral("ໂພສີ"),
                            QStringLiteral("ໃຈດີ"),          QStringLiteral("ແມ່ນ້ອຍ"),
                            QStringLiteral("ຫຼວງ"),          QStringLiteral("ຫລວງ"),
                            QStringLiteral("ນ້ຳ"),           QStringLiteral("ນ\u0EC9\u0ECD\u0EB2"),
                            QStringLiteral("ກ\u0EC8\u0EB4")};
    for (const QString& name : names) {
        Member m = withGiven(name);
        INFO(name.toStdString());
        CHECK(test::describeErrors(validate(m).errors).empty());
        CHECK(m.name.given == name);
    }
    SECTION("the two spellings of ຫຼ stay distinct")
    {
        Member a = withGiven(QStringLiteral("ຫຼວງ"));
        Member b = withGiven(QStringLiteral("ຫລວງ"));
        REQUIRE(validate(a).ok());
        REQUIRE(validate(b).ok());
        CHECK(a.name.given != b.name.given);
    }
}

TEST_CASE("an empty Lao record reports every required field at once")
{
    Member empty;
    const ValidationReport r = validate(empty);
    CHECK(test::describeErrors(r.errors) ==
          "name.given:required, birth:required, address.region:required, consent.textVersion:required, "
          "consent.language:required, consent.givenAt:required");
    for (const Error& e : r.errors)
        CHECK_FALSE(e.message.isEmpty());
}

TEST_CASE("Lao birth dates")
{
    CHECK(errorsOf(bornOn(QDate())) == "birth:required");
    CHECK(errorsOf(bornOn(kToday)).empty());
    CHECK(errorsOf(bornOn(kToday.addDays(1))) == "birth:in_future");
    CHECK(errorsOf(bornOn(QDate(1900, 1, 1))).empty());
    CHECK(errorsOf(bornOn(QDate(1899, 12, 31))) == "birth:too_old");

    SECTION("a Buddhist-era date in the record is converted to CE with a note")
    {
        Member m = bornOn(QDate(2531, 4, 12));
        const ValidationReport r = validate(m);
        CHECK(test::describeErrors(r.errors).empty());
        CHECK(m.birth.date == QDate(1988, 4, 12));
        REQUIRE(r.notes.size() == 1);
        CHECK(r.notes.first().contains(QStringLiteral("2531")));
        CHECK(r.notes.first().contains(QStringLiteral("1988")));
    }
    SECTION("an estimated date of the current year is not in the future")
    {
        CHECK(errorsOf(bornOn(QDate(2026, 7, 1), true)).empty());
        CHECK(errorsOf(bornOn(QDate(2027, 7, 1), true)) == "birth:in_future");
        CHECK(errorsOf(bornOn(QDate(2026, 7, 1), false)) == "birth:in_future");
    }
}

TEST_CASE("parsing Lao birth-date input")
{
    const CountryProfile& lao = CountryProfile::lao();
    SECTION("year only gives an estimated 1 July")
    {
        const auto b = Validator::parseBirthDate(QStringLiteral(" 1975 "), lao);
        REQUIRE(b);
        CHECK(b->date == QDate(1975, 7, 1));
        CHECK(b->estimated);
    }
    SECTION("ISO and day/month/year forms are exact")
    {
        const auto iso = Validator::parseBirthDate(QStringLiteral("1985-03-14"), lao);
        REQUIRE(iso);
        CHECK(iso->date == QDate(1985, 3, 14));
        CHECK_FALSE(iso->estimated);
        const auto dmy = Validator::parseBirthDate(QStringLiteral("4/3/1985"), lao);
        REQUIRE(dmy);
        CHECK(dmy->date == QDate(1985, 3, 4));
    }
    SECTION("Buddhist-era years are converted with a note")
    {
        QString note;
        const auto year = Validator::parseBirthDate(QStringLiteral("2531"), lao, &note);
        REQUIRE(year);
        CHECK(year->date == QDate(1988, 7, 1));
        CHECK(year->estimated);
        CHECK(note.contains(QStringLiteral("2531")));
        CHECK(note.contains(QStringLiteral("1988")));

        QString dateNote;
        const auto date = Validator::parseBirthDate(QStringLiteral("12/04/2531"), lao, &dateNote);
        REQUIRE(date);
        CHECK(date->date == QDate(1988, 4, 12));
        CHECK_FALSE(dateNote.isEmpty());
        const auto iso = Validator::parseBirthDate(QStringLiteral("2531-04-12"), lao);
        REQUIRE(iso);
        CHECK(iso->date == QDate(1988, 4, 12));
    }
    SECTION("29 February of a Buddhist-era year whose CE year is a leap year")
    {
        // 2531 BE is not a leap year in the Gregorian arithmetic, but 1988 CE is.
        const auto b = Validator::parseBirthDate(QStringLiteral("29/02/2531"), lao);
        REQUIRE(b);
        CHECK(b->date == QDate(1988, 2, 29));
    }
    SECTION("a CE year gives no note")
    {
        QString note;
        REQUIRE(Validator::parseBirthDate(QStringLiteral("1988"), lao, &note));
        CHECK(note.isEmpty());
    }
    SECTION("what is not a date is refused")
    {
        for (const char* text : {"", "abc", "88", "31/02/1988", "1988-13-01", "1988-1-1", "0000",
                                 "12.04.1988", "1988-04-12T10:00"})
            CHECK_FALSE(Validator::parseBirthDate(QString::fromLatin1(text), lao));
    }
}

TEST_CASE("Lao identity documents")
{
    auto withDocument = [](DocumentType type, const QString& number, const QString& province,
                           const QString& district) {
        Member m = test::validLaoMember();
        m.document = {type, number, province, district};
        return m;
    };
    const QString p01 = QStringLiteral("01");
    const QString d0101 = QStringLiteral("0101");

    CHECK(
        errorsOf(withDocument(DocumentType::LaNationalIdCard, QStringLiteral("123456"), p01, d0101)).empty());
    CHECK(errorsOf(withDocument(DocumentType::LaFamilyBook, QStringLiteral("FB 7788"), p01, {})).empty());
    SECTION("the number is upper-cased and trimmed")
    {
        Member m = withDocument(DocumentType::LaFamilyBook, QStringLiteral("  fb   7788 "), p01, d0101);
        REQUIRE(validate(m).ok());
        CHECK(m.document.number == QStringLiteral("FB 7788"));
    }
    CHECK(errorsOf(withDocument(DocumentType::LaNationalIdCard, QStringLiteral(" "), p01, d0101)) ==
          "document.number:required");
    CHECK(errorsOf(withDocument(DocumentType::LaNationalIdCard, QString(31, QLatin1Char('1')), p01, d0101)) ==
          "document.number:too_long");
    CHECK(errorsOf(withDocument(DocumentType::LaNationalIdCard, QStringLiteral("12\u200B34"), p01, d0101)) ==
          "document.number:invalid_characters");
    CHECK(errorsOf(withDocument(DocumentType::LaNationalIdCard, QStringLiteral("123456"), {}, {})) ==
          "document.issuingProvince:required");
    CHECK(errorsOf(withDocument(DocumentType::LaFamilyBook, QStringLiteral("123456"), QStringLiteral("19"),
                                {})) == "document.issuingProvince:unknown");
    CHECK(errorsOf(withDocument(DocumentType::LaNationalIdCard, QStringLiteral("123456"), p01,
                                QStringLiteral("0201"))) == "document.issuingDistrict:unknown");
    CHECK(errorsOf(withDocument(DocumentType::LaNationalIdCard, QStringLiteral("123456"), p01,
                                QStringLiteral("9999"))) == "document.issuingDistrict:unknown");
    SECTION("Kenyan document types are not issued in Laos")
    {
        for (DocumentType type : {DocumentType::KeNationalId, DocumentType::KeMaishaNamba,
                                  DocumentType::KeRefugeeId, DocumentType::KeKraPin})
            CHECK(errorsOf(withDocument(type, QStringLiteral("12345678"), {}, {})) ==
                  "document.type:wrong_country");
    }
    SECTION("no document at all is allowed, a number without a type is not")
    {
        CHECK(errorsOf(withDocument(DocumentType::None, {}, {}, {})).empty());
        CHECK(errorsOf(withDocument(DocumentType::None, QStringLiteral("123456"), {}, {})) ==
              "document.type:required");
    }
}

TEST_CASE("Lao mobile numbers are brought to E.164")
{
    auto normalised = [](const QString& phone) {
        Member m = test::validLaoMember();
        m.phone = phone;
        const ValidationReport r = validate(m);
        return r.ok() ? m.phone.toStdString() : test::describeErrors(r.errors);
    };
    CHECK(normalised(QStringLiteral("020 5555 1234")) == "+8562055551234");
    CHECK(normalised(QStringLiteral("02055551234")) == "+8562055551234");
    CHECK(normalised(QStringLiteral("+856 20 5555 1234")) == "+8562055551234");
    CHECK(normalised(QStringLiteral("856-20-5555-1234")) == "+8562055551234");
    CHECK(normalised(QStringLiteral("00856 20 5555 1234")) == "+8562055551234");
    CHECK(normalised(QStringLiteral("(020) 5555.1234")) == "+8562055551234");
    CHECK(normalised(QStringLiteral("2055551234")) == "+8562055551234");
    CHECK(normalised(QStringLiteral("030 2 123 456")) == "+856302123456");
    CHECK(normalised(QStringLiteral("+856302123456")) == "+856302123456");
    SECTION("invalid numbers")
    {
        for (const char* bad : {"020 5555 123", "020 5555 12345", "021 212 862", "0712 345 678",
                                "+254712345678", "020 5555 12a4", "20+5555 1234", "phone", "+"})
            CHECK(normalised(QString::fromLatin1(bad)) == "phone:format");
        CHECK(normalised(QStringLiteral("\u0ED0\u0ED2\u0ED0 5555 1234")) == "phone:format"); // Lao digits
    }
    SECTION("no phone is allowed")
    {
        CHECK(normalised(QStringLiteral("  ")).empty());
    }
}

TEST_CASE("Lao addresses")
{
    auto withAddress = [](const QString& province, const QString& district, const QString& village) {
        Member m = test::validLaoMember();
        m.address = {province, district, {}, village};
        return m;
    };
    const QString village = QStringLiteral("ບ້ານໂພນສະອາດ");
    CHECK(errorsOf(withAddress(QStringLiteral("18"), QStringLiteral("1801"), village)).empty());
    CHECK(errorsOf(withAddress({}, QStringLiteral("0101"), village)) == "address.region:required");
    CHECK(errorsOf(withAddress(QStringLiteral("19"), QStringLiteral("1901"), village)) ==
          "address.region:unknown");
    CHECK(errorsOf(withAddress(QStringLiteral("1"), QStringLiteral("0101"), village)) ==
          "address.region:unknown");
    CHECK(errorsOf(withAddress(QStringLiteral("01"), {}, village)) == "address.district:required");
    CHECK(errorsOf(withAddress(QStringLiteral("01"), QStringLiteral("0201"), village)) ==
          "address.district:unknown");
    CHECK(errorsOf(withAddress(QStringLiteral("01"), QStringLiteral("0199"), village)) ==
          "address.district:unknown");
    CHECK(errorsOf(withAddress(QStringLiteral("01"), QStringLiteral("0101"), {})) ==
          "address.village:required");
    CHECK(errorsOf(withAddress(QStringLiteral("01"), QStringLiteral("0101"), QStringLiteral("ບ້ານ\u200B"))) ==
          "address.village:invalid_characters");
}

TEST_CASE("Lao incomes must be non-negative kip")
{
    Member kes = test::validLaoMember();
    kes.monthlyIncome = Money{100, QStringLiteral("KES")};
    CHECK(errorsOf(kes) == "monthlyIncome:currency");
    Member negative = test::validLaoMember();
    negative.householdIncome = Money{-1, QStringLiteral("LAK")};
    CHECK(errorsOf(negative) == "householdIncome:negative");
    Member huge = test::validLaoMember();
    huge.monthlyIncome = Money{1'000'000'000'001LL, QStringLiteral("LAK")};
    CHECK(errorsOf(huge) == "monthlyIncome:too_large");
    Member zero = test::validLaoMember();
    zero.monthlyIncome = Money{0, QStringLiteral("LAK")};
    CHECK(errorsOf(zero).empty());
    Member none = test::validLaoMember();
    none.monthlyIncome.reset();
    CHECK(errorsOf(none).empty());
}

TEST_CASE("Lao household members")
{
    SECTION("at most 30")
    {
        Member m = test::validLaoMember();
        for (int i = 0; i < Validator::kMaxHouseholdSize; ++i)
            m.household.append(validRelative());
        CHECK(errorsOf(m).empty());
        m.household.append(validRelative());
        CHECK(errorsOf(m) == "household:too_many");
    }
    SECTION("each member's fields are checked under its own index")
    {
        Member m = test::validLaoMember();
        m.household = {validRelative(), validRelative(), validRelative()};
        m.household[0].name.given.clear();
        m.household[1].birth = {};
        m.household[2].document = {DocumentType::KeNationalId, QStringLiteral("1234"), {}, {}};
        CHECK(errorsOf(m) == "household[0].name.given:required, household[1].birth:required, "
                             "household[2].document.type:wrong_country");
    }
    SECTION("names, digits and Latin forms follow the member rules")
    {
        Member m = test::validLaoMember();
        m.household = {validRelative(), validRelative()};
        m.household[0].name.given = QStringLiteral("ບຸນ1");
        m.household[1].name.familyLatin = QStringLiteral("ບຸນ");
        CHECK(errorsOf(m) ==
              "household[0].name.given:name_has_digits, household[1].name.familyLatin:not_latin");
    }
    SECTION("a Buddhist-era birth date of a relative is converted with a note")
    {
        Member m = test::validLaoMember();
        m.household = {validRelative()};
        m.household[0].birth = {QDate(2558, 6, 1), false};
        const ValidationReport r = validate(m);
        CHECK(test::describeErrors(r.errors).empty());
        CHECK(m.household[0].birth.date == QDate(2015, 6, 1));
        CHECK(r.notes.size() == 1);
    }
    SECTION("a relative's birth date in the future")
    {
        Member m = test::validLaoMember();
        m.household = {validRelative()};
        m.household[0].birth = {kToday.addDays(3), false};
        CHECK(errorsOf(m) == "household[0].birth:in_future");
    }
    SECTION("a relative's document from Laos is checked like the member's")
    {
        Member m = test::validLaoMember();
        m.household = {validRelative()};
        m.household[0].document = {
            DocumentType::LaFamilyBook, QStringLiteral("FB1"), QStringLiteral("77"), {}};
        CHECK(errorsOf(m) == "household[0].document.issuingProvince:unknown");
    }
}

TEST_CASE("Lao scheme enrolment")
{
    auto enrolled = [](const QList<SchemeEnrolment>& schemes, const QDate& birth = QDate(1988, 4, 12)) {
        Member m = test::validLaoMember();
        m.schemes = schemes;
        m.birth = {birth, false};
        return m;
    };
    const QDate march1(2026, 3, 1);
    const QString laVol = QStringLiteral("LA-VOL");
    CHECK(errorsOf(enrolled({})).empty());
    CHECK(errorsOf(enrolled({{QStringLiteral("XX"), march1}})) == "schemes[0]:unknown");
    CHECK(errorsOf(enrolled({{QStringLiteral("KE-SHA-NS"), march1}})) == "schemes[0]:unknown");
    CHECK(errorsOf(enrolled({{laVol, march1}, {laVol, march1}})) == "schemes[1]:twice");
    CHECK(errorsOf(enrolled({{laVol, kToday.addDays(1)}})) == "schemes[0]:in_future");
    SECTION("a missing enrolment date becomes today")
    {
        Member m = enrolled({{laVol, {}}});
        REQUIRE(validate(m).ok());
        CHECK(m.schemes.first().enrolledOn == kToday);
    }
    SECTION("LA-VOL is open from 15 to 60 on the enrolment date")
    {
        CHECK(errorsOf(enrolled({{laVol, march1}}, QDate(2011, 3, 2))) == "schemes[0]:age"); // 14
        CHECK(errorsOf(enrolled({{laVol, march1}}, QDate(2011, 3, 1))).empty());             // 15 today
        CHECK(errorsOf(enrolled({{laVol, march1}}, QDate(1965, 3, 2))).empty());             // 60
        CHECK(errorsOf(enrolled({{laVol, march1}}, QDate(1965, 3, 1))) == "schemes[0]:age"); // 61 today
    }
    SECTION("the age uses the converted Buddhist-era birth date")
    {
        CHECK(errorsOf(enrolled({{laVol, march1}}, QDate(2531, 4, 12))).empty());
        CHECK(errorsOf(enrolled({{laVol, march1}}, QDate(2554, 3, 2))) == "schemes[0]:age"); // 2011: 14
    }
}

TEST_CASE("Lao consent")
{
    Member verbal = test::validLaoMember();
    verbal.consent.method = ConsentMethod::VerbalWithWitness;
    CHECK(errorsOf(verbal) == "consent.witness:required");
    verbal.consent.witnessName = QStringLiteral("ນາງ ແກ້ວ");
    CHECK(errorsOf(verbal).empty());

    Member witness = test::validLaoMember();
    witness.consent.witnessName = QStringLiteral("ແກ້ວ9");
    CHECK(errorsOf(witness) == "consent.witness:name_has_digits");

    Member missing = test::validLaoMember();
    missing.consent.givenAt = {};
    CHECK(errorsOf(missing) == "consent.givenAt:required");

    Member future = test::validLaoMember();
    future.consent.givenAt = QDateTime(kToday.addDays(2), QTime(8, 0), Qt::UTC);
    CHECK(errorsOf(future) == "consent.givenAt:in_future");
    Member today = test::validLaoMember();
    today.consent.givenAt = QDateTime(kToday, QTime(23, 0), Qt::UTC);
    CHECK(errorsOf(today).empty());

    Member noText = test::validLaoMember();
    noText.consent.textVersion.clear();
    noText.consent.language = QStringLiteral(" ");
    CHECK(errorsOf(noText) == "consent.textVersion:required, consent.language:required");

    Member withdrawn = test::validLaoMember();
    withdrawn.consent.withdrawnAt = QDateTime(kToday, QTime(8, 0), Qt::UTC);
    CHECK(errorsOf(withdrawn) == "consent.withdrawalReason:required");
    withdrawn.consent.withdrawalReason = QStringLiteral("ຍ້າຍໄປຕ່າງປະເທດ");
    CHECK(errorsOf(withdrawn).empty());
}

TEST_CASE("Lao external reference")
{
    Member m = test::validLaoMember();
    m.externalRef = QString(65, QLatin1Char('x'));
    CHECK(errorsOf(m) == "externalRef:too_long");
}

TEST_CASE("Lao contributions")
{
    Member owner = test::validLaoMember();
    REQUIRE(validate(owner).ok());
    const Contribution valid = test::validContribution(owner, Country::Lao);

    SECTION("the expected amount is 9 % of the member's income per month")
    {
        Contribution c = valid;
        CHECK(errorsOf(c, owner).empty());
        REQUIRE(validate(c, owner).ok());
        REQUIRE(c.expectedAmount);
        CHECK(*c.expectedAmount == Money{225'000, QStringLiteral("LAK")});
    }
    SECTION("several months multiply the expectation")
    {
        Contribution c = valid;
        c.periodEnd = QDate(2026, 5, 31);
        c.amount = Money{675'000, QStringLiteral("LAK")};
        REQUIRE(validate(c, owner).ok());
        CHECK(*c.expectedAmount == Money{675'000, QStringLiteral("LAK")});
    }
    SECTION("a different amount needs a reason")
    {
        Contribution c = valid;
        c.amount = Money{200'000, QStringLiteral("LAK")};
        CHECK(errorsOf(c, owner) == "differenceReason:required");
        c.differenceReason = QStringLiteral("ຈ່າຍບາງສ່ວນ");
        CHECK(errorsOf(c, owner).empty());
    }
    SECTION("without a known income any amount is accepted")
    {
        Member noIncome = owner;
        noIncome.monthlyIncome.reset();
        Contribution c = valid;
        c.amount = Money{123, QStringLiteral("LAK")};
        REQUIRE(validate(c, noIncome).ok());
        CHECK_FALSE(c.expectedAmount);
    }
    SECTION("scheme")
    {
        Contribution unknown = valid;
        unknown.schemeCode = QStringLiteral("KE-SHA-NS");
        CHECK(errorsOf(unknown, owner) == "scheme:unknown");
        Member notEnrolled = owner;
        notEnrolled.schemes.clear();
        CHECK(errorsOf(valid, notEnrolled) == "scheme:not_enrolled");
    }
    SECTION("period")
    {
        Contribution c = valid;
        c.periodEnd = QDate();
        CHECK(errorsOf(c, owner) == "period:required");
        c = valid;
        c.periodEnd = QDate(2026, 2, 28);
        CHECK(errorsOf(c, owner) == "period:order");
        c = valid;
        c.periodStart = QDate(2026, 1, 1);
        c.periodEnd = QDate(2027, 1, 31);
        CHECK(errorsOf(c, owner) == "period:too_long");
        c = valid;
        c.periodStart = QDate(2027, 4, 1);
        c.periodEnd = QDate(2027, 4, 30);
        CHECK(errorsOf(c, owner) == "period:too_far");
        c = valid;
        c.periodStart = QDate(2026, 1, 1);
        c.periodEnd = QDate(2026, 12, 31);
        c.amount = Money{2'700'000, QStringLiteral("LAK")};
        CHECK(errorsOf(c, owner).empty());
    }
    SECTION("amount")
    {
        Contribution c = valid;
        c.amount = Money{0, QStringLiteral("LAK")};
        CHECK(errorsOf(c, owner) == "amount:not_positive");
        c.amount = Money{-225'000, QStringLiteral("LAK")};
        CHECK(errorsOf(c, owner) == "amount:not_positive");
        c.amount = Money{225'000, QStringLiteral("KES")};
        CHECK(errorsOf(c, owner) == "amount:currency");
        c.amount = Money{1'000'000'000'001LL, QStringLiteral("LAK")};
        CHECK(errorsOf(c, owner) == "amount:too_large");
    }
    SECTION("mobile-money code")
    {
        Contribution c = valid;
        c.method = PaymentMethod::MobileMoney;
        c.transactionCode = QStringLiteral(" qgh7xk2m9p ");
        REQUIRE(validate(c, owner).ok());
        CHECK(c.transactionCode == QStringLiteral("QGH7XK2M9P"));
        for (const char* bad : {"QGH7XK2M9", "QGH7XK2M9PABC", "QGH7-XK2M9P", "QGH7XK2M9Ü"}) {
            c.transactionCode = QString::fromUtf8(bad);
            CHECK(errorsOf(c, owner) == "transactionCode:format");
        }
        c.transactionCode.clear();
        CHECK(errorsOf(c, owner) == "transactionCode:required");
    }
    SECTION("bank reference")
    {
        Contribution c = valid;
        c.method = PaymentMethod::Bank;
        CHECK(errorsOf(c, owner) == "bankReference:required");
        c.bankReference = QString(41, QLatin1Char('R'));
        CHECK(errorsOf(c, owner) == "bankReference:too_long");
        c.bankReference = QStringLiteral("BCEL 2026/03/000123");
        c.transactionCode = QStringLiteral("ignored");
        REQUIRE(validate(c, owner).ok());
        CHECK(c.transactionCode.isEmpty());
    }
    SECTION("cash drops a stray transaction code")
    {
        Contribution c = valid;
        c.transactionCode = QStringLiteral("QGH7XK2M9P");
        REQUIRE(validate(c, owner).ok());
        CHECK(c.transactionCode.isEmpty());
    }
}
