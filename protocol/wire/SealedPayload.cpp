#include "wire/SealedPayload.h"

#include "crypto/Crypto.h"
#include "wire/Compression.h"

#include <QCoreApplication>

namespace fe::wire {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Protocol", text);
}

} // namespace

QByteArray sealPayload(const QByteArray& plainJson, const QByteArray& boxPublicKey)
{
    QByteArray body = deflateWithDictionary(plainJson, payloadDictionaryV1());
    const char format = body.isEmpty() ? kPayloadFormatPlain : kPayloadFormatDeflateV1;
    if (body.isEmpty())
        body = plainJson;
    return crypto::seal(format + body, boxPublicKey);
}

Result<QByteArray> openPayload(const QByteArray& sealed, const QByteArray& boxPublicKey,
                               const QByteArray& boxSecretKey)
{
    if (sealed.size() > kMaxPlainPayloadBytes + crypto::kSealOverheadBytes + 1)
        return Error{
            QStringLiteral("payload.too_large"), tr("The record is larger than the protocol allows."), {}};
    const auto opened = crypto::openSealed(sealed, boxPublicKey, boxSecretKey);
    if (!opened || opened->isEmpty())
        return Error{
            QStringLiteral("payload.sealed"),
            tr("The record cannot be opened with the central office's key: it was sealed for another "
               "office or altered on the way."),
            {}};
    const QByteArray body = opened->mid(1);
    switch (opened->at(0)) {
    case kPayloadFormatPlain:
        if (body.size() > kMaxPlainPayloadBytes)
            break;
        return body;
    case kPayloadFormatDeflateV1:
        if (auto plain = inflateWithDictionary(body, payloadDictionaryV1(), kMaxPlainPayloadBytes))
            return std::move(*plain);
        break;
    default:
        break;
    }
    return Error{
        QStringLiteral("payload.format"), tr("The record's content is in an unknown format or damaged."), {}};
}

} // namespace fe::wire
