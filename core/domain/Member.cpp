#include "domain/Member.h"

#include "common/CompactJson.h"
#include "common/Uuid.h"
#include "domain/JsonFields.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace fe {
namespace {

void putIfNotEmpty(QJsonObject& o, const char* key, const QString& value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

QString dateText(const QDate& d)
{
    return isoDateText(d);
}
QString timeText(const QDateTime& t)
{
    return isoUtcTimeText(t);
}

using json::dateFrom;
using json::malformed;
using json::str;
using json::timeFrom;

// A key that is present must name a known value: defaulting an unknown one (a damaged payload, or one
// from a newer version) would silently change the record.
template <typename Object, typename Parse> bool unknownKey(const Object& o, const char* key, Parse parse)
{
    return o.contains(QLatin1StringView(key)) && !parse(str(o, key));
}

// Likewise an amount that is present must be one.
template <typename Object> bool badMoney(const Object& o, const char* key)
{
    return o.contains(QLatin1StringView(key)) && !json::moneyFrom(o.value(QLatin1StringView(key)));
}

template <typename Object> PersonName nameFrom(const Object& o)
{
    return {str(o, "given"), str(o, "family"), str(o, "givenLatin"), str(o, "familyLatin"),
            str(o, "nickname")};
}

template <typename Object> BirthDate birthFrom(const Object& o)
{
    return {dateFrom(o, "date"), o.value(QLatin1StringView("estimated")).toBool()};
}

template <typename Object> IdentityDocument documentFrom(const Object& o)
{
    return {documentTypeFromKey(str(o, "type")).value_or(DocumentType::None), str(o, "number"),
            str(o, "issuingProvince"), str(o, "issuingDistrict")};
}

} // namespace

QString PersonName::displayLocal() const
{
    return family.isEmpty() ? given : given + QLatin1Char(' ') + family;
}

QString PersonName::displayLatin() const
{
    return familyLatin.isEmpty() ? givenLatin : givenLatin + QLatin1Char(' ') + familyLatin;
}

QJsonObject toJson(const PersonName& n)
{
    QJsonObject o;
    putIfNotEmpty(o, "given", n.given);
    putIfNotEmpty(o, "family", n.family);
    putIfNotEmpty(o, "givenLatin", n.givenLatin);
    putIfNotEmpty(o, "familyLatin", n.familyLatin);
    putIfNotEmpty(o, "nickname", n.nickname);
    return o;
}

PersonName personNameFromJson(const QJsonObject& o)
{
    return nameFrom(o);
}

QJsonObject toJson(const BirthDate& b)
{
    QJsonObject o;
    putIfNotEmpty(o, "date", dateText(b.date));
    if (b.estimated)
        o.insert(QLatin1String("estimated"), true);
    return o;
}

BirthDate birthDateFromJson(const QJsonObject& o)
{
    return birthFrom(o);
}

QJsonObject toJson(const IdentityDocument& d)
{
    QJsonObject o;
    o.insert(QLatin1String("type"), toKey(d.type));
    putIfNotEmpty(o, "number", d.number);
    putIfNotEmpty(o, "issuingProvince", d.issuingProvince);
    putIfNotEmpty(o, "issuingDistrict", d.issuingDistrict);
    return o;
}

IdentityDocument documentFromJson(const QJsonObject& o)
{
    return documentFrom(o);
}

QJsonObject moneyToJson(const Money& m)
{
    return {{QLatin1String("minor"), QString::number(m.minor)}, {QLatin1String("currency"), m.currency}};
}

std::optional<Money> moneyFromJson(const QJsonValue& v)
{
    return json::moneyFrom(v);
}

QJsonObject Member::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("id"), uuidText(id));
    o.insert(QLatin1String("version"), version);
    putIfNotEmpty(o, "memberNumber", memberNumber);
    o.insert(QLatin1String("name"), fe::toJson(name));
    o.insert(QLatin1String("sex"), toKey(sex));
    o.insert(QLatin1String("birth"), fe::toJson(birth));
    o.insert(QLatin1String("document"), fe::toJson(document));
    putIfNotEmpty(o, "phone", phone);
    QJsonObject addr;
    putIfNotEmpty(addr, "region", address.regionCode);
    putIfNotEmpty(addr, "district", address.districtCode);
    putIfNotEmpty(addr, "ward", address.wardCode);
    putIfNotEmpty(addr, "village", address.village);
    o.insert(QLatin1String("address"), addr);
    o.insert(QLatin1String("occupation"), toKey(occupation));
    if (monthlyIncome)
        o.insert(QLatin1String("monthlyIncome"), moneyToJson(*monthlyIncome));
    if (householdIncome)
        o.insert(QLatin1String("householdIncome"), moneyToJson(*householdIncome));
    QJsonArray hh;
    for (const HouseholdMember& h : household) {
        QJsonObject ho;
        ho.insert(QLatin1String("name"), fe::toJson(h.name));
        ho.insert(QLatin1String("relationship"), toKey(h.relationship));
        ho.insert(QLatin1String("sex"), toKey(h.sex));
        ho.insert(QLatin1String("birth"), fe::toJson(h.birth));
        if (h.document.type != DocumentType::None)
            ho.insert(QLatin1String("document"), fe::toJson(h.document));
        hh.append(ho);
    }
    if (!hh.isEmpty())
        o.insert(QLatin1String("household"), hh);
    QJsonArray sc;
    for (const SchemeEnrolment& s : schemes)
        sc.append(QJsonObject{{QLatin1String("scheme"), s.schemeCode},
                              {QLatin1String("enrolledOn"), dateText(s.enrolledOn)}});
    o.insert(QLatin1String("schemes"), sc);
    QJsonObject c;
    putIfNotEmpty(c, "textVersion", consent.textVersion);
    putIfNotEmpty(c, "language", consent.language);
    c.insert(QLatin1String("method"), toKey(consent.method));
    putIfNotEmpty(c, "witness", consent.witnessName);
    putIfNotEmpty(c, "operator", consent.operatorId);
    putIfNotEmpty(c, "givenAt", timeText(consent.givenAt));
    putIfNotEmpty(c, "withdrawnAt", timeText(consent.withdrawnAt));
    putIfNotEmpty(c, "withdrawalReason", consent.withdrawalReason);
    o.insert(QLatin1String("consent"), c);
    putIfNotEmpty(o, "externalRef", externalRef);
    if (!photo.isEmpty())
        o.insert(QLatin1String("photo"), QString::fromLatin1(photo.toBase64()));
    putIfNotEmpty(o, "createdAt", timeText(createdAt));
    putIfNotEmpty(o, "updatedAt", timeText(updatedAt));
    return o;
}

