#pragma once

#include "db/Sql.h"

#include <QHash>

struct sqlite3;
struct sqlite3_stmt;

namespace fe {
class BackgroundCheckpoint;
}

namespace fe::db {

// WAL, synchronous=FULL (a commit is on disk before the response), foreign keys on.
// Checkpoints: see useBackgroundCheckpoints.
class SqliteConnection final : public Connection
{
public:
    // Log sizes, in 4 KiB pages, at which a commit asks the background thread for a checkpoint,
    // and at which it checkpoints itself (without a background thread: kInlineCheckpointFrames).
    static constexpr int kBackgroundCheckpointFrames = 2048;            // 8 MiB
    static constexpr int kInlineCheckpointFrames = 8192;                // 32 MiB
    static constexpr int kInlineCheckpointFramesWithBackground = 32768; // 128 MiB: the hard bound

    explicit SqliteConnection(const QString& path);
    ~SqliteConnection() override;

    // From now on this connection's commits leave checkpoints to `checkpoints` (which must
    // outlive it), so a commit under the writer lock no longer copies the log into the database
    // and waits for its fsyncs; it still checkpoints itself if the log passes the hard bound.
    void useBackgroundCheckpoints(BackgroundCheckpoint* checkpoints);

    Dialect dialect() const override { return Dialect::Sqlite; }
    void execScript(const QByteArray& sql) override;
    Rows query(const char* sql, const Params& params = {}) override;
    std::vector<Rows> queryMany(const char* sql, const std::vector<Params>& paramSets) override;
    void begin() override;
    void commit() override;
    void rollback() override;
    void lockKeys(std::vector<qint64>) override {}
    bool usable() const override { return m_db != nullptr; }

private:
    sqlite3_stmt* prepare(const char* sql);
    [[noreturn]] void fail(int rc);
    static int walCommitted(void* connection, sqlite3* db, const char* schema, int frames);

    sqlite3* m_db = nullptr;
    BackgroundCheckpoint* m_checkpoints = nullptr;
    QHash<const char*, sqlite3_stmt*> m_statements;
};

} // namespace fe::db
