#include "printing/DocumentLayout.h"

#include "printing/QrCode.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>

namespace fe {
namespace app {

DocumentLayout::DocumentLayout(QPainter& painter, const QRectF& pageMm, qreal dotsPerMmValue)
    : m_painter(painter), m_page(pageMm), m_scale(dotsPerMmValue), m_y(pageMm.top())
{}

QFont DocumentLayout::font(qreal pointSize, bool bold)
{
    QFont f;
    // Latin first, Noto Sans Lao for Lao script: names print in the member's own script.
    f.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Lao")});
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

QRectF DocumentLayout::toDevice(const QRectF& mm) const
{
    return {mm.x() * m_scale, mm.y() * m_scale, mm.width() * m_scale, mm.height() * m_scale};
}

void DocumentLayout::title(const QString& text, qreal pointSize)
{
    const QFont f = font(pointSize, true);
    m_painter.setFont(f);
    const QFontMetricsF fm(f, m_painter.device());
    const QRectF area = toDevice(QRectF(m_page.left(), m_y, m_page.width(), 30));
    const QRectF used = fm.boundingRect(area, Qt::TextWordWrap, text);
    m_painter.drawText(area, Qt::TextWordWrap, text);
    m_y += used.height() / m_scale + 3;
}

void DocumentLayout::line(const QString& label, const QString& value, qreal pointSize)
{
    const qreal labelWidth = m_page.width() * 0.38;
    const QFont labelFont = font(pointSize, false);
    const QFont valueFont = font(pointSize, true);
    const QRectF labelArea = toDevice(QRectF(m_page.left(), m_y, labelWidth - 2, 40));
    const QRectF valueArea =
        toDevice(QRectF(m_page.left() + labelWidth, m_y, m_page.width() - labelWidth, 40));
    const QFontMetricsF lm(labelFont, m_painter.device());
    const QFontMetricsF vm(valueFont, m_painter.device());
    const qreal height = qMax(lm.boundingRect(labelArea, Qt::TextWordWrap, label).height(),
                              vm.boundingRect(valueArea, Qt::TextWordWrap, value).height());
    m_painter.setFont(labelFont);
    m_painter.setPen(QColor(0x42, 0x42, 0x42));
    m_painter.drawText(labelArea, Qt::TextWordWrap, label);
    m_painter.setFont(valueFont);
    m_painter.setPen(Qt::black);
    m_painter.drawText(valueArea, Qt::TextWordWrap, value);
    m_y += height / m_scale + 1.5;
}

void DocumentLayout::paragraph(const QString& text, qreal pointSize)
{
    const QFont f = font(pointSize, false);
    m_painter.setFont(f);
    const QFontMetricsF fm(f, m_painter.device());
    const QRectF area = toDevice(QRectF(m_page.left(), m_y, m_page.width(), 60));
    const QRectF used = fm.boundingRect(area, Qt::TextWordWrap, text);
    m_painter.drawText(area, Qt::TextWordWrap, text);
    m_y += used.height() / m_scale + 2;
}

void DocumentLayout::qrCode(const QByteArray& payload, const QRectF& areaMm)
{
    if (const auto code = QrCode::encode(payload))
        code->paint(m_painter, toDevice(areaMm));
}

bool DocumentLayout::image(const QByteArray& encoded, const QRectF& areaMm)
{
    QImage picture;
    if (!picture.loadFromData(encoded))
        return false;
    const QRectF area = toDevice(areaMm);
    const QSizeF fitted = QSizeF(picture.size()).scaled(area.size(), Qt::KeepAspectRatio);
    m_painter.drawImage(QRectF(area.topLeft(), fitted), picture);
    return true;
}

qreal dotsPerMm(const QPagedPaintDevice& device)
{
    return device.logicalDpiX() / 25.4;
}

} // namespace app
} // namespace fe
