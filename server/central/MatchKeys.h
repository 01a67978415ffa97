#pragma once

#include "domain/Member.h"

#include <QList>
#include <QString>

namespace fe::central {

// Keys under which a member claims uniqueness at the central office. A second member with the
// same key is flagged for a supervisor (never merged or dropped):
//   document: same document type and number (core's matchkey::documentKey);
//   probable: same name words (core's matchkey::nameTokensOf: Lao spelling variants, mark order,
//             case, accents and titles folded; word order ignored), same sex and date of birth
//             (the year when estimated) — once for the local-script name, once for the Latin one.
// Keys are stored hashed, so the claims index holds no readable personal data. The comparison
// is an exact key match enforced by a database key, so it holds across service instances; the
// scored, index-based rules of core's DuplicateDetector remain the device's job at registration.
struct Claim
{
    QString kind;
    QByteArray key;
};

QList<Claim> memberClaims(const Member& normalised);
QByteArray momoClaimKey(const QString& normalisedTransactionCode);

} // namespace fe::central
