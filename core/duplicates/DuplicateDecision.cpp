#include "duplicates/DuplicateDecision.h"

#include "common/Uuid.h"

#include <QCoreApplication>

namespace fe {
namespace {

Error malformed(const char* field)
{
    return {
        QStringLiteral("duplicate_decision.malformed"),
        QCoreApplication::translate("DuplicateDecision", "The recorded duplicate decision is incomplete."),
        QString::fromLatin1(field)};
}

} // namespace

QString toKey(DuplicateVerdict v)
{
    return v == DuplicateVerdict::SamePerson ? QStringLiteral("same_person")
                                             : QStringLiteral("different_person");
}

QJsonObject DuplicateDecision::toJson() const
{
    return {{QStringLiteral("candidateId"), uuidText(candidateId)},
            {QStringLiteral("decision"), toKey(decision)},
            {QStringLiteral("operatorId"), operatorId},
            {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)}};
}

Result<DuplicateDecision> DuplicateDecision::fromJson(const QJsonObject& json)
{
    DuplicateDecision d;
    d.candidateId = QUuid::fromString(json.value(QLatin1String("candidateId")).toString());
    if (d.candidateId.isNull())
        return malformed("candidateId");
    const QString decision = json.value(QLatin1String("decision")).toString();
    if (decision == toKey(DuplicateVerdict::SamePerson))
        d.decision = DuplicateVerdict::SamePerson;
    else if (decision == toKey(DuplicateVerdict::DifferentPerson))
        d.decision = DuplicateVerdict::DifferentPerson;
    else
        return malformed("decision");
    d.operatorId = json.value(QLatin1String("operatorId")).toString();
    if (d.operatorId.isEmpty())
        return malformed("operatorId");
    d.at = QDateTime::fromString(json.value(QLatin1String("at")).toString(), Qt::ISODateWithMs).toUTC();
    if (!d.at.isValid())
        return malformed("at");
    return d;
}

} // namespace fe
