#pragma once

#include <QByteArray>
#include <QRectF>
#include <QVector>

#include <optional>

class QPainter;

namespace fe {
namespace app {

// A QR code (libqrencode, error correction level M) as a square of dark and light modules.
class QrCode
{
public:
    static std::optional<QrCode> encode(const QByteArray& data);

    int size() const { return m_size; }
    bool dark(int x, int y) const { return m_modules[y * m_size + x]; }
    // Paints the code with its quiet zone (4 modules) into the largest square that fits `area`.
    void paint(QPainter& painter, const QRectF& area) const;

private:
    int m_size = 0;
    QVector<bool> m_modules;
};

} // namespace app
} // namespace fe
