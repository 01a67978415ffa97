#pragma once

#include <QString>

#include <optional>

namespace fe::test {

// What the fault-injecting SQLite VFS does while armed. The failures are the ones a field device
// meets: a full disk (SD card, phone storage), a failing fsync, a read-only medium.
struct FaultPlan
{
    // Only this database file and its -wal / -journal are affected; empty: every file SQLite opens.
    QString target;
    // Disk full: once this many more bytes were written, a write stores what still fits and fails
    // with SQLITE_FULL, and every later write fails until disarmed (a full disk stays full).
    std::optional<qint64> diskFullAfterBytes;
    // The same, counted in writes: the write after this many succeeds no more.
    std::optional<int> diskFullAfterWrites;
    // Every xSync fails with SQLITE_IOERR_FSYNC.
    bool syncFails = false;
    // Opening a database, WAL or journal for writing gets a read-only handle (or SQLITE_CANTOPEN if
    // it does not exist), exactly as the default VFS does for a file it may not write.
    bool readOnly = false;
};

// An SQLite VFS named "fe-fault" wrapping the default one (sqlite3_vfs_find(nullptr)); a store
// uses it through StoreOptions::vfsName = faultVfsName(). Nothing is injected until armFaults.
// Test support only: production code never registers it. Its state is behind a lock: a store's
// background checkpoint (Store::BulkWrites) writes from a thread of its own.
QString faultVfsName(); // registers the VFS on first use

void armFaults(const FaultPlan& plan);
void disarmFaults();

// Counted since the last armFaults/disarmFaults, over the targeted files only.
int injectedFaults();
int writesSinceArm();
qint64 bytesSinceArm();

} // namespace fe::test
