#include "security/KeyDerivation.h"
#include "security/KeyWrap.h"
#include "security/SealingPayloadCodec.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QSet>

#include <thread>

#include <sys/wait.h>
#include <unistd.h>

#include <sodium.h>

using namespace fe;

namespace {

const QByteArray kPayload =
    QStringLiteral(R"({"given":"ສົມພອນ","family":"Canarywanjiru","document":"01-2345678"})").toUtf8();
const QByteArray kRecordA("member:0195f3c2-7a10-7000-8000-000000000001");
const QByteArray kRecordB("member:0195f3c2-7a10-7000-8000-000000000002");

} // namespace

TEST_CASE("a sealed payload opens with the same key and record, and hides its content")
{
    const SealingPayloadCodec codec(KeyWrap::generateDataKey());
    const QByteArray sealed = codec.seal(kPayload, kRecordA);
    CHECK(sealed.size() == kPayload.size() + SealingPayloadCodec::kOverheadBytes);
    CHECK(sealed.at(0) == 1); // format version
    CHECK_FALSE(sealed.contains("Canarywanjiru"));
    CHECK_FALSE(sealed.contains(QStringLiteral("ສົມພອນ").toUtf8()));
    const auto opened = codec.open(sealed, kRecordA);
    REQUIRE(opened);
    CHECK(*opened == kPayload);
}

TEST_CASE("sealing the same payload twice gives different bytes")
{
    const SealingPayloadCodec codec(KeyWrap::generateDataKey());
    const QByteArray a = codec.seal(kPayload, kRecordA);
    const QByteArray b = codec.seal(kPayload, kRecordA);
    CHECK(a != b);
    CHECK(codec.open(b, kRecordA) == kPayload);
}

TEST_CASE("every seal has a nonce of its own: across refills, threads and a forked child")
{
    const SealingPayloadCodec codec(KeyWrap::generateDataKey());
    const auto nonceOf = [](const QByteArray& sealed) {
        return sealed.mid(1, 24);
    };
    QSet<QByteArray> nonces;
    for (int i = 0; i < 1000; ++i) // the generator is asked for 64 at a time
        nonces.insert(nonceOf(codec.seal(kPayload, kRecordA)));
    QByteArray fromThread;
    std::thread([&] { fromThread = nonceOf(codec.seal(kPayload, kRecordA)); }).join();
    nonces.insert(fromThread);
    CHECK(nonces.size() == 1001);

    // A child forked mid-buffer must not seal with the nonce the parent seals with next.
    int pipeEnds[2];
    REQUIRE(pipe(pipeEnds) == 0);
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        const QByteArray nonce = nonceOf(codec.seal(kPayload, kRecordA));
        const bool written = write(pipeEnds[1], nonce.constData(), 24) == 24;
        _exit(written ? 0 : 1);
    }
    const QByteArray parentNext = nonceOf(codec.seal(kPayload, kRecordA));
    QByteArray childNonce(24, '\0');
    CHECK(read(pipeEnds[0], childNonce.data(), 24) == 24);
    int status = 0;
    waitpid(child, &status, 0);
    close(pipeEnds[0]);
    close(pipeEnds[1]);
    CHECK(WIFEXITED(status));
    CHECK(childNonce != parentNext);
    CHECK_FALSE(nonces.contains(childNonce));
}

TEST_CASE("an empty payload seals and opens")
{
    const SealingPayloadCodec codec(KeyWrap::generateDataKey());
    const auto opened = codec.open(codec.seal({}, kRecordA), kRecordA);
    REQUIRE(opened);
    CHECK(opened->isEmpty());
}

TEST_CASE("any altered byte of a sealed payload is detected")
{
    const SealingPayloadCodec codec(KeyWrap::generateDataKey());
    const QByteArray sealed = codec.seal(kPayload, kRecordA);
    for (qsizetype i = 0; i < sealed.size(); ++i) {
        QByteArray altered = sealed;
        altered[i] = static_cast<char>(altered.at(i) ^ 0x20);
        INFO("byte " << i);
        CHECK_FALSE(codec.open(altered, kRecordA));
    }
    CHECK_FALSE(codec.open(sealed.left(sealed.size() - 1), kRecordA));
    CHECK_FALSE(codec.open(sealed.left(SealingPayloadCodec::kOverheadBytes - 1), kRecordA));
    CHECK_FALSE(codec.open({}, kRecordA));
    CHECK_FALSE(codec.open(sealed + 'x', kRecordA));
}

TEST_CASE("a large payload opens within its own bytes, with the same checks")
{
    SealingPayloadCodec codec(KeyWrap::generateDataKey());
    QByteArray large;
    for (int i = 0; i < 40000; ++i)
        large += kPayload;
    const QByteArray sealed = codec.seal(large, kRecordA);

    QByteArray inPlace = sealed;
    REQUIRE(codec.openInPlace(inPlace, kRecordA));
    CHECK(inPlace == large);

    QByteArray altered = sealed;
    altered[altered.size() / 2] = static_cast<char>(altered.at(altered.size() / 2) ^ 0x01);
    CHECK_FALSE(codec.openInPlace(altered, kRecordA));
    QByteArray moved = sealed;
    CHECK_FALSE(codec.openInPlace(moved, kRecordB));
    QByteArray cut = sealed.left(SealingPayloadCodec::kOverheadBytes - 1);
    CHECK_FALSE(codec.openInPlace(cut, kRecordA));
    QByteArray empty;
    CHECK_FALSE(codec.openInPlace(empty, kRecordA));

    // A copy that shares its bytes with the original leaves the original sealed.
    QByteArray shared = sealed;
    REQUIRE(codec.openInPlace(shared, kRecordA));
    CHECK(sealed.size() == large.size() + SealingPayloadCodec::kOverheadBytes);
    CHECK(codec.open(sealed, kRecordA) == large);

    codec.wipe();
    QByteArray afterWipe = sealed;
    CHECK_FALSE(codec.openInPlace(afterWipe, kRecordA));
}

