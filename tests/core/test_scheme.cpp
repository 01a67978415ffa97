// Scheme rules: the built-in schemes, expected contribution amounts and ages.
#include "domain/Member.h"
#include "domain/Scheme.h"

#include <catch2/catch.hpp>

using namespace fe;

namespace {

const QString kLak = QStringLiteral("LAK");
const QString kKes = QStringLiteral("KES");

const Scheme& scheme(const char* code)
{
    static const QList<Scheme> all = Scheme::builtIn();
    for (const Scheme& s : all)
        if (s.code == QLatin1String(code))
            return s;
    FAIL("no built-in scheme " << code);
    return all.first();
}

Member earning(std::optional<Money> monthly, std::optional<Money> household = std::nullopt)
{
    Member m;
    m.monthlyIncome = std::move(monthly);
    m.householdIncome = std::move(household);
    return m;
}

// The expected amount in minor units, or -1 when the rule expects nothing.
qint64 expected(const char* code, const Member& m, int months = 1)
{
    const auto amount = scheme(code).expectedAmount(m, months);
    if (!amount)
        return -1;
    CHECK(amount->currency == CountryProfile::of(scheme(code).country).currency);
    return amount->minor;
}

} // namespace

TEST_CASE("the built-in schemes")
{
    const QList<Scheme> all = Scheme::builtIn();
    REQUIRE(all.size() == 3);
    CHECK(scheme("LA-VOL").country == Country::Lao);
    CHECK(scheme("KE-NSSF-HH").country == Country::Kenya);
    CHECK(scheme("KE-SHA-NS").country == Country::Kenya);
    REQUIRE(Scheme::builtIn(QStringLiteral("KE-SHA-NS")));
    CHECK(Scheme::builtIn(QStringLiteral("KE-SHA-NS"))->rateBasisPoints == 275);
    CHECK_FALSE(Scheme::builtIn(QStringLiteral("la-vol")));
    CHECK_FALSE(Scheme::builtIn(QString()));
    for (const Scheme& s : all) {
        CHECK_FALSE(s.name.isEmpty());
        CHECK_FALSE(s.localName.isEmpty());
    }
}

