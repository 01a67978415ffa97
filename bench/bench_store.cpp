// Store benchmark (not a test: prints figures). For each country, with generated records:
//  - interactive saves: registerMember and recordContribution one at a time, each its own durable
//    transaction: p50 / p99 / max latency;
//  - bulk import of generated registrations from CSV through the Importer, records/s, next to a
//    plain SQLite insert of the same payloads in one transaction (sqlite3 C API), and the ratio.
// Targets: save p99 <= 5 ms; import >= 30,000 records/s and >= 0.3 of the plain insert.
// Usage: bench_store [--records N] [--saves N] [--dir DIR]   (measure a Release build)

#include "common/Uuid.h"
#include "demodata/DemoDataGenerator.h"
#include "io/Importer.h"
#include "io/RowWriter.h"
#include "store/Store.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>
#include <vector>

using namespace fe;

namespace {

struct Latency
{
    double p50 = 0, p99 = 0, max = 0;
};

Latency latencyOf(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) {
        return ms[static_cast<size_t>(q * static_cast<double>(ms.size() - 1))];
    };
    return {at(0.50), at(0.99), ms.back()};
}

// CPU seconds of this process: on a shared machine the wall clock also counts time spent waiting
// for a core, so both are printed.
double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

std::unique_ptr<Store> newStore(const QString& path, Country country)
{
    auto created = Store::create(path, {country, QStringLiteral("Bench")});
    if (!created.ok())
        qFatal("cannot create a store at %s", qPrintable(path));
    return std::move(created).value();
}

// What the disk itself costs: a durable save cannot be faster than one synced write.
void diskSync(const QString& dir)
{
    const QByteArray path = (dir + QStringLiteral("/sync-probe")).toUtf8();
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        return;
    const QByteArray page(4096, 'x');
    std::vector<double> ms;
    QElapsedTimer timer;
    for (int i = 0; i < 200; ++i) {
        timer.start();
        if (::pwrite(fd, page.constData(), static_cast<size_t>(page.size()),
                     static_cast<off_t>(i) * page.size()) != page.size() ||
            ::fdatasync(fd) != 0)
            break;
        ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    ::close(fd);
    ::unlink(path.constData());
    if (ms.empty())
        return;
    const Latency l = latencyOf(ms);
    std::printf("  %-28s %6zu syncs  p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms\n",
                "disk: 4 KiB write + fdatasync", ms.size(), l.p50, l.p99, l.max);
}

void interactive(const QString& dir, Country country, int saves, const QDate& today)
{
    auto store = newStore(dir + QStringLiteral("/interactive.fieldenrol"), country);
    DemoDataGenerator generator(*store, 1, today);
    std::vector<double> registrations, payments;
    QList<Member> saved;
    QElapsedTimer timer;
    for (int i = 0; i < saves / 2; ++i) {
        const Member m = generator.generateMember();
        timer.start();
        const SaveResult r = store->registerMember(m, QStringLiteral("bench"));
        registrations.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!r.ok())
            qFatal("registration failed: %s", qPrintable(r.error.code));
        saved.append(*store->member(r.saved->id));
    }
    for (int i = 0; i < saves - saves / 2; ++i) {
        const Contribution c = generator.generateContribution(saved.at(i % saved.size()));
        timer.start();
        const SaveResult r = store->recordContribution(c, QStringLiteral("bench"));
        payments.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!r.ok())
            qFatal("payment failed: %s", qPrintable(r.error.code));
    }
    std::vector<double> all = registrations;
    all.insert(all.end(), payments.begin(), payments.end());
    const auto print = [](const char* what, const std::vector<double>& ms) {
        const Latency l = latencyOf(ms);
        std::printf("  %-28s %6zu saves  p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms%s\n", what, ms.size(),
                    l.p50, l.p99, l.max, l.p99 <= 5.0 ? "" : "   (target p99 <= 5 ms missed)");
    };
    print("registerMember", registrations);
    print("recordContribution", payments);
    print("all interactive saves", all);
}

// The same rows straight into SQLite: one table, the same payload bytes, one transaction, the
// store's journal settings.
struct Timing
{
    double wall = 0;
    double cpu = 0;
};

