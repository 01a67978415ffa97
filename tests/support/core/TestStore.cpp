#include "TestStore.h"

#include <catch2/catch.hpp>

namespace fe::test {

QDateTime testNow()
{
    return QDateTime(QDate(2026, 3, 15), QTime(9, 30), Qt::UTC);
}

FirstAdministrator testAdministrator()
{
    return {{QStringLiteral("admin"), QStringLiteral("Test Administrator"), OperatorRole::Administrator},
            QStringLiteral("correct horse battery")};
}

StoreOptions testStoreOptions(const Clock* clock)
{
    StoreOptions options;
    options.clock = clock ? clock : &SystemClock::instance();
    options.kdfCost = KdfCost::FastForTestsOnly;
    return options;
}

TestStore::TestStore(Country country, const Clock* c, Encryption e)
    : clock(c ? c : &SystemClock::instance()), encryption(e)
{
    REQUIRE(dir.isValid());
    CreateOptions create{country, QStringLiteral("Test device"), {}};
    if (encrypted())
        create.administrator = testAdministrator();
    auto created = Store::create(path(), create, testStoreOptions(clock));
    if (!created.ok())
        FAIL(created.error().message.toStdString());
    store = std::move(created).value();
}

void TestStore::reopen()
{
    store.reset();
    auto opened = Store::open(path(), testStoreOptions(clock));
    if (!opened.ok())
        FAIL(opened.error().message.toStdString());
    store = std::move(opened).value();
    if (encrypted()) {
        const FirstAdministrator admin = testAdministrator();
        const Status unlocked = store->unlock(admin.account.username, admin.password);
        if (!unlocked.ok())
            FAIL(unlocked.error().message.toStdString());
    }
}

Member validLaoMember()
{
    Member m;
    m.name.given = QStringLiteral("ສົມພອນ");
    m.name.family = QStringLiteral("ວົງສາ");
    m.name.givenLatin = QStringLiteral("Somphone");
    m.name.familyLatin = QStringLiteral("Vongsa");
    m.sex = Sex::Female;
    m.birth = {QDate(1988, 4, 12), false};
    m.document = {DocumentType::LaNationalIdCard, QStringLiteral("01-2345678"), QStringLiteral("01"),
                  QStringLiteral("0101")};
    m.phone = QStringLiteral("020 5555 1234");
    m.address = {QStringLiteral("01"), QStringLiteral("0101"), {}, QStringLiteral("ບ້ານສີເມືອງ")};
    m.occupation = Occupation::StreetVending;
    m.monthlyIncome = Money{2'500'000, QStringLiteral("LAK")};
    m.schemes = {{QStringLiteral("LA-VOL"), QDate(2026, 3, 1)}};
    m.consent.textVersion = QStringLiteral("LA-2026-01");
    m.consent.language = QStringLiteral("lo");
    m.consent.method = ConsentMethod::Thumbprint;
    m.consent.givenAt = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
    return m;
}

Member validKenyanMember()
{
    Member m;
    m.name.given = QStringLiteral("Wanjiru");
    m.name.family = QStringLiteral("Kamau");
    m.sex = Sex::Female;
    m.birth = {QDate(1990, 1, 1), true};
    m.document = {DocumentType::KeNationalId, QStringLiteral("23456789"), {}, {}};
    m.phone = QStringLiteral("0712 345 678");
    m.address = {QStringLiteral("047"), QStringLiteral("274"), QStringLiteral("1368"), {}};
    m.occupation = Occupation::Transport;
    m.monthlyIncome = Money{1'800'000, QStringLiteral("KES")};
    m.householdIncome = Money{2'400'000, QStringLiteral("KES")};
    m.schemes = {{QStringLiteral("KE-NSSF-HH"), QDate(2026, 3, 1)},
                 {QStringLiteral("KE-SHA-NS"), QDate(2026, 3, 1)}};
    m.consent.textVersion = QStringLiteral("KE-2026-01");
    m.consent.language = QStringLiteral("sw");
    m.consent.method = ConsentMethod::Signature;
    m.consent.givenAt = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
    return m;
}

Member validMember(Country country)
{
    return country == Country::Lao ? validLaoMember() : validKenyanMember();
}

Contribution validContribution(const Member& member, Country country)
{
    Contribution c;
    c.memberId = member.id;
    c.schemeCode = member.schemes.first().schemeCode;
    c.periodStart = QDate(2026, 3, 1);
    c.periodEnd = QDate(2026, 3, 31);
    if (country == Country::Lao) {
        c.amount = Money{225'000, QStringLiteral("LAK")}; // 9 % of 2,500,000
    } else {
        c.amount = Money{50'000, QStringLiteral("KES")}; // Haba Haba: any amount
    }
    c.method = PaymentMethod::Cash;
    return c;
}

std::string describeErrors(const QList<Error>& errors)
{
    QStringList parts;
    for (const Error& e : errors)
        parts.append(e.field + QLatin1Char(':') + e.code);
    return parts.join(QLatin1String(", ")).toStdString();
}

} // namespace fe::test
