#include "central/Supervision.h"

#include "central/ApiError.h"
#include "central/Log.h"
#include "common/Uuid.h"
#include "crypto/Crypto.h"
#include "domain/Member.h"
#include "validation/Normalise.h"

#include <QJsonDocument>

namespace fe::central {
namespace {

QJsonValue nullable(const db::Rows& r, int row, int column)
{
    return r.isNull(row, column) ? QJsonValue() : QJsonValue(r.int64(row, column));
}

ApiError outOfScope()
{
    return {403,
            {QStringLiteral("district.forbidden"),
             Supervision::tr("This district is not one of the supervisor's districts."),
             QStringLiteral("district")}};
}

} // namespace

QStringList Supervision::scope(const SupervisorIdentity& supervisor, const QString& district) const
{
    if (district.isEmpty())
        return supervisor.districts;
    if (!supervisor.covers(district))
        throw outOfScope();
    return {district};
}

QJsonObject Supervision::fleet(const SupervisorIdentity& supervisor, const QString& district)
{
    QJsonArray devices;
    const qint64 now = m_central.nowMs();
    m_central.db().read([&](db::Connection& c) {
        for (const QString& d : scope(supervisor, district)) {
            const db::Rows r =
                c.query("SELECT id, name, district, last_contact, queue_depth, oldest_pending_s, "
                        "app_version, free_disk, clock_skew_ms, rejected, conflicts, last_error, "
                        "high_water, revoked_at, enrolled_at FROM devices WHERE country = ? AND "
                        "district = ? ORDER BY name, id",
                        {supervisor.country.code, d});
            for (int i = 0; i < r.size(); ++i)
                devices.append(QJsonObject{
                    {QLatin1String("id"), r.text(i, 0)},
                    {QLatin1String("name"), r.text(i, 1)},
                    {QLatin1String("district"), r.text(i, 2)},
                    {QLatin1String("lastContact"), nullable(r, i, 3)},
                    {QLatin1String("sinceLastContactSeconds"),
                     r.isNull(i, 3) ? QJsonValue() : QJsonValue((now - r.int64(i, 3)) / 1000)},
                    {QLatin1String("queueDepth"), nullable(r, i, 4)},
                    {QLatin1String("oldestPendingSeconds"), nullable(r, i, 5)},
                    {QLatin1String("appVersion"), r.text(i, 6)},
                    {QLatin1String("freeDiskBytes"), nullable(r, i, 7)},
                    {QLatin1String("clockSkewMs"), nullable(r, i, 8)},
                    {QLatin1String("rejected"), r.int64(i, 9)},
                    {QLatin1String("conflicts"), r.int64(i, 10)},
                    {QLatin1String("lastError"), r.isNull(i, 11) ? QJsonValue() : QJsonValue(r.text(i, 11))},
                    {QLatin1String("highWater"), r.int64(i, 12)},
                    {QLatin1String("revoked"), !r.isNull(i, 13)},
                    {QLatin1String("enrolledAt"), r.int64(i, 14)}});
        }
    });
    return {{QLatin1String("devices"), devices}, {QLatin1String("now"), now}};
}

QJsonObject Supervision::flags(const SupervisorIdentity& supervisor, const QString& district,
                               const QString& state)
{
    const QString wanted = state.isEmpty() ? QStringLiteral("open") : state;
    if (wanted != QLatin1String("open") && wanted != QLatin1String("resolved"))
        throw ApiError{
            400,
            {QStringLiteral("request.malformed"), tr("state is open or resolved."), QStringLiteral("state")}};
    QJsonArray out;
    m_central.db().read([&](db::Connection& c) {
        for (const QString& d : scope(supervisor, district)) {
            const db::Rows r =
                c.query("SELECT id, district, member_id, other_id, reason, state, created_at, decision "
                        "FROM flags WHERE country = ? AND district = ? AND state = ? ORDER BY id",
                        {supervisor.country.code, d, wanted});
            for (int i = 0; i < r.size(); ++i)
                out.append(QJsonObject{{QLatin1String("id"), r.int64(i, 0)},
                                       {QLatin1String("district"), r.text(i, 1)},
                                       {QLatin1String("member"), r.text(i, 2)},
                                       {QLatin1String("other"), r.text(i, 3)},
                                       {QLatin1String("reason"), r.text(i, 4)},
                                       {QLatin1String("state"), r.text(i, 5)},
                                       {QLatin1String("createdAt"), r.int64(i, 6)},
                                       {QLatin1String("decision"), r.text(i, 7)}});
        }
    });
    return {{QLatin1String("flags"), out}};
}

QJsonObject Supervision::resolveFlag(const SupervisorIdentity& supervisor, qint64 flagId,
                                     const QJsonObject& request)
{
    const QString decision = request.value(QLatin1String("decision")).toString();
    if (decision != QLatin1String("distinct") && decision != QLatin1String("same_person"))
        throw ApiError{400,
                       {QStringLiteral("request.malformed"),
                        tr("decision is \"distinct\" or \"same_person\"."), QStringLiteral("decision")}};
    QJsonObject result;
    m_central.db().write([&](db::Connection& c) {
        const db::Rows r = c.query(
            "SELECT country, district, member_id, other_id, reason, state FROM flags WHERE id = ?", {flagId});
        if (r.empty() || r.text(0, 0) != supervisor.country.code)
            throw ApiError{404, {QStringLiteral("flag.unknown"), tr("There is no such flag."), {}}};
        if (!supervisor.covers(r.text(0, 1)))
            throw outOfScope();
        if (r.text(0, 5) != QLatin1String("open"))
            throw ApiError{409, {QStringLiteral("flag.resolved"), tr("This flag was already resolved."), {}}};
        const qint64 now = m_central.nowMs();
        c.query("UPDATE flags SET state = 'resolved', resolved_at = ?, resolved_by = ?, decision = ? WHERE "
                "id = ?",
                {now, supervisor.id, decision, flagId});
        result = {{QLatin1String("flag"), flagId},
                  {QLatin1String("member"), r.text(0, 2)},
                  {QLatin1String("other"), r.text(0, 3)},
                  {QLatin1String("reason"), r.text(0, 4)},
                  {QLatin1String("state"), QStringLiteral("resolved")},
                  {QLatin1String("decision"), decision}};
        c.lockKeys({db::lockKey("changes")});
        c.query(
            "INSERT INTO changes(country, district, kind, entity_id, body, at) VALUES(?, ?, 'flag', ?, ?, ?)",
            {r.text(0, 0), r.text(0, 1), r.text(0, 2), QJsonDocument(result).toJson(QJsonDocument::Compact),
             now});
    });
    logEvent("info", QStringLiteral("flag.resolved"),
             {{QLatin1String("flag"), flagId}, {QLatin1String("supervisor"), supervisor.id}});
    return result;
}

QJsonObject Supervision::correctMember(const SupervisorIdentity& supervisor, const QString& memberId,
                                       const QJsonObject& request)
{
    const QString reason = normaliseName(request.value(QLatin1String("reason")).toString());
    if (reason.isEmpty() || reason.size() > Validator::kMaxTextLength || hasControlCharacters(reason))
        throw ApiError{400,
                       {QStringLiteral("correction.reason"), tr("Give a reason for the correction."),
                        QStringLiteral("reason")}};
    const int expected = request.value(QLatin1String("version")).toInt(-1);
    auto parsed = Member::fromJson(request.value(QLatin1String("member")).toObject());
    if (!parsed.ok() || uuidText(parsed.value().id) != memberId)
        throw ApiError{400,
                       {QStringLiteral("request.malformed"), tr("The member is missing or names another id."),
                        QStringLiteral("member")}};
    Member member = std::move(parsed).value();
    QJsonObject result;
    m_central.db().write([&](db::Connection& c) {
        c.lockKeys({db::lockKey("member:" + memberId.toLatin1())});
        const db::Rows r =
            c.query("SELECT country, district, version, member_number, payload FROM members WHERE id = ?",
                    {memberId});
        if (r.empty() || r.text(0, 0) != supervisor.country.code)
            throw ApiError{404, {QStringLiteral("member.unknown"), tr("There is no such member."), {}}};
        const QString district = r.text(0, 1);
        if (!supervisor.covers(district) || member.address.districtCode != district)
            throw outOfScope();
        const int current = static_cast<int>(r.int64(0, 2));
        if (expected != current)
            throw ApiError{
                409,
                {QStringLiteral("member.changed"),
                 tr("The member was changed meanwhile (now version %1). Reload and try again.").arg(current),
                 QStringLiteral("version")}};
        member.version = current + 1;
        member.memberNumber = r.text(0, 3);
        member.updatedAt = QDateTime::fromMSecsSinceEpoch(m_central.nowMs(), Qt::UTC);
        Member normalised = member;
        const ValidationReport report =
            m_central.validator(supervisor.country).normaliseAndValidate(normalised);
        if (!report.ok()) {
            const Error& first = report.errors.first();
            throw ApiError{422, {QStringLiteral("validation.") + first.code, first.message, first.field}};
        }
        // What is stored and sent is the normalised record: the central office's own version.
        const QByteArray plain = QJsonDocument(normalised.toJson()).toJson(QJsonDocument::Compact);
        const QByteArray hash = crypto::sha256(plain).toHex();
        const qint64 now = m_central.nowMs();
        // The replaced version's payload goes back to its record_versions row; the new one lives in
        // the member's row only (db/Migrations.cpp, version 2).
        c.query("UPDATE record_versions SET payload = ? "
                "WHERE entity = 'member' AND entity_id = ? AND version = ? AND payload IS NULL",
                {r.bytes(0, 4), memberId, static_cast<qint64>(current)});
        c.query("UPDATE members SET version = ?, payload = ?, payload_hash = ?, updated_at = ? WHERE id = ?",
                {static_cast<qint64>(member.version), plain, hash, now, memberId});
        c.query("INSERT INTO record_versions(entity, entity_id, version, payload_hash, payload, source, "
                "device_id, device_seq, received_at) VALUES('member', ?, ?, ?, NULL, 'central', ?, 0, ?)",
                {memberId, static_cast<qint64>(member.version), hash, supervisor.id, now});
        result = {{QLatin1String("member"), normalised.toJson()},
                  {QLatin1String("version"), member.version},
                  {QLatin1String("reason"), reason},
                  {QLatin1String("hash"), QString::fromLatin1(hash)}};
        c.lockKeys({db::lockKey("changes")});
        c.query("INSERT INTO changes(country, district, kind, entity_id, body, at) VALUES(?, ?, 'member', ?, "
                "?, ?)",
                {supervisor.country.code, district, memberId,
                 QJsonDocument(result).toJson(QJsonDocument::Compact), now});
    });
    logEvent("info", QStringLiteral("member.corrected"),
             {{QLatin1String("member"), memberId}, {QLatin1String("supervisor"), supervisor.id}});
    return result;
}

} // namespace fe::central
