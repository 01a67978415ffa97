#pragma once

#include "db/Sql.h"

#include <QString>

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace fe {
class BackgroundCheckpoint;
}

namespace fe::db {

// Where the data lives: a file path (SQLite, the default) or a postgresql:// URL.
struct Location
{
    Dialect dialect = Dialect::Sqlite;
    QString sqlitePath;
    QByteArray postgresUrl;

    static std::optional<Location> parse(const QString& text);
    QString describe() const; // for logs: never the password
};

// A pool of connections shared by the request threads. Writes run in a transaction that is retried
// when the database reports a serialisation failure or deadlock (PostgreSQL) or busy (SQLite);
// SQLite writers also queue on one mutex here, since SQLite has a single writer anyway, and the
// write-ahead log is checkpointed on a thread and connection of its own (BackgroundCheckpoint),
// outside that mutex: a checkpoint (copying the log into the database, two fsyncs) no longer holds
// up every device's push queued behind the commit that happened to trigger it.
class Database
{
public:
    Database(Location location, int poolSize);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Dialect dialect() const { return m_location.dialect; }
    const Location& location() const { return m_location; }

    // Autocommit work (reads, single statements).
    void read(const std::function<void(Connection&)>& work);
    // One transaction; `work` may run more than once, so it must have no effect outside the database.
    void write(const std::function<void(Connection&)>& work);
    // A session on its own (migrations take a session-level lock in it).
    void session(const std::function<void(Connection&)>& work);

    // Waiting for a connection longer than this is reported as Failure::Unavailable (HTTP 503).
    int acquireTimeoutMs = 10000;
    int maxWriteAttempts = 8;

private:
    std::unique_ptr<Connection> acquire();
    void release(std::unique_ptr<Connection> connection);
    std::unique_ptr<Connection> connect();

    Location m_location;
    // Declared before the pool's connections, so destroyed after them: they point at it. Made
    // with the first SQLite connection, which creates the file it opens.
    std::unique_ptr<BackgroundCheckpoint> m_checkpoints;
    std::mutex m_checkpointsMutex;
    int m_poolSize;
    int m_open = 0;
    std::vector<std::unique_ptr<Connection>> m_idle;
    std::mutex m_mutex;
    std::condition_variable m_available;
    std::mutex m_sqliteWriter;
};

} // namespace fe::db
