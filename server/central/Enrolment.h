#pragma once

#include "central/Central.h"
#include "wire/Messages.h"

namespace fe::central {

struct EnrolmentCode
{
    QString code; // shown once, e.g. "K7QM-2XHD-9TPA"; only its hash is stored
    QString country;
    QString district;
    qint64 expiresAtMs = 0;
};

struct SupervisorCredential
{
    QString id;
    QString token; // shown once
};

// Devices and supervisors: one-time enrolment codes, device enrolment and revocation, supervisor
// accounts. Administrators use these through the command line.
class Enrolment
{
    Q_DECLARE_TR_FUNCTIONS(Enrolment)
public:
    explicit Enrolment(Central& central) : m_central(central) {}

    // Errors: enrolment.country, enrolment.district (not a district of that country).
    Result<EnrolmentCode> createCode(const QString& countryCode, const QString& district,
                                     qint64 validForSeconds);
    // Throws ApiError: 400 malformed, 403 enrolment.invalid / enrolment.expired / enrolment.used.
    wire::EnrolResponse enrol(const wire::EnrolRequest& request);
    // Errors: device.unknown. Revoking twice is not an error.
    Status revokeDevice(const QString& deviceId);
    Result<SupervisorCredential> addSupervisor(const QString& name, const QString& countryCode,
                                               const QStringList& districts);

    static QString normaliseCode(const QString& code);

private:
    Central& m_central;
};

} // namespace fe::central
