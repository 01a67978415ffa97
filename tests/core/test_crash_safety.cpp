// Crash safety: a writer process (tests/support/programs/crash_writer.cpp) saves records in a loop
// and acknowledges each one after its save returned; it is killed with SIGKILL at random moments,
// again and again on the same store. Every acknowledged record must survive whole, and nothing may
// be half-written: no record without its history, outbox and audit entries, no entry without its
// record.
//
// FIELDENROL_CRASH_ITERATIONS sets the number of kills (default 200), FIELDENROL_CRASH_SEED
// repeats a run (the seed is printed).
#include "store/Store.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtEndian>

#include <signal.h>
#include <sqlite3.h>

#include <functional>
#include <iostream>
#include <memory>

// Readable QStrings in failure messages.
namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

using namespace fe;

namespace {

const QString kWriter = QStringLiteral(FIELDENROL_BINARY_DIR "/tests/support/crash_writer");

int envInt(const char* name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

// What the end of the WAL says about the moment of the kill. SQLite writes a transaction's frames
// at commit, the commit frame last: valid frames after the last commit frame, or a frame cut in
// the middle, mean the writer died inside a commit.
struct WalTail
{
    int committedFrames = 0;
    int uncommittedFrames = 0;
    bool torn = false;
    bool diedInsideCommit() const { return uncommittedFrames > 0 || torn; }
};

WalTail inspectWal(const QString& walPath)
{
    WalTail tail;
    QFile f(walPath);
    if (!f.open(QIODevice::ReadOnly) || f.size() == 0)
        return tail;
    const qint64 size = f.size();
    if (size < 32) {
        tail.torn = true;
        return tail;
    }
    // Mapped, not read: the log of a grown store is megabytes, inspected after every kill.
    const uchar* bytes = f.map(0, size);
    REQUIRE(bytes);
    const auto be32 = [&](qsizetype at) {
        return qFromBigEndian<quint32>(bytes + at);
    };
    const quint32 magic = be32(0);
    if (magic != 0x377f0682 && magic != 0x377f0683) {
        tail.torn = true;
        return tail;
    }
    // The WAL checksum (sqlite.org/fileformat2.html#walformat): over pairs of 32-bit words, in
    // big- or little-endian order as the magic number says.
    const bool bigEndianWords = magic & 1;
    const auto sum = [&](qsizetype at, qsizetype length, quint32& a, quint32& b) {
        for (qsizetype i = at; i < at + length; i += 8) {
            const quint32 x =
                bigEndianWords ? qFromBigEndian<quint32>(bytes + i) : qFromLittleEndian<quint32>(bytes + i);
            const quint32 y = bigEndianWords ? qFromBigEndian<quint32>(bytes + i + 4)
                                             : qFromLittleEndian<quint32>(bytes + i + 4);
            a += x + b;
            b += y + a;
        }
    };
    quint32 s0 = 0, s1 = 0;
    sum(0, 24, s0, s1);
    if (s0 != be32(24) || s1 != be32(28)) {
        tail.torn = true; // the header itself was being written
        return tail;
    }
    const qsizetype frameSize = 24 + qsizetype(be32(8));
    const quint32 salt1 = be32(16), salt2 = be32(20);
    const auto frameAt = [&](qsizetype i) {
        return 32 + i * frameSize;
    };
    const auto isCommit = [&](qsizetype i) {
        return be32(frameAt(i) + 4) != 0;
    };
    // The frames of this generation of the log (an earlier generation's have other salts), and the
    // last commit frame among them.
    qsizetype frames = 0, lastCommit = -1;
    for (; frameAt(frames) < size; ++frames) {
        const qsizetype at = frameAt(frames);
        if (at + frameSize > size) {
            tail.torn = true; // cut short by the end of the file
            break;
        }
        if (be32(at + 8) != salt1 || be32(at + 12) != salt2)
            break;
        if (isCommit(frames))
            lastCommit = frames;
    }
    // Every frame header holds the running checksum up to it, so checking from the last commit
    // frame on is enough (from the start if that frame itself is broken). Returns the first frame
    // that fails.
    const auto verifyFrom = [&](qsizetype first) {
        quint32 a = first == 0 ? be32(24) : be32(frameAt(first - 1) + 16);
        quint32 b = first == 0 ? be32(28) : be32(frameAt(first - 1) + 20);
        for (qsizetype i = first; i < frames; ++i) {
            sum(frameAt(i), 8, a, b);
            sum(frameAt(i) + 24, frameSize - 24, a, b);
            if (a != be32(frameAt(i) + 16) || b != be32(frameAt(i) + 20))
                return i;
        }
        return frames;
    };
    qsizetype valid = verifyFrom(std::max<qsizetype>(lastCommit, 0));
    if (lastCommit > 0 && valid == lastCommit)
        valid = verifyFrom(0);
    tail.torn = tail.torn || valid < frames;
    qsizetype committed = valid;
    while (committed > 0 && !isCommit(committed - 1))
        --committed;
    tail.committedFrames = static_cast<int>(committed);
    tail.uncommittedFrames = static_cast<int>(valid - committed);
    return tail;
}

// Everything written about records, read straight from the file, keyed "entity id" or
// "entity id version"; each value counts the rows found.
struct Contents
{
    QString integrity;
    QHash<QString, int> versions; // current version of every record
    QHash<QString, int> history;
    QHash<QString, int> outbox; // by idempotency key "entity:id:version"
    QHash<QString, int> audit;
};

Contents readContents(const QString& path)
{
    Contents c;
    sqlite3* raw = nullptr;
    // Read-write, as the next writer opens it: a writer killed at the wrong moment leaves a log
    // whose index must be rebuilt first, which a read-only connection may not do (it failed with
    // SQLITE_READONLY about once in twenty runs). It writes nothing: queries only, and no
    // checkpoint when it closes, so the next writer finds the files as the kill left them.
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READWRITE, nullptr);
    const std::unique_ptr<sqlite3, int (*)(sqlite3*)> db(raw, sqlite3_close_v2);
    REQUIRE(rc == SQLITE_OK);
    REQUIRE(sqlite3_db_config(raw, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_exec(raw, "PRAGMA query_only = ON", nullptr, nullptr, nullptr) == SQLITE_OK);
    const auto each = [&](const char* sql, const std::function<void(sqlite3_stmt*)>& row) {
        sqlite3_stmt* st = nullptr;
        REQUIRE(sqlite3_prepare_v2(db.get(), sql, -1, &st, nullptr) == SQLITE_OK);
        while (sqlite3_step(st) == SQLITE_ROW)
            row(st);
        REQUIRE(sqlite3_finalize(st) == SQLITE_OK);
    };
    const auto text = [](sqlite3_stmt* st, int column) {
        return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, column)));
    };
    each("PRAGMA integrity_check", [&](sqlite3_stmt* st) { c.integrity += text(st, 0); });
    each("SELECT 'member ' || id, version FROM members UNION ALL "
         "SELECT 'contribution ' || id, version FROM contributions",
         [&](sqlite3_stmt* st) { c.versions[text(st, 0)] += sqlite3_column_int(st, 1); });
    each("SELECT entity || ' ' || entity_id || ' ' || version FROM history",
         [&](sqlite3_stmt* st) { ++c.history[text(st, 0)]; });
    each("SELECT idempotency_key FROM outbox", [&](sqlite3_stmt* st) { ++c.outbox[text(st, 0)]; });
    // The audit detail starts with "v<version> ".
    each("SELECT entity || ' ' || entity_id || ' ' || substr(detail, 2, instr(detail, ' ') - 2) FROM audit "
         "WHERE entity IN ('member', 'contribution')",
         [&](sqlite3_stmt* st) { ++c.audit[text(st, 0)]; });
    return c;
}

