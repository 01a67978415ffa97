#include "wire/MemberNumber.h"

#include <catch2/catch.hpp>

using namespace fe;

TEST_CASE("member numbers are country-formatted with a Luhn check digit")
{
    const QString lao = wire::formatMemberNumber(Country::Lao, QStringLiteral("01"), 42);
    CHECK(lao.startsWith(QStringLiteral("01-0000042-")));
    CHECK(wire::isValidMemberNumber(Country::Lao, lao));
    const QString kenya = wire::formatMemberNumber(Country::Kenya, QStringLiteral("047"), 1234567);
    CHECK(kenya.startsWith(QStringLiteral("047-1234567-")));
    CHECK(wire::isValidMemberNumber(Country::Kenya, kenya));
    CHECK_FALSE(wire::isValidMemberNumber(Country::Lao, kenya));
    CHECK_FALSE(wire::isValidMemberNumber(Country::Kenya, lao));
    // Known Luhn value: 7992739871 has check digit 3.
    CHECK(wire::luhnCheckDigit(QStringLiteral("7992739871")) == 3);
}

TEST_CASE("the check digit catches every single-digit error and every swap of neighbours")
{
    const QString number = wire::formatMemberNumber(Country::Kenya, QStringLiteral("047"), 3051982);
    REQUIRE(wire::isValidMemberNumber(Country::Kenya, number));
    QList<qsizetype> digitPositions;
    for (qsizetype i = 0; i < number.size() - 2; ++i)
        if (number[i].isDigit())
            digitPositions.append(i);
    for (qsizetype pos : digitPositions)
        for (int d = 0; d <= 9; ++d) {
            if (number[pos].digitValue() == d)
                continue;
            QString changed = number;
            changed[pos] = QChar(u'0' + d);
            CHECK_FALSE(wire::isValidMemberNumber(Country::Kenya, changed));
        }
    for (qsizetype i = 0; i + 1 < digitPositions.size(); ++i) {
        const qsizetype a = digitPositions[i];
        const qsizetype b = digitPositions[i + 1];
        if (b != a + 1 || number[a] == number[b])
            continue;
        // Luhn misses only the 09 <-> 90 swap.
        if ((number[a] == u'0' && number[b] == u'9') || (number[a] == u'9' && number[b] == u'0'))
            continue;
        QString swapped = number;
        std::swap(swapped[a], swapped[b]);
        CHECK_FALSE(wire::isValidMemberNumber(Country::Kenya, swapped));
    }
}
