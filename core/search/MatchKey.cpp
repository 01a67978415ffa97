#include "search/MatchKey.h"

#include <algorithm>

namespace fe::matchkey {
namespace {

constexpr char16_t kSubscriptLo = 0x0EBC;
constexpr char16_t kLaoLo = 0x0EA5;
constexpr char16_t kLaoLoLoot = 0x0EA3; // ຣ, the old "r"
constexpr char16_t kSemivowelNyo = 0x0EBD;
constexpr char16_t kLaoNyo = 0x0E8D;

bool isLaoCodePoint(char32_t c)
{
    return c >= 0x0E80 && c <= 0x0EFF;
}

bool isApostrophe(char32_t c)
{
    return c == U'\'' || c == U'`' || c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x02BB;
}

// Position of a Lao combining mark in the canonical order of one consonant's marks. Unicode gives
// most of them combining class 0, so normalisation keeps whatever order they were typed in.
int laoMarkRank(char16_t c)
{
    if (c == kSubscriptLo)
        return 0;
    if (c == 0x0EB8 || c == 0x0EB9) // lower vowels
        return 1;
    if (c == 0x0EB1 || (c >= 0x0EB4 && c <= 0x0EB7) || c == 0x0EBB || c == 0x0ECD) // upper vowels, ໍ
        return 2;
    if (c >= 0x0EC8 && c <= 0x0ECB) // tone marks
        return 3;
    if (c == 0x0ECC) // cancellation mark
        return 4;
    return 5;
}

bool isLaoMark(char16_t c)
{
    return c >= 0x0EB1 && c <= 0x0ECD && laoMarkRank(c) < 5;
}

// foldCommon for a text of ASCII characters alone (most Kenyan and romanised names), where case
// folding is lower case, both normalisations change nothing and a letter or digit is [A-Za-z0-9].
QString foldAscii(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (isApostrophe(c))
            continue;
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out.append(ch);
        else if (c >= u'A' && c <= u'Z')
            out.append(QChar(static_cast<char16_t>(c - u'A' + u'a')));
        else
            out.append(QLatin1Char(' '));
    }
    return out.simplified();
}

// Shared first step of every name key: compatibility decomposition, accents on non-Lao letters
// and format characters removed, case folded, punctuation as spaces.
QString foldCommon(const QString& text)
{
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; }))
        return foldAscii(text); // a tenth of preparing a Kenyan row for an encrypted store
    const QString decomposed = text.toCaseFolded().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const char32_t c : decomposed.toUcs4()) {
        const auto category = QChar::category(c);
        if (category == QChar::Other_Format || isApostrophe(c))
            continue;
        const bool mark = category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
                          category == QChar::Mark_Enclosing;
        if (mark && !isLaoCodePoint(c))
            continue;
        if (!mark && !QChar::isLetterOrNumber(c)) {
            out.append(QLatin1Char(' '));
        } else if (QChar::requiresSurrogates(c)) {
            out.append(QChar(QChar::highSurrogate(c)));
            out.append(QChar(QChar::lowSurrogate(c)));
        } else {
            out.append(QChar(static_cast<char16_t>(c)));
        }
    }
    return out.normalized(QString::NormalizationForm_C).simplified();
}

// Puts every run of Lao marks into canonical order, then writes the subscript lo as ລ.
void canonicaliseLaoMarks(QString& s)
{
    qsizetype i = 0;
    while (i < s.size()) {
        if (!isLaoMark(s.at(i).unicode())) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < s.size() && isLaoMark(s.at(end).unicode()))
            ++end;
        std::stable_sort(s.begin() + i, s.begin() + end, [](QChar a, QChar b) {
            return laoMarkRank(a.unicode()) < laoMarkRank(b.unicode());
        });
        i = end;
    }
    s.replace(QChar(kSubscriptLo), QChar(kLaoLo));
}

bool isLatinVowel(QChar c)
{
    return QStringView(u"aeiou").contains(c);
}

void collapseDoubles(QString& s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s)
        if (out.isEmpty() || out.back() != c)
            out.append(c);
    s = out;
}

// y as a vowel: everywhere except at the start of the name.
void yAsVowel(QString& s)
{
    for (qsizetype i = 1; i < s.size(); ++i)
        if (s[i] == QLatin1Char('y'))
            s[i] = QLatin1Char('i');
}

void replaceAll(QString& s, std::initializer_list<std::pair<const char*, const char*>> rules)
{
    for (const auto& [from, to] : rules)
        s.replace(QLatin1String(from), QLatin1String(to));
}

QString oneLatinToken(const QString& token)
{
    QString s = latinFold(token);
    s.remove(QLatin1Char(' '));
    return s;
}

} // namespace

Script scriptOf(QStringView text)
{
    for (const char32_t c : text.toUcs4()) {
        if (!QChar::isLetter(c))
            continue;
        switch (QChar::script(c)) {
        case QChar::Script_Lao:
            return Script::Lao;
        case QChar::Script_Latin:
            return Script::Latin;
        default:
            return Script::Other;
        }
    }
    return Script::None;
}

QString latinFold(const QString& text)
{
    return foldCommon(text);
}

QString laoKey(const QString& text)
{
    QString s = foldCommon(text);
    canonicaliseLaoMarks(s);
    return s;
}

