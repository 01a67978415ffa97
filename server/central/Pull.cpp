#include "central/Pull.h"

#include "common/Uuid.h"

#include <QJsonDocument>

namespace fe::central {

wire::ChangesPage Pull::changes(const DeviceIdentity& device, qint64 cursor, int limit)
{
    const int pageSize = std::clamp(limit > 0 ? limit : m_central.config().pullPageSize, 1,
                                    m_central.config().limits.maxPullLimit);
    wire::ChangesPage page;
    page.cursor = cursor;
    m_central.db().read([&](db::Connection& c) {
        // One more row than asked for tells whether another page follows.
        const db::Rows rows =
            c.query("SELECT seq, kind, body FROM changes WHERE country = ? AND district IN (?, '*') "
                    "AND seq > ? ORDER BY seq LIMIT ?",
                    {device.country.code, device.district, cursor, static_cast<qint64>(pageSize + 1)});
        for (int r = 0; r < rows.size() && r < pageSize; ++r) {
            page.changes.append(
                {rows.int64(r, 0), rows.text(r, 1), QJsonDocument::fromJson(rows.bytes(r, 2)).object()});
            page.cursor = rows.int64(r, 0);
        }
        page.more = rows.size() > pageSize;
    });
    return page;
}

wire::ManifestResponse Pull::manifest(const DeviceIdentity& device, const wire::ManifestRequest& request)
{
    wire::ManifestResponse response;
    const auto add = [](wire::ManifestHasher& hasher, const db::Rows& rows) {
        for (int r = 0; r < rows.size(); ++r)
            hasher.add({rows.int64(r, 0),
                        wire::entityFromName(rows.text(r, 1)).value_or(wire::Entity::Member),
                        QUuid::fromString(rows.text(r, 2)), static_cast<int>(rows.int64(r, 3)),
                        QByteArray::fromHex(rows.bytes(r, 4))});
    };
    m_central.db().read([&](db::Connection& c) {
        if (request.by == wire::ManifestRequest::By::Seq) {
            for (const auto& [from, to] : request.seqRanges) {
                wire::ManifestHasher hasher;
                add(hasher,
                    c.query(
                        "SELECT device_seq, entity, entity_id, version, payload_hash FROM record_versions "
                        "WHERE device_id = ? AND source = 'device' AND device_seq BETWEEN ? AND ? "
                        "ORDER BY device_seq, entity, entity_id, version",
                        {device.id, from, to}));
                response.ranges.append({hasher.count(), hasher.hashHex()});
            }
        } else {
            for (const auto& [from, to] : request.idRanges) {
                wire::ManifestHasher hasher;
                add(hasher,
                    c.query(
                        "SELECT device_seq, entity, entity_id, version, payload_hash FROM record_versions "
                        "WHERE device_id = ? AND source = 'device' AND entity_id BETWEEN ? AND ? "
                        "ORDER BY entity_id, version, entity",
                        {device.id, uuidText(from), uuidText(to)}));
                response.ranges.append({hasher.count(), hasher.hashHex()});
            }
        }
    });
    return response;
}

} // namespace fe::central
