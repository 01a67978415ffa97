// Store benchmark (not a test: prints figures). For each country, with generated records:
//  - interactive saves: registerMember and recordContribution one at a time, each its own durable
//    transaction: p50 / p99 / max latency, on an unencrypted and on an encrypted store;
//  - bulk import of generated registrations from CSV through the Importer, records/s, next to a
//    plain SQLite insert of the same payloads in one transaction (sqlite3 C API), and the ratio;
//  - an encrypted store (first administrator, the production Argon2id cost) with --members
//    members: import records/s, unlock time without and with the sealed index snapshot (the
//    Argon2id login apart), peak and current RSS after unlock, name search and duplicate check
//    latency over the store, and interactive saves on it.
// Targets: save p99 <= 5 ms; import >= 30,000 records/s and >= 0.3 of the plain insert; unlock
// <= 1.5 s; RSS <= 250 MB; search p99 <= 10 ms; duplicate check p99 <= 20 ms.
// Every phase runs in its own child process, so the RSS figures are those of one phase alone.
// Usage: bench_store [--records N] [--saves N] [--members N] [--country LA|KE] [--dir DIR]
// (measure a Release build)

#include "ClerkInput.h"
#include "common/Allocator.h"
#include "common/Uuid.h"
#include "demodata/DemoDataGenerator.h"
#include "io/Importer.h"
#include "io/RowWriter.h"
#include "operators/OperatorDirectory.h"
#include "search/SearchIndex.h"
#include "security/SealingPayloadCodec.h"
#include "store/Database.h"
#include "store/Store.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <ctime>
#include <functional>
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

