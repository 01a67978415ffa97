#include "security/KeyDerivation.h"
#include "security/KeyWrap.h"

#include <catch2/catch.hpp>

using namespace fe;

namespace {

const QString kPassword = QStringLiteral("correct horse 7");
const QByteArray kContext("operator:store-a:0001");

WrappedKey wrapOrFail(const SecureBytes& key, const QString& password, const QByteArray& context = kContext)
{
    auto wrapped = KeyWrap::wrap(key, password, KdfParams::fresh(KdfCost::FastForTestsOnly), context);
    INFO((wrapped.ok() ? std::string() : wrapped.error().code.toStdString()));
    REQUIRE(wrapped.ok());
    return wrapped.value();
}

} // namespace

TEST_CASE("a wrapped data key unwraps with the same password and context")
{
    const SecureBytes key = KeyWrap::generateDataKey();
    REQUIRE(key.size() == KeyWrap::kDataKeyBytes);
    const WrappedKey wrapped = wrapOrFail(key, kPassword);
    auto unwrapped = KeyWrap::unwrap(wrapped, kPassword, kContext);
    REQUIRE(unwrapped.ok());
    CHECK(unwrapped.value().equals(key));
}

TEST_CASE("a wrong password does not unwrap the key")
{
    const SecureBytes key = KeyWrap::generateDataKey();
    const WrappedKey wrapped = wrapOrFail(key, kPassword);
    for (const QString& wrong :
         {QStringLiteral("correct horse 8"), QStringLiteral("Correct horse 7"), QString()}) {
        auto unwrapped = KeyWrap::unwrap(wrapped, wrong, kContext);
        REQUIRE_FALSE(unwrapped.ok());
        CHECK(unwrapped.error().code == QStringLiteral("key.unwrap_failed"));
    }
}

TEST_CASE("a wrap does not open in another context (another store or another account)")
{
    const SecureBytes key = KeyWrap::generateDataKey();
    const WrappedKey wrapped = wrapOrFail(key, kPassword);
    auto unwrapped = KeyWrap::unwrap(wrapped, kPassword, QByteArray("operator:store-b:0001"));
    REQUIRE_FALSE(unwrapped.ok());
    CHECK(unwrapped.error().code == QStringLiteral("key.unwrap_failed"));
}

TEST_CASE("any altered byte of a wrap is detected")
{
    const SecureBytes key = KeyWrap::generateDataKey();
    const WrappedKey wrapped = wrapOrFail(key, kPassword);
    for (qsizetype i = 0; i < wrapped.sealed.size(); ++i) {
        WrappedKey altered = wrapped;
        altered.sealed[i] = static_cast<char>(altered.sealed.at(i) ^ 0x01);
        INFO("byte " << i);
        CHECK_FALSE(KeyWrap::unwrap(altered, kPassword, kContext).ok());
    }
    WrappedKey truncated = wrapped;
    truncated.sealed.chop(1);
    CHECK_FALSE(KeyWrap::unwrap(truncated, kPassword, kContext).ok());
    CHECK_FALSE(KeyWrap::unwrap(WrappedKey{wrapped.kdf, {}}, kPassword, kContext).ok());
}

TEST_CASE("altered key-derivation parameters are detected")
{
    const SecureBytes key = KeyWrap::generateDataKey();
    const WrappedKey wrapped = wrapOrFail(key, kPassword);

    WrappedKey otherSalt = wrapped;
    otherSalt.kdf.salt[0] = static_cast<char>(otherSalt.kdf.salt.at(0) ^ 0x01);
    CHECK(KeyWrap::unwrap(otherSalt, kPassword, kContext).error().code ==
          QStringLiteral("key.unwrap_failed"));

    WrappedKey moreOps = wrapped;
    moreOps.kdf.opsLimit += 1;
    CHECK(KeyWrap::unwrap(moreOps, kPassword, kContext).error().code == QStringLiteral("key.unwrap_failed"));

    // Parameters that would make an unlock allocate a terabyte are refused before deriving.
    WrappedKey huge = wrapped;
    huge.kdf.memLimitBytes = 1ull << 40;
    CHECK(KeyWrap::unwrap(huge, kPassword, kContext).error().code == QStringLiteral("key.params_invalid"));
    WrappedKey shortSalt = wrapped;
    shortSalt.kdf.salt.chop(1);
    CHECK(KeyWrap::unwrap(shortSalt, kPassword, kContext).error().code ==
          QStringLiteral("key.params_invalid"));
}

