#include "central/Auth.h"

#include "central/ApiError.h"
#include "crypto/Crypto.h"
#include "wire/Api.h"

namespace fe::central {
namespace {

ApiError unauthorized()
{
    return {401,
            {QStringLiteral("auth.required"),
             Auth::tr("Sign in: the request has no valid credential (the device may have been revoked)."),
             {}}};
}

} // namespace

QByteArray Auth::newSecret()
{
    return crypto::randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray Auth::secretHash(const QByteArray& secret)
{
    return crypto::sha256(secret).toHex();
}

Identity Auth::authenticate(const QByteArray& header)
{
    if (!header.startsWith("Bearer "))
        throw unauthorized();
    const QByteArray token = header.mid(7).trimmed();
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3 || parts[1].size() != 36 || parts[2].isEmpty() || parts[2].size() > 128)
        throw unauthorized();
    const QString id = QString::fromLatin1(parts[1]);
    const QByteArray hash = secretHash(parts[2]);
    std::optional<Identity> found;
    m_central.db().read([&](db::Connection& c) {
        if (parts[0] == "d") {
            const db::Rows r = c.query("SELECT country, district, name, sign_key, token_hash FROM devices "
                                       "WHERE id = ? AND revoked_at IS NULL",
                                       {id});
            if (r.empty() || !crypto::constantTimeEquals(r.bytes(0, 4), hash))
                return;
            DeviceIdentity d;
            d.id = id;
            d.country = CountryProfile::fromCode(r.text(0, 0)).value_or(CountryProfile::lao());
            d.district = r.text(0, 1);
            d.name = r.text(0, 2);
            d.signPublicKey = QByteArray::fromBase64(r.bytes(0, 3));
            found = d;
        } else if (parts[0] == "s") {
            const db::Rows r = c.query(
                "SELECT country, token_hash FROM supervisors WHERE id = ? AND revoked_at IS NULL", {id});
            if (r.empty() || !crypto::constantTimeEquals(r.bytes(0, 1), hash))
                return;
            SupervisorIdentity s;
            s.id = id;
            s.country = CountryProfile::fromCode(r.text(0, 0)).value_or(CountryProfile::lao());
            const db::Rows districts = c.query(
                "SELECT district FROM supervisor_districts WHERE supervisor_id = ? ORDER BY district", {id});
            for (int i = 0; i < districts.size(); ++i)
                s.districts.append(districts.text(i, 0));
            found = s;
        }
    });
    if (!found)
        throw unauthorized();
    return *found;
}

DeviceIdentity Auth::device(const QByteArray& header)
{
    Identity identity = authenticate(header);
    if (auto* d = std::get_if<DeviceIdentity>(&identity))
        return *d;
    throw ApiError{403,
                   {QStringLiteral("auth.not_a_device"), tr("Only an enrolled device can do this."), {}}};
}

SupervisorIdentity Auth::supervisor(const QByteArray& header)
{
    Identity identity = authenticate(header);
    if (auto* s = std::get_if<SupervisorIdentity>(&identity))
        return *s;
    throw ApiError{403, {QStringLiteral("auth.not_a_supervisor"), tr("Only a supervisor can do this."), {}}};
}

std::optional<std::pair<DeviceIdentity, bool>> Auth::deviceById(const QString& id)
{
    std::optional<std::pair<DeviceIdentity, bool>> out;
    m_central.db().read([&](db::Connection& c) {
        const db::Rows r =
            c.query("SELECT country, district, name, sign_key, revoked_at FROM devices WHERE id = ?", {id});
        if (r.empty())
            return;
        DeviceIdentity d;
        d.id = id;
        d.country = CountryProfile::fromCode(r.text(0, 0)).value_or(CountryProfile::lao());
        d.district = r.text(0, 1);
        d.name = r.text(0, 2);
        d.signPublicKey = QByteArray::fromBase64(r.bytes(0, 3));
        out = std::pair{d, !r.isNull(0, 4)};
    });
    return out;
}

} // namespace fe::central
