#pragma once

#include "domain/Country.h"
#include "domain/Money.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace fe {

struct Member;

// A social-security scheme and its contribution rule. Schemes are reference data: the store
// keeps them in a table (updated from the central office); builtIn() is the initial set.
struct Scheme
{
    enum class RuleKind { PercentOfMemberIncome, PercentOfHouseholdIncome, AnyAmount };

    QString code;
    Country country = Country::Lao;
    QString name;      // English
    QString localName; // Lao / Swahili
    RuleKind rule = RuleKind::AnyAmount;
    int rateBasisPoints = 0;        // 900 = 9 %, 275 = 2.75 %
    qint64 minimumMonthlyMinor = 0; // in the country's currency
    int minAge = 0;
    int maxAge = 0; // 0: no upper limit

    // The amount the rule expects for `months` months; nullopt when the rule has no expectation
    // (any amount) or the income it needs is unknown.
    std::optional<Money> expectedAmount(const Member& member, int months) const;
    bool ageAllowed(int age) const { return age >= minAge && (maxAge == 0 || age <= maxAge); }

    static QList<Scheme> builtIn();
    static std::optional<Scheme> builtIn(const QString& code);
};

// Whole years between birth and `on`.
int ageOn(const QDate& birth, const QDate& on);

} // namespace fe
