#include "central/MatchKeys.h"

#include "crypto/Crypto.h"
#include "search/MatchKey.h"

namespace fe::central {
namespace {

QByteArray hashed(const QString& kind, const QString& text)
{
    return crypto::sha256((kind + QLatin1Char('|') + text).toUtf8()).toHex();
}

QString nameKey(const QString& given, const QString& family)
{
    QStringList words = matchkey::nameTokensOf(given) + matchkey::nameTokensOf(family);
    words.sort();
    return words.join(QLatin1Char(' '));
}

} // namespace

QList<Claim> memberClaims(const Member& m)
{
    QList<Claim> out;
    if (m.document.type != DocumentType::None && !m.document.number.isEmpty())
        out.append({QStringLiteral("document"),
                    hashed(QStringLiteral("document"), toKey(m.document.type) + QLatin1Char(':') +
                                                           matchkey::documentKey(m.document.number))});
    const QString birth =
        m.birth.estimated ? QString::number(m.birth.date.year()) : m.birth.date.toString(Qt::ISODate);
    QStringList seen;
    for (const auto& [given, family] :
         {std::pair{m.name.given, m.name.family}, std::pair{m.name.givenLatin, m.name.familyLatin}}) {
        const QString name = nameKey(given, family);
        if (name.isEmpty() || seen.contains(name))
            continue;
        seen.append(name);
        out.append({QStringLiteral("probable"),
                    hashed(QStringLiteral("probable"),
                           name + QLatin1Char('|') + toKey(m.sex) + QLatin1Char('|') + birth)});
    }
    return out;
}

QByteArray momoClaimKey(const QString& code)
{
    return hashed(QStringLiteral("momo"), code);
}

} // namespace fe::central
