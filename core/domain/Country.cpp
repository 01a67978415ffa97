#include "domain/Country.h"

namespace fe {

const CountryProfile& CountryProfile::lao()
{
    static const CountryProfile p{Country::Lao,          QStringLiteral("LA"),
                                  QStringLiteral("LAK"), 0,
                                  QStringLiteral("856"), QStringLiteral("Asia/Vientiane"),
                                  QStringLiteral("lo")};
    return p;
}

const CountryProfile& CountryProfile::kenya()
{
    static const CountryProfile p{Country::Kenya,        QStringLiteral("KE"),
                                  QStringLiteral("KES"), 2,
                                  QStringLiteral("254"), QStringLiteral("Africa/Nairobi"),
                                  QStringLiteral("sw")};
    return p;
}

const CountryProfile& CountryProfile::of(Country country)
{
    return country == Country::Lao ? lao() : kenya();
}

std::optional<CountryProfile> CountryProfile::fromCode(const QString& code)
{
    const QString c = code.trimmed().toUpper();
    if (c == QLatin1String("LA"))
        return lao();
    if (c == QLatin1String("KE"))
        return kenya();
    return std::nullopt;
}

} // namespace fe
