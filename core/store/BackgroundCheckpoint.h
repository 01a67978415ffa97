#pragma once

#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace fe::sql {
class Database;
}

namespace fe {

// Copies a store's write-ahead log into its file on a thread and connection of its own, while
// the store's thread goes on writing: during a bulk import the checkpoints (and their fsyncs)
// were a tenth of the writing thread's time. PASSIVE: a checkpoint never waits for the writer or
// a reader; what it cannot copy yet stays in the log, durable, for the next one. If the second
// connection cannot be opened, requests do nothing and the store's own checkpoints remain.
class BackgroundCheckpoint
{
public:
    BackgroundCheckpoint(const QString& path, const QString& vfsName);
    ~BackgroundCheckpoint(); // waits for a checkpoint under way
    BackgroundCheckpoint(const BackgroundCheckpoint&) = delete;
    BackgroundCheckpoint& operator=(const BackgroundCheckpoint&) = delete;

    bool running() const { return m_db != nullptr; }
    // Asks for a checkpoint; returns at once. Requests made while one runs make one more.
    void request();

private:
    void run();

    std::unique_ptr<sql::Database> m_db;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_requested = false; // guarded by m_mutex
    bool m_stop = false;      // guarded by m_mutex
    std::thread m_thread;
};

} // namespace fe
