#include "domain/Contribution.h"

#include "common/Uuid.h"
#include "domain/JsonFields.h"
#include "domain/Member.h"

#include <QCoreApplication>

namespace fe {
namespace {

void putIfNotEmpty(QJsonObject& o, const char* key, const QString& value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}
QString timeText(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}
using json::malformed;
using json::str;
using json::timeFrom;

} // namespace

QJsonObject Contribution::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("id"), uuidText(id));
    o.insert(QLatin1String("version"), version);
    o.insert(QLatin1String("member"), uuidText(memberId));
    o.insert(QLatin1String("scheme"), schemeCode);
    o.insert(QLatin1String("periodStart"), periodStart.toString(Qt::ISODate));
    o.insert(QLatin1String("periodEnd"), periodEnd.toString(Qt::ISODate));
    o.insert(QLatin1String("amount"), moneyToJson(amount));
    if (expectedAmount)
        o.insert(QLatin1String("expected"), moneyToJson(*expectedAmount));
    putIfNotEmpty(o, "differenceReason", differenceReason);
    o.insert(QLatin1String("method"), toKey(method));
    putIfNotEmpty(o, "transactionCode", transactionCode);
    putIfNotEmpty(o, "bankReference", bankReference);
    putIfNotEmpty(o, "receipt", receiptNumber);
    putIfNotEmpty(o, "operator", operatorId);
    putIfNotEmpty(o, "recordedAt", timeText(recordedAt));
    putIfNotEmpty(o, "voidedAt", timeText(voidedAt));
    putIfNotEmpty(o, "voidReason", voidReason);
    putIfNotEmpty(o, "voidedBy", voidedBy);
    putIfNotEmpty(o, "externalRef", externalRef);
    return o;
}

namespace {

template <typename Object> Result<Contribution> contributionFrom(const Object& o)
{
    Contribution c;
    c.id = QUuid::fromString(str(o, "id"));
    if (c.id.isNull())
        return malformed("id");
    c.version = o.value(QLatin1StringView("version")).toInt();
    c.memberId = QUuid::fromString(str(o, "member"));
    if (c.memberId.isNull())
        return malformed("member");
    c.schemeCode = str(o, "scheme");
    c.periodStart = QDate::fromString(str(o, "periodStart"), Qt::ISODate);
    c.periodEnd = QDate::fromString(str(o, "periodEnd"), Qt::ISODate);
    const auto amount = json::moneyFrom(o.value(QLatin1StringView("amount")));
    if (!amount)
        return malformed("amount");
    c.amount = *amount;
    c.expectedAmount = json::moneyFrom(o.value(QLatin1StringView("expected")));
    if (o.contains(QLatin1StringView("expected")) && !c.expectedAmount)
        return malformed("expected");
    c.differenceReason = str(o, "differenceReason");
    const auto method = paymentMethodFromKey(str(o, "method"));
    if (!method)
        return malformed("method");
    c.method = *method;
    c.transactionCode = str(o, "transactionCode");
    c.bankReference = str(o, "bankReference");
    c.receiptNumber = str(o, "receipt");
    c.operatorId = str(o, "operator");
    c.recordedAt = timeFrom(o, "recordedAt");
    c.voidedAt = timeFrom(o, "voidedAt");
    c.voidReason = str(o, "voidReason");
    c.voidedBy = str(o, "voidedBy");
    c.externalRef = str(o, "externalRef");
    return c;
}

} // namespace

Result<Contribution> Contribution::fromJson(const QJsonObject& json)
{
    return contributionFrom(json);
}

Result<Contribution> Contribution::fromJsonText(QByteArrayView json)
{
    return json::readText<Contribution>(json, [](const auto& o) { return contributionFrom(o); });
}

} // namespace fe
