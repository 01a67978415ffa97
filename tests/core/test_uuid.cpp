// UUID version 7 ids: layout (RFC 9562), ordering by creation time and uniqueness.
#include "common/Clock.h"
#include "common/Uuid.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace fe;

namespace {

QByteArray bytesOf(const QUuid& id)
{
    return id.toRfc4122();
}

qint64 timestampOf(const QUuid& id)
{
    const QByteArray b = bytesOf(id);
    qint64 ms = 0;
    for (int i = 0; i < 6; ++i)
        ms = (ms << 8) | static_cast<quint8>(b[i]);
    return ms;
}

} // namespace

TEST_CASE("a v7 id carries the version, the RFC variant and the Unix milliseconds")
{
    const qint64 ms = QDateTime(QDate(2026, 3, 15), QTime(9, 30, 0, 123), Qt::UTC).toMSecsSinceEpoch();
    for (int i = 0; i < 100; ++i) {
        const QUuid id = createUuidV7(ms);
        const QByteArray b = bytesOf(id);
        REQUIRE(b.size() == 16);
        CHECK((static_cast<quint8>(b[6]) >> 4) == 7);
        CHECK((static_cast<quint8>(b[8]) & 0xC0) == 0x80);
        CHECK(id.variant() == QUuid::DCE);
        CHECK(timestampOf(id) == ms);
        CHECK_FALSE(id.isNull());
    }
}

TEST_CASE("the textual form is lower-case without braces")
{
    const QUuid id = createUuidV7(1'700'000'000'000);
    const QString text = uuidText(id);
    CHECK(text.size() == 36);
    CHECK(text == text.toLower());
    CHECK_FALSE(text.contains(QLatin1Char('{')));
    CHECK(text.at(14) == QLatin1Char('7'));
    CHECK(QUuid::fromString(text) == id);
}

TEST_CASE("ids created at increasing milliseconds sort in creation order")
{
    FixedClock clock(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    QList<QUuid> ids;
    for (int i = 0; i < 300; ++i) {
        ids.append(createUuidV7(clock));
        // Steps of 1 ms up to about 18 hours, so that every byte of the timestamp changes somewhere.
        clock.advanceMs(i < 100 ? 1 : static_cast<qint64>(i) * i * 7);
    }
    for (qsizetype i = 1; i < ids.size(); ++i) {
        INFO(i);
        CHECK(ids[i - 1] < ids[i]);
        CHECK(uuidText(ids[i - 1]) < uuidText(ids[i]));
        CHECK(bytesOf(ids[i - 1]) < bytesOf(ids[i]));
    }
}

TEST_CASE("ids sort by time across the whole 48-bit range")
{
    const QList<qint64> times{0,
                              1,
                              255,
                              256,
                              65'535,
                              65'536,
                              (qint64(1) << 40),
                              1'700'000'000'000,
                              1'700'000'000'001,
                              (qint64(1) << 47),
                              (qint64(1) << 48) - 1};
    for (qsizetype i = 1; i < times.size(); ++i) {
        const QUuid earlier = createUuidV7(times[i - 1]);
        const QUuid later = createUuidV7(times[i]);
        INFO(times[i]);
        CHECK(timestampOf(later) == times[i]);
        CHECK(uuidText(earlier) < uuidText(later));
    }
}

TEST_CASE("10,000 ids are unique, also within the same millisecond")
{
    QSet<QUuid> seen;
    const qint64 ms = 1'750'000'000'000;
    for (int i = 0; i < 10'000; ++i)
        seen.insert(createUuidV7(ms + i / 100));
    CHECK(seen.size() == 10'000);
}
