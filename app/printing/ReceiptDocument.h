#pragma once

#include "common/Result.h"
#include "worker/StoreTypes.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace fe {
namespace app {

// The receipt of one payment, as a PDF or on a printer, with a QR code that identifies the
// payment (receipt number, payment id, amount, scheme, period, device) and nothing personal.
class ReceiptDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptDocument)
public:
    ReceiptDocument(ContributionReceipt receipt, StoreInfo store);

    static QByteArray qrPayload(const Contribution& contribution, const QString& deviceId);

    Status writePdf(const QString& path) const;
    // Paints onto a device already set up (a QPrinter from the print dialog).
    bool paintOn(QPagedPaintDevice& device) const;

private:
    ContributionReceipt m_receipt;
    StoreInfo m_store;
};

} // namespace app
} // namespace fe
