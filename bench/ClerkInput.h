// What a clerk types, for the benchmarks: name searches (prefixes and full names, in both scripts
// for Lao) and registrations that copy an existing member with the usual spelling variants.
// Header-only: each benchmark is one .cpp (bench/CMakeLists.txt).
#pragma once

#include "domain/Country.h"
#include "domain/Member.h"

#include <QRandomGenerator>
#include <QString>
#include <QUuid>

#include <utility>

namespace fe::bench {

inline bool isLaoMark(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x0EB1 && u <= 0x0EBC && u != 0x0EB2 && u != 0x0EB3) || (u >= 0x0EC8 && u <= 0x0ECD);
}

// A prefix as a person types it: at least `minimum` characters, never ending between a consonant
// and its marks.
inline QString typedPrefix(const QString& word, int minimum, QRandomGenerator& random)
{
    if (word.size() <= minimum)
        return word;
    qsizetype n = minimum + qsizetype(random.bounded(quint32(word.size() - minimum + 1)));
    while (n < word.size() && isLaoMark(word.at(n)))
        ++n;
    return word.left(n);
}

inline QString firstWord(const QString& s)
{
    return s.section(QLatin1Char(' '), 0, 0);
}

// Query number `i` about member `m`: for Lao, even queries in Lao script and odd ones in Latin;
// by i % 5 a given-name prefix, the given name and the start of the family name, a family-name
// prefix, the full name, and (Lao script) the full name run together without a space as Lao is
// written, or (Latin) the full given name.
inline QString nameQuery(const Member& m, Country country, int i, QRandomGenerator& random)
{
    const bool laoScript = country == Country::Lao && i % 2 == 0;
    const bool local = laoScript || country == Country::Kenya;
    const QString given = firstWord(local ? m.name.given : m.name.givenLatin);
    const QString family = firstWord(local ? m.name.family : m.name.familyLatin);
    const int minimum = laoScript ? 2 : 3;
    switch (family.isEmpty() ? 0 : i % 5) {
    case 1:
        return given + QLatin1Char(' ') + typedPrefix(family, 1, random);
    case 2:
        return typedPrefix(family, minimum, random);
    case 3:
        return given + QLatin1Char(' ') + family;
    case 4:
        return laoScript ? given + family : given;
    default:
        return typedPrefix(given, minimum, random);
    }
}

// The same Lao name written another way that Unicode normalisation does not unify: ຳ typed as
// ໍ + າ, ຫຼ as ຫ + ລ, ໜ / ໝ as ຫ + ນ / ມ, or a tone mark typed before the vowel above it.
inline QString laoSpellingVariant(QString s, QRandomGenerator& random)
{
    const QString before = s;
    switch (random.bounded(4)) {
    case 0:
        s.replace(QChar(0x0EB3), QStringLiteral("\u0ECD\u0EB2"));
        break;
    case 1:
        s.replace(QStringLiteral("\u0EAB\u0EBC"), QStringLiteral("\u0EAB\u0EA5"));
        break;
    case 2:
        s.replace(QChar(0x0EDC), QStringLiteral("\u0EAB\u0E99"))
            .replace(QChar(0x0EDD), QStringLiteral("\u0EAB\u0EA1"));
        break;
    default:
        for (qsizetype k = 0; k + 1 < s.size(); ++k) {
            const char16_t vowel = s.at(k).unicode(), tone = s.at(k + 1).unicode();
            if (((vowel >= 0x0EB4 && vowel <= 0x0EB7) || vowel == 0x0EB1) && tone >= 0x0EC8 &&
                tone <= 0x0ECB) {
                std::swap(s[k], s[k + 1]);
                break;
            }
        }
        break;
    }
    if (s == before && s.size() > 2) // nothing to vary in this name: a vowel typed long or short
        s.replace(QChar(0x0EB4), QChar(0x0EB5));
    return s;
}

// A Latin-script name as another clerk romanises or mistypes it.
inline QString latinSpellingVariant(QString s, QRandomGenerator& random)
{
    const QString before = s;
    switch (random.bounded(3)) {
    case 0: // Xay / Say / Sai, Phou / Phu
        s.replace(QLatin1String("X"), QLatin1String("S")).replace(QLatin1String("ou"), QLatin1String("u"));
        break;
    case 1:
        s.replace(QLatin1String("ai"), QLatin1String("ay")).replace(QLatin1String("ee"), QLatin1String("i"));
        break;
    default:
        break;
    }
    if (s == before && s.size() > 3) { // a slip of the last vowel
        const QChar last = s.at(s.size() - 1);
        s[s.size() - 1] = last == QLatin1Char('a') ? QLatin1Char('e') : QLatin1Char('a');
    }
    return s;
}

// A registration of an existing member written differently: spelling variants of the names, and
// one of the usual slips (no document, year of birth only, no family name or names in another
// order, no phone). Every fifth keeps the document, as a person who registers twice would.
inline Member nearCopyOf(Member m, Country country, int i, QRandomGenerator& random)
{
    m.id = QUuid();
    m.version = 0;
    m.memberNumber.clear();
    if (country == Country::Lao) {
        m.name.given = laoSpellingVariant(m.name.given, random);
        m.name.family = laoSpellingVariant(m.name.family, random);
        m.name.givenLatin = latinSpellingVariant(m.name.givenLatin, random);
    } else {
        m.name.family = latinSpellingVariant(m.name.family, random);
    }
    if (i % 5 != 0)
        m.document = {};
    switch (random.bounded(4)) {
    case 0:
        m.phone.clear();
        break;
    case 1:
        m.birth = {QDate(m.birth.date.year(), 7, 1), true};
        break;
    case 2:
        if (country == Country::Lao) {
            m.name.family.clear();
            m.name.familyLatin.clear();
        } else {
            std::swap(m.name.given, m.name.family);
        }
        break;
    default:
        break;
    }
    return m;
}

} // namespace fe::bench