Timing plainInsert(const QString& path, const QList<QByteArray>& payloads)
{
    sqlite3* db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        qFatal("cannot open %s", qPrintable(path));
    sqlite3_exec(db,
                 "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; "
                 "CREATE TABLE records(id TEXT PRIMARY KEY, payload BLOB NOT NULL)",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt* insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO records(id, payload) VALUES(?, ?)", -1, &insert, nullptr);
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuSeconds();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    for (const QByteArray& payload : payloads) {
        const QByteArray id = uuidText(createUuidV7(++ms)).toUtf8();
        sqlite3_bind_text(insert, 1, id.constData(), static_cast<int>(id.size()), SQLITE_TRANSIENT);
        sqlite3_bind_blob(insert, 2, payload.constData(), static_cast<int>(payload.size()), SQLITE_TRANSIENT);
        if (sqlite3_step(insert) != SQLITE_DONE)
            qFatal("plain insert failed");
        sqlite3_reset(insert);
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const Timing t{static_cast<double>(timer.nsecsElapsed()) / 1e9, cpuSeconds() - cpuStart};
    sqlite3_finalize(insert);
    sqlite3_close(db);
    return t;
}

void bulk(const QString& dir, Country country, int count, const QDate& today)
{
    auto store = newStore(dir + QStringLiteral("/bulk.fieldenrol"), country);
    DemoDataGenerator generator(*store, 42, today);
    const QList<DemoRecord> records = generator.generate(count, 0);
    QByteArray csv;
    QBuffer buffer(&csv);
    buffer.open(QIODevice::WriteOnly);
    if (!DemoDataGenerator::writeCsv(records, &buffer, nullptr, nullptr).ok())
        qFatal("cannot write the CSV");
    QList<QByteArray> payloads;
    qint64 payloadBytes = 0;
    for (const DemoRecord& r : records) {
        Member m = r.member;
        m.id = createUuidV7(QDateTime::currentMSecsSinceEpoch());
        m.version = 1;
        payloads.append(QJsonDocument(m.toJson()).toJson(QJsonDocument::Compact));
        payloadBytes += payloads.last().size();
    }

    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuSeconds();
    const ImportReport report = Importer(*store).importData(RecordKind::Members, DataFormat::Csv, csv);
    const Timing import{static_cast<double>(timer.nsecsElapsed()) / 1e9, cpuSeconds() - cpuStart};
    if (report.accepted != count)
        qFatal("import accepted %lld of %d rows", static_cast<long long>(report.accepted), count);
    const Timing plain = plainInsert(dir + QStringLiteral("/plain.sqlite"), payloads);

    std::printf("  CSV file: %d rows, %.1f MB; member payload %lld bytes on average\n", count,
                static_cast<double>(csv.size()) / 1e6, static_cast<long long>(payloadBytes / count));
    const auto line = [count](const char* what, const Timing& t) {
        std::printf("  %-28s %9.0f records/s  (%.2f s wall; %9.0f records per CPU second)\n", what,
                    count / t.wall, t.wall, count / t.cpu);
    };
    line("import through the Importer", import);
    line("plain SQLite insert", plain);
    const double ratio = plain.wall / import.wall;
    std::printf("  %-28s %9.2f  (by CPU time %.2f)\n", "ratio import / plain", ratio, plain.cpu / import.cpu);
    std::printf("  targets: import >= 30,000 records/s: %s; ratio >= 0.3: %s\n",
                count / import.wall >= 30'000 ? "met" : "MISSED", ratio >= 0.3 ? "met" : "MISSED");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("records"), QStringLiteral("Rows of the bulk import (default 100000)."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("saves"), QStringLiteral("Interactive saves (default 2000)."),
                      QStringLiteral("N"), QStringLiteral("2000")});
    parser.addOption({QStringLiteral("dir"),
                      QStringLiteral("Where the stores go (default: a temporary directory)."),
                      QStringLiteral("DIR")});
    parser.process(app);
    const int records = qMax(1, parser.value(QStringLiteral("records")).toInt());
    const int saves = qMax(2, parser.value(QStringLiteral("saves")).toInt());
    const QDate today = QDateTime::currentDateTimeUtc().date();

    for (const Country country : {Country::Lao, Country::Kenya}) {
        std::unique_ptr<QTemporaryDir> owned =
            parser.isSet(QStringLiteral("dir"))
                ? std::make_unique<QTemporaryDir>(parser.value(QStringLiteral("dir")) +
                                                  QStringLiteral("/bench_store-XXXXXX"))
                : std::make_unique<QTemporaryDir>();
        const QTemporaryDir& dir = *owned;
        if (!dir.isValid())
            qFatal("cannot create a temporary directory");
        std::printf("%s (%s)\n", qPrintable(CountryProfile::of(country).code), qPrintable(dir.path()));
        diskSync(dir.path());
        interactive(dir.path(), country, saves, today);
        bulk(dir.path(), country, records, today);
        std::fflush(stdout);
    }
    return 0;
}
