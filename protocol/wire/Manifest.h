#pragma once

#include "wire/Messages.h"

#include <QCryptographicHash>

namespace fe::wire {

// One record version the central office holds from a device, as a reconciliation manifest sees it.
struct ManifestItem
{
    qint64 seq = 0;
    Entity entity = Entity::Member;
    QUuid id;
    int version = 0;
    QByteArray payloadHash; // 32 bytes
};

// The hash of a manifest range: SHA-256 over one line per item,
//   "<seq>:<entity name>:<id>:<version>:<payload hash hex>\n"
// in ascending seq order (by=seq) or ascending (id, version) order (by=id). An empty range hashes
// the empty string. Device and central office compute it with this class, so equal holdings give
// equal hashes and a device can narrow a difference down range by range.
class ManifestHasher
{
public:
    void add(const ManifestItem& item);
    qint64 count() const { return m_count; }
    QByteArray hashHex() const;

    static QByteArray line(const ManifestItem& item);

private:
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    qint64 m_count = 0;
};

} // namespace fe::wire
