#include "TestStore.h"
#include "common/Uuid.h"
#include "crypto/Crypto.h"
#include "wire/Compression.h"
#include "wire/SealedPayload.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

using namespace fe;

namespace {

QList<QByteArray> memberPayloads(int count)
{
    QList<QByteArray> out;
    for (int i = 0; i < count; ++i) {
        Member m = test::validKenyanMember();
        m.id = createUuidV7(1'700'000'000'000LL + i);
        m.version = 1;
        m.name.given = QStringLiteral("Wanjiru %1").arg(i);
        out.append(QJsonDocument(m.toJson()).toJson(QJsonDocument::Compact));
    }
    return out;
}

} // namespace

TEST_CASE("every compression level opens to the same payloads, and the highest gives the fewest bytes")
{
    const crypto::KeyPair central = crypto::generateBoxKeyPair();
    const QList<QByteArray> plain = memberPayloads(100);
    qsizetype fastest = 0;
    qsizetype hardest = 0;
    for (int level = 1; level <= 9; ++level) {
        const QByteArray sealed = wire::sealBatch(plain, central.publicKey, level);
        const auto opened = wire::openBatch(sealed, plain.size(), central.publicKey, central.secretKey);
        REQUIRE(opened.ok());
        CHECK(opened.value() == plain);
        if (level == 1)
            fastest = sealed.size();
        if (level == 9)
            hardest = sealed.size();
    }
    CHECK(hardest < fastest);
    CHECK(wire::sealBatch(plain, central.publicKey).size() == hardest); // level 9 unless told otherwise
}

TEST_CASE("a sealed batch opens to the exact payloads, in order, with the central office's keys only")
{
    const crypto::KeyPair central = crypto::generateBoxKeyPair();
    const crypto::KeyPair foreign = crypto::generateBoxKeyPair();
    const QList<QByteArray> plain = memberPayloads(20);
    const QByteArray sealed = wire::sealBatch(plain, central.publicKey);
    qsizetype plainBytes = 0;
    for (const QByteArray& p : plain)
        plainBytes += p.size();
    // Compressed together before sealing: far smaller than the JSON, and smaller than sealing each
    // record on its own with its 48 bytes of box overhead could ever be.
    CHECK(sealed.size() * 4 < plainBytes);
    const auto opened = wire::openBatch(sealed, plain.size(), central.publicKey, central.secretKey);
    REQUIRE(opened.ok());
    CHECK(opened.value() == plain);

    const auto wrongKey = wire::openBatch(sealed, plain.size(), foreign.publicKey, foreign.secretKey);
    REQUIRE_FALSE(wrongKey.ok());
    CHECK(wrongKey.error().code == QStringLiteral("payload.sealed"));

    for (qsizetype at : {qsizetype{0}, sealed.size() / 2, sealed.size() - 1}) {
        QByteArray tampered = sealed;
        tampered[at] = static_cast<char>(tampered[at] ^ 0x01);
        CHECK(wire::openBatch(tampered, plain.size(), central.publicKey, central.secretKey).error().code ==
              QStringLiteral("payload.sealed"));
    }
    CHECK(wire::openBatch(sealed.left(sealed.size() - 1), plain.size(), central.publicKey, central.secretKey)
              .error()
              .code == QStringLiteral("payload.sealed"));
}

TEST_CASE("a batch with other than one frame per entry, an unknown format or damaged compression is refused")
{
    const crypto::KeyPair central = crypto::generateBoxKeyPair();
    const QList<QByteArray> plain = memberPayloads(3);
    const auto code = [&](const QByteArray& inner, qsizetype count) {
        const auto r = wire::openBatch(crypto::seal(inner, central.publicKey), count, central.publicKey,
                                       central.secretKey);
        return r.ok() ? QString() : r.error().code;
    };
    const QByteArray frames = wire::frameBatch(plain);
    const QByteArray plainFormat(1, wire::kBatchFormatPlain);
    CHECK(code(plainFormat + frames, 3).isEmpty());
    CHECK(code(plainFormat + frames, 2) == QStringLiteral("payload.format")); // a frame too many
    CHECK(code(plainFormat + frames, 4) == QStringLiteral("payload.format")); // a frame missing
    CHECK(code(plainFormat + frames.left(frames.size() - 1), 3) == QStringLiteral("payload.format"));
    CHECK(code(plainFormat + QByteArray("\xff\xff\xff\xff", 4), 1) == QStringLiteral("payload.format"));
    CHECK(code(QByteArray(1, '\x07') + frames, 3) == QStringLiteral("payload.format"));
    CHECK(code(QByteArray(1, wire::kBatchFormatDeflateV1) + "not deflate", 3) ==
          QStringLiteral("payload.format"));
    CHECK(code({}, 1) == QStringLiteral("payload.sealed"));

    // An empty payload is a frame like any other; the caller decides what it means.
    const auto empties = wire::unframeBatch(wire::frameBatch({QByteArray(), QByteArray("x")}), 2);
    REQUIRE(empties);
    CHECK(*empties == QList<QByteArray>{QByteArray(), QByteArray("x")});
}

TEST_CASE("a batch that inflates beyond its entries' limits is refused without inflating it all")
{
    const crypto::KeyPair central = crypto::generateBoxKeyPair();
    // 1 MiB of zeros compresses to about a kilobyte; two entries may hold at most ~128 KiB.
    const QByteArray bomb =
        QByteArray(1, wire::kBatchFormatDeflateV1) +
        wire::deflateWithDictionary(QByteArray(1024 * 1024, '\0'), wire::payloadDictionaryV1());
    const auto r =
        wire::openBatch(crypto::seal(bomb, central.publicKey), 2, central.publicKey, central.secretKey);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == QStringLiteral("payload.format"));

    // One record just above the limit is returned as it is, for the caller to refuse that entry alone.
    const QByteArray large(wire::kMaxPlainPayloadBytes + 1, 'x');
    const auto one = wire::openBatch(wire::sealBatch({large, "{}"}, central.publicKey), 2, central.publicKey,
                                     central.secretKey);
    REQUIRE(one.ok());
    CHECK(one.value().first().size() == wire::kMaxPlainPayloadBytes + 1);
}
