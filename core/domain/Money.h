#pragma once

#include <QString>

#include <optional>

namespace fe {

// An amount in integer minor units of its currency. LAK has no minor unit in practice,
// KES has two decimals; nothing here ever touches floating point.
struct Money
{
    qint64 minor = 0;
    QString currency;

    static int decimalsOf(const QString& currency);
    // Parses "1234", "1,234.50", "1 234 567" style input for the currency; nullopt if it is not an amount,
    // has more decimals than the currency allows, or groups digits other than in threes ("12,5").
    static std::optional<Money> parse(const QString& text, const QString& currency);
    // Plain machine form ("1234.50" for KES, "1234" for LAK): files and the wire.
    QString toPlainString() const;

    friend bool operator==(const Money&, const Money&) = default;
};

} // namespace fe
