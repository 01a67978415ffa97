#include "TestStore.h"

#include "demodata/DemoDataGenerator.h"
#include "demodata/DemoNames.h"
#include "validation/Normalise.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <tuple>

using namespace fe;

namespace {

bool isLaoScript(const QString& text)
{
    for (const QChar c : text)
        if (c.isLetterOrNumber() && c.script() != QChar::Script_Lao)
            return false;
    return !text.isEmpty();
}

} // namespace

TEST_CASE("1,000 generated members per country pass validation and are saved with their payments")
{
    for (const Country country : {Country::Lao, Country::Kenya}) {
        INFO("country " << CountryProfile::of(country).code.toStdString());
        test::TestStore store(country);
        DemoDataGenerator generator(*store, 2026);
        int saved = 0;
        int payments = 0;
        int withoutFamilyName = 0;
        int mobileMoney = 0;
        QSet<QString> codes;
        const Status batch = store->inBatch([&] {
            for (int i = 0; i < 1000; ++i) {
                const Member m = generator.generateMember();
                withoutFamilyName += m.name.family.isEmpty() ? 1 : 0;
                // registerMember runs the Validator: its field errors say what a generated record got wrong.
                const SaveResult result = store->registerMember(m, QStringLiteral("demo"));
                INFO(result.error.code.toStdString() << " " << test::describeErrors(result.fieldErrors));
                REQUIRE(result.ok());
                ++saved;
                Member stored = m;
                stored.id = result.saved->id;
                for (int p = 0; p < i % 3; ++p) { // 0, 1 or 2 payments
                    const Contribution c = generator.generateContribution(stored);
                    const SaveResult paid = store->recordContribution(c, QStringLiteral("demo"));
                    INFO(paid.error.code.toStdString() << " " << paid.error.field.toStdString());
                    REQUIRE(paid.ok());
                    ++payments;
                    if (c.method == PaymentMethod::MobileMoney) {
                        ++mobileMoney;
                        CHECK_FALSE(codes.contains(c.transactionCode));
                        codes.insert(c.transactionCode);
                    }
                }
            }
        });
        REQUIRE(batch.ok());
        const StoreStatus status = store->status();
        CHECK(status.members == 1000);
        CHECK(status.contributions == payments);
        CHECK(mobileMoney > 0);
        CHECK(mobileMoney < payments); // a mix of cash, bank and mobile money
        if (country == Country::Lao)
            CHECK(withoutFamilyName > 0); // some rural members have no family name
        else
            CHECK(withoutFamilyName == 0);
        CHECK(store->check().ok());
    }
}

TEST_CASE("the same seed gives the same records, another seed other records")
{
    test::TestStore store(Country::Kenya);
    const QDate today(2026, 3, 15);
    DemoDataGenerator a(*store, 99, today);
    DemoDataGenerator b(*store, 99, today);
    DemoDataGenerator c(*store, 100, today);
    int differences = 0;
    for (int i = 0; i < 50; ++i) {
        const Member ma = a.generateMember();
        const Member mb = b.generateMember();
        const Member mc = c.generateMember();
        CHECK(ma.toJson() == mb.toJson());
        CHECK(a.generateContribution(ma).toJson() == b.generateContribution(mb).toJson());
        differences += ma.toJson() == mc.toJson() ? 0 : 1;
    }
    CHECK(differences == 50);
}

TEST_CASE("generated households are of realistic size and documents are unique")
{
    for (const Country country : {Country::Lao, Country::Kenya}) {
        test::TestStore store(country);
        DemoDataGenerator generator(*store, 5, QDate(2026, 3, 15));
        const QList<DemoRecord> records = generator.generate(2000, 0);
        double people = 0;
        QSet<QString> documents;
        int withDocument = 0;
        for (const DemoRecord& r : records) {
            people += 1 + r.member.household.size();
            if (r.member.document.type != DocumentType::None) {
                ++withDocument;
                documents.insert(toKey(r.member.document.type) + QLatin1Char(':') + r.member.document.number);
            }
        }
        const double mean = people / records.size();
        if (country == Country::Lao) {
            CHECK(mean > 4.5);
            CHECK(mean < 5.5);
        } else {
            CHECK(mean > 3.5);
            CHECK(mean < 4.5);
        }
        CHECK(documents.size() == withDocument);
    }
}

