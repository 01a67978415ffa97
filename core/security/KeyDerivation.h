#pragma once

#include "common/Result.h"
#include "security/SecureBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace fe {

// How expensive a new password derivation is. Production code always uses Standard; the cheap
// set exists so test suites can derive hundreds of keys in seconds under sanitizers, and it must
// be asked for by name at each call site (there is no global switch to flip by mistake).
enum class KdfCost { Standard, FastForTestsOnly };

// Argon2id parameters, stored next to every wrapped key so they can be raised later without
// invalidating existing wraps: a store re-wraps with the current defaults when a password changes.
struct KdfParams
{
    QByteArray salt; // 16 random bytes, new for every wrap
    quint64 opsLimit = 0;
    quint64 memLimitBytes = 0;

    // Standard: 4 passes over 128 MiB, about 0.3 s on the 2-core reference machine (see
    // docs/SECURITY.md for the measurement and the reasoning).
    static constexpr quint64 kStandardOpsLimit = 4;
    static constexpr quint64 kStandardMemLimitBytes = 128ull << 20;

    static KdfParams fresh(KdfCost cost); // with a new random salt
    // Whether the parameters are within what this build accepts: protects unwrap from a file
    // whose parameters were altered to exhaust memory or time.
    bool isAcceptable() const;
};

// Password (or recovery code) to a 32-byte key-encryption key with Argon2id 1.3. The text is
// brought to Unicode NFC first, so the same password typed through different input methods
// derives the same key.
class KeyDerivation
{
    Q_DECLARE_TR_FUNCTIONS(KeyDerivation)
public:
    static constexpr std::size_t kKeyBytes = 32;
    static constexpr std::size_t kSaltBytes = 16;

    static Result<SecureBytes> derive(const QString& secret, const KdfParams& params);

    // Independent subkeys of the store's data key (crypto_kdf, BLAKE2b), one per purpose, so a
    // blind index never reveals anything about the sealing key and vice versa.
    enum class Purpose : quint64 { Sealing = 1, BlindIndex = 2, KeyCheck = 3 };
    static SecureBytes subkey(const SecureBytes& dataKey, Purpose purpose);
};

} // namespace fe
