// bench_central: N simulated devices (default 200, each on its own connection) push batches of
// realistic member registrations to the real fieldenrol-central process over loopback, for SQLite
// and PostgreSQL, with batches of 100 and 1,000. Prints records/s, p50/p99 batch latency, the
// service's peak RSS, the CPU time per record of the service, of PostgreSQL and of this program's
// sending devices (the machine's cores are shared: it shows what the devices take from the
// service), and the bytes per record on the wire. Not a test: it prints figures.
//
//   bench_central [--devices 200] [--records-per-device 500] [--db sqlite|postgresql|both]
//                 [--batch 100|1000|both] [--offered RECORDS_PER_SECOND] [--pull]
//
// By default every device pushes its next batch as soon as the last one is answered (a closed
// loop: the figure is the service's capacity, and a batch's latency is the queue in front of it,
// about devices x batch / throughput). With --offered, the devices together offer that many records
// a second, each sending a batch every devices x batch / offered seconds (phases spread evenly),
// and a batch's latency is counted from when it was due, not from when it could be sent, so a
// service that falls behind shows it (no coordinated omission): the latency at a given load.
#include "CentralProcess.h"
#include "DeviceClient.h"
#include "PostgresCluster.h"
#include "ProcessStats.h"
#include "RecordFactory.h"
#include "common/Allocator.h"
#include "wire/Api.h"
#include "wire/Compression.h"
#include "wire/Messages.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <latch>
#include <thread>

using namespace fe;
using namespace fe::bench;

