#include "security/KeyDerivation.h"

#include <sodium.h>

namespace fe {
namespace {

static_assert(KeyDerivation::kSaltBytes == crypto_pwhash_SALTBYTES);
static_assert(KeyDerivation::kKeyBytes == crypto_kdf_KEYBYTES);

// Upper bounds for stored parameters: far above the defaults (room to re-tune for years), low
// enough that an altered file cannot make an unlock allocate gigabytes or run for minutes.
constexpr quint64 kMaxOpsLimit = 32;
constexpr quint64 kMaxMemLimitBytes = 1ull << 30;

// crypto_kdf contexts are exactly 8 bytes; changing this one changes every subkey.
constexpr char kSubkeyContext[crypto_kdf_CONTEXTBYTES + 1] = "FEnrolDK";

} // namespace

KdfParams KdfParams::fresh(KdfCost cost)
{
    KdfParams p;
    p.salt.resize(KeyDerivation::kSaltBytes);
    if (sodiumReady())
        randombytes_buf(p.salt.data(), static_cast<std::size_t>(p.salt.size()));
    if (cost == KdfCost::Standard) {
        p.opsLimit = kStandardOpsLimit;
        p.memLimitBytes = kStandardMemLimitBytes;
    } else {
        p.opsLimit = crypto_pwhash_argon2id_OPSLIMIT_MIN;
        p.memLimitBytes = crypto_pwhash_argon2id_MEMLIMIT_MIN;
    }
    return p;
}

bool KdfParams::isAcceptable() const
{
    return salt.size() == static_cast<qsizetype>(KeyDerivation::kSaltBytes) &&
           opsLimit >= crypto_pwhash_argon2id_OPSLIMIT_MIN && opsLimit <= kMaxOpsLimit &&
           memLimitBytes >= crypto_pwhash_argon2id_MEMLIMIT_MIN && memLimitBytes <= kMaxMemLimitBytes;
}

Result<SecureBytes> KeyDerivation::derive(const QString& secret, const KdfParams& params)
{
    if (!sodiumReady())
        return Error{
            QStringLiteral("crypto.unavailable"),
            tr("This computer offers no secure random numbers; FieldEnrol cannot protect the store."),
            {}};
    if (!params.isAcceptable())
        return Error{
            QStringLiteral("key.params_invalid"),
            tr("The key parameters stored for this account are not valid. The store may be damaged."),
            {}};
    // The UTF-8 bytes go straight into secure memory; the temporary is wiped before it is freed.
    QByteArray utf8 = secret.normalized(QString::NormalizationForm_C).toUtf8();
    const SecureBytes password = SecureBytes::copyOf(utf8);
    sodium_memzero(utf8.data(), static_cast<std::size_t>(utf8.size()));
    utf8.clear();

    SecureBytes key(kKeyBytes);
    const char* passwordChars = reinterpret_cast<const char*>(password.data());
    const int rc =
        crypto_pwhash(key.data(), key.size(), passwordChars ? passwordChars : "", password.size(),
                      reinterpret_cast<const unsigned char*>(params.salt.constData()), params.opsLimit,
                      static_cast<std::size_t>(params.memLimitBytes), crypto_pwhash_ALG_ARGON2ID13);
    if (rc != 0)
        return Error{QStringLiteral("key.kdf_failed"),
                     tr("There is not enough free memory to check the password. Close other programs and try "
                        "again."),
                     {}};
    return key;
}

SecureBytes KeyDerivation::subkey(const SecureBytes& dataKey, Purpose purpose)
{
    if (dataKey.size() != crypto_kdf_KEYBYTES)
        return {};
    SecureBytes out(kKeyBytes);
    crypto_kdf_derive_from_key(out.data(), out.size(), static_cast<quint64>(purpose), kSubkeyContext,
                               dataKey.data());
    return out;
}

} // namespace fe
