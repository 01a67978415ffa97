#pragma once

#include "central/Auth.h"
#include "central/Central.h"

#include <QJsonArray>
#include <QJsonObject>

namespace fe::central {

// What supervisors see and do, always scoped to their districts: the fleet view (last contact,
// backlog, errors, clock skew of each device), duplicate flags and their resolution, and
// corrections of members made at the central office (devices receive them through pull).
class Supervision
{
    Q_DECLARE_TR_FUNCTIONS(Supervision)
public:
    explicit Supervision(Central& central) : m_central(central) {}

    // `district` empty: all of the supervisor's districts. Throws ApiError 403 outside the scope.
    QJsonObject fleet(const SupervisorIdentity& supervisor, const QString& district);
    QJsonObject flags(const SupervisorIdentity& supervisor, const QString& district, const QString& state);
    // decision: "distinct" (two people) or "same_person". Throws ApiError 400/403/404.
    QJsonObject resolveFlag(const SupervisorIdentity& supervisor, qint64 flagId, const QJsonObject& request);
    // Body: {"version": current version, "reason": "...", "member": {full member JSON}}.
    QJsonObject correctMember(const SupervisorIdentity& supervisor, const QString& memberId,
                              const QJsonObject& request);

private:
    QStringList scope(const SupervisorIdentity& supervisor, const QString& district) const;
    Central& m_central;
};

} // namespace fe::central
