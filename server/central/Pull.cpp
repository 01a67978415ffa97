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
    // Another device's member numbers are read past, not sent (its body comes back NULL): the page
    // reads at most kReadPastFactor times its size, and its cursor moves over everything it read,
    // so a device in a busy district neither hears of other devices' members nor reads them again.
    const qint64 readLimit = static_cast<qint64>(pageSize) * kReadPastFactor;
    m_central.db().read([&](db::Connection& c) {
        // One more row than may be read tells whether another page follows.
        const db::Rows rows = c.query(
            "SELECT seq, kind, CASE WHEN device_id IS NULL OR device_id = ? THEN body END FROM changes "
            "WHERE country = ? AND district IN (?, '*') AND seq > ? ORDER BY seq LIMIT ?",
            {device.id, device.country.code, device.district, cursor, readLimit + 1});
        int r = 0;
        for (; r < rows.size() && r < readLimit && page.changes.size() < pageSize; ++r) {
            page.cursor = rows.int64(r, 0);
            if (!rows.isNull(r, 2))
                page.changes.append(
                    {rows.int64(r, 0), rows.text(r, 1), QJsonDocument::fromJson(rows.bytes(r, 2)).object()});
        }
        page.more = r < rows.size();
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
