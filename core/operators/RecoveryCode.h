#pragma once

#include <QString>

#include <optional>

namespace fe {

// The administrator's recovery code: 120 random bits as 24 Crockford base-32 symbols, shown in
// groups of four ("7KQ2-M9XD-..."). The alphabet has no I, L, O or U, and reading it back accepts
// lower case, spaces, and O/I/L for 0/1/1, so a code copied by hand from paper still works.
class RecoveryCode
{
public:
    static constexpr int kSymbols = 24;

    static QString generate();
    // The 24 symbols without separators, or nullopt if the text cannot be a recovery code.
    static std::optional<QString> normalise(const QString& text);
};

} // namespace fe
