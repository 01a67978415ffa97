// WalWriteBuffer: the log's frames gathered into few writes, in the file before any other
// connection can see a commit, on real SQLite files.

#include "store/WalWriteBuffer.h"

#include <QByteArray>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <atomic>

namespace {

// Beneath the buffer: the default VFS with the writes to logs counted. Registered as the default
// before the buffer's first use, so that the buffer wraps it (each test file is its own program).
std::atomic<int> logWrites{0};
sqlite3_io_methods countingMethods{};
int (*realWrite)(sqlite3_file*, const void*, int, sqlite3_int64) = nullptr;

int countingWrite(sqlite3_file* file, const void* data, int amount, sqlite3_int64 offset)
{
    ++logWrites;
    return realWrite(file, data, amount, offset);
}

int countingOpen(sqlite3_vfs* vfs, const char* name, sqlite3_file* file, int flags, int* outFlags)
{
    auto* base = static_cast<sqlite3_vfs*>(vfs->pAppData);
    const int rc = base->xOpen(base, name, file, flags, outFlags);
    if (rc == SQLITE_OK && (flags & SQLITE_OPEN_WAL) != 0) {
        if (!realWrite) {
            countingMethods = *file->pMethods;
            realWrite = countingMethods.xWrite;
            countingMethods.xWrite = countingWrite;
        }
        file->pMethods = &countingMethods;
    }
    return rc;
}

const char* bufferedVfs()
{
    static const char* name = [] {
        sqlite3_initialize();
        static sqlite3_vfs counting = *sqlite3_vfs_find(nullptr);
        counting.pAppData = sqlite3_vfs_find(nullptr);
        counting.zName = "test-counting";
        counting.xOpen = countingOpen;
        sqlite3_vfs_register(&counting, 1);
        return fe::sql::walWriteBufferVfs();
    }();
    return name;
}

struct Connection
{
    sqlite3* db = nullptr;
    Connection(const QString& path, const char* vfs)
    {
        REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                                vfs) == SQLITE_OK);
    }
    ~Connection() { sqlite3_close_v2(db); }
    void exec(const char* sql) { REQUIRE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK); }
    sqlite3_int64 value(const char* sql)
    {
        sqlite3_stmt* st = nullptr;
        REQUIRE(sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK);
        REQUIRE(sqlite3_step(st) == SQLITE_ROW);
        const sqlite3_int64 v = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
        return v;
    }
    QByteArray text(const char* sql)
    {
        sqlite3_stmt* st = nullptr;
        REQUIRE(sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK);
        REQUIRE(sqlite3_step(st) == SQLITE_ROW);
        const QByteArray v(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
        return v;
    }
};

// Rows of 2,000 random bytes (two to a page), in one transaction.
void insertRows(Connection& c, int from, int count)
{
    c.exec("BEGIN");
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(c.db, "INSERT INTO t(id, payload) VALUES(?, randomblob(2000))", -1, &st,
                               nullptr) == SQLITE_OK);
    for (int i = from; i < from + count; ++i) {
        sqlite3_bind_int(st, 1, i);
        REQUIRE(sqlite3_step(st) == SQLITE_DONE);
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    c.exec("COMMIT");
}

void createTable(Connection& c, const char* synchronous)
{
    c.exec("PRAGMA journal_mode=WAL");
    c.exec(QByteArray("PRAGMA synchronous=").append(synchronous).constData());
    c.exec("PRAGMA wal_autocheckpoint=0");
    c.exec("CREATE TABLE IF NOT EXISTS t(id INTEGER PRIMARY KEY, payload BLOB)");
}

} // namespace

TEST_CASE("a commit is in the log file before another connection can read it, with or without a sync")
{
    const char* synchronous = GENERATE("FULL", "NORMAL");
    CAPTURE(synchronous);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    Connection writer(path, bufferedVfs());
    createTable(writer, synchronous);
    Connection reader(path, "unix"); // its own file descriptors: it reads what the kernel holds
    for (int round = 1; round <= 5; ++round) {
        insertRows(writer, round * 1000, 50 * round);
        CHECK(reader.value("SELECT count(*) FROM t") == 50 * round * (round + 1) / 2);
        CHECK(reader.value("SELECT max(id) FROM t") == round * 1000 + 50 * round - 1);
    }
    CHECK(reader.text("PRAGMA integrity_check") == "ok");
}