QString laoSkeleton(const QString& text)
{
    const QString key = laoKey(text);
    QString out;
    out.reserve(key.size());
    for (const QChar ch : key) {
        const char16_t c = ch.unicode();
        if (c >= 0x0EC8 && c <= 0x0ECC)
            continue; // tone marks, cancellation mark
        if (c == kLaoLoLoot)
            out.append(QChar(kLaoLo));
        else if (c == kSemivowelNyo)
            out.append(QChar(kLaoNyo));
        else if (c == 0x0EB4 || c == 0x0EB6 || c == 0x0EB8)
            out.append(QChar(c + 1)); // short vowel as its long pair
        else if (c == 0x0EB0)
            out.append(QChar(0x0EB2)); // ະ as າ
        else
            out.append(ch);
    }
    return out;
}

QString laoRomanKey(const QString& token)
{
    QString s = oneLatinToken(token);
    if (s.isEmpty())
        return s;
    if (s.endsWith(QLatin1String("ar")) && s.size() > 3)
        s.chop(1); // Khamlar: a Thai-style lengthening r
    replaceAll(s, {{"ph", "p"},
                   {"th", "t"},
                   {"kh", "k"},
                   {"ck", "k"},
                   {"ch", "c"},
                   {"j", "c"},
                   {"q", "k"},
                   {"x", "s"},
                   {"z", "s"},
                   {"v", "w"},
                   {"r", "l"},
                   {"ou", "u"},
                   {"oo", "u"},
                   {"ee", "i"},
                   {"aew", "eo"},
                   {"ae", "e"}});
    yAsVowel(s);
    // "one"/"ane" before a consonant: the e only marks a long vowel (Phonesavanh, Sonesay).
    for (qsizetype i = 1; i + 2 < s.size(); ++i)
        if ((s[i - 1] == QLatin1Char('o') || s[i - 1] == QLatin1Char('a')) && s[i] == QLatin1Char('n') &&
            s[i + 1] == QLatin1Char('e') && !isLatinVowel(s[i + 2]))
            s.remove(i + 1, 1);
    if (s.size() > 1 && s.endsWith(QLatin1Char('h')))
        s.chop(1);
    if (s.size() > 3 && s.endsWith(QLatin1Char('e')) && !isLatinVowel(s.at(s.size() - 2)))
        s.chop(1);
    collapseDoubles(s);
    return s;
}

QString kenyanKey(const QString& token)
{
    QString s = oneLatinToken(token);
    if (s.isEmpty())
        return s;
    replaceAll(s, {{"ph", "f"}, {"dh", "d"}, {"th", "t"}, {"kh", "k"}, {"ck", "k"}, {"q", "k"}, {"ou", "u"}});
    for (qsizetype i = 0; i < s.size(); ++i)
        if (s[i] == QLatin1Char('c') && (i + 1 >= s.size() || s[i + 1] != QLatin1Char('h')))
            s[i] = QLatin1Char('k');
    yAsVowel(s);
    if (s.size() > 2 && s.endsWith(QLatin1Char('h')) && isLatinVowel(s.at(s.size() - 2)))
        s.chop(1);
    collapseDoubles(s);
    return s;
}

TokenKeys keysOf(const QString& token, Country country)
{
    TokenKeys k;
    k.script = scriptOf(token);
    if (k.script == Script::Lao) {
        k.strict = laoKey(token);
        k.tolerant = laoSkeleton(token);
    } else {
        k.strict = latinFold(token);
        if (k.script == Script::Latin)
            k.tolerant = country == Country::Lao ? laoRomanKey(token) : kenyanKey(token);
        else
            k.tolerant = k.strict;
    }
    return k;
}

QStringList tokensOf(const QString& text)
{
    return laoKey(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QStringList nameTokensOf(const QString& text)
{
    static const QStringList laoTitles = {laoKey(QStringLiteral("ນາງ")), laoKey(QStringLiteral("ທ້າວ"))};
    static const QStringList latinTitles = {
        QStringLiteral("mr"),   QStringLiteral("mrs"),  QStringLiteral("ms"),  QStringLiteral("miss"),
        QStringLiteral("nang"), QStringLiteral("thao"), QStringLiteral("tao"), QStringLiteral("dr")};
    QStringList tokens = tokensOf(text);
    if (tokens.size() > 1 && (laoTitles.contains(tokens.first()) || latinTitles.contains(tokens.first())))
        tokens.removeFirst();
    else if (!tokens.isEmpty())
        for (const QString& title : laoTitles)
            if (tokens.first().startsWith(title) && tokens.first().size() >= title.size() + 2) {
                tokens.first().remove(0, title.size());
                break;
            }
    return tokens;
}

QString villageKey(const QString& village)
{
    static const QString laoVillage = laoKey(QStringLiteral("ບ້ານ"));
    QStringList tokens = tokensOf(village);
    if (!tokens.isEmpty()) {
        const QString first = tokens.first();
        if (first == QLatin1String("ban") || first == QLatin1String("b") ||
            first == QLatin1String("kijiji") || first == QStringLiteral("ບ") || first == laoVillage)
            tokens.removeFirst();
        else if (first.startsWith(laoVillage))
            tokens.first().remove(0, laoVillage.size());
    }
    return laoSkeleton(tokens.join(QString()));
}

QString documentKey(const QString& number)
{
    QString out;
    for (const QChar c : number.normalized(QString::NormalizationForm_KC))
        if (c.isLetterOrNumber())
            out.append(c.toUpper());
    return out;
}

} // namespace fe::matchkey
