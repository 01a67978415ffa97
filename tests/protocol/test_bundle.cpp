#include "bundle/Bundle.h"
#include "crypto/Crypto.h"

#include <catch2/catch.hpp>

using namespace fe;

TEST_CASE("a bundle carries its body and the device's signature over it")
{
    const crypto::KeyPair device = crypto::generateSigningKeyPair();
    const QByteArray body = R"({"v":1,"dev":"x","rq":1,"e":[]})";
    const QByteArray file = bundle::writeBundle(body, device.secretKey);
    CHECK(file.startsWith(bundle::kBundleMagic));
    const auto read = bundle::readBundle(file);
    REQUIRE(read.ok());
    CHECK(read.value().body == body);
    CHECK(crypto::verify(read.value().body, read.value().signature, device.publicKey));

    SECTION("an acknowledgement is not a bundle and the other way round")
    {
        const QByteArray ack = bundle::writeAck(body, device.secretKey);
        CHECK(bundle::readBundle(ack).error().code == QStringLiteral("bundle.not_a_bundle"));
        CHECK(bundle::readAck(file).error().code == QStringLiteral("bundle.not_a_bundle"));
        CHECK(bundle::readAck(ack).ok());
    }
    SECTION("damage is reported as damage")
    {
        CHECK(bundle::readBundle(file.left(file.size() - 5)).error().code ==
              QStringLiteral("bundle.damaged"));
        CHECK(bundle::readBundle("FEBNDL01").error().code == QStringLiteral("bundle.not_a_bundle"));
        CHECK(bundle::readBundle({}).error().code == QStringLiteral("bundle.not_a_bundle"));
    }
    SECTION("a changed body no longer matches the signature")
    {
        const QByteArray forged = file.left(bundle::kMagicBytes + crypto::kSignatureBytes) +
                                  bundle::writeBundle(R"({"v":1,"dev":"y","rq":1,"e":[]})", device.secretKey)
                                      .mid(bundle::kMagicBytes + crypto::kSignatureBytes);
        const auto r = bundle::readBundle(forged);
        REQUIRE(r.ok());
        CHECK_FALSE(crypto::verify(r.value().body, r.value().signature, device.publicKey));
    }
    SECTION("a body larger than the limit is refused without inflating it")
    {
        const QByteArray big = bundle::writeBundle(QByteArray(4 * 1024 * 1024, ' '), device.secretKey);
        CHECK(bundle::readBundle(big, 1024 * 1024).error().code == QStringLiteral("bundle.too_large"));
    }
}