TEST_CASE("generated Lao names are in Lao script with Latin forms; phones follow the national formats")
{
    test::TestStore store(Country::Lao);
    DemoDataGenerator generator(*store, 11, QDate(2026, 3, 15));
    for (int i = 0; i < 200; ++i) {
        const Member m = generator.generateMember();
        CHECK(isLaoScript(m.name.given));
        CHECK_FALSE(m.name.givenLatin.isEmpty());
        if (!m.name.family.isEmpty()) {
            CHECK(isLaoScript(m.name.family));
            CHECK_FALSE(m.name.familyLatin.isEmpty());
        }
        if (!m.phone.isEmpty())
            CHECK(normaliseMobilePhone(m.phone, CountryProfile::lao()).has_value());
        CHECK(m.address.village.startsWith(QStringLiteral("ບ້ານ")));
    }
}

TEST_CASE("the name lists are large enough and written in the right scripts")
{
    CHECK(demo::laoGivenNames().size() >= 60);
    CHECK(demo::laoFamilyNames().size() >= 40);
    QSet<QString> laoGiven;
    for (const auto& n : demo::laoGivenNames()) {
        CHECK(isLaoScript(QString::fromUtf8(n.lao)));
        CHECK(QString::fromUtf8(n.lao).normalized(QString::NormalizationForm_C) == QString::fromUtf8(n.lao));
        laoGiven.insert(QString::fromUtf8(n.lao));
    }
    CHECK(laoGiven.size() == static_cast<qsizetype>(demo::laoGivenNames().size()));
    for (const auto& n : demo::laoFamilyNames())
        CHECK(isLaoScript(QString::fromUtf8(n.lao)));

    QSet<QString> given;
    QSet<QString> family;
    for (const auto& community : demo::kenyanCommunities()) {
        for (const char* n : community.female)
            given.insert(QString::fromUtf8(n));
        for (const char* n : community.male)
            given.insert(QString::fromUtf8(n));
        for (const char* n : community.family)
            family.insert(QString::fromUtf8(n));
    }
    for (const char* n : demo::kenyanChristianFemaleNames())
        given.insert(QString::fromUtf8(n));
    for (const char* n : demo::kenyanChristianMaleNames())
        given.insert(QString::fromUtf8(n));
    CHECK(given.size() >= 80);
    CHECK(family.size() >= 60);
    CHECK(demo::kenyanCommunities().size() == 7);
}

TEST_CASE("Kenyan payments follow the scheme rules and use M-Pesa style codes")
{
    test::TestStore store(Country::Kenya);
    DemoDataGenerator generator(*store, 3, QDate(2026, 3, 15));
    static const QRegularExpression mpesa(QStringLiteral("^[A-Z][A-Z0-9]{9}$"));
    int exact = 0;
    int sha = 0;
    for (int i = 0; i < 300; ++i) {
        Member m = generator.generateMember();
        m.id = QUuid::createUuid();
        const Contribution c = generator.generateContribution(m);
        CHECK(c.memberId == m.id);
        if (c.method == PaymentMethod::MobileMoney)
            CHECK(mpesa.match(c.transactionCode).hasMatch());
        if (c.schemeCode == QLatin1String("KE-SHA-NS")) {
            ++sha;
            const auto scheme = Scheme::builtIn(c.schemeCode);
            const int months = (c.periodEnd.year() - c.periodStart.year()) * 12 + c.periodEnd.month() -
                               c.periodStart.month() + 1;
            const auto expected = scheme->expectedAmount(m, months);
            REQUIRE(expected);
            if (expected->minor == c.amount.minor)
                ++exact;
            else
                CHECK_FALSE(c.differenceReason.isEmpty());
        }
    }
    CHECK(sha > 0);
    CHECK(exact > sha / 2);
}

TEST_CASE("members can be kept to one district, as a device enrolled for it needs")
{
    for (const auto& [country, district, region] :
         {std::tuple{Country::Lao, QStringLiteral("0101"), QStringLiteral("01")},
          std::tuple{Country::Kenya, QStringLiteral("001"), QStringLiteral("001")}}) {
        INFO("country " << CountryProfile::of(country).code.toStdString());
        test::TestStore store(country);
        DemoDataGenerator generator(*store, 7, QDate(2026, 3, 15));
        CHECK_FALSE(generator.restrictToDistrict(QStringLiteral("9999")));
        REQUIRE(generator.restrictToDistrict(district));
        for (int i = 0; i < 100; ++i) {
            const Member m = generator.generateMember();
            CHECK(m.address.districtCode == district);
            CHECK(m.address.regionCode == region);
            const SaveResult result = store->registerMember(m, QStringLiteral("demo"));
            INFO(result.error.code.toStdString() << " " << test::describeErrors(result.fieldErrors));
            REQUIRE(result.ok());
        }
    }
}
