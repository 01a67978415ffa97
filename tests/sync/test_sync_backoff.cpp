#include "Backoff.h"
#include "LinkEstimator.h"
#include "NetworkJob.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace fe::sync;

TEST_CASE("back-off grows exponentially with jitter, within its bounds")
{
    QRandomGenerator random(5);
    CHECK(backoffDelayMs(0, 1000, 60000, random) == 0);
    qint64 previousCeiling = 0;
    for (int failures = 1; failures <= 12; ++failures) {
        const qint64 ceiling = std::min<qint64>(1000LL << (failures - 1), 60000);
        QSet<qint64> seen;
        for (int i = 0; i < 50; ++i) {
            const qint64 d = backoffDelayMs(failures, 1000, 60000, random);
            CHECK(d >= ceiling / 2);
            CHECK(d <= ceiling);
            seen.insert(d);
        }
        CHECK(seen.size() > 10); // jitter: a fleet does not retry in lock step
        CHECK(ceiling >= previousCeiling);
        previousCeiling = ceiling;
    }
    CHECK(previousCeiling == 60000);
}

TEST_CASE("the same seed gives the same delays")
{
    QRandomGenerator a(9);
    QRandomGenerator b(9);
    for (int failures = 1; failures < 8; ++failures)
        CHECK(backoffDelayMs(failures, 500, 30000, a) == backoffDelayMs(failures, 500, 30000, b));
}

TEST_CASE("batches follow the link: a handful on 2G, the maximum on a LAN")
{
    SyncConfig config;
    config.targetBatchSeconds = 4;
    LinkEstimator slow(config);
    LinkEstimator fast(config);
    CHECK(slow.batchSize() == config.initialBatch);
    slow.observe(300, 0, 500); // an empty request: 500 ms round trip
    fast.observe(300, 0, 2);
    for (int i = 0; i < 10; ++i) {
        const int n = slow.batchSize();
        slow.observe(n * 250LL, n, 500 + n * 250LL * 1000 / 5000); // 5 kB/s
        const int m = fast.batchSize();
        fast.observe(m * 250LL, m, 2 + m / 50); // ~12 MB/s
    }
    CHECK(slow.batchSize() >= config.minBatch);
    CHECK(slow.batchSize() <= 100);
    CHECK(fast.batchSize() == config.maxBatch);
}

TEST_CASE("payloads are compressed hardest until the link is known to be fast")
{
    const SyncConfig config;
    LinkEstimator slow(config);
    LinkEstimator fast(config);
    CHECK(slow.payloadCompressionLevel() == 9); // nothing measured yet: bytes first
    slow.observe(300, 0, 500);
    fast.observe(300, 0, 2);
    for (int i = 0; i < 6; ++i) {
        slow.observe(50 * 250LL, 50, 500 + 50 * 250LL * 1000 / 5000); // 5 kB/s: 2G
        fast.observe(500 * 250LL, 500, 2 + 500 / 50);                 // ~12 MB/s: a LAN
    }
    CHECK(slow.bytesPerSecond() < LinkEstimator::kFastLinkBytesPerSecond);
    CHECK(slow.payloadCompressionLevel() == 9);
    CHECK(fast.bytesPerSecond() > LinkEstimator::kFastLinkBytesPerSecond);
    CHECK(fast.payloadCompressionLevel() == 6);
}

TEST_CASE(
    "payloads are compressed lightly when the link itself is a LAN, as the central office's own time shows")
{
    const SyncConfig config;
    LinkEstimator lan(config);
    LinkEstimator wan(config);
    LinkEstimator unreported(config);
    for (int i = 0; i < 6; ++i) {
        // 20 kB in 15 ms, of which the central office spent 12: the link moved it in 3 ms.
        lan.observe(20000, 100, 15, 12.0);
        // 20 kB in 60 ms, of which the central office spent 12: ~420 kB/s, a good 3G link.
        wan.observe(20000, 100, 60, 12.0);
        unreported.observe(20000, 100, 15); // a central office without Server-Timing
    }
    CHECK(lan.linkBytesPerSecond() > LinkEstimator::kLanBytesPerSecond);
    CHECK(lan.payloadCompressionLevel() == 3);
    CHECK(wan.linkBytesPerSecond() < LinkEstimator::kLanBytesPerSecond);
    CHECK(wan.payloadCompressionLevel() == 9);
    CHECK(unreported.linkBytesPerSecond() == 0);
    CHECK(unreported.payloadCompressionLevel() == 6);

    // What was learnt about the link is remembered by the next engine.
    LinkEstimator next(config);
    REQUIRE(next.recall(lan.remembered()));
    CHECK(next.payloadCompressionLevel() == 3);
    CHECK(next.remembered() == lan.remembered());
}

TEST_CASE("a Server-Timing header is read as the central office's time, and anything odd as none")
{
    CHECK(serverTimingMs("app;dur=12.5") == Approx(12.5));
    CHECK(serverTimingMs("db;dur=2, app;desc=\"x\";dur=3") == Approx(5.0));
    CHECK(serverTimingMs("") == 0);
    CHECK(serverTimingMs("app") == 0);
    CHECK(serverTimingMs("app;dur=-4") == 0);
    CHECK(serverTimingMs("app;dur=nan") == 0);
    CHECK(serverTimingMs("app;dur=abc") == 0);
}

TEST_CASE("a request too large halves the cap, and success lets it grow back")
{
    SyncConfig config;
    LinkEstimator link(config);
    link.observe(1000, 10, 2);
    link.tooLarge(200);
    CHECK(link.batchSize() <= 100);
    link.tooLarge(2);
    CHECK(link.batchSize() == 1);
    for (int i = 0; i < 12; ++i)
        link.observe(link.batchSize() * 250LL, link.batchSize(), 2);
    CHECK(link.batchSize() > 100);
}

TEST_CASE("an estimator starts from a remembered one, and from nothing else")
{
    const SyncConfig config;
    CHECK(LinkEstimator(config).remembered().isEmpty()); // nothing measured: nothing to remember
    LinkEstimator fast(config);
    fast.observe(300, 0, 2);
    for (int i = 0; i < 6; ++i)
        fast.observe(500 * 250LL, 500, 2 + 500 / 50); // ~12 MB/s: a LAN
    const QString kept = fast.remembered();
    LinkEstimator next(config);
    REQUIRE(next.recall(kept));
    CHECK(next.batchSize() == fast.batchSize());
    CHECK(next.payloadCompressionLevel() == 6);
    CHECK(next.bytesPerSecond() == Approx(fast.bytesPerSecond()).epsilon(0.001));
    CHECK(next.remembered() == kept);

    for (const char* damaged :
         {"", "1,2,3", "a,b,c,d", "5000,300,1,10,7,8", "5000,300,1,10,-7", "5000,300,1,10,x", "nan,300,1,10",
          "inf,300,1,10", "-5000,300,1,10", "5000,0,1,10", "5000,300,-1,10", "5000,300,1,0"}) {
        INFO(damaged);
        LinkEstimator e(config);
        CHECK_FALSE(e.recall(QString::fromLatin1(damaged)));
        CHECK(e.batchSize() == config.initialBatch);
        CHECK(e.payloadCompressionLevel() == 9);
        CHECK(e.remembered().isEmpty());
    }
}
