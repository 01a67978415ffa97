#pragma once

#include "common/Result.h"
#include "security/KeyDerivation.h"
#include "security/SecureBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace fe {

// The store's data key encrypted under a key-encryption key derived from a password or a
// recovery code: XChaCha20-Poly1305 with a random nonce. `sealed` is
// version byte || 24-byte nonce || 48 bytes of ciphertext and tag.
struct WrappedKey
{
    KdfParams kdf;
    QByteArray sealed;
};

class KeyWrap
{
    Q_DECLARE_TR_FUNCTIONS(KeyWrap)
public:
    static constexpr std::size_t kDataKeyBytes = 32;

    // A new random data key for a new store.
    static SecureBytes generateDataKey();

    // `context` is authenticated with the wrap and must be given again to unwrap: it binds a wrap
    // to its store and its owner, so a wrap copied into another store or onto another account
    // does not open.
    static Result<WrappedKey> wrap(const SecureBytes& dataKey, const QString& secret, const KdfParams& kdf,
                                   const QByteArray& context);
    // Error "key.unwrap_failed" for a wrong secret, an altered wrap or a wrong context (they
    // cannot be told apart, by design); other errors from KeyDerivation::derive.
    static Result<SecureBytes> unwrap(const WrappedKey& wrapped, const QString& secret,
                                      const QByteArray& context);

    // A value stored in the clear that tells whether a key is this store's data key without
    // revealing anything about it (keyed BLAKE2b under a dedicated subkey).
    static QByteArray keyCheck(const SecureBytes& dataKey);
};

} // namespace fe
