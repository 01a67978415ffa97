#include "printing/MemberCardDocument.h"

#include "i18n/Formats.h"
#include "i18n/Labels.h"
#include "printing/DocumentLayout.h"

#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace fe {
namespace app {

MemberCardDocument::MemberCardDocument(Member member, StoreInfo store)
    : m_member(std::move(member)), m_store(std::move(store))
{}

QByteArray MemberCardDocument::qrPayload(const Member& member)
{
    return QStringLiteral("FEM1|%1|%2")
        .arg(member.id.toString(QUuid::WithoutBraces), member.memberNumber)
        .toUtf8();
}

bool MemberCardDocument::paintOn(QPagedPaintDevice& device) const
{
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    const QRectF page = device.pageLayout().paintRect(QPageLayout::Millimeter);
    const QRectF area(0, 0, page.width(), page.height());
    // With a photo: the portrait on the left (as on an identity card), a smaller QR code.
    const bool photo = !m_member.photo.isEmpty();
    const qreal qrSide = area.height() * (photo ? 0.5 : 0.62);
    const qreal photoWidth = photo ? area.height() * 0.42 : 0;
    const qreal textLeft = photo ? photoWidth + 2 : 0;
    DocumentLayout layout(painter, QRectF(textLeft, 0, area.width() - qrSide - 2 - textLeft, area.height()),
                          dotsPerMm(device));
    if (photo)
        (void)layout.image(m_member.photo, QRectF(0, 0, photoWidth, photoWidth * 1.25));
    layout.title(tr("Member card"), 9);
    layout.line(tr("Name"), m_member.name.displayLocal(), 7);
    if (!m_member.name.displayLatin().isEmpty())
        layout.line(tr("Latin"), m_member.name.displayLatin(), 7);
    layout.line(tr("Member number"),
                m_member.memberNumber.isEmpty() ? tr("Not assigned yet") : m_member.memberNumber, 7);
    layout.line(tr("Born"),
                m_member.birth.estimated ? QString::number(m_member.birth.date.year())
                                         : formats::date(m_member.birth.date),
                7);
    if (const AdminUnit* d = m_store.reference.find(2, m_member.address.districtCode))
        layout.line(Labels::districtLevel(m_store.country.country), Labels::adminUnit(*d), 7);
    layout.qrCode(qrPayload(m_member), QRectF(area.right() - qrSide, area.top(), qrSide, qrSide));
    return painter.end();
}

Status MemberCardDocument::writePdf(const QString& path) const
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QSizeF(85.6, 54.0), QPageSize::Millimeter, QStringLiteral("ID-1")));
    writer.setPageMargins(QMarginsF(4, 4, 4, 4), QPageLayout::Millimeter);
    writer.setResolution(600);
    writer.setTitle(tr("Member card"));
    writer.setCreator(QStringLiteral("FieldEnrol " FIELDENROL_VERSION));
    if (!paintOn(writer))
        return Error{QStringLiteral("card.write"),
                     tr("The member card could not be written to %1.").arg(path), QStringLiteral("path")};
    return {};
}

} // namespace app
} // namespace fe
