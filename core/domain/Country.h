#pragma once

#include <QString>
#include <QTimeZone>

#include <optional>

namespace fe {

enum class Country { Lao, Kenya };

// Everything that differs between the two country profiles a store is created with.
struct CountryProfile
{
    Country country;
    QString code;          // "LA" / "KE" (ISO 3166-1 alpha-2)
    QString currency;      // "LAK" / "KES" (ISO 4217)
    int currencyDecimals;  // LAK 0, KES 2
    QString callingCode;   // "856" / "254"
    QString timeZoneId;    // "Asia/Vientiane" / "Africa/Nairobi"
    QString localLanguage; // "lo" / "sw"

    static const CountryProfile& lao();
    static const CountryProfile& kenya();
    static const CountryProfile& of(Country country);
    static std::optional<CountryProfile> fromCode(const QString& code);
};

} // namespace fe