namespace {

struct Batch
{
    QByteArray gzipped;
    QByteArray signature;
    int records = 0;
};

struct Figures
{
    qint64 records = 0;
    double seconds = 0;
    double p50 = 0;
    double p99 = 0;
    double serviceRssMb = 0;
    double databaseRssMb = 0;
    double serviceCpuUs = 0;  // service CPU time per record
    double databaseCpuUs = 0; // PostgreSQL's CPU time per record
    double devicesCpuUs = 0;  // this program's (the devices' sending) CPU time per record
    double wireBytesPerRecord = 0;
    double plainBytesPerRecord = 0;
    double matchingBehindS = 0; // duplicate matching finished this long after the last answer
    int failures = 0;
    // --pull: afterwards every device pulls its changes from the start, as a device that was
    // offline the whole time does when it syncs.
    double pullSeconds = 0;
    double pullChangesPerDevice = 0;
    double pullKbPerDevice = 0; // JSON, before compression
    double pullRequestsPerDevice = 0;
    double pullServiceCpuMs = 0; // per device
};

// Every device pulls all its changes from cursor 0, four at a time: what the service sends them.
void pullAll(const test::CentralProcess& central, const QList<test::EnrolledDevice>& enrolled, Figures& f)
{
    std::atomic<int> next{0};
    std::atomic<qint64> changes{0}, bytes{0}, requests{0};
    const double cpuBefore = cpuSeconds(central.pid());
    QElapsedTimer wall;
    wall.start();
    std::vector<std::thread> pullers;
    for (int t = 0; t < 4; ++t)
        pullers.emplace_back([&] {
            test::DeviceClient client(central.port());
            for (int d = next++; d < enrolled.size(); d = next++) {
                qint64 cursor = 0;
                for (;;) {
                    const test::HttpReply r = client.get(QStringLiteral("%1?cursor=%2&limit=1000")
                                                             .arg(QLatin1String(wire::kPathPull))
                                                             .arg(cursor),
                                                         enrolled[d].token);
                    ++requests;
                    const auto page = wire::decodeChangesPage(r.body);
                    if (r.status != 200 || !page.ok()) {
                        std::fprintf(stderr, "a pull failed: HTTP %d\n", r.status);
                        break;
                    }
                    bytes += r.body.size();
                    changes += page.value().changes.size();
                    cursor = page.value().cursor;
                    if (!page.value().more)
                        break;
                }
            }
        });
    for (std::thread& t : pullers)
        t.join();
    const double devices = static_cast<double>(enrolled.size());
    f.pullSeconds = wall.nsecsElapsed() / 1e9;
    f.pullChangesPerDevice = static_cast<double>(changes) / devices;
    f.pullKbPerDevice = static_cast<double>(bytes) / 1024.0 / devices;
    f.pullRequestsPerDevice = static_cast<double>(requests) / devices;
    f.pullServiceCpuMs = (cpuSeconds(central.pid()) - cpuBefore) * 1e3 / devices;
}

Figures run(const QString& database, int devices, int recordsPerDevice, int batchSize, double offered,
            bool pull, int* postgresPort)
{
    Figures f;
    test::CentralProcess central(
        database,
        {QStringLiteral("--threads"), QString::number(std::max(256, devices + 16)), QStringLiteral("--pool"),
         QStringLiteral("8"), QStringLiteral("--rate-burst"), QStringLiteral("1000000"),
         QStringLiteral("--enrol-burst"), QStringLiteral("1000000"), QStringLiteral("--quiet")});
    if (!central.start()) {
        std::fprintf(stderr, "bench_central: the service did not start: %s\n", qPrintable(central.log()));
        std::exit(1);
    }
    // Devices spread over the districts of Vientiane Capital, enrolled as in the field.
    const QStringList districts{QStringLiteral("0101"), QStringLiteral("0102"), QStringLiteral("0103"),
                                QStringLiteral("0104"), QStringLiteral("0105"), QStringLiteral("0106")};
    QList<test::EnrolledDevice> enrolled;
    test::DeviceClient setup(central.port());
    for (qsizetype k = 0; k < districts.size(); ++k) {
        const QString& district = districts[k];
        const qsizetype here = devices / districts.size() + (k < devices % districts.size() ? 1 : 0);
        if (here == 0)
            continue;
        const test::CliRun codes =
            central.cli({QStringLiteral("enrolment-code"), QStringLiteral("--country"), QStringLiteral("LA"),
                         QStringLiteral("--district"), district, QStringLiteral("--count"),
                         QString::number(here), QStringLiteral("--json")});
        for (const QString& line : codes.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            test::EnrolledDevice d;
            const QString code =
                QJsonDocument::fromJson(line.toUtf8()).object().value(QLatin1String("code")).toString();
            if (setup.enrol(code, &d).status != 201) {
                std::fprintf(stderr, "bench_central: enrolment failed\n");
                std::exit(1);
            }
            enrolled.append(d);
        }
    }

    // Everything a device does before sending (generate, seal, sign, gzip) happens before the clock starts.
    std::vector<std::vector<Batch>> work(static_cast<size_t>(enrolled.size()));
    std::atomic<qint64> plainBytes{0};
    std::atomic<int> nextDevice{0};
    std::vector<std::thread> builders;
    for (int t = 0; t < 2; ++t)
        builders.emplace_back([&] {
            test::DeviceClient unused(central.port());
            for (int d = nextDevice++; d < enrolled.size(); d = nextDevice++) {
                test::EnrolledDevice& device = enrolled[d];
                test::RecordFactory factory(Country::Lao, device.district, 1000u + static_cast<quint32>(d));
                qint64 seq = 0;
                for (int done = 0; done < recordsPerDevice; done += batchSize) {
                    QList<wire::PushEntry> entries;
                    for (int i = 0; i < batchSize && done + i < recordsPerDevice; ++i) {
                        const Member m = factory.member();
                        plainBytes += test::RecordFactory::plain(m).size();
                        entries.append(test::RecordFactory::entry(++seq, m, false));
                    }
                    const QByteArray body = wire::encode(unused.request(device, entries));
                    work[static_cast<size_t>(d)].push_back(
                        {wire::gzipCompress(body), wire::signatureHeader(body, device.signKeys.secretKey),
                         static_cast<int>(entries.size())});
                }
            }
        });
    for (std::thread& t : builders)
        t.join();

    std::vector<std::vector<double>> latencies(work.size());
    std::atomic<int> failures{0};
    std::atomic<int> ready{0};
    // A latch, not a spin on a flag: 200 threads yielding in a loop starved the ones still
    // connecting (seen on a 2-core machine: minutes before the clock could start).
    std::latch go(1);
    std::vector<std::thread> senders;
    QElapsedTimer wall;
    using Clock = std::chrono::steady_clock;
    Clock::time_point start;
    // Open loop: a device's batches are due every `interval`, the devices' phases spread over it.
    const Clock::duration interval =
        offered > 0 ? std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(
                          static_cast<double>(work.size()) * batchSize / offered))
                    : Clock::duration::zero();
    for (size_t d = 0; d < work.size(); ++d)
        senders.emplace_back([&, d] {
            test::DeviceClient client(central.port());
            // Connect before the clock starts.
            if (const test::HttpReply r = client.get(QString::fromLatin1(wire::kPathHealth)); r.status != 200)
                std::fprintf(stderr, "a device could not connect: HTTP %d %s\n", r.status,
                             qPrintable(r.transportError));
            ++ready;
            go.wait();
            const test::EnrolledDevice& device = enrolled[static_cast<qsizetype>(d)];
            const Clock::duration phase = interval * static_cast<int>(d) / static_cast<int>(work.size());
            for (size_t k = 0; k < work[d].size(); ++k) {
                const Batch& b = work[d][k];
                Clock::time_point from = Clock::now();
                if (offered > 0) {
                    from = start + phase + interval * static_cast<int>(k);
                    std::this_thread::sleep_until(from);
                }
                const test::HttpReply r = client.post(
                    QString::fromLatin1(wire::kPathPush), b.gzipped, device.token,
                    {{"Content-Encoding", "gzip"}, {wire::kSignatureHeader, b.signature.toStdString()}},
                    false);
                latencies[d].push_back(
                    std::chrono::duration<double, std::milli>(Clock::now() - from).count());
                if (r.status != 200 || !r.body.contains("\"applied\"")) {
                    if (failures++ == 0)
                        std::fprintf(stderr, "first failure: HTTP %d %s %s\n", r.status,
                                     qPrintable(r.transportError), r.body.left(300).constData());
                }
            }
        });
    while (ready < static_cast<int>(work.size()))
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    const double serviceCpuBefore = cpuSeconds(central.pid());
    const double databaseCpuBefore = postgresPort ? postgresCpuSeconds(*postgresPort) : 0;
    const double devicesCpuBefore = cpuSeconds(QCoreApplication::applicationPid());
    wall.start();
    start = Clock::now();
    go.count_down();
    for (std::thread& t : senders)
        t.join();
    f.seconds = wall.nsecsElapsed() / 1e9;
    // Duplicate matching runs behind the pushes (central/Matcher.h): its tail counts in the
    // service's CPU time, and how far behind it was is printed.
    central.waitForMatching(3600000);
    f.matchingBehindS = wall.nsecsElapsed() / 1e9 - f.seconds;
    const double serviceCpu = cpuSeconds(central.pid()) - serviceCpuBefore;
    const double databaseCpu = postgresPort ? postgresCpuSeconds(*postgresPort) - databaseCpuBefore : 0;
    const double devicesCpu = cpuSeconds(QCoreApplication::applicationPid()) - devicesCpuBefore;

