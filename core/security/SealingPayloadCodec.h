#pragma once

#include "security/SecureBytes.h"
#include "store/PayloadCodec.h"

namespace fe {

// Encryption at rest for record payloads, with the store's data key.
//
// seal: version byte 0x01 || 24-byte random nonce || XChaCha20-Poly1305 ciphertext and tag, the
// associated data (table and record id) authenticated but not stored, so a payload moved to
// another record no longer opens.
// lookupKey: keyed BLAKE2b-256 over kind || 0x00 || normalised value, base64url without padding:
// equal values give equal keys within one store, and nothing can be learnt from a key without
// the data key (a blind index).
//
// The codec holds only subkeys derived from the data key (one for sealing, one for blind
// indexes), in secure memory. After wipe() (on lock) it can do nothing: seal returns an empty
// array, open returns nullopt, lookupKey an empty string; callers check isWiped() first.
class SealingPayloadCodec final : public PayloadCodec
{
public:
    // `dataKey` must be 32 bytes; the caller keeps (and wipes) its own copy.
    explicit SealingPayloadCodec(const SecureBytes& dataKey);

    QByteArray seal(const QByteArray& plain, const QByteArray& associatedData) const override;
    std::optional<QByteArray> open(const QByteArray& sealed, const QByteArray& associatedData) const override;
    bool openInPlace(QByteArray& sealed, const QByteArray& associatedData) const override;
    QString lookupKey(const QString& kind, const QString& normalisedValue) const override;

    void wipe();
    bool isWiped() const { return m_sealingKey.isEmpty(); }

    // Bytes a sealed payload adds to its plaintext.
    static constexpr int kOverheadBytes = 1 + 24 + 16;

private:
    SecureBytes m_sealingKey;
    SecureBytes m_indexKey;
};

} // namespace fe
