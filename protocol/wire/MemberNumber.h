#pragma once

#include "domain/Country.h"

#include <QString>

namespace fe::wire {

// Member numbers the central office assigns on first acceptance of a registration:
//   LA: PP-NNNNNNN-C   (PP province code of the registering district, 2 digits)
//   KE: CCC-NNNNNNN-C  (CCC county code, 001-047)
// N is a country-wide serial (never reused), C a Luhn check digit over all the digits before it,
// so a mistyped digit or a swap of two neighbours is caught when a number is keyed in.
QString formatMemberNumber(Country country, const QString& regionCode, qint64 serial);
bool isValidMemberNumber(Country country, const QString& number);
int luhnCheckDigit(const QString& digits);

} // namespace fe::wire