// "VmRSS" / "VmHWM" of this process, in MiB.
double statusMiB(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

const char* verdict(bool met)
{
    return met ? "met" : "MISSED";
}

// Wall and CPU time of one operation.
struct Timing
{
    double wall = 0; // seconds
    double cpu = 0;
};

Timing timed(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuSeconds();
    work();
    return {static_cast<double>(timer.nsecsElapsed()) / 1e9, cpuSeconds() - cpuStart};
}

// The first administrator of the encrypted stores; an unencrypted store has none.
const FirstAdministrator& benchAdministrator()
{
    static const FirstAdministrator admin{
        {QStringLiteral("admin"), QStringLiteral("Bench Administrator"), OperatorRole::Administrator},
        QStringLiteral("correct horse battery")};
    return admin;
}

enum class Encryption { Off, On };

// StoreOptions are the defaults: the production Argon2id cost.
std::unique_ptr<Store> newStore(const QString& path, Country country, Encryption encryption = Encryption::Off)
{
    CreateOptions options{country, QStringLiteral("Bench"), std::nullopt};
    if (encryption == Encryption::On)
        options.administrator = benchAdministrator();
    auto created = Store::create(path, options);
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

// `saves` saves, half registrations and half payments, on `store` (which may hold members already:
// a generated document that is registered there is drawn again, untimed).
void interactiveSaves(Store& store, int saves, const QDate& today, quint32 seed)
{
    DemoDataGenerator generator(store, seed, today);
    std::vector<double> registrations, payments;
    QList<Member> saved;
    QElapsedTimer timer;
    // As the app's store thread does once a save's answer is on its way: timed on their own.
    std::vector<double> checkpoints;
    // The app's store thread also reads the store's counts after every change (the status bar).
    std::vector<double> statuses;
    const auto afterSave = [&] {
        QElapsedTimer t;
        t.start();
        (void)store.status();
        statuses.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        t.start();
        if (store.checkpointIfDue())
            checkpoints.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    };
    for (int i = 0; i < saves / 2; ++i) {
        const Member m = generator.generateMember();
        timer.start();
        const SaveResult r = store.registerMember(m, QStringLiteral("bench"));
        const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (!r.ok() && !r.conflictingId.isNull()) {
            --i;
            continue;
        }
        registrations.push_back(ms);
        if (!r.ok())
            qFatal("registration failed: %s", qPrintable(r.error.code));
        saved.append(*store.member(r.saved->id));
        afterSave();
    }
    for (int i = 0; i < saves - saves / 2; ++i) {
        const Contribution c = generator.generateContribution(saved.at(i % saved.size()));
        timer.start();
        const SaveResult r = store.recordContribution(c, QStringLiteral("bench"));
        payments.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!r.ok())
            qFatal("payment failed: %s", qPrintable(r.error.code));
        afterSave();
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
    const Latency status = latencyOf(statuses);
    std::printf("  %-28s %6zu (after each save)  p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms\n",
                "Store::status()", statuses.size(), status.p50, status.p99, status.max);
    if (!checkpoints.empty())
        std::printf("  %-28s %6zu (between saves, not inside one)  max %6.2f ms\n", "WAL checkpoints",
                    checkpoints.size(), *std::max_element(checkpoints.begin(), checkpoints.end()));
}

void interactive(const QString& dir, Country country, int saves, const QDate& today, Encryption encryption)
{
    auto store =
        newStore(dir + (encryption == Encryption::On ? QStringLiteral("/interactive-encrypted.fieldenrol")
                                                     : QStringLiteral("/interactive.fieldenrol")),
                 country, encryption);
    interactiveSaves(*store, saves, today, 1);
}

// The same rows straight into SQLite: one table, the same payload bytes, one transaction, the
// store's page size and journal settings.

Timing plainInsert(const QString& path, const QList<QByteArray>& payloads)
{
    sqlite3* db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        qFatal("cannot open %s", qPrintable(path));
    sqlite3_exec(db,
                 "PRAGMA page_size=8192; PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; "
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

QByteArray membersCsv(const QList<DemoRecord>& records)
{
    QByteArray csv;
    QBuffer buffer(&csv);
    buffer.open(QIODevice::WriteOnly);
    if (!DemoDataGenerator::writeCsv(records, &buffer, nullptr, nullptr).ok())
        qFatal("cannot write the CSV");
    return csv;
}

Timing importCsv(Store& store, const QByteArray& csv, int count)
{
    ImportReport report;
    const Timing t =
        timed([&] { report = Importer(store).importData(RecordKind::Members, DataFormat::Csv, csv); });
    if (report.accepted != count)
        qFatal("import accepted %lld of %d rows", static_cast<long long>(report.accepted), count);
    return t;
}

void printImport(const char* what, int count, const Timing& t)
{
    std::printf("  %-28s %9.0f records/s  (%.2f s wall; %9.0f records per CPU second)\n", what,
                count / t.wall, t.wall, count / t.cpu);
}

// Removes a store or SQLite file and its log, so repeated runs do not fill the disk.
void removeDatabase(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

struct BulkRun
{
    Timing import;
    Timing plain;
};

// The median over the runs of one figure of a run.
double median(const std::vector<BulkRun>& runs, double (*figure)(const BulkRun&))
{
    std::vector<double> values;
    for (const BulkRun& r : runs)
        values.push_back(figure(r));
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// The import and the plain insert take turns `runs` times, each into a new file: this VM's speed
// drifts by a third within minutes, so one pair decides the ratio as much as the import does. Each
// pair is printed; the targets are judged on the medians.
void bulk(const QString& dir, Country country, int count, const QDate& today, int runs)
{
    QList<DemoRecord> records;
    {
        auto reference = newStore(dir + QStringLiteral("/bulk-reference.fieldenrol"), country);
        records = DemoDataGenerator(*reference, 42, today).generate(count, 0);
    }
    const QByteArray csv = membersCsv(records);
    QList<QByteArray> payloads;
    qint64 payloadBytes = 0;
    for (const DemoRecord& r : records) {
        Member m = r.member;
        m.id = createUuidV7(QDateTime::currentMSecsSinceEpoch());
        m.version = 1;
        payloads.append(QJsonDocument(m.toJson()).toJson(QJsonDocument::Compact));
        payloadBytes += payloads.last().size();
    }
    std::printf("  CSV file: %d rows, %.1f MB; member payload %lld bytes on average\n", count,
                static_cast<double>(csv.size()) / 1e6, static_cast<long long>(payloadBytes / count));

    std::vector<BulkRun> done;
    for (int run = 1; run <= runs; ++run) {
        const QString storePath = dir + QStringLiteral("/bulk-%1.fieldenrol").arg(run);
        const QString plainPath = dir + QStringLiteral("/plain-%1.sqlite").arg(run);
        Timing import;
        {
            auto store = newStore(storePath, country);
            import = importCsv(*store, csv, count);
        }
        const Timing plain = plainInsert(plainPath, payloads);
        removeDatabase(storePath);
        removeDatabase(plainPath);
        if (runs > 1)
            std::printf("  run %d of %d\n", run, runs);
        printImport("import through the Importer", count, import);
        printImport("plain SQLite insert", count, plain);
        std::printf("  %-28s %9.2f  (by CPU time %.2f)\n", "ratio import / plain", plain.wall / import.wall,
                    plain.cpu / import.cpu);
        done.push_back({import, plain});
    }
    // Per second of wall or CPU time: the same for every count of rows.
    const double importRate = count * median(done, [](const BulkRun& r) { return 1 / r.import.wall; });
    const double ratio = median(done, [](const BulkRun& r) { return r.plain.wall / r.import.wall; });
    if (runs > 1)
        std::printf(
            "  medians of %d runs: import %.0f records/s (%.0f per CPU second), plain insert %.0f rows/s, "
            "ratio %.2f\n",
            runs, importRate, count * median(done, [](const BulkRun& r) { return 1 / r.import.cpu; }),
            count * median(done, [](const BulkRun& r) { return 1 / r.plain.wall; }), ratio);
    std::printf("  targets: import >= 30,000 records/s: %s; ratio >= 0.3: %s\n",
                verdict(importRate >= 30'000), verdict(ratio >= 0.3));
}

// --- the encrypted store at scale ---

QString encryptedPath(const QString& dir)
{
    return dir + QStringLiteral("/encrypted.fieldenrol");
}

// The encrypted store of the next phases: `count` members imported through the Importer while the
// administrator is logged in, then locked, which writes the sealed snapshot of the search index.
void encryptedImport(const QString& dir, Country country, int count, const QDate& today)
{
    auto store = newStore(encryptedPath(dir), country, Encryption::On);
    QByteArray csv;
    {
        DemoDataGenerator generator(*store, 42, today);
        csv = membersCsv(generator.generate(count, 0));
    }
    const Timing import = importCsv(*store, csv, count);
    printImport("import, encrypted store", count, import);
    std::printf("  %-28s target >= 30,000 records/s: %s (the unencrypted import above has --records rows)\n",
                "", verdict(count / import.wall >= 30'000));
    const Timing lock = timed([&] { store->lock(); });
    std::printf("  %-28s %9.0f ms wall, %.0f ms CPU (writes the sealed index snapshot)\n",
                "lock() after the import", lock.wall * 1e3, lock.cpu * 1e3);
}

// The operator's login alone (Argon2id, unwrapping the data key), through a second connection to
// the file: what an unlock costs before it builds the search index. The session goes to `session`
// when given.
Timing loginAlone(const QString& path, std::optional<OperatorSession>* session = nullptr)
{
    auto db = sql::Database::open(path, sql::Database::Mode::ReadWrite);
    if (!db)
        qFatal("cannot open %s", qPrintable(path));
    OperatorDirectory operators(*db, SystemClock::instance());
    LoginResult login;
    const Timing t = timed([&] {
        login = operators.login(benchAdministrator().account.username, benchAdministrator().password);
    });
    if (!login.ok())
        qFatal("login failed: %s", qPrintable(login.error.code));
    if (session)
        *session = std::move(login.session);
    return t;
}

std::unique_ptr<Store> openLocked(const QString& path)
{
    auto opened = Store::open(path);
    if (!opened.ok())
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(opened.error().code));
    auto store = std::move(opened).value();
    if (!store->isEncrypted() || store->isUnlocked())
        qFatal("the store should open encrypted and locked");
    return store;
}

Timing unlock(Store& store)
{
    Status unlocked;
    const Timing t = timed([&] {
        unlocked = store.unlock(benchAdministrator().account.username, benchAdministrator().password);
    });
    if (!unlocked.ok())
        qFatal("unlock failed: %s", qPrintable(unlocked.error().code));
    return t;
}

void printUnlock(const char* what, const Timing& unlocked, const Timing& login, const Store& store)
{
    std::printf(
        "  %-28s %6.0f ms wall, %6.0f ms CPU: login (Argon2id) alone %.0f ms wall, %.0f ms CPU; the rest "
        "(index) ~%.0f ms wall; target <= 1,500 ms: %s\n",
        what, unlocked.wall * 1e3, unlocked.cpu * 1e3, login.wall * 1e3, login.cpu * 1e3,
        (unlocked.wall - login.wall) * 1e3, verdict(unlocked.wall <= 1.5));
    const double hwm = statusMiB("VmHWM"), rss = statusMiB("VmRSS");
    std::printf(
        "  %-28s peak RSS (VmHWM) %.0f MiB, RSS now %.0f MiB, index structures %.0f MiB (%lld members); "
        "target <= 250 MB: %s\n",
        "memory after the unlock", hwm, rss,
        static_cast<double>(store.searchIndex()->memoryUsage()) / 1048576.0,
        static_cast<long long>(store.searchIndex()->size()), verdict(hwm * 1.048576 <= 250));
}

// Where a full index build spends its time: the steps of the store's own decoding (read the row,
// open the sealed payload, read the Member from its JSON) and the index insert, each timed over
// every member, through a second connection and the logged-in operator's data key; and, for
// comparison, the same payload read through QJsonDocument as the store did before JsonReader.
void indexBuildSteps(const QString& path, Country country, const SecureBytes& dataKey)
{
    enum Step { Read, Open, Decode, Upsert, ThroughQt, StepCount };
    const char* names[StepCount] = {"read the row", "open (XChaCha20-Poly1305)", "Member::fromJsonText",
                                    "SearchIndex::upsert",
                                    "(for comparison: QJsonDocument + Member::fromJson, not in the total)"};
    std::array<qint64, StepCount> ns{};
    const SealingPayloadCodec codec(dataKey);
    SearchIndex index(country);
    sqlite3* db = nullptr;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK ||
        sqlite3_prepare_v2(db, "SELECT id, payload FROM members ORDER BY id", -1, &st, nullptr) != SQLITE_OK)
        qFatal("cannot read the members");
    QElapsedTimer timer;
    qint64 members = 0;
    const Timing total = timed([&] {
        for (;;) {
            timer.start();
            if (sqlite3_step(st) != SQLITE_ROW)
                break;
            const QString idText =
                QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
            const QByteArray sealed(static_cast<const char*>(sqlite3_column_blob(st, 1)),
                                    sqlite3_column_bytes(st, 1));
            qint64 mark = timer.nsecsElapsed();
            ns[Read] += mark;
            const auto lap = [&](Step step) {
                const qint64 now = timer.nsecsElapsed();
                ns[step] += now - mark;
                mark = now;
            };
            const auto plain = codec.open(sealed, QByteArrayLiteral("member:") + idText.toUtf8());
            lap(Open);
            if (!plain)
                qFatal("a payload does not open");
            const auto member = Member::fromJsonText(*plain);
            lap(Decode);
            if (!member.ok())
                qFatal("a payload does not decode");
            index.upsert(member.value());
            lap(Upsert);
            ++members;
            timer.start();
            mark = 0;
            const auto throughQt = Member::fromJson(QJsonDocument::fromJson(*plain).object());
            lap(ThroughQt);
            if (!throughQt.ok())
                qFatal("a payload does not decode");
        }
    });
    sqlite3_finalize(st);
    sqlite3_close(db);
    // The comparison's time (wall, and as CPU on this single thread) is taken out of the total.
    const double comparison = static_cast<double>(ns[ThroughQt]) / 1e6;
    std::printf("  %-28s %lld members in %.0f ms wall, %.0f ms CPU; per member:", "index build, step by step",
                static_cast<long long>(members), total.wall * 1e3 - comparison, total.cpu * 1e3 - comparison);
    for (int i = 0; i < StepCount; ++i)
        std::printf("%s %s %.1f µs", i == 0 ? "" : ",", names[i],
                    static_cast<double>(ns[i]) / 1e3 / double(members));
    std::printf("\n");
}

// Where an unlock from the snapshot spends its time, apart from Argon2id: reading the sealed blob,
// opening it, and rebuilding the index from it.
void snapshotSteps(const QString& path, const SecureBytes& dataKey)
{
    // As the store reads it: one incremental blob read into one buffer, opened in place.
    sqlite3* db = nullptr;
    sqlite3_blob* blob = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK ||
        sqlite3_exec(db, "PRAGMA cache_size=-2048", nullptr, nullptr, nullptr) != SQLITE_OK ||
        sqlite3_blob_open(db, "main", "search_snapshot", "blob", 1, 0, &blob) != SQLITE_OK)
        qFatal("cannot read the snapshot");
    QByteArray snapshot;
    const Timing read = timed([&] {
        snapshot = QByteArray(sqlite3_blob_bytes(blob), Qt::Uninitialized);
        if (sqlite3_blob_read(blob, snapshot.data(), int(snapshot.size()), 0) != SQLITE_OK)
            qFatal("no snapshot");
    });
    sqlite3_blob_close(blob);
    sqlite3_close(db);
    const double sealedMiB = static_cast<double>(snapshot.size()) / 1048576.0;
    bool opened = false;
    const Timing open = timed([&] {
        opened = SealingPayloadCodec(dataKey).openInPlace(snapshot, QByteArrayLiteral("search_snapshot:1"));
    });
    if (!opened)
        qFatal("the snapshot does not open");
    std::optional<Result<SearchIndex>> index;
    const Timing load = timed([&] { index.emplace(SearchIndex::deserialise(snapshot)); });
    if (!index->ok())
        qFatal("the snapshot does not load");
    std::printf("  %-28s %.1f MiB sealed: read %.0f ms (CPU %.0f), open in place %.0f ms (CPU %.0f), "
                "SearchIndex::deserialise %.0f ms (CPU %.0f)\n",
                "snapshot, step by step", sealedMiB, read.wall * 1e3, read.cpu * 1e3, open.wall * 1e3,
                open.cpu * 1e3, load.wall * 1e3, load.cpu * 1e3);
}

// The snapshot steps in a process that has not unlocked yet, then again: whether a first unlock
// pays for something once per process (allocating the index's memory, first use of ICU).
void snapshotStepsColdAndWarm(const QString& dir)
{
    std::optional<OperatorSession> session;
    (void)loginAlone(encryptedPath(dir), &session);
    std::printf("  a new process, without the store:\n");
    snapshotSteps(encryptedPath(dir), session->dataKey);
    snapshotSteps(encryptedPath(dir), session->dataKey);
}

// The first unlock with no snapshot of the index (after setUpEncryption, or a snapshot that does
// not open): every payload is opened and indexed. The bench removes the snapshot the import's
// lock() wrote; the lock at the end writes it again for the next phase.
void unlockWithoutSnapshot(const QString& dir)
{
    {
        sqlite3* db = nullptr;
        if (sqlite3_open(encryptedPath(dir).toUtf8().constData(), &db) != SQLITE_OK ||
            sqlite3_exec(db, "DELETE FROM search_snapshot", nullptr, nullptr, nullptr) != SQLITE_OK)
            qFatal("cannot remove the index snapshot");
        sqlite3_close(db);
    }
    auto store = openLocked(encryptedPath(dir));
    const Timing login = loginAlone(encryptedPath(dir));
    printUnlock("unlock, no index snapshot", unlock(*store), login, *store);
    if (const auto session = store->shareSession())
        indexBuildSteps(encryptedPath(dir), store->country().country, session->dataKey);
    const Timing lock = timed([&] { store->lock(); });
    std::printf("  %-28s %6.0f ms wall, %6.0f ms CPU (writes the sealed index snapshot)\n", "lock()",
                lock.wall * 1e3, lock.cpu * 1e3);
}

// Every `step`-th member of the store, for queries and near-copies.
QList<Member> sampleMembers(Store& store, int wanted)
{
    const qint64 members = store.searchIndex()->size();
    const qint64 step = std::max<qint64>(1, members / wanted);
    QList<Member> sample;
    qint64 seen = 0;
    if (!store
             .forEachMember([&](const Member& m) {
                 if (seen++ % step == 0)
                     sample.append(m);
                 return true;
             })
             .ok())
        qFatal("cannot read the members");
    return sample;
}

void printLatency(const char* what, std::size_t count, const std::vector<double>& wallMs,
                  const std::vector<double>& cpuMs, double targetP99, const QString& extra)
{
    const Latency w = latencyOf(wallMs), c = latencyOf(cpuMs);
    std::printf(
        "  %-28s %6zu  p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms (CPU p50 %.2f, p99 %.2f ms); target p99 <= "
        "%.0f ms: %s\n      %s\n",
        what, count, w.p50, w.p99, w.max, c.p50, c.p99, targetP99, verdict(w.p99 <= targetP99),
        qPrintable(extra));
}

// Unlock from the snapshot (what an operator waits for every morning), then the store at work:
// name searches, duplicate checks and saves.
void workOnEncryptedStore(const QString& dir, Country country, int saves, const QDate& today)
{
    constexpr int kQueries = 2000, kChecks = 1000, kSample = 2000;
    auto store = openLocked(encryptedPath(dir));
    const Timing login = loginAlone(encryptedPath(dir));
    printUnlock("unlock from the snapshot", unlock(*store), login, *store);
    // Where the unlock's time goes apart from Argon2id. (A second unlock with a shared session
    // would not show it: a shared session, the sync thread's, builds no index.)
    if (const auto session = store->shareSession())
        snapshotSteps(encryptedPath(dir), session->dataKey);

    const QList<Member> sample = sampleMembers(*store, kSample);
    QRandomGenerator random(20261123);
    const auto anyMember = [&]() -> const Member& {
        return sample.at(qsizetype(random.bounded(quint32(sample.size()))));
    };
    std::vector<double> wall, cpu;
    qint64 matches = 0;
    int empty = 0;
    for (int i = 0; i < kQueries; ++i) {
        const QString query = bench::nameQuery(anyMember(), country, i, random);
        SearchResult r;
        const Timing t = timed([&] { r = store->searchNames(query, 50); });
        wall.push_back(t.wall * 1e3);
        cpu.push_back(t.cpu * 1e3);
        matches += r.totalMatches;
        empty += r.hits.isEmpty() ? 1 : 0;
    }
    printLatency(
        "name search (searchNames)", wall.size(), wall, cpu, 10,
        QStringLiteral("prefixes and full names%1; mean matches %2, queries with no hit %3")
            .arg(country == Country::Lao ? QStringLiteral(", half Lao script, half Latin") : QString())
            .arg(double(matches) / kQueries, 0, 'f', 0)
            .arg(empty));

    DemoDataGenerator fresh(*store, 4242, today);
    wall.clear();
    cpu.clear();
    int copiesFound = 0, newFlagged = 0;
    for (int i = 0; i < kChecks; ++i) {
        const bool copy = i % 2 == 0;
        const Member registration =
            copy ? bench::nearCopyOf(anyMember(), country, i / 2, random) : fresh.generateMember();
        QList<DuplicateCandidate> found;
        const Timing t = timed([&] { found = store->duplicateCandidates(registration); });
        wall.push_back(t.wall * 1e3);
        cpu.push_back(t.cpu * 1e3);
        (copy ? copiesFound : newFlagged) += found.isEmpty() ? 0 : 1;
    }
    printLatency("duplicate check", wall.size(), wall, cpu, 20,
                 QStringLiteral("near-copies with spelling variants flagged %1/%2, new members flagged %3/%4")
                     .arg(copiesFound)
                     .arg(kChecks / 2)
                     .arg(newFlagged)
                     .arg(kChecks - kChecks / 2));

    std::printf("  interactive saves on this store (%lld members):\n",
                static_cast<long long>(store->searchIndex()->size()));
    interactiveSaves(*store, saves, today, 7);
}

// Runs one phase in a child process, so that its memory figures are its own; false if it failed.
bool inChild(const std::function<void()>& phase)
{
    std::fflush(stdout);
    const pid_t child = fork();
    if (child < 0)
        qFatal("fork failed");
    if (child == 0) {
        phase();
        std::fflush(stdout);
        _exit(0);
    }
    int status = 0;
    waitpid(child, &status, 0);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("records"),
                      QStringLiteral("Rows of the bulk import into an unencrypted store (default 100000)."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("saves"), QStringLiteral("Interactive saves (default 2000)."),
                      QStringLiteral("N"), QStringLiteral("2000")});
    parser.addOption(
        {QStringLiteral("runs"),
         QStringLiteral("Bulk import and plain insert, taking turns this many times (default 3)."),
         QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption(
        {QStringLiteral("members"),
         QStringLiteral("Members of the encrypted store: import, unlock, search (default 250000)."),
         QStringLiteral("N"), QStringLiteral("250000")});
    parser.addOption(
        {QStringLiteral("country"), QStringLiteral("LA or KE (default both)."), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("dir"),
                      QStringLiteral("Where the stores go (default: a temporary directory)."),
                      QStringLiteral("DIR")});
    parser.process(app);
    const int records = qMax(1, parser.value(QStringLiteral("records")).toInt());
    const int saves = qMax(2, parser.value(QStringLiteral("saves")).toInt());
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    const int members = qMax(1, parser.value(QStringLiteral("members")).toInt());
    const QString only = parser.value(QStringLiteral("country")).toUpper();
    const QDate today = QDateTime::currentDateTimeUtc().date();

    std::printf("allocator: %s\n", allocatorName());
    int failures = 0;
    for (const Country country : {Country::Lao, Country::Kenya}) {
        if (!only.isEmpty() && only != CountryProfile::of(country).code)
            continue;
        std::unique_ptr<QTemporaryDir> owned =
            parser.isSet(QStringLiteral("dir"))
                ? std::make_unique<QTemporaryDir>(parser.value(QStringLiteral("dir")) +
                                                  QStringLiteral("/bench_store-XXXXXX"))
                : std::make_unique<QTemporaryDir>();
        const QTemporaryDir& dir = *owned;
        if (!dir.isValid())
            qFatal("cannot create a temporary directory");
        const QString path = dir.path();
        std::printf("%s (%s)\n", qPrintable(CountryProfile::of(country).code), qPrintable(path));
        diskSync(path);
        const bool ok = inChild([&] { interactive(path, country, saves, today, Encryption::Off); }) &&
                        inChild([&] { bulk(path, country, records, today, runs); });
        std::printf("%s, encrypted (first administrator, production Argon2id cost), %d members\n",
                    qPrintable(CountryProfile::of(country).code), members);
        const bool encryptedOk = inChild([&] {
                                     std::printf("  interactive saves on a new encrypted store:\n");
                                     interactive(path, country, saves, today, Encryption::On);
                                 }) &&
                                 inChild([&] { encryptedImport(path, country, members, today); }) &&
                                 inChild([&] { unlockWithoutSnapshot(path); }) &&
                                 inChild([&] { workOnEncryptedStore(path, country, saves, today); }) &&
                                 inChild([&] { snapshotStepsColdAndWarm(path); });
        failures += (ok ? 0 : 1) + (encryptedOk ? 0 : 1);
        std::fflush(stdout);
    }
    return failures == 0 ? 0 : 1;
}
