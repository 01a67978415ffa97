#pragma once

#include "domain/Country.h"
#include "domain/Enums.h"

#include <QString>

#include <optional>

namespace fe {

// Canonical forms used for storage, exact look-ups and comparisons. Each returns nullopt or an
// empty string when the input cannot be brought into form; validation turns that into a message.

// NFC, trimmed, inner runs of white space folded to one space.
QString normaliseName(const QString& name);
bool hasControlCharacters(const QString& text);

// A phone number in E.164 ("+254712345678") if it is a valid mobile number of the country.
std::optional<QString> normaliseMobilePhone(const QString& input, const CountryProfile& country);

// Document numbers: upper case, spaces and separators removed for numeric kinds.
QString normaliseDocumentNumber(DocumentType type, const QString& number);

// Mobile-money transaction code: trimmed, upper case.
QString normaliseTransactionCode(const QString& code);

// Case- and accent-folded key for prefix search on names (either script).
QString nameSearchKey(const QString& name);

} // namespace fe
