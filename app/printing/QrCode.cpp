#include "printing/QrCode.h"

#include <QPainter>

#include <qrencode.h>

#include <memory>

namespace fe {
namespace app {

std::optional<QrCode> QrCode::encode(const QByteArray& data)
{
    if (data.isEmpty())
        return std::nullopt;
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(static_cast<int>(data.size()),
                          reinterpret_cast<const unsigned char*>(data.constData()), 0, QR_ECLEVEL_M),
        &QRcode_free);
    if (!code)
        return std::nullopt;
    QrCode out;
    out.m_size = code->width;
    out.m_modules.resize(out.m_size * out.m_size);
    for (int i = 0; i < out.m_size * out.m_size; ++i)
        out.m_modules[i] = (code->data[i] & 1) != 0;
    return out;
}

void QrCode::paint(QPainter& painter, const QRectF& area) const
{
    constexpr int kQuietZone = 4;
    const int modules = m_size + 2 * kQuietZone;
    const qreal side = qMin(area.width(), area.height());
    const qreal unit = side / modules;
    const QPointF origin(area.x() + (area.width() - side) / 2 + kQuietZone * unit,
                         area.y() + (area.height() - side) / 2 + kQuietZone * unit);
    painter.save();
    painter.fillRect(
        QRectF(area.x() + (area.width() - side) / 2, area.y() + (area.height() - side) / 2, side, side),
        Qt::white);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (int y = 0; y < m_size; ++y)
        for (int x = 0; x < m_size; ++x)
            if (dark(x, y))
                // Slightly oversized squares: no hairline gaps between modules when rasterised.
                painter.drawRect(
                    QRectF(origin.x() + x * unit, origin.y() + y * unit, unit * 1.02, unit * 1.02));
    painter.restore();
}

} // namespace app
} // namespace fe
