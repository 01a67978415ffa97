#include "security/SecureBytes.h"

#include <catch2/catch.hpp>

#include <QByteArray>

#include <algorithm>

using namespace fe;

namespace {

bool allZero(const SecureBytes& b)
{
    return std::all_of(b.data(), b.data() + b.size(), [](auto c) { return c == 0; });
}

} // namespace

TEST_CASE("secure bytes start zero-filled with the requested size")
{
    REQUIRE(sodiumReady());
    const SecureBytes b(48);
    REQUIRE(b.size() == 48);
    REQUIRE(b.data() != nullptr);
    CHECK(allZero(b));
}

TEST_CASE("an empty secure buffer allocates nothing")
{
    SecureBytes b(0);
    CHECK(b.isEmpty());
    CHECK(b.data() == nullptr);
    b.wipe();
    CHECK(b.isEmpty());
}

TEST_CASE("random secure bytes differ from each other and from zero")
{
    const SecureBytes a = SecureBytes::random(32);
    const SecureBytes b = SecureBytes::random(32);
    CHECK_FALSE(allZero(a));
    CHECK_FALSE(a.equals(b));
}

TEST_CASE("copyOf and clone give independent copies with the same content")
{
    const QByteArray source("key material 0123456789abcdef");
    const SecureBytes a = SecureBytes::copyOf(source);
    REQUIRE(a.size() == static_cast<std::size_t>(source.size()));
    CHECK(std::equal(a.data(), a.data() + a.size(),
                     reinterpret_cast<const unsigned char*>(source.constData())));

    SecureBytes b = a.clone();
    CHECK(b.equals(a));
    CHECK(b.data() != a.data());
    b.data()[0] ^= 0x01;
    CHECK_FALSE(b.equals(a));
    CHECK(a.data()[0] == static_cast<unsigned char>('k'));
}

TEST_CASE("moving secure bytes leaves the source empty")
{
    SecureBytes a = SecureBytes::random(32);
    const SecureBytes reference = a.clone();
    SecureBytes b(std::move(a));
    CHECK(a.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from state is what is tested
    CHECK(a.data() == nullptr);
    CHECK(b.equals(reference));

    SecureBytes c = SecureBytes::random(16);
    c = std::move(b);
    CHECK(b.isEmpty()); // NOLINT(bugprone-use-after-move)
    CHECK(c.equals(reference));
}

TEST_CASE("wipe releases the key material and leaves an empty buffer")
{
    SecureBytes a = SecureBytes::random(32);
    a.wipe();
    CHECK(a.isEmpty());
    CHECK(a.size() == 0);
    CHECK(a.data() == nullptr);
    a.wipe(); // twice is harmless
    CHECK(a.isEmpty());
}

TEST_CASE("equals compares content and size")
{
    const SecureBytes a = SecureBytes::copyOf(QByteArray("abcdef"));
    CHECK(a.equals(SecureBytes::copyOf(QByteArray("abcdef"))));
    CHECK_FALSE(a.equals(SecureBytes::copyOf(QByteArray("abcdeg"))));
    CHECK_FALSE(a.equals(SecureBytes::copyOf(QByteArray("abcde"))));
    CHECK(SecureBytes().equals(SecureBytes()));
}
