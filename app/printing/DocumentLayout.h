#pragma once

#include <QFont>
#include <QList>
#include <QPair>
#include <QRectF>
#include <QString>

class QPainter;
class QPagedPaintDevice;

namespace fe {
namespace app {

// Shared drawing for the printed documents: a title, label/value lines and a QR code, laid out
// in millimetres so the PDF and the printer give the same page.
class DocumentLayout
{
public:
    DocumentLayout(QPainter& painter, const QRectF& pageMm, qreal dotsPerMm);

    static QFont font(qreal pointSize, bool bold = false);
    // Paints the title and advances below it.
    void title(const QString& text, qreal pointSize = 14);
    void line(const QString& label, const QString& value, qreal pointSize = 9);
    void paragraph(const QString& text, qreal pointSize = 8);
    void qrCode(const QByteArray& payload, const QRectF& areaMm);
    // An image fitted into the area (aspect kept, top-left aligned); false when it does not decode.
    bool image(const QByteArray& encoded, const QRectF& areaMm);
    qreal y() const { return m_y; }

    QRectF toDevice(const QRectF& mm) const;

private:
    QPainter& m_painter;
    QRectF m_page;
    qreal m_scale;
    qreal m_y;
};

// Opens a PDF or printer page with the painter scaled to millimetres.
qreal dotsPerMm(const QPagedPaintDevice& device);

} // namespace app
} // namespace fe
