#include "wire/Api.h"

#include "crypto/Crypto.h"

namespace fe::wire {

QByteArray signatureHeader(const QByteArray& body, const QByteArray& deviceSignSecretKey)
{
    return crypto::toBase64(crypto::sign(body, deviceSignSecretKey));
}

bool verifySignatureHeader(const QByteArray& body, const QByteArray& headerValue,
                           const QByteArray& deviceSignPublicKey)
{
    const auto signature = crypto::fromBase64(headerValue.trimmed());
    return signature && crypto::verify(body, *signature, deviceSignPublicKey);
}

} // namespace fe::wire
