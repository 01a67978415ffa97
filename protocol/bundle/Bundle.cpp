#include "bundle/Bundle.h"

#include "crypto/Crypto.h"
#include "wire/Compression.h"

#include <QCoreApplication>

namespace fe::bundle {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Bundle", text);
}

QByteArray write(const char* magic, const QByteArray& body, const QByteArray& secretKey)
{
    return QByteArray(magic, kMagicBytes) + crypto::sign(body, secretKey) + wire::gzipCompress(body, 9);
}

Result<SignedFile> read(const QByteArray& file, const char* magic, qsizetype maxBody,
                        const QString& notThisKind)
{
    if (file.size() < kMagicBytes + crypto::kSignatureBytes ||
        !file.startsWith(QByteArray(magic, kMagicBytes)))
        return Error{QStringLiteral("bundle.not_a_bundle"), notThisKind, {}};
    const QByteArray compressed = file.mid(kMagicBytes + crypto::kSignatureBytes);
    bool tooLarge = false;
    auto body = wire::gzipDecompress(compressed, maxBody, &tooLarge);
    if (!body) {
        if (tooLarge)
            return Error{QStringLiteral("bundle.too_large"), tr("The file is larger than allowed."), {}};
        return Error{QStringLiteral("bundle.damaged"),
                     tr("The file is damaged (it was cut short or altered). Copy it again from the device."),
                     {}};
    }
    return SignedFile{file.mid(kMagicBytes, crypto::kSignatureBytes), std::move(*body)};
}

} // namespace

QByteArray writeBundle(const QByteArray& pushRequestBody, const QByteArray& deviceSignSecretKey)
{
    return write(kBundleMagic, pushRequestBody, deviceSignSecretKey);
}

QByteArray writeAck(const QByteArray& ackBody, const QByteArray& serverSignSecretKey)
{
    return write(kAckMagic, ackBody, serverSignSecretKey);
}

Result<SignedFile> readBundle(const QByteArray& file, qsizetype maxBody)
{
    return read(file, kBundleMagic, maxBody, tr("This is not a FieldEnrol bundle file."));
}

Result<SignedFile> readAck(const QByteArray& file, qsizetype maxBody)
{
    return read(file, kAckMagic, maxBody, tr("This is not a FieldEnrol acknowledgement file."));
}

} // namespace fe::bundle
