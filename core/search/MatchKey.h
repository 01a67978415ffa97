#pragma once

#include "domain/Country.h"

#include <QString>
#include <QStringList>

namespace fe::matchkey {

// Keys under which names are indexed and compared. A "strict" key only removes differences that
// never distinguish two names (case, accents, Unicode forms, the order marks were typed in); a
// "tolerant" key also removes common spelling and romanisation variation, so it is used for
// candidate finding and the lower-ranked search tier, never alone to decide anything.

enum class Script { None, Lao, Latin, Other };

// The script of the first letter in `text` (None when it has no letters).
Script scriptOf(QStringView text);

// Latin (or any non-Lao) text: NFKC, case-folded, accents removed, apostrophes dropped, other
// punctuation turned into spaces, runs of white space folded. "N'Gang'a Émile" -> "nganga emile".
QString latinFold(const QString& text);

// Lao text: NFKC (which also splits ໜ/ໝ into ຫນ/ຫມ and ຳ into ໍ+າ), format characters such as
// zero-width spaces removed, the marks above and below each consonant put in one canonical
// order (subscript lo, lower vowels, upper vowels and ໍ, tone marks, cancellation mark), and the
// subscript lo ຼ written as ລ, so ຫຼ == ຫລ and ນໍ້າ == ນ້ຳ == ນ້ໍາ. Latin letters inside are folded as
// in latinFold.
QString laoKey(const QString& text);

// laoKey without tone marks and the cancellation mark, with ຣ as ລ, ຽ as ຍ and short and long
// vowels (ິ/ີ, ຶ/ື, ຸ/ູ, ະ/າ) unified: the common spelling variation of Lao names.
QString laoSkeleton(const QString& text);

// Tolerant key of one Latin-script Lao name (a romanisation): ph/th/kh -> p/t/k, x -> s, v -> w,
// j/ch -> c, r -> l, ou/oo -> u, ee/y -> i, ae -> e, final h and silent e dropped, doubled letters
// single. Vongsa == Vongxa == Wongsa, Xay == Say == Sai, Phonsavanh == Phonesavan.
QString laoRomanKey(const QString& token);

// Tolerant ("phonetic-ish") key of one Kenyan name: ph -> f, dh/th/kh -> d/t/k, c/q -> k (but ch
// kept), ou -> u, y -> i, final h dropped, doubled letters single. Mohamed == Mohammed,
// Odhiambo == Odiambo; remaining vowel differences (Wanjiru/Wanjiro) are left to similarity.
QString kenyanKey(const QString& token);

// Strict and tolerant key of one name token, by script and country profile.
struct TokenKeys
{
    Script script = Script::None;
    QString strict;
    QString tolerant;
};
TokenKeys keysOf(const QString& token, Country country);

// The word tokens of a name field, each folded for its script (Lao tokens through laoKey, others
// through latinFold). Lao writes no spaces between words, so a Lao field is usually one token.
QStringList tokensOf(const QString& text);

// tokensOf without a leading title (ນາງ, ທ້າວ, Mr, Mrs, Ms, Nang, Thao, ...), which clerks often
// type into the name field, also when it is written joined to a Lao name (ນາງສົມພອນ).
QStringList nameTokensOf(const QString& text);

// Village names with the generic "village" word (ບ້ານ, Ban, Kijiji) removed, keyed tolerantly.
QString villageKey(const QString& village);

// Document numbers compared without separators or case: "01-2345678" == "01 2345678".
QString documentKey(const QString& number);

} // namespace fe::matchkey