// The invariants, as a list of problems (empty when all hold). `acknowledged` maps "entity id" to
// the highest version the writer acknowledged.
QStringList problemsIn(const Contents& c, const QHash<QString, int>& acknowledged)
{
    QStringList problems;
    if (c.integrity != QLatin1String("ok"))
        problems.append(QStringLiteral("integrity_check: ") + c.integrity);
    for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
        const int version = c.versions.value(it.key());
        if (version < it.value())
            problems.append(QStringLiteral("acknowledged %1 v%2 lost (found v%3)")
                                .arg(it.key())
                                .arg(it.value())
                                .arg(version));
    }
    int versionCount = 0;
    for (auto it = c.versions.cbegin(); it != c.versions.cend(); ++it) {
        const QStringList parts = it.key().split(QLatin1Char(' '));
        for (int v = 1; v <= it.value(); ++v) {
            ++versionCount;
            const QString key = it.key() + QLatin1Char(' ') + QString::number(v);
            const QString outboxKey =
                parts[0] + QLatin1Char(':') + parts[1] + QLatin1Char(':') + QString::number(v);
            if (c.history.value(key) != 1 || c.outbox.value(outboxKey) != 1 || c.audit.value(key) != 1)
                problems.append(QStringLiteral("%1 half-written: history %2, outbox %3, audit %4")
                                    .arg(key)
                                    .arg(c.history.value(key))
                                    .arg(c.outbox.value(outboxKey))
                                    .arg(c.audit.value(key)));
        }
    }
    // Every entry belongs to a saved version: with the counts equal, nothing is left over.
    if (c.history.size() != versionCount || c.outbox.size() != versionCount || c.audit.size() != versionCount)
        problems.append(QStringLiteral("%1 saved versions but %2 history, %3 outbox and %4 audit entries")
                            .arg(versionCount)
                            .arg(c.history.size())
                            .arg(c.outbox.size())
                            .arg(c.audit.size()));
    return problems;
}

