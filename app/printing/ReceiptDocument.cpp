#include "printing/ReceiptDocument.h"

#include "i18n/Formats.h"
#include "i18n/Labels.h"
#include "printing/DocumentLayout.h"

#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace fe {
namespace app {

ReceiptDocument::ReceiptDocument(ContributionReceipt receipt, StoreInfo store)
    : m_receipt(std::move(receipt)), m_store(std::move(store))
{}

QByteArray ReceiptDocument::qrPayload(const Contribution& c, const QString& deviceId)
{
    const QStringList parts{QStringLiteral("FER1"),
                            c.receiptNumber,
                            c.id.toString(QUuid::WithoutBraces),
                            c.amount.toPlainString() + QLatin1Char(' ') + c.amount.currency,
                            c.schemeCode,
                            c.periodStart.toString(QStringLiteral("yyyy-MM")) + QStringLiteral("..") +
                                c.periodEnd.toString(QStringLiteral("yyyy-MM")),
                            deviceId};
    return parts.join(QLatin1Char('|')).toUtf8();
}

bool ReceiptDocument::paintOn(QPagedPaintDevice& device) const
{
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    const Contribution& c = m_receipt.contribution;
    const Member& m = m_receipt.member;
    const QRectF page = device.pageLayout().paintRect(QPageLayout::Millimeter);
    const QRectF area(0, 0, page.width(), page.height());
    DocumentLayout layout(painter, area, dotsPerMm(device));

    QString schemeName = c.schemeCode;
    for (const Scheme& s : m_store.schemes)
        if (s.code == c.schemeCode)
            schemeName = Labels::schemeName(s);

    layout.title(tr("Payment receipt"));
    layout.line(tr("Receipt number"), c.receiptNumber);
    layout.line(tr("Date"), formats::dateTime(c.recordedAt, m_store.country.timeZoneId));
    const QString latin = m.name.displayLatin();
    layout.line(tr("Member"), latin.isEmpty() || latin == m.name.displayLocal()
                                  ? m.name.displayLocal()
                                  : m.name.displayLocal() + QLatin1Char('\n') + latin);
    layout.line(tr("Member number"), m.memberNumber.isEmpty() ? tr("Not assigned yet") : m.memberNumber);
    layout.line(tr("Scheme"), schemeName);
    const QString start = formats::month(c.periodStart);
    const QString end = formats::month(c.periodEnd);
    layout.line(tr("Period"), start == end ? start : tr("%1 to %2").arg(start, end));
    layout.line(tr("Amount"), formats::money(c.amount));
    QString method = Labels::paymentMethod(c.method);
    if (c.method == PaymentMethod::MobileMoney)
        method += QStringLiteral(" · ") + c.transactionCode;
    else if (c.method == PaymentMethod::Bank)
        method += QStringLiteral(" · ") + c.bankReference;
    layout.line(tr("Paid by"), method);
    layout.line(tr("Recorded by"), c.operatorId);
    layout.line(tr("Device"), m_store.deviceName);
    if (c.isVoided())
        layout.title(tr("VOIDED: %1").arg(c.voidReason), 12);

    const qreal qrSide = qMin(area.width() * 0.45, area.height() - layout.y() - 14);
    const QRectF qrArea(area.right() - qrSide, area.bottom() - qrSide - 12, qrSide, qrSide);
    layout.qrCode(qrPayload(c, m_store.deviceId), qrArea);
    painter.setFont(DocumentLayout::font(7));
    painter.drawText(
        layout.toDevice(QRectF(0, area.bottom() - 10, area.width(), 10)), Qt::TextWordWrap,
        tr("Keep this receipt. The code identifies the payment: scan it to check the payment with the "
           "scheme."));
    return painter.end();
}

Status ReceiptDocument::writePdf(const QString& path) const
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A5));
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(tr("Payment receipt %1").arg(m_receipt.contribution.receiptNumber));
    writer.setCreator(QStringLiteral("FieldEnrol " FIELDENROL_VERSION));
    if (!paintOn(writer))
        return Error{QStringLiteral("receipt.write"), tr("The receipt could not be written to %1.").arg(path),
                     QStringLiteral("path")};
    return {};
}

} // namespace app
} // namespace fe
