#include "store/BackgroundCheckpoint.h"

#include "store/Database.h"

#include <sqlite3.h>

namespace fe {

BackgroundCheckpoint::BackgroundCheckpoint(const QString& path, const QString& vfsName)
{
    try {
        m_db = sql::Database::open(path, sql::Database::Mode::ReadWrite, vfsName);
        // A connection finds the write-ahead log on its first read; until then a checkpoint
        // request on it does nothing.
        (void)m_db->scalar("PRAGMA user_version");
    } catch (const sql::Failure&) {
        return; // the store checkpoints on its own thread, as without this
    }
    m_thread = std::thread(&BackgroundCheckpoint::run, this);
}

BackgroundCheckpoint::~BackgroundCheckpoint()
{
    if (m_thread.joinable()) {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }
}

void BackgroundCheckpoint::request()
{
    if (!running())
        return;
    {
        const std::lock_guard lock(m_mutex);
        m_requested = true;
    }
    m_wake.notify_one();
}

void BackgroundCheckpoint::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [&] { return m_requested || m_stop; });
        if (m_stop)
            return;
        m_requested = false;
        lock.unlock();
        // A failure (an I/O error, the log locked for a moment) leaves the pages in the log.
        (void)sqlite3_wal_checkpoint_v2(m_db->handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        lock.lock();
    }
}

} // namespace fe
