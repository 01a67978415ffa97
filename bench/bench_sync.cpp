// bench_sync: N queued realistic registrations (default 100,000) pushed by the sync engine to the
// real fieldenrol-central process (SQLite) over loopback, through a byte-counting proxy on its own
// thread. Prints records/s, bytes on the wire per record, HTTP requests, peak RSS of both processes;
// an incremental sync of 100 new records; a sync with nothing to send; and the PouchDB peer
// (../shared/peers/pouchdb) on the same records, side by side. Not a test: it prints figures.
//
//   bench_sync [--records 100000] [--incremental-runs 9] [--no-pouchdb] [--cache DIR]
#include "CentralServer.h"
#include "DeviceEnrolment.h"
#include "FaultProxy.h"
#include "StoredSettings.h"
#include "SyncEngine.h"
#include "demodata/DemoDataGenerator.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>

#include <sys/resource.h>

using namespace fe;

namespace {

const QString kDistrict = QStringLiteral("0101");

double peakRssMb(qint64 pid)
{
    QFile f(pid > 0 ? QStringLiteral("/proc/%1/status").arg(pid) : QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

// The store template: N + 100 members of one district, and the same payloads as JSON Lines for the
// PouchDB peer. Built once (in a child process, so it does not count in this one's memory).
bool generate(const QString& dir, int count)
{
    auto created =
        Store::create(dir + QStringLiteral("/device.store"), {Country::Lao, QStringLiteral("bench")});
    if (!created.ok())
        return false;
    Store& store = *created.value();
    DemoDataGenerator generator(store, 42, QDate::currentDate().addDays(-1));
    const AdminUnit* unit = store.reference().find(2, kDistrict);
    QFile jsonl(dir + QStringLiteral("/records.jsonl"));
    QFile extra(dir + QStringLiteral("/extra.jsonl"));
    if (!jsonl.open(QIODevice::WriteOnly) || !extra.open(QIODevice::WriteOnly))
        return false;
    const auto make = [&] {
        Member m = generator.generateMember();
        m.address.districtCode = kDistrict;
        m.address.regionCode = unit ? unit->parentCode : QString();
        return m;
    };
    for (int done = 0; done < count;) {
        const int chunk = std::min(5000, count - done);
        bool ok = true;
        const Status s = store.inBatch([&] {
            for (int i = 0; i < chunk; ++i) {
                const SaveResult saved = store.registerMember(make(), QStringLiteral("bench"));
                ok = ok && saved.ok();
                if (saved.ok())
                    jsonl.write(*store.payloadOfVersion(QStringLiteral("member"), saved.saved->id, 1) + '\n');
            }
        });
        if (!s.ok() || !ok)
            return false;
        done += chunk;
        std::fprintf(stderr, "\rgenerated %d / %d", done, count);
    }
    // The next 100 (incremental sync) are saved later by the benchmark; their payloads for PouchDB:
    for (int i = 0; i < 100; ++i) {
        Member m = make();
        m.id = QUuid::createUuid();
        m.version = 1;
        extra.write(QJsonDocument(m.toJson()).toJson(QJsonDocument::Compact) + '\n');
    }
    std::fprintf(stderr, "\n");
    return true;
}

// The proxy runs on its own thread so counting bytes does not slow the engine's thread.
class ProxyThread : public QThread
{
public:
    explicit ProxyThread(quint16 upstream) : m_upstream(upstream) {}
    std::atomic<int> port{0};
    std::atomic<qint64> up{0}, down{0};
    std::atomic<int> connections{0};
    void resetCounters() { m_reset = true; }

protected:
    void run() override
    {
        test::FaultProxy proxy(m_upstream, 1);
        if (!proxy.listen())
            return;
        port = proxy.port();
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, [&] {
            if (m_reset.exchange(false))
                proxy.resetCounters();
            up = proxy.bytesUp();
            down = proxy.bytesDown();
            connections = proxy.connections();
        });
        poll.start(5);
        exec();
        up = proxy.bytesUp();
        down = proxy.bytesDown();
        connections = proxy.connections();
    }

private:
    quint16 m_upstream;
    std::atomic<bool> m_reset{false};
};

struct Run
{
    double seconds = 0;
    double clientCpuMs = 0;  // this process: the engine, its store, the proxy thread
    double centralCpuMs = 0; // the central office process
    sync::SyncSummary summary;
};

// CPU time of a process so far, in milliseconds, with nanosecond resolution (the sum of its threads'
// run time in /proc/<pid>/task/*/schedstat; threads that already ended are not counted, which is fine
// for the service's long-lived worker threads). The machine is shared, so CPU time says more about a
// change than wall time.
double cpuMs(qint64 pid)
{
    if (pid <= 0) {
        // This process: every thread, those that have ended too (the engine seals each batch on a
        // short-lived thread of its own, whose time /proc/self/task no longer shows).
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
               (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
    }
    const QString base =
        pid > 0 ? QStringLiteral("/proc/%1/task").arg(pid) : QStringLiteral("/proc/self/task");
    double total = 0;
    for (const QString& task : QDir(base).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile f(base + QLatin1Char('/') + task + QStringLiteral("/schedstat"));
        if (f.open(QIODevice::ReadOnly))
            total += f.readAll().split(' ').first().toDouble() / 1e6;
    }
    return total;
}

// A new engine for every run, as `fieldenrolctl sync` starts one: the incremental sync opens its
// own connection. (On loopback a kept-alive connection is the worst case for Nagle's algorithm:
// with a 64 KiB MSS the tail of every request body above ~16 KiB, which Qt writes separately,
// waits up to 40 ms for the delayed acknowledgement of the first part; see docs/SYNC.md.)
Run timedSync(Store& store, const sync::SyncConfig& config, qint64 centralPid)
{
    sync::SyncEngine engine(store, config);
    QEventLoop loop;
    Run r;
    const auto connection =
        QObject::connect(&engine, &sync::SyncEngine::finished, &loop, [&](const sync::SyncSummary& s) {
            r.summary = s;
            loop.quit();
        });
    QElapsedTimer timer;
    const double clientBefore = cpuMs(0);
    const double centralBefore = cpuMs(centralPid);
    timer.start();
    engine.syncNow();
    loop.exec();
    r.seconds = timer.nsecsElapsed() / 1e9;
    r.clientCpuMs = cpuMs(0) - clientBefore;
    r.centralCpuMs = cpuMs(centralPid) - centralBefore;
    QObject::disconnect(connection);
    return r;
}

bool enrol(Store& store, const sync::SyncConfig& config, const QString& code)
{
    sync::DeviceEnrolment enrolment(store, config);
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&enrolment, &sync::DeviceEnrolment::finished, &loop, [&](const Status& s) {
        ok = s.ok();
        loop.quit();
    });
    enrolment.start(code, QStringLiteral("bench"));
    loop.exec();
    return ok;
}

QUrl loopback(int port)
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

void settle(ProxyThread& proxy)
{
    QThread::msleep(30); // the poll publishes the counters every 5 ms
    Q_UNUSED(proxy);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("records"), QStringLiteral("Queued registrations."), QStringLiteral("n"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("cache"), QStringLiteral("Where the generated store is kept."),
                      QStringLiteral("dir"), QDir::tempPath() + QStringLiteral("/fieldenrol-bench-sync")});
    parser.addOption({QStringLiteral("incremental-runs"),
                      QStringLiteral("Incremental syncs of 100 new records (the median is reported)."),
                      QStringLiteral("n"), QStringLiteral("9")});
    parser.addOption({QStringLiteral("no-pouchdb"), QStringLiteral("Skip the PouchDB peer.")});
    parser.addOption({QStringLiteral("generate-only"), QStringLiteral("(internal)")});
    parser.process(app);
    const int count = parser.value(QStringLiteral("records")).toInt();
    const QString cache = parser.value(QStringLiteral("cache")) + QStringLiteral("/%1").arg(count);

    if (parser.isSet(QStringLiteral("generate-only")))
        return generate(cache, count) ? 0 : 1;
    if (!QFile::exists(cache + QStringLiteral("/records.jsonl"))) {
        QDir(cache).removeRecursively();
        QDir().mkpath(cache);
        if (QProcess::execute(app.applicationFilePath(),
                              {QStringLiteral("--generate-only"), QStringLiteral("--records"),
                               QString::number(count), QStringLiteral("--cache"),
                               parser.value(QStringLiteral("cache"))}) != 0) {
            std::fprintf(stderr, "generating the store failed\n");
            return 1;
        }
    }

    QTemporaryDir work;
    const QString storePath = work.filePath(QStringLiteral("device.store"));
    QFile::copy(cache + QStringLiteral("/device.store"), storePath);
    test::CentralServer central(work.filePath(QStringLiteral("central.sqlite")),
                                test::CentralServer::relaxedLimits());
    if (!central.start()) {
        std::fprintf(stderr, "the central office did not start\n");
        return 1;
    }
    ProxyThread proxy(static_cast<quint16>(central.port()));
    proxy.start();
    while (proxy.port == 0)
        QThread::msleep(1);

    auto opened = Store::open(storePath);
    if (!opened.ok())
        return 1;
    Store& store = *opened.value();
    sync::SyncConfig config;
    config.serverUrl = loopback(proxy.port);
    config.appVersion = QStringLiteral("bench");
    config.initialBatch = 200;
    if (!enrol(store, config, central.enrolmentCode(QStringLiteral("LA"), kDistrict))) {
        std::fprintf(stderr, "enrolment failed\n");
        return 1;
    }
    proxy.resetCounters();
    settle(proxy);
    const Run full = timedSync(store, config, central.pid());
    settle(proxy);
    const qint64 fullUp = proxy.up;
    const qint64 fullDown = proxy.down;
    const int fullConnections = proxy.connections;
    const double serverRss = peakRssMb(central.pid());

    // Incremental: 100 new registrations, then a sync.
    DemoDataGenerator generator(store, 4242, QDate::currentDate().addDays(-1));
    const AdminUnit* unit = store.reference().find(2, kDistrict);
    QFile extra(cache + QStringLiteral("/extra.jsonl"));
    extra.open(QIODevice::ReadOnly);
    for (const QByteArray& line : extra.readAll().split('\n')) {
        if (line.isEmpty())
            continue;
        auto m = Member::fromJson(QJsonDocument::fromJson(line).object());
        if (!m.ok())
            continue;
        Member member = m.value();
        member.id = QUuid();
        member.version = 0;
        member.address.districtCode = kDistrict;
        member.address.regionCode = unit ? unit->parentCode : QString();
        (void)store.registerMember(member, QStringLiteral("bench"));
        store.checkpointIfDue(); // as the app's store thread does after each save
    }
    proxy.resetCounters();
    settle(proxy);
    const Run incremental = timedSync(store, config, central.pid());
    settle(proxy);
    const qint64 incrementalUp = proxy.up;
    const qint64 incrementalDown = proxy.down;
    // One run is at the mercy of the machine's other work: more runs, each of 100 new members
    // (generated, so the central office's duplicate matching sees new people), and their median.
    QList<double> incrementalMs{incremental.seconds * 1000};
    const int incrementalRuns = std::max(1, parser.value(QStringLiteral("incremental-runs")).toInt());
    for (int run = 1; run < incrementalRuns; ++run) {
        for (int i = 0; i < 100; ++i) {
            Member member = generator.generateMember();
            member.address.districtCode = kDistrict;
            member.address.regionCode = unit ? unit->parentCode : QString();
            (void)store.registerMember(member, QStringLiteral("bench"));
            store.checkpointIfDue();
        }
        settle(proxy);
        incrementalMs.append(timedSync(store, config, central.pid()).seconds * 1000);
    }
    QList<double> sortedMs = incrementalMs;
    std::sort(sortedMs.begin(), sortedMs.end());
    const double incrementalMedianMs = sortedMs.at(sortedMs.size() / 2);
    const Run nothing = timedSync(store, config, central.pid());
    const double clientRss = peakRssMb(0);
    QString heldText;
    central.cli({QStringLiteral("stats"), QStringLiteral("--json")}, &heldText);
    proxy.quit();
    proxy.wait();
    central.stop();

    const double rate = full.summary.progress.accepted / full.seconds;
    const double upPerRecord =
        static_cast<double>(fullUp) / std::max<qint64>(1, full.summary.progress.accepted);
    const double downPerRecord =
        static_cast<double>(fullDown) / std::max<qint64>(1, full.summary.progress.accepted);
    std::printf("FieldEnrol sync, %d queued registrations, SQLite central office, loopback\n", count);
    std::printf(
        "  full push:      %.0f records/s (%.2f s), %d HTTP requests on %d connection(s), outcome %s\n", rate,
        full.seconds, full.summary.progress.requests, fullConnections,
        qPrintable(sync::outcomeName(full.summary.outcome)));
    std::printf(
        "  on the wire:    %.0f bytes/record client->server, %.0f server->client (TCP payload, headers "
        "included)\n",
        upPerRecord, downPerRecord);
    std::printf("  peak RSS:       client %.0f MB, central office %.0f MB\n", clientRss, serverRss);
    std::printf(
        "  CPU per record: client %.0f us, central office %.0f us (full push)\n",
        full.clientCpuMs * 1000 / static_cast<double>(std::max<qint64>(1, full.summary.progress.accepted)),
        full.centralCpuMs * 1000 / static_cast<double>(std::max<qint64>(1, full.summary.progress.accepted)));
    std::printf(
        "  incremental:    100 records in %.1f ms, %d request(s), %lld bytes up, %lld down; CPU: client "
        "%.0f ms, central office %.0f ms\n",
        incremental.seconds * 1000, incremental.summary.progress.requests,
        static_cast<long long>(incrementalUp), static_cast<long long>(incrementalDown),
        incremental.clientCpuMs, incremental.centralCpuMs);
    QStringList runsText;
    for (double ms : std::as_const(incrementalMs))
        runsText.append(QString::number(ms, 'f', 1));
    std::printf("  incremental:    median of %lld runs %.1f ms (min %.1f, max %.1f): %s\n",
                static_cast<long long>(incrementalMs.size()), incrementalMedianMs, sortedMs.first(),
                sortedMs.last(), qPrintable(runsText.join(QLatin1Char(' '))));
    std::printf("  nothing to send: %.1f ms, %d request(s); CPU: client %.0f ms, central office %.0f ms\n",
                nothing.seconds * 1000, nothing.summary.progress.requests, nothing.clientCpuMs,
                nothing.centralCpuMs);
    std::printf("  central office stats: %s\n", qPrintable(heldText.trimmed()));

    std::fflush(stdout);
    if (parser.isSet(QStringLiteral("no-pouchdb")))
        return 0;
    // The PouchDB peer on the same records (the first N, then the next 100).
    const QString jsonl = work.filePath(QStringLiteral("pouch.jsonl"));
    {
        QFile out(jsonl);
        QFile a(cache + QStringLiteral("/records.jsonl"));
        QFile b(cache + QStringLiteral("/extra.jsonl"));
        if (!out.open(QIODevice::WriteOnly) || !a.open(QIODevice::ReadOnly) || !b.open(QIODevice::ReadOnly))
            return 1;
        out.write(a.readAll());
        out.write(b.readAll());
    }
    const QString peer =
        QStringLiteral(FIELDENROL_SOURCE_DIR) + QStringLiteral("/../shared/peers/pouchdb/run.sh");
    QProcess pouch;
    pouch.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    pouch.start(QStringLiteral("bash"), {peer, jsonl, QString::number(count)});
    if (!pouch.waitForFinished(3600000) || pouch.exitCode() != 0) {
        std::printf("PouchDB peer: did not run (exit %d)\n", pouch.exitCode());
        return 0;
    }
    const QJsonObject p = QJsonDocument::fromJson(pouch.readAllStandardOutput()).object();
    const QJsonObject pf = p.value(QLatin1String("full")).toObject();
    const double pouchRate = pf.value(QLatin1String("docs_per_s")).toDouble();
    const double pouchBytes = pf.value(QLatin1String("tcp_bytes_c2s_per_doc")).toDouble();
    std::printf("\n%-34s %14s %14s %10s\n", "", "FieldEnrol", "PouchDB", "ratio");
    std::printf("%-34s %14.0f %14.0f %9.1fx\n", "records/s (full push)", rate, pouchRate,
                rate / std::max(1.0, pouchRate));
    std::printf("%-34s %14.0f %14.0f %9.2fx\n", "bytes/record client->server", upPerRecord, pouchBytes,
                upPerRecord / std::max(1.0, pouchBytes));
    std::printf("%-34s %14d %14d\n", "HTTP requests (full push)", full.summary.progress.requests,
                pf.value(QLatin1String("http_requests")).toInt());
    std::printf("%-34s %14.0f %14.0f\n", "server peak RSS (MB)", serverRss,
                pf.value(QLatin1String("server_vmhwm_kb")).toDouble() / 1024.0);
    std::printf("%-34s %14.0f %14.0f\n", "client peak RSS (MB)", clientRss,
                p.value(QLatin1String("client_vmhwm_kb")).toDouble() / 1024.0);
    std::printf("%-34s %14.1f %14.1f\n", "incremental 100 (ms, first run)", incremental.seconds * 1000,
                p.value(QLatin1String("incremental")).toObject().value(QLatin1String("seconds")).toDouble() *
                    1000);
    std::printf("%-34s %14.1f %14.1f\n", "nothing to send (ms)", nothing.seconds * 1000,
                p.value(QLatin1String("noop")).toObject().value(QLatin1String("seconds")).toDouble() * 1000);
    std::printf("\nPouchDB raw: %s\n", QJsonDocument(p).toJson(QJsonDocument::Compact).constData());
    return 0;
}