    std::vector<double> all;
    qint64 wire = 0;
    for (size_t d = 0; d < work.size(); ++d) {
        all.insert(all.end(), latencies[d].begin(), latencies[d].end());
        for (const Batch& b : work[d]) {
            f.records += b.records;
            wire += b.gzipped.size();
        }
    }
    std::sort(all.begin(), all.end());
    const auto percentile = [&](double p) {
        return all.empty() ? 0.0 : all[static_cast<size_t>(p * (all.size() - 1))];
    };
    f.p50 = percentile(0.50);
    f.p99 = percentile(0.99);
    f.failures = failures;
    f.wireBytesPerRecord = static_cast<double>(wire) / static_cast<double>(f.records);
    f.plainBytesPerRecord = static_cast<double>(plainBytes) / static_cast<double>(f.records);
    f.serviceRssMb = memoryMb(central.pid(), "VmHWM:");
    f.serviceCpuUs = serviceCpu * 1e6 / static_cast<double>(f.records);
    f.databaseCpuUs = databaseCpu * 1e6 / static_cast<double>(f.records);
    f.devicesCpuUs = devicesCpu * 1e6 / static_cast<double>(f.records);
    if (postgresPort)
        f.databaseRssMb = postgresRssMb(*postgresPort);
    if (pull)
        pullAll(central, enrolled, f);
    central.stop();
    return f;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Throughput of fieldenrol-central with simulated devices."));
    parser.addHelpOption();
    const QCommandLineOption devicesOption(QStringLiteral("devices"),
                                           QStringLiteral("Concurrent devices (200)."), QStringLiteral("n"),
                                           QStringLiteral("200"));
    const QCommandLineOption recordsOption(QStringLiteral("records-per-device"),
                                           QStringLiteral("Registrations each device sends (500)."),
                                           QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("sqlite, postgresql or both."),
                                      QStringLiteral("kind"), QStringLiteral("both"));
    const QCommandLineOption batchOption(QStringLiteral("batch"), QStringLiteral("100, 1000 or both."),
                                         QStringLiteral("n"), QStringLiteral("both"));
    const QCommandLineOption offeredOption(
        QStringLiteral("offered"),
        QStringLiteral(
            "Records per second the devices offer together (open loop); 0: as fast as answered (0)."),
        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption pullOption(
        QStringLiteral("pull"),
        QStringLiteral("Afterwards every device pulls its changes from the start (a device back after "
                       "the whole run offline)."));
    parser.addOptions({devicesOption, recordsOption, dbOption, batchOption, offeredOption, pullOption});
    parser.process(app);
    const double offered = parser.value(offeredOption).toDouble();
    const int devices = parser.value(devicesOption).toInt();
    const int records = parser.value(recordsOption).toInt();
    QList<int> batches;
    if (parser.value(batchOption) == QLatin1String("both"))
        batches = {100, 1000};
    else
        batches = {parser.value(batchOption).toInt()};
    const QString which = parser.value(dbOption);

    std::printf(
        "bench_central: %d devices, %d realistic Lao registrations each (households, consent, documents),\n"
        "one connection per device, pushing sealed, signed, gzip batches over loopback to "
        "fieldenrol-central (this build's programs allocate with %s).\n",
        devices, records, fe::allocatorName());
    if (offered > 0)
        std::printf(
            "Open loop: the devices offer %.0f records/s together; a batch's latency counts from when "
            "it was due.\n\n",
            offered);
    else
        std::printf("Closed loop: each device sends its next batch when the last is answered (capacity; "
                    "latency is the queue).\n\n");
    std::printf("%-11s %6s %8s %8s %10s %8s %8s %14s %12s %14s %10s %14s %10s %9s\n", "database", "batch",
                "records", "seconds", "records/s", "p50 ms", "p99 ms", "service RSS MB", "db RSS MB",
                "service us/rec", "db us/rec", "devices us/rec", "wire B/rec", "failures");
    std::fflush(stdout);
    for (const QString& kind : {QStringLiteral("sqlite"), QStringLiteral("postgresql")}) {
        if (which != QLatin1String("both") && which != kind)
            continue;
        for (int batch : batches) {
            QTemporaryDir dir;
            std::unique_ptr<test::PostgresCluster> cluster;
            QString database = dir.filePath(QStringLiteral("central.sqlite"));
            int port = 0;
            if (kind == QLatin1String("postgresql")) {
                cluster = std::make_unique<test::PostgresCluster>(true);
                if (!cluster->ok()) {
                    std::fprintf(stderr, "bench_central: %s\n", qPrintable(cluster->error()));
                    return 1;
                }
                database = cluster->createDatabase();
                port = cluster->port();
            }
            const Figures f = run(database, devices, std::max(records, batch), batch, offered,
                                  parser.isSet(pullOption), port ? &port : nullptr);
            std::printf(
                "%-11s %6d %8lld %8.1f %10.0f %8.1f %8.1f %14.0f %12.0f %14.0f %10.0f %14.0f %10.0f %9d\n",
                qPrintable(kind), batch, static_cast<long long>(f.records), f.seconds, f.records / f.seconds,
                f.p50, f.p99, f.serviceRssMb, f.databaseRssMb, f.serviceCpuUs, f.databaseCpuUs,
                f.devicesCpuUs, f.wireBytesPerRecord, f.failures);
            std::printf(
                "%-11s %6d duplicate matching done %.1f s after the last answer: %.0f records/s with it\n",
                "", batch, f.matchingBehindS, f.records / (f.seconds + f.matchingBehindS));
            std::fflush(stdout);
            if (parser.isSet(pullOption))
                std::printf(
                    "%-11s %6d then every device pulls from the start: %.0f changes, %.0f KiB of JSON, "
                    "%.1f requests each; all in %.2f s, service CPU %.1f ms a device\n",
                    "", batch, f.pullChangesPerDevice, f.pullKbPerDevice, f.pullRequestsPerDevice,
                    f.pullSeconds, f.pullServiceCpuMs);
            if (batch == batches.last() && kind == QLatin1String("sqlite"))
                std::printf("(plain JSON per record: %.0f bytes)\n", f.plainBytesPerRecord);
        }
    }
    return 0;
}
