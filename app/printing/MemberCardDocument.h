#pragma once

#include "common/Result.h"
#include "worker/StoreTypes.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace fe {
namespace app {

// A member card the size of a bank card (ISO/IEC 7810 ID-1), with a QR code holding the
// member's record id and member number: enough to find the record, nothing more.
class MemberCardDocument
{
    Q_DECLARE_TR_FUNCTIONS(MemberCardDocument)
public:
    MemberCardDocument(Member member, StoreInfo store);

    static QByteArray qrPayload(const Member& member);

    Status writePdf(const QString& path) const;
    bool paintOn(QPagedPaintDevice& device) const;

private:
    Member m_member;
    StoreInfo m_store;
};

} // namespace app
} // namespace fe
