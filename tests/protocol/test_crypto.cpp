#include "crypto/Crypto.h"
#include "wire/Api.h"

#include <catch2/catch.hpp>

using namespace fe;

TEST_CASE("Ed25519 signatures verify only for the signed bytes and the signer's key")
{
    const crypto::KeyPair device = crypto::generateSigningKeyPair();
    const crypto::KeyPair other = crypto::generateSigningKeyPair();
    const QByteArray body = R"({"v":1,"e":[]})";
    const QByteArray signature = crypto::sign(body, device.secretKey);
    REQUIRE(signature.size() == crypto::kSignatureBytes);
    CHECK(crypto::verify(body, signature, device.publicKey));
    CHECK_FALSE(crypto::verify(body + ' ', signature, device.publicKey));
    CHECK_FALSE(crypto::verify(body, signature, other.publicKey));
    CHECK_FALSE(crypto::verify(body, signature.left(63), device.publicKey));
    CHECK_FALSE(crypto::verify(body, signature, device.publicKey.left(31)));

    const QByteArray header = wire::signatureHeader(body, device.secretKey);
    CHECK(wire::verifySignatureHeader(body, header, device.publicKey));
    CHECK_FALSE(wire::verifySignatureHeader(body, "not base64!", device.publicKey));
    CHECK_FALSE(wire::verifySignatureHeader(body, {}, device.publicKey));
}

TEST_CASE("sealed boxes open only with the recipient's key pair and refuse any change")
{
    const crypto::KeyPair central = crypto::generateBoxKeyPair();
    const crypto::KeyPair foreign = crypto::generateBoxKeyPair();
    const QByteArray plain = "a member's record";
    const QByteArray sealed = crypto::seal(plain, central.publicKey);
    CHECK(sealed.size() == plain.size() + crypto::kSealOverheadBytes);
    CHECK(crypto::openSealed(sealed, central.publicKey, central.secretKey) == plain);
    CHECK_FALSE(crypto::openSealed(sealed, foreign.publicKey, foreign.secretKey).has_value());
    QByteArray tampered = sealed;
    tampered[40] = static_cast<char>(tampered[40] ^ 1);
    CHECK_FALSE(crypto::openSealed(tampered, central.publicKey, central.secretKey).has_value());
    CHECK_FALSE(crypto::openSealed(sealed.left(20), central.publicKey, central.secretKey).has_value());
    // Two seals of the same text differ (a fresh ephemeral key each time).
    CHECK(crypto::seal(plain, central.publicKey) != sealed);
}

TEST_CASE("base64 decoding is strict: one spelling per value")
{
    CHECK(crypto::fromBase64("aGVsbG8=") == QByteArray("hello"));
    CHECK_FALSE(crypto::fromBase64("aGVsbG8").has_value());
    CHECK_FALSE(crypto::fromBase64("aGVs bG8=").has_value());
    CHECK_FALSE(crypto::fromBase64("aGVsbG8*").has_value());
    CHECK(crypto::fromBase64("") == QByteArray());
}

TEST_CASE("constant-time comparison and hashing")
{
    CHECK(crypto::constantTimeEquals("abc", "abc"));
    CHECK_FALSE(crypto::constantTimeEquals("abc", "abd"));
    CHECK_FALSE(crypto::constantTimeEquals("abc", "abcd"));
    CHECK(crypto::sha256("abc").toHex() ==
          "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}