TEST_CASE("wrapping the same key twice gives different wraps")
{
    const SecureBytes key = KeyWrap::generateDataKey();
    const WrappedKey a = wrapOrFail(key, kPassword);
    const WrappedKey b = wrapOrFail(key, kPassword);
    CHECK(a.kdf.salt != b.kdf.salt);
    CHECK(a.sealed != b.sealed);
    CHECK(KeyWrap::unwrap(b, kPassword, kContext).value().equals(key));
}

TEST_CASE("a password typed with composed or decomposed characters derives the same key")
{
    const SecureBytes key = KeyWrap::generateDataKey();
    const QString composed = QStringLiteral("caf\u00e9-ນ້ຳ-2026");
    const QString decomposed = QStringLiteral("cafe\u0301-ນ້ຳ-2026");
    REQUIRE(composed != decomposed);
    const WrappedKey wrapped = wrapOrFail(key, composed);
    auto unwrapped = KeyWrap::unwrap(wrapped, decomposed, kContext);
    REQUIRE(unwrapped.ok());
    CHECK(unwrapped.value().equals(key));
}

TEST_CASE("a data key of the wrong length is not wrapped")
{
    const SecureBytes shortKey = SecureBytes::random(16);
    auto wrapped = KeyWrap::wrap(shortKey, kPassword, KdfParams::fresh(KdfCost::FastForTestsOnly), kContext);
    REQUIRE_FALSE(wrapped.ok());
    CHECK(wrapped.error().code == QStringLiteral("key.invalid"));
}

TEST_CASE("the key check tells data keys apart without revealing them")
{
    const SecureBytes a = KeyWrap::generateDataKey();
    const SecureBytes b = KeyWrap::generateDataKey();
    const QByteArray checkA = KeyWrap::keyCheck(a);
    CHECK(checkA.size() == 32);
    CHECK(checkA == KeyWrap::keyCheck(a.clone()));
    CHECK(checkA != KeyWrap::keyCheck(b));
    CHECK_FALSE(checkA.contains(QByteArray(reinterpret_cast<const char*>(a.data()), 8)));
}

TEST_CASE("subkeys differ per purpose and are stable for one data key")
{
    const SecureBytes key = KeyWrap::generateDataKey();
    const SecureBytes sealing = KeyDerivation::subkey(key, KeyDerivation::Purpose::Sealing);
    const SecureBytes index = KeyDerivation::subkey(key, KeyDerivation::Purpose::BlindIndex);
    REQUIRE(sealing.size() == 32);
    CHECK_FALSE(sealing.equals(index));
    CHECK_FALSE(sealing.equals(key));
    CHECK(sealing.equals(KeyDerivation::subkey(key, KeyDerivation::Purpose::Sealing)));
    CHECK(KeyDerivation::subkey(SecureBytes::random(16), KeyDerivation::Purpose::Sealing).isEmpty());
}

TEST_CASE("standard parameters are memory-hard and accepted; test parameters must be asked for")
{
    const KdfParams standard = KdfParams::fresh(KdfCost::Standard);
    CHECK(standard.isAcceptable());
    CHECK(standard.memLimitBytes >= 64ull << 20);
    CHECK(standard.salt.size() == static_cast<qsizetype>(KeyDerivation::kSaltBytes));
    const KdfParams fast = KdfParams::fresh(KdfCost::FastForTestsOnly);
    CHECK(fast.isAcceptable());
    CHECK(fast.memLimitBytes < standard.memLimitBytes);
    CHECK(fast.salt != standard.salt);
}
