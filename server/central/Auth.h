#pragma once

#include "central/Central.h"

#include <QStringList>

#include <variant>

namespace fe::central {

struct DeviceIdentity
{
    QString id;
    CountryProfile country = CountryProfile::lao();
    QString district;
    QString name;
    QByteArray signPublicKey;
};

struct SupervisorIdentity
{
    QString id;
    CountryProfile country = CountryProfile::lao();
    QStringList districts;
    bool covers(const QString& district) const { return districts.contains(district); }
};

using Identity = std::variant<DeviceIdentity, SupervisorIdentity>;

// Bearer tokens: "d.<device id>.<secret>" or "s.<supervisor id>.<secret>". Only SHA-256 of the
// secret is stored; a revoked device or supervisor is refused like an unknown one (401).
class Auth
{
    Q_DECLARE_TR_FUNCTIONS(Auth)
public:
    explicit Auth(Central& central) : m_central(central) {}

    // Throws ApiError 401 for a missing, malformed, unknown or revoked credential.
    Identity authenticate(const QByteArray& authorizationHeader);
    DeviceIdentity device(const QByteArray& authorizationHeader);         // 403 for a supervisor
    SupervisorIdentity supervisor(const QByteArray& authorizationHeader); // 403 for a device
    // A registered device by id, revoked or not: for bundles, which carry no token.
    std::optional<std::pair<DeviceIdentity, bool /*revoked*/>> deviceById(const QString& id);

    static QByteArray newSecret();
    static QByteArray secretHash(const QByteArray& secret);

private:
    Central& m_central;
};

} // namespace fe::central
