// Money: parsing typed amounts into integer minor units and the plain machine form, for LAK (no
// minor unit) and KES (two decimals).
#include "domain/Money.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace fe;

namespace {

const QString kLak = QStringLiteral("LAK");
const QString kKes = QStringLiteral("KES");

// The parsed minor units, or "rejected".
std::string parsed(const char* text, const QString& currency)
{
    const auto money = Money::parse(QString::fromUtf8(text), currency);
    if (!money)
        return "rejected";
    CHECK(money->currency == currency);
    return std::to_string(money->minor);
}

std::string plain(qint64 minor, const QString& currency)
{
    return Money{minor, currency}.toPlainString().toStdString();
}

} // namespace

TEST_CASE("currency decimals")
{
    CHECK(Money::decimalsOf(kLak) == 0);
    CHECK(Money::decimalsOf(kKes) == 2);
    CHECK(Money::decimalsOf(QStringLiteral("XXX")) == 0);
}

TEST_CASE("parsing kip: whole units only")
{
    CHECK(parsed("2500000", kLak) == "2500000");
    CHECK(parsed(" 2500000 ", kLak) == "2500000");
    CHECK(parsed("2,500,000", kLak) == "2500000");
    CHECK(parsed("2 500 000", kLak) == "2500000");
    CHECK(parsed("2\u00A0500\u00A0000", kLak) == "2500000");
    CHECK(parsed("2500000.00", kLak) == "2500000");
    CHECK(parsed("0", kLak) == "0");
    CHECK(parsed("007", kLak) == "7");
    CHECK(parsed("-1500", kLak) == "-1500");
    CHECK(parsed("2500000.5", kLak) == "rejected");
    CHECK(parsed("0.01", kLak) == "rejected");
}

TEST_CASE("parsing shillings: two decimals")
{
    CHECK(parsed("1234", kKes) == "123400");
    CHECK(parsed("1,234.50", kKes) == "123450");
    CHECK(parsed("1234.5", kKes) == "123450");
    CHECK(parsed("1 234.05", kKes) == "123405");
    CHECK(parsed("0.05", kKes) == "5");
    CHECK(parsed(".5", kKes) == "50");
    CHECK(parsed("300.", kKes) == "30000");
    CHECK(parsed("1.230", kKes) == "123");
    CHECK(parsed("-0.01", kKes) == "-1");
    CHECK(parsed("1.234", kKes) == "rejected");
    CHECK(parsed("0.001", kKes) == "rejected");
}

TEST_CASE("what is not an amount is rejected")
{
    for (const char* text :
         {"", " ", "-", ".", "-.", "abc", "12a", "1.2.3", "+5", "1e5", "0x10", "--5", "5-", "1,2,3",
          "\u0661\u0662\u0663", "\uFF11\uFF12\uFF13", "\u0ED1\u0ED2\u0ED3", "1 000.0 0"}) {
        INFO(text);
        CHECK(parsed(text, kKes) == "rejected");
        CHECK(parsed(text, kLak) == "rejected");
    }
}

TEST_CASE("digit groups other than threes are refused, not misread")
{
    // A decimal comma ("12,5") or misplaced separators would otherwise change the amount silently.
    for (const char* text :
         {"12,5", "1 234,5", "1,23", ",123", "1,2345", "1.234,56", "12 34", "1,,234", "1, 234", "1234,567"}) {
        INFO(text);
        CHECK(parsed(text, kKes) == "rejected");
        CHECK(parsed(text, kLak) == "rejected");
    }
}

TEST_CASE("amounts are exact integers, never floating point")
{
    // 2^53 + 1 minor units: a double would round it to 2^53.
    CHECK(parsed("90071992547409.93", kKes) == "9007199254740993");
    CHECK(parsed("9007199254740993", kLak) == "rejected"); // 16 digits: beyond the size limit
    const qint64 sum =
        Money::parse(QStringLiteral("0.10"), kKes)->minor + Money::parse(QStringLiteral("0.20"), kKes)->minor;
    CHECK(sum == Money::parse(QStringLiteral("0.30"), kKes)->minor);
    qint64 total = 0;
    for (int i = 0; i < 1000; ++i)
        total += Money::parse(QStringLiteral("0.01"), kKes)->minor;
    CHECK(Money{total, kKes}.toPlainString() == QStringLiteral("10.00"));
}

TEST_CASE("overflow-sized input is rejected")
{
    CHECK(parsed("999999999999999", kLak) == "999999999999999");
    CHECK(parsed("999,999,999,999,999.99", kKes) == "99999999999999999");
    CHECK(parsed("1000000000000000", kLak) == "rejected");
    CHECK(parsed("1,000,000,000,000,000", kKes) == "rejected");
    CHECK(parsed("9223372036854775807", kLak) == "rejected");
    CHECK(parsed("9223372036854775808", kKes) == "rejected");
    CHECK(parsed("-99999999999999999999", kLak) == "rejected");
    const QByteArray huge(1024 * 1024, '9');
    CHECK(parsed(huge.constData(), kLak) == "rejected");
    const QByteArray longFraction = "1." + QByteArray(100, '0');
    CHECK(parsed(longFraction.constData(), kKes) == "rejected");
}

TEST_CASE("the plain machine form")
{
    CHECK(plain(123450, kKes) == "1234.50");
    CHECK(plain(5, kKes) == "0.05");
    CHECK(plain(0, kKes) == "0.00");
    CHECK(plain(-1, kKes) == "-0.01");
    CHECK(plain(-150, kKes) == "-1.50");
    CHECK(plain(2500000, kLak) == "2500000");
    CHECK(plain(-5, kLak) == "-5");
    SECTION("the extremes of the integer range")
    {
        CHECK(plain(std::numeric_limits<qint64>::max(), kKes) == "92233720368547758.07");
        CHECK(plain(std::numeric_limits<qint64>::min(), kKes) == "-92233720368547758.08");
        CHECK(plain(std::numeric_limits<qint64>::min(), kLak) == "-9223372036854775808");
    }
}

TEST_CASE("the plain form parses back to the same amount")
{
    for (const qint64 minor : {0LL, 1LL, 99LL, 100LL, 123456LL, -30000LL, 99999999999999999LL}) {
        const Money kes{minor, kKes};
        CHECK(Money::parse(kes.toPlainString(), kKes) == kes);
        const Money lak{minor, kLak};
        if (minor < 1'000'000'000'000'000LL)
            CHECK(Money::parse(lak.toPlainString(), kLak) == lak);
    }
}

TEST_CASE("amounts in different currencies are not equal")
{
    CHECK(Money{100, kKes} == Money{100, kKes});
    CHECK_FALSE(Money{100, kKes} == Money{100, kLak});
    CHECK_FALSE(Money{100, kKes} == Money{101, kKes});
}
