#include "wire/Manifest.h"

#include "common/Uuid.h"

namespace fe::wire {

QByteArray ManifestHasher::line(const ManifestItem& item)
{
    return QByteArray::number(item.seq) + ':' + entityName(item.entity).toLatin1() + ':' +
           uuidText(item.id).toLatin1() + ':' + QByteArray::number(item.version) + ':' +
           item.payloadHash.toHex() + '\n';
}

void ManifestHasher::add(const ManifestItem& item)
{
    m_hash.addData(line(item));
    ++m_count;
}

QByteArray ManifestHasher::hashHex() const
{
    return m_hash.result().toHex();
}

} // namespace fe::wire
