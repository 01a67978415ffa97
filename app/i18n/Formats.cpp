#include "i18n/Formats.h"

#include <QTimeZone>

namespace fe::app::formats {

QString currencySymbol(const QString& currency)
{
    if (currency == QLatin1String("LAK"))
        return QStringLiteral("₭"); // notr: currency symbol
    if (currency == QLatin1String("KES"))
        return QStringLiteral("Ksh"); // notr: currency symbol
    return currency;
}

QString money(const Money& amount, const QLocale& locale)
{
    const int decimals = Money::decimalsOf(amount.currency);
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    // Whole and fractional parts are formatted apart: no floating point on amounts.
    const qint64 absMinor = amount.minor < 0 ? -amount.minor : amount.minor;
    QString text = locale.toString(absMinor / scale);
    if (decimals > 0)
        text += locale.decimalPoint() +
                QStringLiteral("%1").arg(absMinor % scale, decimals, 10, QLatin1Char('0'));
    // Let the locale place the symbol: format a number with the same shape and swap the digits in.
    const QString shape = locale.toCurrencyString(1.0, QStringLiteral("\x01"), 0);
    QString out = shape;
    out.replace(QLatin1Char('1'), text);
    out.replace(QChar(0x01), currencySymbol(amount.currency));
    return amount.minor < 0 ? locale.negativeSign() + out : out;
}

QString moneyInput(const Money& amount)
{
    return amount.toPlainString();
}

QString date(const QDate& d, const QLocale& locale)
{
    return d.isValid() ? locale.toString(d, QLocale::ShortFormat) : QString();
}

QString month(const QDate& d, const QLocale& locale)
{
    return d.isValid() ? locale.toString(d, QStringLiteral("MMMM yyyy")) : QString();
}

QString dateTime(const QDateTime& utc, const QString& timeZoneId, const QLocale& locale)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toTimeZone(QTimeZone(timeZoneId.toLatin1()));
    return locale.toString(local, QLocale::ShortFormat);
}

QString number(qint64 value, const QLocale& locale)
{
    return locale.toString(value);
}

} // namespace fe::app::formats