TEST_CASE("LA-VOL expects 9 % of the member's income, rounded half up to whole kip")
{
    CHECK(expected("LA-VOL", earning(Money{2'500'000, kLak})) == 225'000);
    CHECK(expected("LA-VOL", earning(Money{2'500'050, kLak})) == 225'005); // 225004.5 rounds up
    CHECK(expected("LA-VOL", earning(Money{2'500'049, kLak})) == 225'004); // 225004.41 rounds down
    CHECK(expected("LA-VOL", earning(Money{2'500'006, kLak})) == 225'001); // 225000.54 rounds up
    CHECK(expected("LA-VOL", earning(Money{50, kLak})) == 5);              // 4.5
    CHECK(expected("LA-VOL", earning(Money{0, kLak})) == 0);
    SECTION("the household income is not the basis")
    {
        CHECK(expected("LA-VOL", earning(std::nullopt, Money{9'000'000, kLak})) == -1);
    }
    SECTION("an income in another currency gives no expectation")
    {
        CHECK(expected("LA-VOL", earning(Money{2'500'000, kKes})) == -1);
    }
}

TEST_CASE("KE-SHA-NS expects 2.75 % of household income with a KES 300 monthly minimum")
{
    CHECK(expected("KE-SHA-NS", earning(std::nullopt, Money{2'400'000, kKes})) == 66'000);
    // KES 10,910.00 -> 300.025 -> 300.03 (half up, just above the minimum)
    CHECK(expected("KE-SHA-NS", earning(std::nullopt, Money{1'091'000, kKes})) == 30'003);
    // KES 12,002.00 -> 330.055 -> 330.06
    CHECK(expected("KE-SHA-NS", earning(std::nullopt, Money{1'200'200, kKes})) == 33'006);
    SECTION("below the minimum")
    {
        CHECK(expected("KE-SHA-NS", earning(std::nullopt, Money{500'000, kKes})) == 30'000);
        CHECK(expected("KE-SHA-NS", earning(std::nullopt, Money{1'090'000, kKes})) == 30'000); // 299.75
        CHECK(expected("KE-SHA-NS", earning(std::nullopt, Money{0, kKes})) == 30'000);
    }
    SECTION("the household income wins over the member's own")
    {
        CHECK(expected("KE-SHA-NS", earning(Money{1'800'000, kKes}, Money{2'400'000, kKes})) == 66'000);
        CHECK(expected("KE-SHA-NS", earning(Money{1'800'000, kKes})) == 49'500);
    }
    SECTION("no income known: no expectation, not the minimum")
    {
        CHECK(expected("KE-SHA-NS", earning(std::nullopt)) == -1);
    }
}

TEST_CASE("KE-NSSF-HH takes any amount")
{
    CHECK(expected("KE-NSSF-HH", earning(Money{1'800'000, kKes}, Money{2'400'000, kKes})) == -1);
}

TEST_CASE("several months multiply the monthly amount, after rounding and the minimum")
{
    CHECK(expected("LA-VOL", earning(Money{2'500'050, kLak}), 3) == 3 * 225'005);
    CHECK(expected("LA-VOL", earning(Money{2'500'000, kLak}), 12) == 2'700'000);
    CHECK(expected("KE-SHA-NS", earning(std::nullopt, Money{500'000, kKes}), 6) == 180'000);
    CHECK(expected("KE-SHA-NS", earning(std::nullopt, Money{1'200'200, kKes}), 2) == 66'012);
    SECTION("fewer than one month counts as one")
    {
        CHECK(expected("LA-VOL", earning(Money{2'500'000, kLak}), 0) == 225'000);
        CHECK(expected("LA-VOL", earning(Money{2'500'000, kLak}), -4) == 225'000);
    }
}

TEST_CASE("ages allowed by a scheme")
{
    CHECK_FALSE(scheme("LA-VOL").ageAllowed(14));
    CHECK(scheme("LA-VOL").ageAllowed(15));
    CHECK(scheme("LA-VOL").ageAllowed(60));
    CHECK_FALSE(scheme("LA-VOL").ageAllowed(61));
    CHECK_FALSE(scheme("KE-NSSF-HH").ageAllowed(17));
    CHECK(scheme("KE-NSSF-HH").ageAllowed(18));
    CHECK(scheme("KE-NSSF-HH").ageAllowed(110));
    CHECK(scheme("KE-SHA-NS").ageAllowed(0));
    CHECK_FALSE(scheme("KE-SHA-NS").ageAllowed(-1));
}

TEST_CASE("age in whole years across birthdays")
{
    const QDate birth(1988, 4, 12);
    CHECK(ageOn(birth, QDate(2026, 4, 11)) == 37);
    CHECK(ageOn(birth, QDate(2026, 4, 12)) == 38);
    CHECK(ageOn(birth, QDate(2026, 4, 13)) == 38);
    CHECK(ageOn(birth, QDate(2026, 3, 31)) == 37);
    CHECK(ageOn(birth, QDate(2026, 5, 1)) == 38);
    CHECK(ageOn(birth, birth) == 0);
    CHECK(ageOn(birth, QDate(1989, 4, 11)) == 0);
    CHECK(ageOn(QDate(1990, 12, 31), QDate(2026, 1, 1)) == 35);
    SECTION("born on 29 February")
    {
        const QDate leapling(2000, 2, 29);
        CHECK(ageOn(leapling, QDate(2001, 2, 28)) == 0);
        CHECK(ageOn(leapling, QDate(2001, 3, 1)) == 1);
        CHECK(ageOn(leapling, QDate(2004, 2, 28)) == 3);
        CHECK(ageOn(leapling, QDate(2004, 2, 29)) == 4);
        CHECK(ageOn(leapling, QDate(2018, 2, 28)) == 17);
        CHECK(ageOn(leapling, QDate(2018, 3, 1)) == 18);
    }
    SECTION("invalid dates give -1")
    {
        CHECK(ageOn(QDate(), QDate(2026, 1, 1)) == -1);
        CHECK(ageOn(birth, QDate()) == -1);
    }
}
