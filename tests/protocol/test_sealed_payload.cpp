#include "TestStore.h"
#include "common/Uuid.h"
#include "crypto/Crypto.h"
#include "wire/SealedPayload.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

using namespace fe;

TEST_CASE("a sealed payload opens to the exact plain JSON with the central office's keys only")
{
    const crypto::KeyPair central = crypto::generateBoxKeyPair();
    const crypto::KeyPair foreign = crypto::generateBoxKeyPair();
    Member m = test::validKenyanMember();
    m.id = createUuidV7(1'700'000'000'000LL);
    m.version = 1;
    const QByteArray plain = QJsonDocument(m.toJson()).toJson(QJsonDocument::Compact);
    const QByteArray sealed = wire::sealPayload(plain, central.publicKey);
    // Compression before sealing: the sealed record is smaller than its JSON.
    CHECK(sealed.size() < plain.size());
    const auto opened = wire::openPayload(sealed, central.publicKey, central.secretKey);
    REQUIRE(opened.ok());
    CHECK(opened.value() == plain);

    const auto wrongKey = wire::openPayload(sealed, foreign.publicKey, foreign.secretKey);
    REQUIRE_FALSE(wrongKey.ok());
    CHECK(wrongKey.error().code == QStringLiteral("payload.sealed"));

    QByteArray tampered = sealed;
    tampered[tampered.size() - 1] = static_cast<char>(tampered[tampered.size() - 1] ^ 0x01);
    CHECK(wire::openPayload(tampered, central.publicKey, central.secretKey).error().code ==
          QStringLiteral("payload.sealed"));
}

TEST_CASE("unknown formats, damaged compression and oversized payloads are refused")
{
    const crypto::KeyPair central = crypto::generateBoxKeyPair();
    const auto code = [&](const QByteArray& inner) {
        const auto r =
            wire::openPayload(crypto::seal(inner, central.publicKey), central.publicKey, central.secretKey);
        return r.ok() ? QString() : r.error().code;
    };
    CHECK(code(QByteArray(1, '\x07') + "{}") == QStringLiteral("payload.format"));
    CHECK(code(QByteArray(1, wire::kPayloadFormatDeflateV1) + "not deflate") ==
          QStringLiteral("payload.format"));
    CHECK(code(QByteArray(1, wire::kPayloadFormatPlain) + "{\"a\":1}").isEmpty());
    CHECK(code(QByteArray(1, wire::kPayloadFormatPlain) + QByteArray(wire::kMaxPlainPayloadBytes + 1, 'x')) ==
          QStringLiteral("payload.too_large"));
    CHECK(code({}) == QStringLiteral("payload.sealed"));
}
