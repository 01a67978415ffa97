// fe::sha256 (OpenSSL): the digests of FIPS 180-2's examples, and the same digest as Qt's own for
// inputs of every length around the block size, so stored hashes and import keys made before it
// still match.
#include "common/Sha256.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>

using namespace fe;

TEST_CASE("SHA-256 gives the published digests")
{
    CHECK(sha256(QByteArray()).toHex() ==
          QByteArrayLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    CHECK(sha256(QByteArrayLiteral("abc")).toHex() ==
          QByteArrayLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    CHECK(sha256(QByteArrayLiteral("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toHex() ==
          QByteArrayLiteral("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
    CHECK(sha256(QByteArray(1'000'000, 'a')).toHex() ==
          QByteArrayLiteral("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
}

TEST_CASE("SHA-256 agrees with Qt's for every length around the block size")
{
    QByteArray data;
    for (int i = 0; i < 200; ++i) {
        CHECK(sha256(data) == QCryptographicHash::hash(data, QCryptographicHash::Sha256));
        data.append(static_cast<char>(i * 37 + 11));
    }
}
