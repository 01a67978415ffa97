#pragma once

#include <QByteArray>

#include <optional>

namespace fe::crypto {

// libsodium primitives as the protocol uses them. Keys and signatures are raw bytes here; the wire
// carries them in standard base64. Every function initialises libsodium on first use.

inline constexpr int kSignPublicKeyBytes = 32;
inline constexpr int kSignSecretKeyBytes = 64;
inline constexpr int kSignatureBytes = 64;
inline constexpr int kBoxPublicKeyBytes = 32;
inline constexpr int kBoxSecretKeyBytes = 32;
inline constexpr int kSealOverheadBytes = 48; // ephemeral public key + MAC
inline constexpr int kSha256Bytes = 32;

struct KeyPair
{
    QByteArray publicKey;
    QByteArray secretKey;
};

// Ed25519: devices sign push batches and bundles, the central office signs acknowledgements.
KeyPair generateSigningKeyPair();
QByteArray sign(const QByteArray& message, const QByteArray& signSecretKey);
bool verify(const QByteArray& message, const QByteArray& signature, const QByteArray& signPublicKey);

// X25519 sealed boxes (crypto_box_seal): anyone with the public key can seal, only the holder of
// the secret key can open, and the sender stays anonymous.
KeyPair generateBoxKeyPair();
QByteArray seal(const QByteArray& plain, const QByteArray& boxPublicKey);
std::optional<QByteArray> openSealed(const QByteArray& sealed, const QByteArray& boxPublicKey,
                                     const QByteArray& boxSecretKey);

QByteArray randomBytes(int count);
QByteArray sha256(const QByteArray& data); // core's fe::sha256 (OpenSSL, fetched once)
// Comparison whose time does not depend on where the inputs differ (tokens, hashes).
bool constantTimeEquals(const QByteArray& a, const QByteArray& b);

// Strict base64 (standard alphabet, padding required): nullopt on any deviation.
std::optional<QByteArray> fromBase64(const QByteArray& text);
QByteArray toBase64(const QByteArray& data);

} // namespace fe::crypto
