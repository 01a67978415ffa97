#include "domain/Member.h"

#include "common/Uuid.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace fe {
namespace {

void putIfNotEmpty(QJsonObject& o, const char* key, const QString& value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

QString dateText(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
QString timeText(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}
QDate dateFrom(const QJsonObject& o, const char* key)
{
    return QDate::fromString(str(o, key), Qt::ISODate);
}
QDateTime timeFrom(const QJsonObject& o, const char* key)
{
    return QDateTime::fromString(str(o, key), Qt::ISODateWithMs).toUTC();
}

// A key that is present must name a known value: defaulting an unknown one (a damaged payload, or one
// from a newer version) would silently change the record.
template <typename Parse> bool unknownKey(const QJsonObject& o, const char* key, Parse parse)
{
    return o.contains(QLatin1String(key)) && !parse(str(o, key));
}

// Likewise an amount that is present must be one.
bool badMoney(const QJsonObject& o, const char* key)
{
    return o.contains(QLatin1String(key)) && !moneyFromJson(o.value(QLatin1String(key)));
}

Error malformed(const char* what)
{
    return {QStringLiteral("payload.malformed"),
            QCoreApplication::translate("Payload", "The stored record is damaged (%1).")
                .arg(QString::fromLatin1(what)),
            QString::fromLatin1(what)};
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
    return {str(o, "given"), str(o, "family"), str(o, "givenLatin"), str(o, "familyLatin"),
            str(o, "nickname")};
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
    return {dateFrom(o, "date"), o.value(QLatin1String("estimated")).toBool()};
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
    return {documentTypeFromKey(str(o, "type")).value_or(DocumentType::None), str(o, "number"),
            str(o, "issuingProvince"), str(o, "issuingDistrict")};
}

QJsonObject moneyToJson(const Money& m)
{
    return {{QLatin1String("minor"), QString::number(m.minor)}, {QLatin1String("currency"), m.currency}};
}

std::optional<Money> moneyFromJson(const QJsonValue& v)
{
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    bool ok = false;
    const qint64 minor = str(o, "minor").toLongLong(&ok);
    if (!ok || str(o, "currency").isEmpty())
        return std::nullopt;
    return Money{minor, str(o, "currency")};
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
    putIfNotEmpty(o, "createdAt", timeText(createdAt));
    putIfNotEmpty(o, "updatedAt", timeText(updatedAt));
    return o;
}

Result<Member> Member::fromJson(const QJsonObject& o)
{
    Member m;
    m.id = QUuid::fromString(str(o, "id"));
    if (m.id.isNull())
        return malformed("id");
    m.version = o.value(QLatin1String("version")).toInt();
    m.memberNumber = str(o, "memberNumber");
    m.name = personNameFromJson(o.value(QLatin1String("name")).toObject());
    const auto sex = sexFromKey(str(o, "sex"));
    if (!sex)
        return malformed("sex");
    m.sex = *sex;
    m.birth = birthDateFromJson(o.value(QLatin1String("birth")).toObject());
    if (unknownKey(o.value(QLatin1String("document")).toObject(), "type", documentTypeFromKey))
        return malformed("document");
    m.document = documentFromJson(o.value(QLatin1String("document")).toObject());
    m.phone = str(o, "phone");
    const QJsonObject addr = o.value(QLatin1String("address")).toObject();
    m.address = {str(addr, "region"), str(addr, "district"), str(addr, "ward"), str(addr, "village")};
    if (unknownKey(o, "occupation", occupationFromKey))
        return malformed("occupation");
    if (badMoney(o, "monthlyIncome") || badMoney(o, "householdIncome"))
        return malformed("income");
    m.occupation = occupationFromKey(str(o, "occupation")).value_or(Occupation::Other);
    m.monthlyIncome = moneyFromJson(o.value(QLatin1String("monthlyIncome")));
    m.householdIncome = moneyFromJson(o.value(QLatin1String("householdIncome")));
    for (const QJsonValue& v : o.value(QLatin1String("household")).toArray()) {
        const QJsonObject ho = v.toObject();
        if (!v.isObject() || unknownKey(ho, "relationship", relationshipFromKey) ||
            unknownKey(ho, "sex", sexFromKey) ||
            unknownKey(ho.value(QLatin1String("document")).toObject(), "type", documentTypeFromKey))
            return malformed("household");
        HouseholdMember h;
        h.name = personNameFromJson(ho.value(QLatin1String("name")).toObject());
        h.relationship = relationshipFromKey(str(ho, "relationship")).value_or(Relationship::OtherRelative);
        h.sex = sexFromKey(str(ho, "sex")).value_or(Sex::Female);
        h.birth = birthDateFromJson(ho.value(QLatin1String("birth")).toObject());
        h.document = documentFromJson(ho.value(QLatin1String("document")).toObject());
        m.household.append(h);
    }
    for (const QJsonValue& v : o.value(QLatin1String("schemes")).toArray()) {
        const QJsonObject so = v.toObject();
        m.schemes.append({str(so, "scheme"), dateFrom(so, "enrolledOn")});
    }
    const QJsonObject c = o.value(QLatin1String("consent")).toObject();
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
    m.createdAt = timeFrom(o, "createdAt");
    m.updatedAt = timeFrom(o, "updatedAt");
    return m;
}

} // namespace fe