// The crash writer's fork server (see crash_writer.cpp): one process for the whole test, and a
// freshly forked writer for every run, killed by its process id.
class Writers
{
public:
    Writers()
    {
        REQUIRE(QFileInfo(kWriter).isExecutable());
        m_server.start(kWriter, {QStringLiteral("--serve")});
        REQUIRE(m_server.waitForStarted(30'000));
    }
    ~Writers()
    {
        if (m_server.state() != QProcess::NotRunning) {
            m_server.kill();
            m_server.waitForFinished(30'000);
        }
    }

    // Forks a writer for the store; returns once it runs.
    void start(const char* country, quint32 seed, const QString& store)
    {
        m_pid = 0;
        m_ended.clear();
        m_acks.clear();
        m_server.write("RUN " + QByteArray(country) + ' ' + QByteArray::number(seed) + ' ' +
                       QFile::encodeName(store) + '\n');
        REQUIRE(waitUntil([&] { return m_pid != 0; }, 30'000));
    }
    // Lets it write for `ms`; false if it stopped by itself meanwhile.
    bool runFor(int ms)
    {
        return !waitUntil([&] { return !m_ended.isEmpty(); }, ms);
    }
    bool waitForFirstAck(int ms)
    {
        return waitUntil([&] { return !m_acks.isEmpty() || !m_ended.isEmpty(); }, ms) && !m_acks.isEmpty();
    }
    // SIGKILL. It must still have been running: stopped by itself, it would have said why.
    void kill()
    {
        readLines();
        if (m_ended.isEmpty()) // not yet reaped, so the process id is still the writer's
            ::kill(static_cast<pid_t>(m_pid), SIGKILL);
        REQUIRE(waitUntil([&] { return !m_ended.isEmpty(); }, 30'000));
        INFO("writer's errors: " << m_server.readAllStandardError().toStdString());
        REQUIRE(m_ended == "signal " + QByteArray::number(SIGKILL));
    }
    // The acknowledgements of the last run, all of them once it was killed.
    const QList<QByteArray>& acks() const { return m_acks; }

    // Ends the server, which must end cleanly (sanitizers report at exit).
    void finish()
    {
        m_server.closeWriteChannel();
        REQUIRE(m_server.waitForFinished(30'000));
        INFO("server's errors: " << m_server.readAllStandardError().toStdString());
        CHECK(m_server.exitStatus() == QProcess::NormalExit);
        CHECK(m_server.exitCode() == 0);
    }

private:
    bool waitUntil(const std::function<bool()>& done, int ms)
    {
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            readLines();
            if (done())
                return true;
            const qint64 left = ms - timer.elapsed();
            if (left <= 0)
                return false;
            if (!m_server.waitForReadyRead(static_cast<int>(left)) &&
                m_server.state() == QProcess::NotRunning) {
                readLines();
                INFO("server's errors: " << m_server.readAllStandardError().toStdString());
                FAIL("the crash writer's server stopped");
            }
        }
    }

    void readLines()
    {
        m_buffer += m_server.readAllStandardOutput();
        for (qsizetype end = m_buffer.indexOf('\n'); end >= 0; end = m_buffer.indexOf('\n')) {
            const QByteArray line = m_buffer.left(end);
            m_buffer.remove(0, end + 1);
            if (line.startsWith("ACK "))
                m_acks.append(line);
            else if (line.startsWith("STARTED "))
                m_pid = line.mid(8).toLongLong();
            else if (line.startsWith("ENDED "))
                m_ended = line.mid(line.indexOf(' ', 6) + 1);
            else
                FAIL("unexpected output from the crash writer: " << line.toStdString());
        }
    }

    QProcess m_server;
    QByteArray m_buffer;
    qint64 m_pid = 0;
    QByteArray m_ended;
    QList<QByteArray> m_acks;
};

// Adds "ACK <entity> <uuid> <version>" lines to the highest acknowledged version per record.
void collectAcks(const QList<QByteArray>& lines, QHash<QString, int>& acknowledged)
{
    for (const QByteArray& line : lines) {
        const QList<QByteArray> parts = line.split(' ');
        INFO("line: " << line.toStdString());
        REQUIRE(parts.size() == 4);
        REQUIRE((parts[1] == "member" || parts[1] == "contribution"));
        REQUIRE(parts[3].toInt() >= 1);
        const QString key = QString::fromLatin1(parts[1] + ' ' + parts[2]);
        acknowledged[key] = std::max(acknowledged.value(key), parts[3].toInt());
    }
}

} // namespace

TEST_CASE("the WAL inspection tells a transaction cut short from committed ones")
{
    // What the crash test's count of kills inside a commit rests on, checked on a WAL made to hold
    // the frames of an open transaction (a tiny page cache makes SQLite spill them before commit).
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("wal.sqlite"));
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &raw) == SQLITE_OK);
    const std::unique_ptr<sqlite3, int (*)(sqlite3*)> db(raw, sqlite3_close_v2);
    const auto exec = [&](const char* sql) {
        REQUIRE(sqlite3_exec(db.get(), sql, nullptr, nullptr, nullptr) == SQLITE_OK);
    };
    exec("PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0; PRAGMA cache_size=5; CREATE TABLE t(x BLOB);"
         "INSERT INTO t VALUES(randomblob(3000))");
    const QString wal = path + QStringLiteral("-wal");
    const WalTail committed = inspectWal(wal);
    CHECK(committed.committedFrames > 0);
    CHECK_FALSE(committed.diedInsideCommit());

    exec("BEGIN; WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60) "
         "INSERT INTO t SELECT randomblob(3000) FROM n");
    const QString copy = dir.filePath(QStringLiteral("copy-wal"));
    REQUIRE(QFile::copy(wal, copy));
    const WalTail open = inspectWal(copy);
    CHECK(open.committedFrames == committed.committedFrames);
    CHECK(open.uncommittedFrames > 0);
    CHECK_FALSE(open.torn);

    QFile cut(copy);
    REQUIRE(cut.resize(cut.size() - 100));
    CHECK(inspectWal(copy).torn);

    exec("COMMIT");
    const WalTail done = inspectWal(wal);
    CHECK(done.committedFrames >= open.committedFrames + open.uncommittedFrames);
    CHECK_FALSE(done.diedInsideCommit());
}

TEST_CASE("every acknowledged save survives a SIGKILL at any moment, and nothing is half-written")
{
    const int iterations = envInt("FIELDENROL_CRASH_ITERATIONS", 200);
    const auto seed =
        static_cast<quint32>(envInt("FIELDENROL_CRASH_SEED", QRandomGenerator::system()->bounded(1 << 30)));
    std::cout << "crash test: " << iterations << " kills, seed " << seed
              << " (FIELDENROL_CRASH_SEED repeats it)" << std::endl;
    INFO("seed " << seed);
    QRandomGenerator random(seed);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("crash.fieldenrol"));
    Writers writers;

    QHash<QString, int> acknowledged;
    qsizetype acks = 0;
    int killedBeforeFirstAck = 0, killedInsideCommit = 0;
    int msToFirstAck = 300; // measured on the way: the span early kills are spread over
    constexpr int kMaxDelayAfterFirstAckMs = 50;
    for (int run = 0; run < iterations; ++run) {
        INFO("run " << run);
        // Some kills land before the first acknowledgement (while opening or creating the store, in
        // the first save); the others after a few more saves.
        const bool early = run == 0 || random.bounded(100) < 12;
        QElapsedTimer started;
        started.start();
        writers.start("LA", random.generate(), path);
        // (Should the writer stop by itself meanwhile, kill() says so, with its error.)
        if (early) {
            (void)writers.runFor(static_cast<int>(random.bounded(msToFirstAck + 1)));
        } else {
            REQUIRE(writers.waitForFirstAck(60'000));
            msToFirstAck = static_cast<int>(started.elapsed());
            (void)writers.runFor(static_cast<int>(random.bounded(kMaxDelayAfterFirstAckMs + 1)));
        }
        writers.kill();
        collectAcks(writers.acks(), acknowledged);
        acks += writers.acks().size();
        killedBeforeFirstAck += writers.acks().isEmpty();
        killedInsideCommit += inspectWal(path + QStringLiteral("-wal")).diedInsideCommit();
        if (!QFileInfo::exists(path))
            continue; // killed before the store was in place: nothing to check yet

        // The next writer opens the store after this kill (and stops with an error if it cannot,
        // which the next kill finds); the test reads the file directly every time, and opens it
        // through the Store now and then.
        const QStringList problems = problemsIn(readContents(path), acknowledged);
        INFO(problems.mid(0, 5).join(QLatin1Char('\n')).toStdString());
        REQUIRE(problems.isEmpty());
        if (run % 20 == 19) {
            auto reopened = Store::open(path);
            INFO((reopened.ok() ? std::string() : reopened.error().code.toStdString()));
            REQUIRE(reopened.ok());
        }
    }
    writers.finish();

    // The store's own check, once, over the store all those kills have grown.
    auto store = Store::open(path);
    REQUIRE(store.ok());
    CHECK(store.value()->check().problems == QStringList{});
    std::cout << "crash test: " << acks << " acknowledged saves, " << acknowledged.size() << " records, "
              << killedBeforeFirstAck << " kills before the first acknowledgement, " << killedInsideCommit
              << " inside a commit (frames without a commit frame in the WAL)" << std::endl;
    CHECK(acks > 0);
}

TEST_CASE("a store killed while being created is complete or absent, and the next start can use it")
{
    // Creating a store writes several transactions; a kill among them must not leave a file that
    // neither opens (not a store) nor can be created again (it exists).
    const int iterations = envInt("FIELDENROL_CRASH_ITERATIONS", 200) / 10 + 1;
    const auto seed =
        static_cast<quint32>(envInt("FIELDENROL_CRASH_SEED", QRandomGenerator::system()->bounded(1 << 30)));
    INFO("seed " << seed);
    QRandomGenerator random(seed);
    Writers writers;
    int msToFirstAck = 0;
    {
        QTemporaryDir dir;
        QElapsedTimer started;
        started.start();
        writers.start("KE", random.generate(), dir.filePath(QStringLiteral("probe.fieldenrol")));
        REQUIRE(writers.waitForFirstAck(60'000));
        msToFirstAck = static_cast<int>(started.elapsed());
        writers.kill();
    }
    int leftStore = 0, leftPartial = 0;
    for (int run = 0; run < iterations; ++run) {
        INFO("run " << run);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.fieldenrol"));
        writers.start("KE", random.generate(), path);
        (void)writers.runFor(static_cast<int>(random.bounded(msToFirstAck + 1)));
        writers.kill();
        leftPartial += QFileInfo::exists(path + QStringLiteral(".creating"));
        if (QFileInfo::exists(path)) {
            ++leftStore;
            auto opened = Store::open(path);
            INFO((opened.ok() ? std::string() : opened.error().code.toStdString()));
            REQUIRE(opened.ok());
            CHECK(opened.value()->check().ok());
        }
        // Whatever the kill left, the writer starts again and saves.
        writers.start("KE", random.generate(), path);
        REQUIRE(writers.waitForFirstAck(60'000));
        writers.kill();
    }
    writers.finish();
    std::cout << "creation kills: " << iterations << ", " << leftStore << " left a store, " << leftPartial
              << " a half-built one under its temporary name" << std::endl;
}
