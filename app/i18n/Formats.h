#pragma once

#include "domain/Money.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace fe {
namespace app {

// How amounts, dates and times are shown: always through the operator's locale (QLocale()
// default, set by LanguageManager). LAK has no decimals ("₭1.234.568" in Lao), KES two
// ("Ksh 1,234,567.50" in Swahili).
namespace formats {

QString currencySymbol(const QString& currency);
QString money(const Money& amount, const QLocale& locale = QLocale());
// Money in the currency's unit as plain text for an input field ("225000", "500.50").
QString moneyInput(const Money& amount);
QString date(const QDate& date, const QLocale& locale = QLocale());
QString month(const QDate& date, const QLocale& locale = QLocale());
// A UTC moment shown in the store's time zone (Asia/Vientiane or Africa/Nairobi).
QString dateTime(const QDateTime& utc, const QString& timeZoneId, const QLocale& locale = QLocale());
QString number(qint64 value, const QLocale& locale = QLocale());

} // namespace formats
} // namespace app
} // namespace fe