namespace {

// The compact writers below mirror the QJsonObject encoders above key for key, in sorted key order.
void writeName(CompactJsonWriter& w, const char* key, const PersonName& n)
{
    w.beginObject(key)
        .valueIfNotEmpty("family", n.family)
        .valueIfNotEmpty("familyLatin", n.familyLatin)
        .valueIfNotEmpty("given", n.given)
        .valueIfNotEmpty("givenLatin", n.givenLatin)
        .valueIfNotEmpty("nickname", n.nickname)
        .endObject();
}

void writeBirth(CompactJsonWriter& w, const BirthDate& b)
{
    w.beginObject("birth").valueIfNotEmpty("date", dateText(b.date));
    if (b.estimated)
        w.value("estimated", true);
    w.endObject();
}

void writeDocument(CompactJsonWriter& w, const IdentityDocument& d)
{
    w.beginObject("document")
        .valueIfNotEmpty("issuingDistrict", d.issuingDistrict)
        .valueIfNotEmpty("issuingProvince", d.issuingProvince)
        .valueIfNotEmpty("number", d.number)
        .value("type", toKey(d.type))
        .endObject();
}

void writeMoney(CompactJsonWriter& w, const char* key, const Money& m)
{
    w.beginObject(key).value("currency", m.currency).value("minor", QString::number(m.minor)).endObject();
}

} // namespace

QByteArray Member::toCompactJson() const
{
    QByteArray out;
    out.reserve(1024 + 256 * household.size());
    CompactJsonWriter w(out);
    w.beginObject();
    w.beginObject("address")
        .valueIfNotEmpty("district", address.districtCode)
        .valueIfNotEmpty("region", address.regionCode)
        .valueIfNotEmpty("village", address.village)
        .valueIfNotEmpty("ward", address.wardCode)
        .endObject();
    writeBirth(w, birth);
    w.beginObject("consent")
        .valueIfNotEmpty("givenAt", timeText(consent.givenAt))
        .valueIfNotEmpty("language", consent.language)
        .value("method", toKey(consent.method))
        .valueIfNotEmpty("operator", consent.operatorId)
        .valueIfNotEmpty("textVersion", consent.textVersion)
        .valueIfNotEmpty("withdrawalReason", consent.withdrawalReason)
        .valueIfNotEmpty("withdrawnAt", timeText(consent.withdrawnAt))
        .valueIfNotEmpty("witness", consent.witnessName)
        .endObject();
    w.valueIfNotEmpty("createdAt", timeText(createdAt));
    writeDocument(w, document);
    w.valueIfNotEmpty("externalRef", externalRef);
    if (!household.isEmpty()) {
        w.beginArray("household");
        for (const HouseholdMember& h : household) {
            w.beginObject();
            writeBirth(w, h.birth);
            if (h.document.type != DocumentType::None)
                writeDocument(w, h.document);
            writeName(w, "name", h.name);
            w.value("relationship", toKey(h.relationship)).value("sex", toKey(h.sex)).endObject();
        }
        w.endArray();
    }
    if (householdIncome)
        writeMoney(w, "householdIncome", *householdIncome);
    w.value("id", uuidText(id));
    w.valueIfNotEmpty("memberNumber", memberNumber);
    if (monthlyIncome)
        writeMoney(w, "monthlyIncome", *monthlyIncome);
    writeName(w, "name", name);
    w.value("occupation", toKey(occupation));
    w.valueIfNotEmpty("phone", phone);
    if (!photo.isEmpty())
        w.value("photo", QString::fromLatin1(photo.toBase64()));
    w.beginArray("schemes");
    for (const SchemeEnrolment& s : schemes)
        w.beginObject().value("enrolledOn", dateText(s.enrolledOn)).value("scheme", s.schemeCode).endObject();
    w.endArray();
    w.value("sex", toKey(sex));
    w.valueIfNotEmpty("updatedAt", timeText(updatedAt));
    w.value("version", qint64(version));
    w.endObject();
    return out;
}

