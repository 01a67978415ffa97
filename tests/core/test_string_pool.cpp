// StringPool: interned UTF-8 strings named by dense ids, looked up through an open-addressing table.

#include "search/StringPool.h"

#include <catch2/catch.hpp>

using namespace fe;

TEST_CASE("a string is interned once and named by a dense id")
{
    StringPool pool;
    CHECK(pool.size() == 0);
    CHECK(pool.find(QStringLiteral("wanjiku")) == StringPool::kNone);

    const quint32 wanjiku = pool.intern(QStringLiteral("wanjiku"));
    const quint32 lao = pool.intern(QStringLiteral("ສົມພອນ"));
    const quint32 empty = pool.intern(QString());
    CHECK(wanjiku == 0);
    CHECK(lao == 1);
    CHECK(empty == 2);
    CHECK(pool.size() == 3);

    CHECK(pool.intern(QStringLiteral("wanjiku")) == wanjiku);
    CHECK(pool.find(QStringLiteral("ສົມພອນ")) == lao);
    CHECK(pool.find(QString()) == empty);
    CHECK(pool.string(lao) == QStringLiteral("ສົມພອນ"));
    CHECK(pool.string(empty).isEmpty());
    CHECK(pool.string(StringPool::kNone).isNull());
    CHECK(pool.find(QStringLiteral("wanjik")) == StringPool::kNone);   // a prefix
    CHECK(pool.find(QStringLiteral("wanjikuu")) == StringPool::kNone); // a longer string
    CHECK(pool.size() == 3);
}

TEST_CASE("every string stays found through the table's growth, with or without a reservation")
{
    constexpr quint32 kCount = 100'000;
    const auto text = [](quint32 i) {
        return QStringLiteral("+2547%1").arg(i * 7919u % 100'000'000u, 8, 10, QLatin1Char('0'));
    };

    StringPool grown;
    StringPool reserved;
    reserved.reserve(kCount, kCount * 13);
    for (quint32 i = 0; i < kCount; ++i) {
        REQUIRE(grown.intern(text(i)) == i);
        REQUIRE(reserved.intern(text(i)) == i);
    }
    CHECK(grown.size() == kCount);
    CHECK(reserved.size() == kCount);
    quint32 wrong = 0;
    for (quint32 i = 0; i < kCount; ++i) {
        wrong += grown.find(text(i)) != i;
        wrong += reserved.find(text(i)) != i;
        wrong += grown.view(i) != QByteArrayView(text(i).toUtf8());
    }
    CHECK(wrong == 0);
    // Strings that were never interned, among so many, are not found.
    quint32 found = 0;
    for (quint32 i = 0; i < 10'000; ++i)
        found += grown.find(QStringLiteral("absent-%1").arg(i)) != StringPool::kNone;
    CHECK(found == 0);
    CHECK(grown.memoryUsage() > std::size_t(kCount) * 13);
}
