#include "security/SealingPayloadCodec.h"

#include "security/KeyDerivation.h"

#include <sodium.h>

#include <atomic>
#include <cstring>

#include <pthread.h>

namespace fe {
namespace {

constexpr char kVersion = 1;
constexpr std::size_t kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kTagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
static_assert(SealingPayloadCodec::kOverheadBytes == 1 + kNonceBytes + kTagBytes);

const unsigned char* bytes(const QByteArray& a)
{
    return reinterpret_cast<const unsigned char*>(a.constData());
}

// Forks of this process since it started, counted in the child (pthread_atfork): cheaper than
// asking for the process id, a system call, on every seal.
std::atomic<unsigned> g_forks{0};

void countFork()
{
    g_forks.fetch_add(1, std::memory_order_relaxed);
}

// A fresh random nonce. The operating system's generator is asked for 64 nonces at a time: one
// system call per nonce was half the cost of sealing a payload (a bulk import seals two per row).
// Nonces are public (written next to each sealed payload), so holding a few ahead reveals nothing;
// the buffer is per thread, and a forked child draws its own (reusing the parent's would repeat a
// nonce under the same key).
void freshNonce(unsigned char* out)
{
    static const bool forksCounted = pthread_atfork(nullptr, nullptr, &countFork) == 0;
    if (!forksCounted) {
        randombytes_buf(out, kNonceBytes);
        return;
    }
    constexpr std::size_t kAhead = 64;
    thread_local struct
    {
        unsigned char bytes[kAhead * kNonceBytes];
        std::size_t used = kAhead;
        unsigned forks = 0;
    } pool;
    const unsigned forks = g_forks.load(std::memory_order_relaxed);
    if (pool.used == kAhead || pool.forks != forks) {
        randombytes_buf(pool.bytes, sizeof pool.bytes);
        pool.used = 0;
        pool.forks = forks;
    }
    unsigned char* const next = pool.bytes + pool.used * kNonceBytes;
    std::memcpy(out, next, kNonceBytes);
    sodium_memzero(next, kNonceBytes); // handed out once
    ++pool.used;
}

// The version byte is authenticated too, so a later format cannot be confused with this one.
QByteArray versionedAd(const QByteArray& associatedData)
{
    return kVersion + associatedData;
}

} // namespace

SealingPayloadCodec::SealingPayloadCodec(const SecureBytes& dataKey)
    : m_sealingKey(KeyDerivation::subkey(dataKey, KeyDerivation::Purpose::Sealing)),
      m_indexKey(KeyDerivation::subkey(dataKey, KeyDerivation::Purpose::BlindIndex))
{}

QByteArray SealingPayloadCodec::seal(const QByteArray& plain, const QByteArray& associatedData) const
{
    if (isWiped())
        return {};
    const QByteArray ad = versionedAd(associatedData);
    QByteArray out(kOverheadBytes + plain.size(), Qt::Uninitialized);
    auto* p = reinterpret_cast<unsigned char*>(out.data());
    p[0] = static_cast<unsigned char>(kVersion);
    freshNonce(p + 1);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        p + 1 + kNonceBytes, &written, bytes(plain), static_cast<unsigned long long>(plain.size()), bytes(ad),
        static_cast<unsigned long long>(ad.size()), nullptr, p + 1, m_sealingKey.data());
    return out;
}

std::optional<QByteArray> SealingPayloadCodec::open(const QByteArray& sealed,
                                                    const QByteArray& associatedData) const
{
    if (isWiped() || sealed.size() < kOverheadBytes || sealed.at(0) != kVersion)
        return std::nullopt;
    const QByteArray ad = versionedAd(associatedData);
    const auto* p = bytes(sealed);
    QByteArray plain(sealed.size() - kOverheadBytes, Qt::Uninitialized);
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char*>(plain.data()), &written, nullptr, p + 1 + kNonceBytes,
            static_cast<unsigned long long>(sealed.size()) - 1 - kNonceBytes, bytes(ad),
            static_cast<unsigned long long>(ad.size()), p + 1, m_sealingKey.data()) != 0)
        return std::nullopt;
    return plain;
}

bool SealingPayloadCodec::openInPlace(QByteArray& sealed, const QByteArray& associatedData) const
{
    if (isWiped() || sealed.size() < kOverheadBytes || sealed.at(0) != kVersion)
        return false;
    const QByteArray ad = versionedAd(associatedData);
    // The tag is checked before anything is decrypted, and the stream cipher writes each byte
    // where it read it: libsodium allows the message and the ciphertext at the same address.
    constexpr qsizetype header = 1 + qsizetype(kNonceBytes);
    auto* cipher = reinterpret_cast<unsigned char*>(sealed.data()) + header;
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(cipher, &written, nullptr, cipher,
                                                   static_cast<unsigned long long>(sealed.size() - header),
                                                   bytes(ad), static_cast<unsigned long long>(ad.size()),
                                                   bytes(sealed) + 1, m_sealingKey.data()) != 0)
        return false;
    sealed.truncate(header + qsizetype(written));
    sealed.remove(0, header);
    return true;
}

QString SealingPayloadCodec::lookupKey(const QString& kind, const QString& normalisedValue) const
{
    if (isWiped())
        return {};
    const QByteArray message = kind.toUtf8() + '\0' + normalisedValue.toUtf8();
    QByteArray digest(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(digest.data()),
                       static_cast<std::size_t>(digest.size()), bytes(message),
                       static_cast<unsigned long long>(message.size()), m_indexKey.data(), m_indexKey.size());
    return QString::fromLatin1(
        digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

void SealingPayloadCodec::wipe()
{
    m_sealingKey.wipe();
    m_indexKey.wipe();
}

} // namespace fe