TEST_CASE("a transaction's frames reach the log in far fewer writes than frames")
{
    QTemporaryDir dir;
    Connection buffered(dir.filePath(QStringLiteral("buffered.sqlite")), bufferedVfs());
    createTable(buffered, "FULL");
    Connection plain(dir.filePath(QStringLiteral("plain.sqlite")), "test-counting");
    createTable(plain, "FULL");

    logWrites = 0;
    insertRows(plain, 1, 500);
    const int plainWrites = logWrites;
    logWrites = 0;
    insertRows(buffered, 1, 500);
    const int bufferedWrites = logWrites;
    // Two rows to a page, so ~250 frames; SQLite writes a frame's header and its page separately.
    CHECK(plainWrites >= 500);
    CHECK(bufferedWrites * 20 < plainWrites);
    CHECK(buffered.value("SELECT count(*) FROM t") == 500);
}

TEST_CASE("a transaction larger than the buffer, a rolled-back one and a reopened file keep exactly what "
          "was committed")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    {
        Connection writer(path, bufferedVfs());
        createTable(writer, "FULL");
        writer.exec("PRAGMA cache_size=-256"); // a small cache: the transaction spills mid-way
        insertRows(writer, 1, 6000);           // ~12 MiB of frames, three times the buffer
        writer.exec("BEGIN");
        writer.exec("INSERT INTO t(id, payload) SELECT id + 100000, randomblob(2000) FROM t");
        writer.exec("ROLLBACK");
        insertRows(writer, 20000, 10);
        Connection reader(path, "unix");
        CHECK(reader.value("SELECT count(*) FROM t") == 6010);
        CHECK(reader.value("SELECT count(*) FROM t WHERE id > 100000") == 0);
    }
    Connection reopened(path, bufferedVfs());
    CHECK(reopened.value("SELECT count(*) FROM t") == 6010);
    CHECK(reopened.value("SELECT sum(length(payload)) FROM t") == 6010 * 2000);
    CHECK(reopened.text("PRAGMA integrity_check") == "ok");
    reopened.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    CHECK(reopened.value("SELECT count(*) FROM t") == 6010);
}

TEST_CASE("frames of a rolled-back transaction never land on another connection's commit")
{
    // The connection that rolls back spilled frames into its buffer; the other then commits at the
    // same offsets of the log; the first commits again. Without a flush when the write lock is
    // released, the first connection's abandoned frames were written over the second's commit.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    Connection first(path, bufferedVfs());
    createTable(first, "FULL");
    first.exec("PRAGMA cache_size=-64"); // the rolled-back transaction spills (~1 MiB, under the buffer)
    Connection second(path, bufferedVfs());
    second.exec("PRAGMA synchronous=FULL");
    insertRows(first, 1, 10);
    for (int round = 0; round < 3; ++round) {
        first.exec("BEGIN");
        first.exec("WITH RECURSIVE s(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM s WHERE v < 500) "
                   "INSERT INTO t(id, payload) SELECT v + 100000, randomblob(2000) FROM s");
        first.exec("ROLLBACK");
        insertRows(second, 1000 + round * 1000, 300);
        insertRows(first, 50000 + round * 10, 5);
    }
    Connection reader(path, "unix");
    CHECK(reader.value("SELECT count(*) FROM t") == 10 + 3 * 300 + 3 * 5);
    CHECK(reader.value("SELECT count(*) FROM t WHERE id > 100000") == 0);
    CHECK(reader.text("PRAGMA integrity_check") == "ok");
    reader.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    CHECK(reader.value("SELECT count(*) FROM t") == 10 + 3 * 300 + 3 * 5);
    CHECK(reader.value("SELECT sum(length(payload)) FROM t") == (10 + 3 * 300 + 3 * 5) * 2000);
    CHECK(reader.text("PRAGMA integrity_check") == "ok");
}
