#include "security/KeyWrap.h"

#include <sodium.h>

namespace fe {
namespace {

constexpr char kVersion = 1;
constexpr std::size_t kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kTagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr std::size_t kSealedBytes = 1 + kNonceBytes + KeyWrap::kDataKeyBytes + kTagBytes;

// Everything the unwrap depends on is authenticated: format version, the caller's context and
// the KDF parameters (an altered parameter would already derive another key; binding it makes the
// failure explicit rather than incidental).
QByteArray associatedData(const KdfParams& kdf, const QByteArray& context)
{
    QByteArray ad("FieldEnrol key wrap v1");
    ad += '\0';
    ad += kVersion;
    ad += QByteArray::number(kdf.opsLimit) + ':' + QByteArray::number(kdf.memLimitBytes) + ':' + kdf.salt;
    ad += '\0';
    ad += context;
    return ad;
}

Error unwrapFailed()
{
    return {QStringLiteral("key.unwrap_failed"),
            KeyWrap::tr("The password or recovery code is not correct, or the key was altered."),
            {}};
}

} // namespace

SecureBytes KeyWrap::generateDataKey()
{
    return SecureBytes::random(kDataKeyBytes);
}

Result<WrappedKey> KeyWrap::wrap(const SecureBytes& dataKey, const QString& secret, const KdfParams& kdf,
                                 const QByteArray& context)
{
    if (dataKey.size() != kDataKeyBytes)
        return Error{QStringLiteral("key.invalid"), tr("The data key has the wrong length."), {}};
    auto kek = KeyDerivation::derive(secret, kdf);
    if (!kek)
        return kek.error();
    const QByteArray ad = associatedData(kdf, context);
    QByteArray sealed(static_cast<qsizetype>(kSealedBytes), Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(sealed.data());
    out[0] = static_cast<unsigned char>(kVersion);
    randombytes_buf(out + 1, kNonceBytes);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        out + 1 + kNonceBytes, &written, dataKey.data(), dataKey.size(),
        reinterpret_cast<const unsigned char*>(ad.constData()), static_cast<unsigned long long>(ad.size()),
        nullptr, out + 1, kek.value().data());
    return WrappedKey{kdf, sealed};
}

Result<SecureBytes> KeyWrap::unwrap(const WrappedKey& wrapped, const QString& secret,
                                    const QByteArray& context)
{
    // The derivation runs even for a malformed wrap, so a damaged or foreign wrap costs the same
    // time as a wrong password.
    auto kek = KeyDerivation::derive(secret, wrapped.kdf);
    if (!kek)
        return kek.error();
    if (wrapped.sealed.size() != static_cast<qsizetype>(kSealedBytes) || wrapped.sealed.at(0) != kVersion)
        return unwrapFailed();
    const QByteArray ad = associatedData(wrapped.kdf, context);
    const auto* in = reinterpret_cast<const unsigned char*>(wrapped.sealed.constData());
    SecureBytes key(kDataKeyBytes);
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            key.data(), &written, nullptr, in + 1 + kNonceBytes, kDataKeyBytes + kTagBytes,
            reinterpret_cast<const unsigned char*>(ad.constData()),
            static_cast<unsigned long long>(ad.size()), in + 1, kek.value().data()) != 0)
        return unwrapFailed();
    return key;
}

QByteArray KeyWrap::keyCheck(const SecureBytes& dataKey)
{
    const SecureBytes subkey = KeyDerivation::subkey(dataKey, KeyDerivation::Purpose::KeyCheck);
    if (subkey.isEmpty())
        return {};
    static const QByteArray kLabel("FieldEnrol data key check v1");
    QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), static_cast<std::size_t>(out.size()),
                       reinterpret_cast<const unsigned char*>(kLabel.constData()),
                       static_cast<unsigned long long>(kLabel.size()), subkey.data(), subkey.size());
    return out;
}

} // namespace fe
