// bench_central_floor: the floor under bench_central. Only the rows the central office writes for
// each registration, through its own database layer (server/db: the pool, the SQLite writer mutex,
// the background checkpoint, PostgreSQL's pipelined statements) and its real schema, without HTTP,
// unsealing, parsing, validation or the duplicate rules' hashing: whatever the service did, a push
// could not be cheaper than this. Three levels, each into a new database:
//   record     the member's row alone (the key that makes a retry "already applied");
//   push       + what a push writes besides: the version, the device entry, the change the device
//              pulls its member number from, the match queue's entry;
//   matched    + the matcher's claims (the duplicate rules' keys, ~2.8 a registration) and the
//              queue's entries taken out, on a thread of its own as in the service.
// Devices' batches are interleaved as when 200 devices push at once; --writers threads write them
// (the service's push workers). Prints records/s and the CPU time per record of this program and of
// PostgreSQL. Not a test: it prints figures.
//
//   bench_central_floor [--db sqlite|postgresql|both] [--devices 200] [--records-per-device 300]
//                       [--batch 100] [--writers 4]
#include "PostgresCluster.h"
#include "ProcessStats.h"
#include "RecordFactory.h"
#include "central/MatchKeys.h"
#include "common/Allocator.h"
#include "common/Sha256.h"
#include "db/Database.h"
#include "db/Migrations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>

using namespace fe;
using namespace fe::bench;

