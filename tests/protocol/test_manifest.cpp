#include "crypto/Crypto.h"
#include "wire/Manifest.h"

#include <catch2/catch.hpp>

using namespace fe;

TEST_CASE("manifest hashes depend on every item and on their order")
{
    const QUuid a = QUuid::fromString(QStringLiteral("01890a5d-ac96-774b-bcce-b302099a8057"));
    const QUuid b = QUuid::fromString(QStringLiteral("01890a5d-ac96-774b-bcce-b302099a8058"));
    const wire::ManifestItem first{1, wire::Entity::Member, a, 1, crypto::sha256("one")};
    const wire::ManifestItem second{2, wire::Entity::Contribution, b, 1, crypto::sha256("two")};
    CHECK(wire::ManifestHasher::line(first) ==
          "1:member:01890a5d-ac96-774b-bcce-b302099a8057:1:" + crypto::sha256("one").toHex() + "\n");

    wire::ManifestHasher h1, h2, h3, empty;
    h1.add(first);
    h1.add(second);
    h2.add(first);
    h2.add(second);
    h3.add(second);
    h3.add(first);
    CHECK(h1.count() == 2);
    CHECK(h1.hashHex() == h2.hashHex());
    CHECK(h1.hashHex() != h3.hashHex());
    CHECK(empty.hashHex() == crypto::sha256({}).toHex());
    wire::ManifestHasher changed;
    changed.add(first);
    changed.add({2, wire::Entity::Contribution, b, 1, crypto::sha256("two!")});
    CHECK(changed.hashHex() != h1.hashHex());
}
