#include "validation/Normalise.h"

namespace fe {

QString normaliseName(const QString& name)
{
    QString n = name.normalized(QString::NormalizationForm_C);
    return n.simplified();
}

bool hasControlCharacters(const QString& text)
{
    for (const QChar c : text) {
        const auto cat = c.category();
        if (cat == QChar::Other_Control || cat == QChar::Other_Format || cat == QChar::Other_NotAssigned ||
            c == QChar::ReplacementCharacter)
            return true;
    }
    return false;
}

std::optional<QString> normaliseMobilePhone(const QString& input, const CountryProfile& country)
{
    QString digits;
    digits.reserve(input.size());
    for (const QChar c : input) {
        if (c.isDigit() && c.unicode() < 128)
            digits.append(c);
        else if (c == QLatin1Char('+') && digits.isEmpty())
            continue;
        else if (c != QLatin1Char(' ') && c != QLatin1Char('-') && c != QLatin1Char('(') &&
                 c != QLatin1Char(')') && c != QLatin1Char('.'))
            return std::nullopt;
    }
    if (digits.startsWith(country.callingCode))
        digits.remove(0, country.callingCode.size());
    else if (digits.startsWith(QLatin1String("00") + country.callingCode))
        digits.remove(0, country.callingCode.size() + 2);
    if (digits.startsWith(QLatin1Char('0')))
        digits.remove(0, 1);
    // Every character of `digits` is an ASCII digit: the rules are a length and a prefix.
    // Kenya 7xxxxxxxx or 10xxxxxxx / 11xxxxxxx; Laos 20xxxxxxxx or 302xxxxxx.
    const auto is = [&digits](qsizetype length, QLatin1StringView prefix) {
        return digits.size() == length && digits.startsWith(prefix);
    };
    const bool valid = country.country == Country::Kenya
                           ? is(9, QLatin1StringView("7")) || is(9, QLatin1StringView("10")) ||
                                 is(9, QLatin1StringView("11"))
                           : is(10, QLatin1StringView("20")) || is(9, QLatin1StringView("302"));
    if (!valid)
        return std::nullopt;
    return QLatin1Char('+') + country.callingCode + digits;
}

QString normaliseDocumentNumber(DocumentType type, const QString& number)
{
    QString n = number.normalized(QString::NormalizationForm_KC).trimmed().toUpper();
    switch (type) {
    case DocumentType::KeNationalId:
    case DocumentType::KeMaishaNamba:
    case DocumentType::KeKraPin:
        n.remove(QLatin1Char(' '));
        n.remove(QLatin1Char('-'));
        break;
    default:
        n = n.simplified();
        break;
    }
    return n;
}

QString normaliseTransactionCode(const QString& code)
{
    return code.trimmed().toUpper();
}

QString nameSearchKey(const QString& name)
{
    // Decompose, drop combining marks that are accents on Latin letters, fold case. Lao tone and
    // vowel marks are kept: they distinguish words (the full Lao match key comes with search).
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing && c.unicode() < 0x0E80)
            continue;
        out.append(c);
    }
    return out.toCaseFolded().simplified();
}

} // namespace fe
