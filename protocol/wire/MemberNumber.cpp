#include "wire/MemberNumber.h"

#include <QRegularExpression>

namespace fe::wire {

int luhnCheckDigit(const QString& digits)
{
    int sum = 0;
    bool doubleIt = true; // the rightmost payload digit is doubled, as the check digit follows it
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (d < 0)
            return -1;
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return (10 - sum % 10) % 10;
}

QString formatMemberNumber(Country country, const QString& regionCode, qint64 serial)
{
    const int regionWidth = country == Country::Lao ? 2 : 3;
    const QString region = regionCode.rightJustified(regionWidth, QLatin1Char('0')).right(regionWidth);
    const QString serialText = QStringLiteral("%1").arg(serial, 7, 10, QLatin1Char('0'));
    return region + QLatin1Char('-') + serialText + QLatin1Char('-') +
           QString::number(luhnCheckDigit(region + serialText));
}

bool isValidMemberNumber(Country country, const QString& number)
{
    static const QRegularExpression lao(QStringLiteral("^(\\d{2})-(\\d{7,})-(\\d)$"));
    static const QRegularExpression kenya(QStringLiteral("^(\\d{3})-(\\d{7,})-(\\d)$"));
    const auto m = (country == Country::Lao ? lao : kenya).match(number);
    if (!m.hasMatch())
        return false;
    return luhnCheckDigit(m.captured(1) + m.captured(2)) == m.captured(3).toInt();
}

} // namespace fe::wire
