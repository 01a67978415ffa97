#include "search/NameSimilarity.h"

#include <QVarLengthArray>

#include <algorithm>

namespace fe::similarity {
namespace {

// Latin vowels only: romanisations and Kenyan spellings vary mostly in vowels (Wanjiru/Wanjiro),
// while the Lao skeleton already unifies the usual Lao vowel variants, so a different Lao vowel is
// a different name (ບຸນມີ/ບຸນມາ).
bool isLatinVowel(char16_t c)
{
    return c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u';
}

bool isLaoMark(char16_t c)
{
    return (c >= 0x0EB1 && c <= 0x0EBC && c != 0x0EB2 && c != 0x0EB3) || (c >= 0x0EC8 && c <= 0x0ECD);
}

// Pairs written differently but often heard the same; each pair as (lower, higher).
bool isCheapConsonantPair(char16_t a, char16_t b)
{
    if (a > b)
        std::swap(a, b);
    static constexpr char16_t pairs[][2] = {
        {0x0EAA, 0x0E8A}, // ສ ຊ
        {0x0E82, 0x0E84}, // ຂ ຄ
        {0x0E9C, 0x0E9E}, // ຜ ພ
        {0x0E96, 0x0E97}, // ຖ ທ
        {0x0EAB, 0x0EAE}, // ຫ ຮ
        {0x0E9D, 0x0E9F}, // ຝ ຟ
        {u'l', u'r'},
    };
    for (const auto& p : pairs) {
        const char16_t lo = std::min(p[0], p[1]);
        const char16_t hi = std::max(p[0], p[1]);
        if (a == lo && b == hi)
            return true;
    }
    return false;
}

double substitutionCost(char16_t a, char16_t b)
{
    if (a == b)
        return 0.0;
    if ((isLatinVowel(a) && isLatinVowel(b)) || isCheapConsonantPair(a, b))
        return 0.5;
    return 1.0;
}

double indelCost(char16_t c)
{
    return isLaoMark(c) ? 0.5 : 1.0;
}

} // namespace

double keySimilarity(QStringView a, QStringView b, double atLeast)
{
    if (a == b)
        return 1.0;
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    const qsizetype longer = std::max(n, m);
    if (n == 0 || m == 0)
        return 0.0;
    // Every character of length difference costs at least half an edit.
    const double maxCost = (1.0 - atLeast) * double(longer);
    if (0.5 * double(std::abs(n - m)) > maxCost)
        return 0.0;
    // Two rows of the edit-distance table; names are short, so they live on the stack.
    QVarLengthArray<double, 64> rowA(m + 1);
    QVarLengthArray<double, 64> rowB(m + 1);
    double* previous = rowA.data();
    double* current = rowB.data();
    previous[0] = 0.0;
    for (qsizetype j = 1; j <= m; ++j)
        previous[j] = previous[j - 1] + indelCost(b[j - 1].unicode());
    for (qsizetype i = 1; i <= n; ++i) {
        const char16_t ca = a[i - 1].unicode();
        current[0] = previous[0] + indelCost(ca);
        double rowMinimum = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const char16_t cb = b[j - 1].unicode();
            current[j] = std::min({previous[j] + indelCost(ca), current[j - 1] + indelCost(cb),
                                   previous[j - 1] + substitutionCost(ca, cb)});
            rowMinimum = std::min(rowMinimum, current[j]);
        }
        if (rowMinimum > maxCost)
            return 0.0; // costs only grow from here
        std::swap(previous, current);
    }
    return std::max(0.0, 1.0 - previous[m] / static_cast<double>(longer));
}

double tokenSimilarity(QStringView strictA, QStringView tolerantA, QStringView strictB, QStringView tolerantB)
{
    if (strictA.isEmpty() || strictB.isEmpty())
        return 0.0;
    if (strictA == strictB)
        return 1.0;
    if (tolerantA == tolerantB)
        return 0.95;
    return std::min(0.94, keySimilarity(tolerantA, tolerantB));
}

double familySimilarity(QStringView strictA, QStringView tolerantA, QStringView strictB,
                        QStringView tolerantB, int minimumPrefix)
{
    const double s = tokenSimilarity(strictA, tolerantA, strictB, tolerantB);
    const QStringView shorter = tolerantA.size() <= tolerantB.size() ? tolerantA : tolerantB;
    const QStringView longer = tolerantA.size() <= tolerantB.size() ? tolerantB : tolerantA;
    if (shorter.size() >= minimumPrefix && longer.startsWith(shorter))
        return std::max(s, 0.85);
    return s;
}

} // namespace fe::similarity
