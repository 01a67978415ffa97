#pragma once

#include <QStringView>

namespace fe::similarity {

// Similarity of two keys in [0, 1]: 1 - (weighted edit distance / length of the longer). Cheap
// confusions cost half an edit: a Latin vowel for another (Wanjiru/Wanjiro), the Lao consonant
// pairs that differ only in tone class (ສ/ຊ, ຂ/ຄ, ຜ/ພ, ຖ/ທ, ຫ/ຮ, ຝ/ຟ), l/r, and adding or
// dropping a Lao mark. When the similarity is below `atLeast` the comparison may stop early and
// return 0 instead: callers that only need to know whether it reaches a bound pass the bound.
double keySimilarity(QStringView a, QStringView b, double atLeast = 0.0);

// Similarity of one name token given its strict and tolerant keys: 1 when the strict keys are
// equal, 0.95 when only the tolerant keys are, otherwise at most 0.94 from keySimilarity of the
// tolerant keys.
double tokenSimilarity(QStringView strictA, QStringView tolerantA, QStringView strictB,
                       QStringView tolerantB);

// As tokenSimilarity, for family names, which are often shortened (Vong / Vongsa, Inthavong /
// Inthavongsa): a tolerant key that starts the other one scores at least 0.85 when it has at
// least `minimumPrefix` characters.
double familySimilarity(QStringView strictA, QStringView tolerantA, QStringView strictB,
                        QStringView tolerantB, int minimumPrefix = 4);

} // namespace fe::similarity