namespace {

enum class Level { Record, Push, Matched };

struct Registration
{
    QString id;
    QString district;
    QByteArray payload;
    QByteArray hashHex;
    QString claims; // as the match queue keeps them: "kind key" lines
    std::vector<std::pair<QString, QByteArray>> claimKeys;
};

struct DeviceWork
{
    QString deviceId;
    std::vector<Registration> registrations;
};

struct Figures
{
    double seconds = 0;
    double cpuUs = 0;      // this program's CPU time per record
    double databaseUs = 0; // PostgreSQL's
};

std::vector<DeviceWork> makeWork(int devices, int recordsPerDevice)
{
    const QStringList districts{QStringLiteral("0101"), QStringLiteral("0102"), QStringLiteral("0103"),
                                QStringLiteral("0104"), QStringLiteral("0105"), QStringLiteral("0106")};
    std::vector<DeviceWork> work(static_cast<size_t>(devices));
    for (int d = 0; d < devices; ++d) {
        DeviceWork& w = work[static_cast<size_t>(d)];
        w.deviceId = QStringLiteral("bench-device-%1").arg(d);
        test::RecordFactory factory(Country::Lao, districts[d % districts.size()],
                                    1000u + static_cast<quint32>(d));
        for (int i = 0; i < recordsPerDevice; ++i) {
            const Member m = factory.member();
            Registration r;
            r.id = m.id.toString(QUuid::WithoutBraces);
            r.district = factory.district();
            r.payload = test::RecordFactory::plain(m);
            r.hashHex = sha256(r.payload).toHex();
            for (const central::Claim& c : central::memberClaims(m)) {
                r.claims += c.kind + QLatin1Char(' ') + QString::fromLatin1(c.key) + QLatin1Char('\n');
                r.claimKeys.emplace_back(c.kind, c.key);
            }
            w.registrations.push_back(std::move(r));
        }
    }
    return work;
}

// One push's rows, as central/Push.cpp writes them (same statements, same grouping).
void writePush(db::Connection& c, const DeviceWork& device, size_t from, size_t count, Level level,
               std::atomic<qint64>& memberNumbers, qint64 now)
{
    std::vector<db::Params> members, versions, entries, changes, queue;
    for (size_t i = from; i < from + count; ++i) {
        const Registration& r = device.registrations[i];
        const QString number = QStringLiteral("LA%1").arg(++memberNumbers, 9, 10, QLatin1Char('0'));
        members.push_back({r.id, QStringLiteral("LA"), r.district, number, r.payload, r.hashHex,
                           device.deviceId, now, now});
        if (level == Level::Record)
            continue;
        const qint64 seq = static_cast<qint64>(i) + 1;
        versions.push_back({r.id, r.hashHex, device.deviceId, seq, now});
        entries.push_back({device.deviceId, seq, r.id, now});
        changes.push_back({QStringLiteral("LA"), r.district, r.id,
                           QByteArrayLiteral("{\"id\":\"") + r.id.toLatin1() +
                               QByteArrayLiteral("\",\"number\":\"") + number.toLatin1() +
                               QByteArrayLiteral("\"}"),
                           now});
        queue.push_back({r.id, QStringLiteral("LA"), r.district, r.claims, now});
    }
    c.queryMany("INSERT INTO members(id, country, district, version, member_number, payload, payload_hash, "
                "device_id, created_at, updated_at) VALUES(?, ?, ?, 1, ?, ?, ?, ?, ?, ?)",
                members);
    if (level == Level::Record)
        return;
    c.queryMany(
        "INSERT INTO record_versions(entity, entity_id, version, payload_hash, payload, source, device_id, "
        "device_seq, received_at) VALUES('member', ?, 1, ?, NULL, 'device', ?, ?, ?)",
        versions);
    c.queryMany("INSERT INTO device_entries(device_id, seq, entity, entity_id, version, result, code, at) "
                "VALUES(?, ?, 'member', ?, 1, 'applied', NULL, ?)",
                entries);
    c.queryMany("INSERT INTO changes(country, district, kind, entity_id, body, at) "
                "VALUES(?, ?, 'member_number', ?, ?, ?)",
                changes);
    c.queryMany("INSERT INTO match_queue(member_id, country, district, replaces, claims, queued_at) "
                "VALUES(?, ?, ?, 0, ?, ?)",
                queue);
}

// The matcher's part: the queue's oldest entries, their claims inserted, the entries deleted.
int matchQueued(db::Database& database, const std::vector<const Registration*>& byId, int limit)
{
    int taken = 0;
    database.write([&](db::Connection& c) {
        const db::Rows queued = c.query("SELECT seq, member_id FROM match_queue ORDER BY seq LIMIT ?",
                                        {static_cast<qint64>(limit)});
        std::vector<db::Params> claims, done;
        for (int r = 0; r < queued.size(); ++r) {
            done.push_back({queued.int64(r, 0)});
            const QString id = queued.text(r, 1);
            const auto it =
                std::lower_bound(byId.begin(), byId.end(), id,
                                 [](const Registration* a, const QString& b) { return a->id < b; });
            if (it == byId.end() || (*it)->id != id)
                continue;
            for (const auto& [kind, key] : (*it)->claimKeys)
                claims.push_back({kind, key, id});
        }
        c.queryMany(
            "INSERT INTO claims(kind, key, owner_id) VALUES(?, ?, ?) ON CONFLICT(kind, key) DO NOTHING",
            claims);
        c.queryMany("DELETE FROM match_queue WHERE seq = ?", done);
        taken = queued.size();
    });
    return taken;
}

Figures run(const QString& database, int databasePort, const std::vector<DeviceWork>& work, int batch,
            int writers, Level level)
{
    const std::optional<db::Location> location = db::Location::parse(database);
    if (!location) {
        std::fprintf(stderr, "bench_central_floor: not a database: %s\n", qPrintable(database));
        std::exit(1);
    }
    db::Database db(*location, writers + 2);
    db::migrate(db);

    std::vector<const Registration*> byId;
    for (const DeviceWork& w : work)
        for (const Registration& r : w.registrations)
            byId.push_back(&r);
    std::sort(byId.begin(), byId.end(),
              [](const Registration* a, const Registration* b) { return a->id < b->id; });

    // Batches in the order 200 devices pushing at once bring them: each device's first, then second...
    std::vector<std::pair<size_t, size_t>> pushes; // device, first registration
    const size_t perDevice = work.front().registrations.size();
    for (size_t from = 0; from < perDevice; from += static_cast<size_t>(batch))
        for (size_t d = 0; d < work.size(); ++d)
            pushes.emplace_back(d, from);

    std::atomic<size_t> next{0};
    std::atomic<qint64> memberNumbers{0};
    std::atomic<bool> pushing{true};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const double cpuBefore = cpuSeconds(QCoreApplication::applicationPid());
    const double databaseBefore = databasePort ? postgresCpuSeconds(databasePort) : 0;
    QElapsedTimer wall;
    wall.start();
    std::thread matcher;
    if (level == Level::Matched)
        matcher = std::thread([&] {
            // As the service's matcher: rounds of up to 2,000 queued members, until the queue is empty.
            for (;;) {
                const bool last = !pushing;
                if (matchQueued(db, byId, 2000) == 0) {
                    if (last)
                        return;
                    std::this_thread::sleep_for(std::chrono::milliseconds(100));
                }
            }
        });
    std::vector<std::thread> threads;
    for (int t = 0; t < writers; ++t)
        threads.emplace_back([&] {
            for (size_t k = next++; k < pushes.size(); k = next++) {
                const auto [device, from] = pushes[k];
                const size_t count = std::min(static_cast<size_t>(batch), perDevice - from);
                db.write([&](db::Connection& c) {
                    writePush(c, work[device], from, count, level, memberNumbers, now);
                });
            }
        });
    for (std::thread& t : threads)
        t.join();
    pushing = false;
    if (matcher.joinable())
        matcher.join();
    Figures f;
    f.seconds = wall.nsecsElapsed() / 1e9;
    const double records = static_cast<double>(perDevice * work.size());
    f.cpuUs = (cpuSeconds(QCoreApplication::applicationPid()) - cpuBefore) * 1e6 / records;
    if (databasePort)
        f.databaseUs = (postgresCpuSeconds(databasePort) - databaseBefore) * 1e6 / records;
    return f;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The central office's rows alone, through its database layer: the floor under bench_central."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("sqlite, postgresql or both."),
                                      QStringLiteral("kind"), QStringLiteral("both"));
    const QCommandLineOption devicesOption(QStringLiteral("devices"), QStringLiteral("Devices (200)."),
                                           QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption recordsOption(QStringLiteral("records-per-device"),
                                           QStringLiteral("Registrations per device (300)."),
                                           QStringLiteral("n"), QStringLiteral("300"));
    const QCommandLineOption batchOption(QStringLiteral("batch"), QStringLiteral("Records per push (100)."),
                                         QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption writersOption(QStringLiteral("writers"),
                                           QStringLiteral("Threads writing pushes, as push workers (4)."),
                                           QStringLiteral("n"), QStringLiteral("4"));
    parser.addOptions({dbOption, devicesOption, recordsOption, batchOption, writersOption});
    parser.process(app);
    const int devices = std::max(1, parser.value(devicesOption).toInt());
    const int perDevice = std::max(1, parser.value(recordsOption).toInt());
    const int batch = std::max(1, parser.value(batchOption).toInt());
    const int writers = std::max(1, parser.value(writersOption).toInt());
    const QString which = parser.value(dbOption);

    std::printf(
        "bench_central_floor: %d devices x %d realistic Lao registrations, pushes of %d interleaved across "
        "devices,\n%d writing threads; only the central office's rows, through server/db (%s).\n",
        devices, perDevice, batch, writers, fe::allocatorName());
    const std::vector<DeviceWork> work = makeWork(devices, perDevice);
    qint64 claims = 0;
    for (const DeviceWork& w : work)
        for (const Registration& r : w.registrations)
            claims += static_cast<qint64>(r.claimKeys.size());
    const double records = static_cast<double>(devices) * perDevice;
    std::printf("claims per registration: %.2f\n\n", claims / records);
    std::printf("%-11s %-8s %10s %9s %16s %14s\n", "database", "level", "records/s", "seconds",
                "this program us/rec", "PostgreSQL us/rec");
    const struct
    {
        Level level;
        const char* name;
    } levels[] = {{Level::Record, "record"}, {Level::Push, "push"}, {Level::Matched, "matched"}};
    for (const QString& kind : {QStringLiteral("sqlite"), QStringLiteral("postgresql")}) {
        if (which != QLatin1String("both") && which != kind)
            continue;
        std::unique_ptr<test::PostgresCluster> cluster;
        if (kind == QLatin1String("postgresql")) {
            cluster = std::make_unique<test::PostgresCluster>(true);
            if (!cluster->ok()) {
                std::fprintf(stderr, "bench_central_floor: %s\n", qPrintable(cluster->error()));
                return 1;
            }
        }
        for (const auto& [level, name] : levels) {
            QTemporaryDir dir;
            const QString database =
                cluster ? cluster->createDatabase() : dir.filePath(QStringLiteral("central.sqlite"));
            const Figures f = run(database, cluster ? cluster->port() : 0, work, batch, writers, level);
            std::printf("%-11s %-8s %10.0f %9.2f %16.1f %14.1f\n", qPrintable(kind), name,
                        records / f.seconds, f.seconds, f.cpuUs, f.databaseUs);
            std::fflush(stdout);
        }
    }
    return 0;
}
