#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QUuid>

#include <array>
#include <optional>

namespace fe {

// What an operator may do is decided by the application from the role; the store only enforces
// that operator management is done by an administrator.
enum class OperatorRole { Clerk, Enumerator, Supervisor, Administrator };

inline constexpr std::array kAllOperatorRoles{OperatorRole::Clerk, OperatorRole::Enumerator,
                                              OperatorRole::Supervisor, OperatorRole::Administrator};

// Stable names used in the store and on the command line (never translated).
inline QString toKey(OperatorRole role)
{
    switch (role) {
    case OperatorRole::Clerk:
        return QStringLiteral("clerk");
    case OperatorRole::Enumerator:
        return QStringLiteral("enumerator");
    case OperatorRole::Supervisor:
        return QStringLiteral("supervisor");
    case OperatorRole::Administrator:
        return QStringLiteral("administrator");
    }
    return {};
}

inline std::optional<OperatorRole> operatorRoleFromKey(const QString& key)
{
    for (const OperatorRole role : kAllOperatorRoles)
        if (toKey(role) == key)
            return role;
    return std::nullopt;
}

inline QString roleLabel(OperatorRole role)
{
    switch (role) {
    case OperatorRole::Clerk:
        return QCoreApplication::translate("Operator", "Clerk");
    case OperatorRole::Enumerator:
        return QCoreApplication::translate("Operator", "Enumerator");
    case OperatorRole::Supervisor:
        return QCoreApplication::translate("Operator", "Supervisor");
    case OperatorRole::Administrator:
        return QCoreApplication::translate("Operator", "Administrator");
    }
    return {};
}

// A local operator account as the directory reports it. The password itself is never stored:
// only the store's data key wrapped under a key derived from it.
struct Operator
{
    QUuid id;
    QString username; // as entered; unique regardless of case
    QString displayName;
    OperatorRole role = OperatorRole::Clerk;
    bool locked = false;   // after repeated failed logins; only an administrator unlocks
    bool disabled = false; // by an administrator; cannot log in
    int failedAttempts = 0;
    QDateTime nextAttemptNotBefore; // invalid when there is no wait
    QDateTime createdAt;
    QDateTime passwordChangedAt;
};

// What an administrator (or the first-run screen) enters to create an account.
struct NewOperator
{
    QString username;
    QString displayName;
    OperatorRole role = OperatorRole::Clerk;
};

} // namespace fe
