#include "CentralServer.h"
#include "SyncKeys.h"
#include "SyncTestSupport.h"
#include "TestStore.h"

#include <catch2/catch.hpp>

using namespace fe;
using namespace fe::test;

namespace {

// The device's clock, `offsetDays` away from the real one.
class OffsetClock final : public Clock
{
public:
    explicit OffsetClock(qint64 offsetDays) : m_offset(offsetDays) {}
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc().addDays(m_offset); }

private:
    qint64 m_offset;
};

} // namespace

TEST_CASE("a device clock set a year off changes nothing")
{
    const qint64 offset = GENERATE(365, -365);
    INFO("clock offset " << offset << " days");
    CentralServer central(CentralServer::OwnSqlite{});
    REQUIRE(central.start());
    TestStore store(Country::Lao);
    const sync::SyncConfig config = testConfig(loopbackUrl(central.port()));
    enrolLaoDevice(*store, config, central);
    DistrictRecords records(*store, QStringLiteral("0101"), 51);
    registerMembers(*store, records, 40, true);

    // A failed attempt on the correct clock leaves entries deferred (persisted back-off) ...
    {
        sync::SyncConfig down = config;
        down.serverUrl = loopbackUrl(1); // nothing listens there
        down.giveUpAfterFailures = 1;
        down.backoffBaseMs = down.backoffMaxMs = 600'000;
        sync::SyncEngine engine(*store, down);
        REQUIRE(runSync(engine).outcome == sync::SyncOutcome::GaveUp);
    }
    // ... and a clock a year off neither strands them (set back) nor changes what is sent (ahead).
    const qint64 pending = store->status().outboxPending;
    OffsetClock clock(offset);
    sync::SyncConfig skewed = config;
    skewed.backoffMaxMs = 600'000;
    sync::SyncEngine engine(*store, skewed, clock);
    const sync::SyncSummary summary = runSync(engine);
    CHECK(summary.outcome == sync::SyncOutcome::Done);
    CHECK(summary.progress.accepted == pending);
    CHECK(summary.progress.quarantined == 0);
    CHECK(store->status().outboxPending == 0);
    const QString deviceId = store->syncValue(QString::fromLatin1(sync::keys::kDeviceId));
    CHECK(centralHoldings(central.database(), deviceId) == deviceHoldings(*store));
    // The central office saw the skew (its fleet view shows it) and nothing else.
    const QStringList skew =
        centralQuery(central.database(),
                     QStringLiteral("SELECT clock_skew_ms FROM devices WHERE id = '%1'").arg(deviceId));
    REQUIRE(skew.size() == 1);
    CHECK(std::abs(skew.first().toLongLong() - offset * 86400000LL) < 3600000LL);
}