namespace {

template <typename Object> Result<Member> memberFrom(const Object& o)
{
    Member m;
    m.id = QUuid::fromString(str(o, "id"));
    if (m.id.isNull())
        return malformed("id");
    m.version = o.value(QLatin1StringView("version")).toInt();
    m.memberNumber = str(o, "memberNumber");
    m.name = nameFrom(o.value(QLatin1StringView("name")).toObject());
    const auto sex = sexFromKey(str(o, "sex"));
    if (!sex)
        return malformed("sex");
    m.sex = *sex;
    m.birth = birthFrom(o.value(QLatin1StringView("birth")).toObject());
    if (unknownKey(o.value(QLatin1StringView("document")).toObject(), "type", documentTypeFromKey))
        return malformed("document");
    m.document = documentFrom(o.value(QLatin1StringView("document")).toObject());
    m.phone = str(o, "phone");
    const auto addr = o.value(QLatin1StringView("address")).toObject();
    m.address = {str(addr, "region"), str(addr, "district"), str(addr, "ward"), str(addr, "village")};
    if (unknownKey(o, "occupation", occupationFromKey))
        return malformed("occupation");
    if (badMoney(o, "monthlyIncome") || badMoney(o, "householdIncome"))
        return malformed("income");
    m.occupation = occupationFromKey(str(o, "occupation")).value_or(Occupation::Other);
    m.monthlyIncome = json::moneyFrom(o.value(QLatin1StringView("monthlyIncome")));
    m.householdIncome = json::moneyFrom(o.value(QLatin1StringView("householdIncome")));
    for (const auto& v : o.value(QLatin1StringView("household")).toArray()) {
        const auto ho = v.toObject();
        if (!v.isObject() || unknownKey(ho, "relationship", relationshipFromKey) ||
            unknownKey(ho, "sex", sexFromKey) ||
            unknownKey(ho.value(QLatin1StringView("document")).toObject(), "type", documentTypeFromKey))
            return malformed("household");
        HouseholdMember h;
        h.name = nameFrom(ho.value(QLatin1StringView("name")).toObject());
        h.relationship = relationshipFromKey(str(ho, "relationship")).value_or(Relationship::OtherRelative);
        h.sex = sexFromKey(str(ho, "sex")).value_or(Sex::Female);
        h.birth = birthFrom(ho.value(QLatin1StringView("birth")).toObject());
        h.document = documentFrom(ho.value(QLatin1StringView("document")).toObject());
        m.household.append(h);
    }
    for (const auto& v : o.value(QLatin1StringView("schemes")).toArray()) {
        const auto so = v.toObject();
        m.schemes.append({str(so, "scheme"), dateFrom(so, "enrolledOn")});
    }
    const auto c = o.value(QLatin1StringView("consent")).toObject();
    if (unknownKey(c, "method", consentMethodFromKey))
        return malformed("consent");
    m.consent.textVersion = str(c, "textVersion");
    m.consent.language = str(c, "language");
    m.consent.method = consentMethodFromKey(str(c, "method")).value_or(ConsentMethod::Signature);
    m.consent.witnessName = str(c, "witness");
    m.consent.operatorId = str(c, "operator");
    m.consent.givenAt = timeFrom(c, "givenAt");
    m.consent.withdrawnAt = timeFrom(c, "withdrawnAt");
    m.consent.withdrawalReason = str(c, "withdrawalReason");
    m.externalRef = str(o, "externalRef");
    if (const auto photo = o.value(QLatin1StringView("photo")); !photo.isUndefined()) {
        const auto decoded = QByteArray::fromBase64Encoding(photo.toString().toLatin1(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (!photo.isString() || !decoded || decoded.decoded.isEmpty())
            return malformed("photo");
        m.photo = decoded.decoded;
    }
    m.createdAt = timeFrom(o, "createdAt");
    m.updatedAt = timeFrom(o, "updatedAt");
    return m;
}

} // namespace

Result<Member> Member::fromJson(const QJsonObject& json)
{
    return memberFrom(json);
}

Result<Member> Member::fromJsonText(QByteArrayView json)
{
    return json::readText<Member>(json, [](const auto& o) { return memberFrom(o); });
}

} // namespace fe
