#include "common/Uuid.h"

#include "common/Clock.h"

#include <QRandomGenerator>

#include <array>

namespace fe {

QUuid createUuidV7(qint64 unixMs)
{
    std::array<quint8, 16> bytes{};
    const auto ms = static_cast<quint64>(unixMs);
    for (int i = 0; i < 6; ++i)
        bytes[static_cast<size_t>(i)] = static_cast<quint8>(ms >> (8 * (5 - i)));
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data() + 8), 2);
    const quint32 r = QRandomGenerator::system()->generate();
    bytes[6] = static_cast<quint8>(0x70 | ((r >> 8) & 0x0F)); // version 7
    bytes[7] = static_cast<quint8>(r & 0xFF);
    bytes[8] = static_cast<quint8>(0x80 | (bytes[8] & 0x3F)); // RFC 4122 variant
    return QUuid::fromRfc4122(QByteArrayView(bytes.data(), 16));
}

QUuid createUuidV7(const Clock& clock)
{
    return createUuidV7(clock.nowMs());
}

} // namespace fe
