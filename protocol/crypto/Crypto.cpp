#include "crypto/Crypto.h"

#include "common/Sha256.h"

#include <sodium.h>

#include <cstdlib>

namespace fe::crypto {
namespace {

void ensureInitialised()
{
    // sodium_init is thread-safe and idempotent; failure means no usable random source.
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        std::abort();
}

const unsigned char* bytes(const QByteArray& a)
{
    return reinterpret_cast<const unsigned char*>(a.constData());
}
unsigned char* bytes(QByteArray& a)
{
    return reinterpret_cast<unsigned char*>(a.data());
}

} // namespace

KeyPair generateSigningKeyPair()
{
    ensureInitialised();
    KeyPair k{QByteArray(kSignPublicKeyBytes, '\0'), QByteArray(kSignSecretKeyBytes, '\0')};
    crypto_sign_keypair(bytes(k.publicKey), bytes(k.secretKey));
    return k;
}

QByteArray sign(const QByteArray& message, const QByteArray& signSecretKey)
{
    ensureInitialised();
    if (signSecretKey.size() != kSignSecretKeyBytes)
        return {};
    QByteArray signature(kSignatureBytes, '\0');
    crypto_sign_detached(bytes(signature), nullptr, bytes(message),
                         static_cast<unsigned long long>(message.size()), bytes(signSecretKey));
    return signature;
}

bool verify(const QByteArray& message, const QByteArray& signature, const QByteArray& signPublicKey)
{
    ensureInitialised();
    if (signature.size() != kSignatureBytes || signPublicKey.size() != kSignPublicKeyBytes)
        return false;
    return crypto_sign_verify_detached(bytes(signature), bytes(message),
                                       static_cast<unsigned long long>(message.size()),
                                       bytes(signPublicKey)) == 0;
}

KeyPair generateBoxKeyPair()
{
    ensureInitialised();
    KeyPair k{QByteArray(kBoxPublicKeyBytes, '\0'), QByteArray(kBoxSecretKeyBytes, '\0')};
    crypto_box_keypair(bytes(k.publicKey), bytes(k.secretKey));
    return k;
}

QByteArray seal(const QByteArray& plain, const QByteArray& boxPublicKey)
{
    ensureInitialised();
    if (boxPublicKey.size() != kBoxPublicKeyBytes)
        return {};
    QByteArray sealed(plain.size() + kSealOverheadBytes, '\0');
    crypto_box_seal(bytes(sealed), bytes(plain), static_cast<unsigned long long>(plain.size()),
                    bytes(boxPublicKey));
    return sealed;
}

std::optional<QByteArray> openSealed(const QByteArray& sealed, const QByteArray& boxPublicKey,
                                     const QByteArray& boxSecretKey)
{
    ensureInitialised();
    if (sealed.size() < kSealOverheadBytes || boxPublicKey.size() != kBoxPublicKeyBytes ||
        boxSecretKey.size() != kBoxSecretKeyBytes)
        return std::nullopt;
    QByteArray plain(sealed.size() - kSealOverheadBytes, '\0');
    if (crypto_box_seal_open(bytes(plain), bytes(sealed), static_cast<unsigned long long>(sealed.size()),
                             bytes(boxPublicKey), bytes(boxSecretKey)) != 0)
        return std::nullopt;
    return plain;
}

QByteArray randomBytes(int count)
{
    ensureInitialised();
    QByteArray out(count, '\0');
    randombytes_buf(out.data(), static_cast<size_t>(count));
    return out;
}

QByteArray sha256(const QByteArray& data)
{
    return fe::sha256(data);
}

bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    ensureInitialised();
    return a.size() == b.size() &&
           sodium_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

std::optional<QByteArray> fromBase64(const QByteArray& text)
{
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok)
        return std::nullopt;
    // Qt accepts missing padding; the protocol does not, so each value has one spelling.
    if (decoded.decoded.toBase64() != text)
        return std::nullopt;
    return std::move(decoded.decoded);
}

QByteArray toBase64(const QByteArray& data)
{
    return data.toBase64();
}

} // namespace fe::crypto
