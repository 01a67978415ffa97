#include "central/Enrolment.h"

#include "central/ApiError.h"
#include "central/Auth.h"
#include "central/Log.h"
#include "common/Uuid.h"
#include "crypto/Crypto.h"
#include "validation/Normalise.h"

namespace fe::central {
namespace {

// No 0/O, 1/I/L: codes are read aloud over the phone and typed on small keyboards.
constexpr char kCodeAlphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
constexpr int kCodeLength = 12;

QByteArray codeHash(const QString& normalised)
{
    return crypto::sha256(normalised.toLatin1()).toHex();
}

std::optional<CountryProfile> country(const QString& code)
{
    return CountryProfile::fromCode(code);
}

} // namespace

QString Enrolment::normaliseCode(const QString& code)
{
    QString out;
    for (const QChar c : code.toUpper())
        if (c.isLetterOrNumber())
            out.append(c);
    return out;
}

Result<EnrolmentCode> Enrolment::createCode(const QString& countryCode, const QString& district,
                                            qint64 validForSeconds)
{
    const auto profile = country(countryCode);
    if (!profile)
        return Error{QStringLiteral("enrolment.country"), tr("Choose the country: LA or KE."),
                     QStringLiteral("country")};
    const AdminUnit* unit = m_central.reference(profile->country).find(2, district);
    if (!unit)
        return Error{QStringLiteral("enrolment.district"),
                     tr("%1 is not a district code of %2.").arg(district, profile->code),
                     QStringLiteral("district")};
    const QByteArray random = crypto::randomBytes(kCodeLength);
    QString code;
    for (int i = 0; i < kCodeLength; ++i) {
        if (i > 0 && i % 4 == 0)
            code.append(QLatin1Char('-'));
        code.append(QLatin1Char(kCodeAlphabet[static_cast<quint8>(random[i]) % (sizeof kCodeAlphabet - 1)]));
    }
    const qint64 now = m_central.nowMs();
    EnrolmentCode out{code, profile->code, district, now + validForSeconds * 1000};
    m_central.db().write([&](db::Connection& c) {
        c.query("INSERT INTO enrolment_codes(code_hash, country, district, created_at, expires_at) "
                "VALUES(?, ?, ?, ?, ?)",
                {codeHash(normaliseCode(code)), out.country, out.district, now, out.expiresAtMs});
    });
    logEvent("info", QStringLiteral("enrolment.code_created"),
             {{QLatin1String("country"), out.country}, {QLatin1String("district"), out.district}});
    return out;
}

wire::EnrolResponse Enrolment::enrol(const wire::EnrolRequest& request)
{
    const QString code = normaliseCode(request.code);
    const QString name = normaliseName(request.deviceName);
    if (hasControlCharacters(name) || name.size() > 64)
        throw ApiError{400,
                       {QStringLiteral("request.malformed"), tr("The device name is not valid."),
                        QStringLiteral("name")}};
    const qint64 now = m_central.nowMs();
    const QString deviceId = uuidText(createUuidV7(now));
    const QByteArray secret = Auth::newSecret();
    wire::EnrolResponse response;
    m_central.db().write([&](db::Connection& c) {
        // One statement both checks and consumes the code, so two devices racing with one code
        // (on one instance or two) cannot both win.
        const db::Rows used =
            c.query("UPDATE enrolment_codes SET used_at = ?, device_id = ? WHERE code_hash = ? "
                    "AND used_at IS NULL AND expires_at > ? RETURNING country, district",
                    {now, deviceId, codeHash(code), now});
        if (used.empty()) {
            const db::Rows known = c.query(
                "SELECT used_at, expires_at FROM enrolment_codes WHERE code_hash = ?", {codeHash(code)});
            if (known.empty())
                throw ApiError{403,
                               {QStringLiteral("enrolment.invalid"),
                                tr("This enrolment code is not known. Check it with the administrator."),
                                QStringLiteral("code")}};
            if (!known.isNull(0, 0))
                throw ApiError{
                    403,
                    {QStringLiteral("enrolment.used"),
                     tr("This enrolment code was already used. Ask the administrator for a new one."),
                     QStringLiteral("code")}};
            throw ApiError{403,
                           {QStringLiteral("enrolment.expired"),
                            tr("This enrolment code has expired. Ask the administrator for a new one."),
                            QStringLiteral("code")}};
        }
        response.country = used.text(0, 0);
        response.district = used.text(0, 1);
        c.query("INSERT INTO devices(id, country, district, name, sign_key, token_hash, enrolled_at, "
                "app_version) "
                "VALUES(?, ?, ?, ?, ?, ?, ?, ?)",
                {deviceId, response.country, response.district, name.isEmpty() ? deviceId : name,
                 request.signPublicKey.toBase64(), Auth::secretHash(secret), now, request.appVersion});
    });
    response.deviceId = deviceId;
    response.token = QStringLiteral("d.") + deviceId + QLatin1Char('.') + QString::fromLatin1(secret);
    response.serverBoxPublicKey = m_central.keys().boxPublic;
    response.serverSignPublicKey = m_central.keys().signPublic;
    logEvent("info", QStringLiteral("device.enrolled"),
             {{QLatin1String("device"), deviceId}, {QLatin1String("district"), response.district}});
    return response;
}

Status Enrolment::revokeDevice(const QString& deviceId)
{
    bool known = false;
    m_central.db().write([&](db::Connection& c) {
        known = !c.query("SELECT 1 FROM devices WHERE id = ?", {deviceId}).empty();
        c.query("UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
                {m_central.nowMs(), deviceId});
    });
    if (!known)
        return Error{QStringLiteral("device.unknown"), tr("There is no device %1.").arg(deviceId), {}};
    logEvent("info", QStringLiteral("device.revoked"), {{QLatin1String("device"), deviceId}});
    return {};
}

Result<SupervisorCredential> Enrolment::addSupervisor(const QString& nameIn, const QString& countryCode,
                                                      const QStringList& districts)
{
    const auto profile = country(countryCode);
    if (!profile)
        return Error{QStringLiteral("enrolment.country"), tr("Choose the country: LA or KE."),
                     QStringLiteral("country")};
    const QString name = normaliseName(nameIn);
    if (name.isEmpty() || name.size() > 100 || hasControlCharacters(name))
        return Error{QStringLiteral("supervisor.name"), tr("Give the supervisor a name."),
                     QStringLiteral("name")};
    if (districts.isEmpty())
        return Error{QStringLiteral("enrolment.district"), tr("Give at least one district."),
                     QStringLiteral("district")};
    for (const QString& d : districts)
        if (!m_central.reference(profile->country).find(2, d))
            return Error{QStringLiteral("enrolment.district"),
                         tr("%1 is not a district code of %2.").arg(d, profile->code),
                         QStringLiteral("district")};
    const QString id = uuidText(createUuidV7(m_central.nowMs()));
    const QByteArray secret = Auth::newSecret();
    m_central.db().write([&](db::Connection& c) {
        c.query("INSERT INTO supervisors(id, name, country, token_hash, created_at) VALUES(?, ?, ?, ?, ?)",
                {id, name, profile->code, Auth::secretHash(secret), m_central.nowMs()});
        for (const QString& d : districts)
            c.query("INSERT INTO supervisor_districts(supervisor_id, district) VALUES(?, ?) ON CONFLICT DO "
                    "NOTHING",
                    {id, d});
    });
    logEvent("info", QStringLiteral("supervisor.created"), {{QLatin1String("supervisor"), id}});
    return SupervisorCredential{id,
                                QStringLiteral("s.") + id + QLatin1Char('.') + QString::fromLatin1(secret)};
}

} // namespace fe::central
