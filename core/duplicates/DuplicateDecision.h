#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace fe {

enum class DuplicateVerdict {
    SamePerson,      // the operator opens the existing record instead of saving a new one
    DifferentPerson, // the operator saves the new registration anyway
};

QString toKey(DuplicateVerdict v); // "same_person" / "different_person"

// What the operator decided about one duplicate candidate, for the audit log. Holds ids and
// times only, no personal data.
struct DuplicateDecision
{
    QUuid candidateId;
    DuplicateVerdict decision = DuplicateVerdict::DifferentPerson;
    QString operatorId;
    QDateTime at; // UTC

    QJsonObject toJson() const;
    static Result<DuplicateDecision> fromJson(const QJsonObject& json);
};

} // namespace fe
