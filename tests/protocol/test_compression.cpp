#include "wire/Compression.h"
#include "wire/SealedPayload.h"

#include <catch2/catch.hpp>

using namespace fe;

TEST_CASE("gzip round-trips and refuses damaged, truncated or oversized input")
{
    QByteArray data;
    for (int i = 0; i < 2000; ++i)
        data += QByteArray::number(i * 7919) + ',';
    const QByteArray gz = wire::gzipCompress(data);
    REQUIRE(wire::looksLikeGzip(gz));
    CHECK(gz.size() < data.size());
    CHECK(wire::gzipDecompress(gz, data.size()) == data);

    SECTION("an output limit stops a bomb without inflating it all")
    {
        const QByteArray zeros(50 * 1024 * 1024, '\0');
        const QByteArray bomb = wire::gzipCompress(zeros, 9);
        CHECK(bomb.size() < 100 * 1024);
        bool tooLarge = false;
        CHECK_FALSE(wire::gzipDecompress(bomb, 1024 * 1024, &tooLarge).has_value());
        CHECK(tooLarge);
        CHECK_FALSE(wire::gzipDecompress(gz, data.size() - 1).has_value());
    }
    SECTION("truncated input is refused")
    {
        bool tooLarge = true;
        CHECK_FALSE(wire::gzipDecompress(gz.left(gz.size() / 2), 1 << 20, &tooLarge).has_value());
        CHECK_FALSE(tooLarge);
    }
    SECTION("a flipped byte is refused (CRC or stream error)")
    {
        QByteArray bad = gz;
        bad[bad.size() / 2] = static_cast<char>(bad[bad.size() / 2] ^ 0x5a);
        CHECK_FALSE(wire::gzipDecompress(bad, 1 << 20).has_value());
    }
    SECTION("bytes after the stream are refused")
    {
        CHECK_FALSE(wire::gzipDecompress(gz + "junk", 1 << 20).has_value());
    }
    SECTION("not gzip at all")
    {
        CHECK_FALSE(wire::gzipDecompress("{\"v\":1}", 1 << 20).has_value());
        CHECK_FALSE(wire::gzipDecompress({}, 1 << 20).has_value());
    }
}

TEST_CASE("deflate with the payload dictionary round-trips and shrinks record-like JSON")
{
    const QByteArray json =
        R"({"address":{"district":"0101","region":"01","village":"x"},"birth":{"date":"1988-04-12"},)"
        R"("consent":{"givenAt":"2026-03-01T08:00:00.000Z","language":"lo","method":"thumbprint"}})";
    const QByteArray& dict = wire::payloadDictionaryV1();
    const QByteArray withDict = wire::deflateWithDictionary(json, dict);
    const QByteArray withoutDict = wire::deflateWithDictionary(json, {});
    CHECK(withDict.size() < withoutDict.size());
    CHECK(wire::inflateWithDictionary(withDict, dict, 4096) == json);
    // The dictionary is part of the format: inflating without it fails or gives something else.
    const auto wrong = wire::inflateWithDictionary(withDict, QByteArray("other dictionary"), 4096);
    CHECK((!wrong.has_value() || *wrong != json));
}
