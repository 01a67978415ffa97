// The central office's SQLite write-ahead log is copied into the database by a thread of its own
// (db::Database owns a BackgroundCheckpoint), not by the commit that holds the writer lock.

#include "db/Database.h"
#include "db/SqliteConnection.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>

using namespace fe;

namespace {

constexpr qint64 kPageBytes = 4096;
constexpr qint64 kRowBytes = 64 * 1024;

qint64 fileSize(const QString& path)
{
    return QFileInfo(path).size();
}

} // namespace

TEST_CASE("a log past the background threshold is checkpointed while the writer goes on")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("central.sqlite"));
    db::Database database(*db::Location::parse(path), 2);
    database.write(
        [](db::Connection& c) { c.execScript("CREATE TABLE blobs(id INTEGER PRIMARY KEY, b BLOB)"); });
    const qint64 before = fileSize(path);

    // Half again the background threshold, far below the bound at which a commit checkpoints itself.
    const qint64 total = db::SqliteConnection::kBackgroundCheckpointFrames * kPageBytes * 3 / 2;
    STATIC_REQUIRE(db::SqliteConnection::kBackgroundCheckpointFrames * 2 <
                   db::SqliteConnection::kInlineCheckpointFramesWithBackground);
    const QByteArray row(kRowBytes, 'x');
    for (qint64 written = 0; written < total; written += 16 * kRowBytes) {
        database.write([&](db::Connection& c) {
            for (int i = 0; i < 16; ++i)
                c.query("INSERT INTO blobs(b) VALUES(?)", {row});
        });
    }

    // In WAL mode only a checkpoint writes the database file; nothing here asks for one.
    QElapsedTimer waited;
    waited.start();
    while (fileSize(path) < before + total / 2 && waited.elapsed() < 30'000)
        QThread::msleep(20);
    INFO("database file " << fileSize(path) << " bytes, " << total << " bytes written");
    CHECK(fileSize(path) >= before + total / 2);

    qint64 rows = 0;
    database.read([&](db::Connection& c) { rows = c.query("SELECT count(*) FROM blobs").int64(0, 0); });
    CHECK(rows * kRowBytes >= total);
}