TEST_CASE("the plain codec opens in place too")
{
    const PlainPayloadCodec codec;
    QByteArray payload = kPayload;
    REQUIRE(codec.openInPlace(payload, kRecordA));
    CHECK(payload == kPayload);
}

TEST_CASE("a payload moved to another record does not open")
{
    const SealingPayloadCodec codec(KeyWrap::generateDataKey());
    const QByteArray sealed = codec.seal(kPayload, kRecordA);
    CHECK_FALSE(codec.open(sealed, kRecordB));
    CHECK_FALSE(codec.open(sealed, QByteArray("contribution:0195f3c2-7a10-7000-8000-000000000001")));
    CHECK_FALSE(codec.open(sealed, {}));
}

TEST_CASE("a payload from another store's key does not open")
{
    const SealingPayloadCodec ours(KeyWrap::generateDataKey());
    const SealingPayloadCodec theirs(KeyWrap::generateDataKey());
    CHECK_FALSE(ours.open(theirs.seal(kPayload, kRecordA), kRecordA));
}

TEST_CASE("blind index keys are stable per store, separate per kind, and reveal nothing")
{
    const SecureBytes dataKey = KeyWrap::generateDataKey();
    const SealingPayloadCodec codec(dataKey);
    const QString document = codec.lookupKey(QStringLiteral("document"), QStringLiteral("23456789"));
    CHECK(document ==
          SealingPayloadCodec(dataKey).lookupKey(QStringLiteral("document"), QStringLiteral("23456789")));
    CHECK(document != codec.lookupKey(QStringLiteral("phone"), QStringLiteral("23456789")));
    CHECK(document != codec.lookupKey(QStringLiteral("document"), QStringLiteral("23456780")));
    CHECK(document != SealingPayloadCodec(KeyWrap::generateDataKey())
                          .lookupKey(QStringLiteral("document"), QStringLiteral("23456789")));
    // The separator keeps kind and value apart.
    CHECK(codec.lookupKey(QStringLiteral("ab"), QStringLiteral("c")) !=
          codec.lookupKey(QStringLiteral("a"), QStringLiteral("bc")));
    CHECK_FALSE(document.contains(QStringLiteral("2345")));
    CHECK(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{43}$")).match(document).hasMatch());
}

TEST_CASE("a blind index is keyed BLAKE2b under the blind-index subkey, as documented")
{
    // The documented format lets the central office compute the same keys from the data key.
    const SecureBytes dataKey = KeyWrap::generateDataKey();
    const auto expected = [&](KeyDerivation::Purpose purpose) {
        const SecureBytes subkey = KeyDerivation::subkey(dataKey, purpose);
        const QByteArray message = QByteArray("phone") + '\0' + QByteArray("+254712345678");
        QByteArray digest(crypto_generichash_BYTES, '\0');
        crypto_generichash(reinterpret_cast<unsigned char*>(digest.data()),
                           static_cast<std::size_t>(digest.size()),
                           reinterpret_cast<const unsigned char*>(message.constData()),
                           static_cast<unsigned long long>(message.size()), subkey.data(), subkey.size());
        return QString::fromLatin1(
            digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    const QString key =
        SealingPayloadCodec(dataKey).lookupKey(QStringLiteral("phone"), QStringLiteral("+254712345678"));
    CHECK(key == expected(KeyDerivation::Purpose::BlindIndex));
    CHECK(key != expected(KeyDerivation::Purpose::Sealing));
}

TEST_CASE("a wiped codec seals, opens and indexes nothing; the key opens again later")
{
    const SecureBytes dataKey = KeyWrap::generateDataKey();
    SealingPayloadCodec codec(dataKey);
    const QByteArray sealed = codec.seal(kPayload, kRecordA);
    REQUIRE_FALSE(codec.isWiped());
    codec.wipe();
    CHECK(codec.isWiped());
    CHECK_FALSE(codec.open(sealed, kRecordA));
    CHECK(codec.seal(kPayload, kRecordA).isEmpty());
    CHECK(codec.lookupKey(QStringLiteral("phone"), QStringLiteral("+8562055551234")).isEmpty());

    const SealingPayloadCodec unlockedAgain(dataKey);
    CHECK(unlockedAgain.open(sealed, kRecordA) == kPayload);
}

TEST_CASE("a codec made from a key of the wrong length refuses to work")
{
    const SealingPayloadCodec codec(SecureBytes::random(16));
    CHECK(codec.isWiped());
    CHECK(codec.seal(kPayload, kRecordA).isEmpty());
}
