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

Error formatError()
{
    return {
        QStringLiteral("payload.format"), tr("The records' content is in an unknown format or damaged."), {}};
}

} // namespace

QByteArray frameBatch(const QList<QByteArray>& plainPayloads)
{
    qsizetype total = 0;
    for (const QByteArray& p : plainPayloads)
        total += kFrameHeaderBytes + p.size();
    QByteArray frames;
    frames.reserve(total);
    for (const QByteArray& p : plainPayloads) {
        const auto n = static_cast<quint32>(p.size());
        const char header[kFrameHeaderBytes] = {static_cast<char>(n >> 24), static_cast<char>(n >> 16),
                                                static_cast<char>(n >> 8), static_cast<char>(n)};
        frames.append(header, kFrameHeaderBytes);
        frames.append(p);
    }
    return frames;
}

std::optional<QList<QByteArray>> unframeBatch(const QByteArray& frames, qsizetype count)
{
    QList<QByteArray> out;
    out.reserve(count);
    qsizetype at = 0;
    const auto* bytes = reinterpret_cast<const unsigned char*>(frames.constData());
    while (out.size() < count) {
        if (frames.size() - at < kFrameHeaderBytes)
            return std::nullopt;
        const quint64 n = (quint64{bytes[at]} << 24) | (quint64{bytes[at + 1]} << 16) |
                          (quint64{bytes[at + 2]} << 8) | quint64{bytes[at + 3]};
        at += kFrameHeaderBytes;
        if (n > static_cast<quint64>(frames.size() - at))
            return std::nullopt;
        out.append(frames.mid(at, static_cast<qsizetype>(n)));
        at += static_cast<qsizetype>(n);
    }
    if (at != frames.size()) // more frames than entries: not what the request describes
        return std::nullopt;
    return out;
}

QByteArray sealBatch(const QList<QByteArray>& plainPayloads, const QByteArray& boxPublicKey,
                     int compressionLevel)
{
    const QByteArray frames = frameBatch(plainPayloads);
    QByteArray body = deflateWithDictionary(frames, payloadDictionaryV1(), compressionLevel);
    const char format = body.isEmpty() ? kBatchFormatPlain : kBatchFormatDeflateV1;
    if (body.isEmpty())
        body = frames;
    return crypto::seal(format + body, boxPublicKey);
}

Result<QList<QByteArray>> openBatch(const QByteArray& sealed, qsizetype count, const QByteArray& boxPublicKey,
                                    const QByteArray& boxSecretKey)
{
    const auto opened = crypto::openSealed(sealed, boxPublicKey, boxSecretKey);
    if (!opened || opened->isEmpty())
        return Error{
            QStringLiteral("payload.sealed"),
            tr("The records cannot be opened with the central office's key: they were sealed for another "
               "office or altered on the way."),
            {}};
    // Every record may be up to the limit, plus a little to recognise one that is above it.
    const qsizetype maxFrames = count * (kFrameHeaderBytes + kMaxPlainPayloadBytes + 1);
    std::optional<QList<QByteArray>> payloads;
    switch (opened->at(0)) {
    case kBatchFormatPlain:
        if (opened->size() - 1 <= maxFrames)
            payloads = unframeBatch(opened->mid(1), count);
        break;
    case kBatchFormatDeflateV1:
        if (auto frames = inflateWithDictionary(opened->mid(1), payloadDictionaryV1(), maxFrames))
            payloads = unframeBatch(*frames, count);
        break;
    default:
        break;
    }
    if (!payloads)
        return formatError();
    return std::move(*payloads);
}

} // namespace fe::wire
