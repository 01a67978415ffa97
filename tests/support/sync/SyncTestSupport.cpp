#include "SyncTestSupport.h"

#include "CentralServer.h"

#include "DeviceEnrolment.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTimer>

#include <sqlite3.h>

namespace fe::test {

DistrictRecords::DistrictRecords(Store& store, QString district, quint32 seed)
    : m_district(std::move(district)), m_country(store.country().country),
      m_generator(std::make_unique<DemoDataGenerator>(store, seed, QDate::currentDate().addDays(-1)))
{
    const AdminUnit* unit = store.reference().find(2, m_district);
    m_region = unit ? unit->parentCode : QString();
    const QList<AdminUnit> wards = store.reference().children(3, m_district);
    m_ward = wards.isEmpty() ? QString() : wards.first().code;
}

Member DistrictRecords::member()
{
    Member m = m_generator->generateMember();
    m.address.regionCode = m_region;
    m.address.districtCode = m_district;
    if (m_country == Country::Kenya)
        m.address.wardCode = m_ward;
    return m;
}

Contribution DistrictRecords::contribution(const Member& saved)
{
    return m_generator->generateContribution(saved);
}

QList<QUuid> registerMembers(Store& store, DistrictRecords& records, int count, bool withContributions)
{
    QList<QUuid> ids;
    QStringList failures;
    const Status s = store.inBatch([&] {
        for (int i = 0; i < count; ++i) {
            const SaveResult saved = store.registerMember(records.member(), QStringLiteral("op-test"));
            if (!saved.ok()) {
                failures.append(saved.error.code);
                continue;
            }
            ids.append(saved.saved->id);
            if (withContributions && i % 3 == 0) {
                const auto member = store.member(saved.saved->id);
                const SaveResult paid =
                    store.recordContribution(records.contribution(*member), QStringLiteral("op-test"));
                if (!paid.ok())
                    failures.append(paid.error.code);
            }
        }
    });
    INFO(failures.join(QLatin1Char(',')).toStdString());
    REQUIRE(s.ok());
    REQUIRE(failures.isEmpty());
    return ids;
}

QUrl loopbackUrl(int port)
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

sync::SyncConfig testConfig(const QUrl& server, quint32 seed)
{
    sync::SyncConfig c;
    c.serverUrl = server;
    c.appVersion = QStringLiteral("test");
    c.inactivityTimeoutMs = 3000;
    c.backoffBaseMs = 20;
    c.backoffMaxMs = 400;
    c.giveUpAfterFailures = 1000;
    c.waitingRetryMs = 200;
    c.probeBaseMs = 50;
    c.probeMaxMs = 500;
    c.jitterSeed = seed;
    return c;
}

bool waitFor(const std::function<bool()>& condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

sync::SyncSummary runSync(sync::SyncEngine& engine, int timeoutMs)
{
    std::optional<sync::SyncSummary> summary;
    const QMetaObject::Connection c = QObject::connect(
        &engine, &sync::SyncEngine::finished, [&summary](const sync::SyncSummary& s) { summary = s; });
    engine.syncNow();
    const bool done = waitFor([&] { return summary.has_value(); }, timeoutMs);
    QObject::disconnect(c);
    if (!done) {
        engine.cancel();
        waitFor([&] { return !engine.isRunning(); }, 10000);
        FAIL("the sync run did not finish in time");
    }
    return *summary;
}

Status enrolDevice(Store& store, const sync::SyncConfig& config, const QString& code)
{
    sync::DeviceEnrolment enrolment(store, config);
    std::optional<Status> result;
    QObject::connect(&enrolment, &sync::DeviceEnrolment::finished,
                     [&result](const Status& s) { result = s; });
    enrolment.start(code, QStringLiteral("test tablet"));
    REQUIRE(waitFor([&] { return result.has_value(); }, 60000));
    return *result;
}

void enrolLaoDevice(Store& store, const sync::SyncConfig& config, const CentralServer& central,
                    const QString& district)
{
    REQUIRE(enrolDevice(store, config, central.enrolmentCode(QStringLiteral("LA"), district)).ok());
}

QStringList centralQuery(const QString& database, const QString& sql)
{
    QStringList rows;
    if (database.startsWith(QLatin1String("postgresql://"))) {
        QProcess p;
        p.start(QStringLiteral("psql"), {database, QStringLiteral("-At"), QStringLiteral("-F"),
                                         QStringLiteral("|"), QStringLiteral("-c"), sql});
        REQUIRE(p.waitForFinished(60000));
        INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
        REQUIRE(p.exitCode() == 0);
        for (const QString& line : QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n')))
            if (!line.isEmpty())
                rows.append(line);
        return rows;
    }
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(database.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    sqlite3_busy_timeout(db, 10000);
    sqlite3_stmt* st = nullptr;
    const QByteArray text = sql.toUtf8();
    int rc = sqlite3_prepare_v2(db, text.constData(), -1, &st, nullptr);
    INFO(sqlite3_errmsg(db));
    REQUIRE(rc == SQLITE_OK);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        QStringList columns;
        for (int i = 0; i < sqlite3_column_count(st); ++i)
            columns.append(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, i))));
        rows.append(columns.join(QLatin1Char('|')));
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_DONE);
    return rows;
}

QList<Holding> centralHoldings(const QString& database, const QString& deviceId)
{
    QList<Holding> out;
    const QStringList rows = centralQuery(
        database,
        QStringLiteral("SELECT entity, entity_id, version, payload_hash, device_seq FROM record_versions "
                       "WHERE device_id = '%1' AND source = 'device' ORDER BY device_seq")
            .arg(deviceId));
    for (const QString& row : rows) {
        const QStringList c = row.split(QLatin1Char('|'));
        out.append({c[0] + QLatin1Char(':') + c[1] + QLatin1Char(':') + c[2], c[3], c[4].toLongLong()});
    }
    return out;
}

QList<Holding> deviceHoldings(Store& store, const QString& state)
{
    QList<Holding> out;
    for (const OutboxEntry& e : store.outboxRange(1, store.lastOutboxSeq()))
        if (state.isEmpty() || e.state == state)
            out.append({e.idempotencyKey, QString::fromLatin1(e.payloadHash.toHex()), e.seq});
    return out;
}

} // namespace fe::test
