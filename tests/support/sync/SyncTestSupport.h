#pragma once

#include "SyncConfig.h"
#include "SyncEngine.h"
#include "demodata/DemoDataGenerator.h"
#include "store/Store.h"

#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

namespace fe::test {

class CentralServer;

// Realistic records of one district (core's seeded demo-data generator), ready for Store::register….
class DistrictRecords
{
public:
    DistrictRecords(Store& store, QString district, quint32 seed);
    Member member();
    Contribution contribution(const Member& saved);

private:
    QString m_district;
    QString m_region;
    QString m_ward;
    Country m_country;
    std::unique_ptr<DemoDataGenerator> m_generator;
};

// Registers `count` members (and, when `withContributions`, one payment for every third) in one
// transaction; returns the members' ids. REQUIREs that every save worked.
QList<QUuid> registerMembers(Store& store, DistrictRecords& records, int count,
                             bool withContributions = false);

// Engine settings for tests: short timeouts and back-off, fixed jitter seed.
sync::SyncConfig testConfig(const QUrl& server, quint32 seed = 1);
QUrl loopbackUrl(int port);

// Runs the event loop until `condition` holds or `timeoutMs` passes; returns the condition.
bool waitFor(const std::function<bool()>& condition, int timeoutMs);
// One run of the engine, waited for.
sync::SyncSummary runSync(sync::SyncEngine& engine, int timeoutMs = 120000);
Status enrolDevice(Store& store, const sync::SyncConfig& config, const QString& code);
// Enrols `store` with `central` with a fresh code for a district of Laos (Chanthabouly, Vientiane
// Capital, unless given); REQUIREs that it worked.
void enrolLaoDevice(Store& store, const sync::SyncConfig& config, const CentralServer& central,
                    const QString& district = QStringLiteral("0101"));

// One record version: "entity:id:version" -> payload hash (hex), and the device seq it came with.
struct Holding
{
    QString key;
    QString hashHex;
    qint64 seq = 0;
    bool operator==(const Holding&) const = default;
};
// What the central office's database holds from a device (read directly, SQLite or PostgreSQL).
QList<Holding> centralHoldings(const QString& database, const QString& deviceId);
// Every version the device saved (its outbox), optionally only those in `state`.
QList<Holding> deviceHoldings(Store& store, const QString& state = {});
// Rows of a query against the central office's database, columns joined by '|'.
QStringList centralQuery(const QString& database, const QString& sql);

} // namespace fe::test
