#include "domain/Scheme.h"

#include "domain/Member.h"

namespace fe {

std::optional<Money> Scheme::expectedAmount(const Member& member, int months) const
{
    if (months < 1)
        months = 1;
    const CountryProfile& profile = CountryProfile::of(country);
    std::optional<Money> basis;
    switch (rule) {
    case RuleKind::AnyAmount:
        return std::nullopt;
    case RuleKind::PercentOfMemberIncome:
        basis = member.monthlyIncome;
        break;
    case RuleKind::PercentOfHouseholdIncome:
        basis = member.householdIncome ? member.householdIncome : member.monthlyIncome;
        break;
    }
    if (!basis || basis->currency != profile.currency)
        return std::nullopt;
    // Round half up to the currency's smallest unit; integer arithmetic only.
    qint64 monthly = (basis->minor * rateBasisPoints + 5000) / 10000;
    if (monthly < minimumMonthlyMinor)
        monthly = minimumMonthlyMinor;
    return Money{monthly * months, profile.currency};
}

QList<Scheme> Scheme::builtIn()
{
    using R = Scheme::RuleKind;
    return {
        {QStringLiteral("LA-VOL"), Country::Lao, QStringLiteral("LSSO voluntary scheme"),
         QStringLiteral("ລະບົບປະກັນສັງຄົມແບບສະໝັກໃຈ"), R::PercentOfMemberIncome, 900, 0, 15, 60},
        {QStringLiteral("KE-NSSF-HH"), Country::Kenya, QStringLiteral("NSSF Haba Haba"),
         QStringLiteral("NSSF Haba Haba"), R::AnyAmount, 0, 0, 18, 0},
        {QStringLiteral("KE-SHA-NS"), Country::Kenya, QStringLiteral("SHA non-salaried household"),
         QStringLiteral("SHA kaya isiyo na mshahara"), R::PercentOfHouseholdIncome, 275, 30000, 0, 0},
    };
}

std::optional<Scheme> Scheme::builtIn(const QString& code)
{
    for (const Scheme& s : builtIn())
        if (s.code == code)
            return s;
    return std::nullopt;
}

int ageOn(const QDate& birth, const QDate& on)
{
    if (!birth.isValid() || !on.isValid())
        return -1;
    int age = on.year() - birth.year();
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day()))
        --age;
    return age;
}

} // namespace fe
