#include "search/MatchProfile.h"

#include "validation/Normalise.h"

namespace fe {
namespace {

void addTokens(QList<NameToken>& out, const QString& text, NameRole role, Country country)
{
    for (const QString& token : matchkey::nameTokensOf(text)) {
        const matchkey::TokenKeys keys = matchkey::keysOf(token, country);
        if (keys.strict.isEmpty())
            continue;
        out.append({role, keys.script, keys.strict, keys.tolerant});
    }
}

} // namespace

MatchProfile MatchProfile::of(const Member& member, Country country)
{
    MatchProfile p;
    p.id = member.id;
    const PersonName& n = member.name;
    addTokens(p.names, n.given, NameRole::Given, country);
    addTokens(p.names, n.family, NameRole::Family, country);
    addTokens(p.names, n.givenLatin, NameRole::Given, country);
    addTokens(p.names, n.familyLatin, NameRole::Family, country);
    addTokens(p.names, n.nickname, NameRole::Nickname, country);
    for (const HouseholdMember& h : member.household)
        addTokens(p.names, h.name.given, NameRole::Household, country);
    p.birth = member.birth.date;
    p.birthEstimated = member.birth.estimated;
    p.sex = member.sex;
    p.documentType = member.document.type;
    p.document = matchkey::documentKey(member.document.number);
    p.phone = phoneKey(member.phone, country);
    p.memberNumber = memberNumberKey(member.memberNumber);
    p.district = member.address.districtCode.trimmed();
    p.ward = member.address.wardCode.trimmed();
    p.village = matchkey::villageKey(member.address.village);
    p.displayLocal = normaliseName(n.displayLocal());
    p.displayLatin = normaliseName(n.displayLatin());
    return p;
}

QList<NameToken> MatchProfile::tokens(NameRole role, matchkey::Script script) const
{
    QList<NameToken> out;
    for (const NameToken& t : names)
        if (t.role == role && t.script == script)
            out.append(t);
    return out;
}

NameToken MatchProfile::joined(NameRole role, matchkey::Script script) const
{
    NameToken j{role, script, {}, {}};
    for (const NameToken& t : names)
        if (t.role == role && t.script == script) {
            j.strict += t.strict;
            j.tolerant += t.tolerant;
        }
    return j;
}

bool MatchProfile::hasScript(matchkey::Script script) const
{
    for (const NameToken& t : names)
        if (t.script == script && t.role != NameRole::Household)
            return true;
    return false;
}

QString phoneKey(const QString& phone, Country country)
{
    if (phone.trimmed().isEmpty())
        return {};
    if (const auto e164 = normaliseMobilePhone(phone, CountryProfile::of(country)))
        return *e164;
    QString digits;
    for (const QChar c : phone)
        if (c.isDigit())
            digits.append(c);
    return digits;
}

QString memberNumberKey(const QString& number)
{
    return number.trimmed().toUpper();
}

} // namespace fe
