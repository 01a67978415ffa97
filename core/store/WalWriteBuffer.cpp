#include "store/WalWriteBuffer.h"

#include "store/ForwardingVfs.h"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstring>
#include <mutex>
#include <new>
#include <stdexcept>
#include <string>
#include <unordered_map>

namespace fe::sql {
namespace {

constexpr char kVfsName[] = "fe-walbuffer";
// A 100-record push at the central office writes ~1.2 MiB of frames; an import's batch spills more
// and is written in pieces of this size.
constexpr std::size_t kCapacity = 4u << 20;
// The Unix VFS writes at most 128 KiB - 1 bytes in one call (it masks the length to 17 bits).
constexpr std::size_t kMostPerWrite = 124u << 10;
// The log's layout (sqlite.org/fileformat2.html#walformat): a 32-byte header, then frames of a
// 24-byte header and a page; bytes 4-7 of a frame's header are non-zero for a commit's frame.
constexpr sqlite3_int64 kLogHeaderBytes = 32;
constexpr int kFrameHeaderBytes = 24;

sqlite3_vfs* baseVfs(sqlite3_vfs* vfs)
{
    return static_cast<sqlite3_vfs*>(vfs->pAppData);
}

// Our handle for a log or a database file, followed in the same allocation by the default VFS's
// handle.
struct LogFile
{
    sqlite3_file base;
    std::string* pending;       // a log: frames not yet handed to the kernel
    sqlite3_int64 pendingStart; // where they go in the file
    bool commitFrameOpen;       // a commit's frame header was written; its page comes next
    LogFile* partner;           // a log: its database file; a database file: its open log
    const char* name;           // a database file: its name, as SQLite passed it to xOpen
    sqlite3_file* real() { return reinterpret_cast<sqlite3_file*>(this + 1); }
};
static_assert(sizeof(LogFile) % alignof(std::max_align_t) == 0, "the real handle must stay aligned");

LogFile* logFile(sqlite3_file* f)
{
    return reinterpret_cast<LogFile*>(f);
}

// The open database files by the name pointer SQLite gave xOpen: a log finds its database file
// through sqlite3_filename_database(), which returns that same pointer.
std::mutex& databasesLock()
{
    static std::mutex m;
    return m;
}
std::unordered_map<const char*, LogFile*>& databases()
{
    static std::unordered_map<const char*, LogFile*> open;
    return open;
}

int flush(LogFile* f)
{
    if (f->pending->empty())
        return SQLITE_OK;
    sqlite3_file* real = f->real();
    int rc = SQLITE_OK;
    for (std::size_t done = 0; done < f->pending->size() && rc == SQLITE_OK; done += kMostPerWrite) {
        const std::size_t amount = std::min(kMostPerWrite, f->pending->size() - done);
        rc = real->pMethods->xWrite(real, f->pending->data() + done, static_cast<int>(amount),
                                    f->pendingStart + static_cast<sqlite3_int64>(done));
    }
    // Dropped even when the write failed: SQLite rolls the transaction back and writes those
    // offsets afresh; writing the old frames later would reorder them.
    f->pending->clear();
    return rc;
}

int xClose(sqlite3_file* file)
{
    LogFile* f = logFile(file);
    const int flushed = flush(f);
    sqlite3_file* real = f->real();
    const int closed = real->pMethods->xClose(real);
    delete f->pending;
    f->pending = nullptr;
    if (f->partner)
        f->partner->partner = nullptr;
    return flushed != SQLITE_OK ? flushed : closed;
}

int xRead(sqlite3_file* file, void* out, int amount, sqlite3_int64 offset)
{
    LogFile* f = logFile(file);
    const sqlite3_int64 pendingEnd = f->pendingStart + static_cast<sqlite3_int64>(f->pending->size());
    if (!f->pending->empty() && offset < pendingEnd && offset + amount > f->pendingStart)
        if (const int rc = flush(f); rc != SQLITE_OK)
            return rc;
    sqlite3_file* real = f->real();
    return real->pMethods->xRead(real, out, amount, offset);
}

bool isCommitFrameHeader(const void* data, int amount, sqlite3_int64 offset)
{
    if (amount != kFrameHeaderBytes || offset < kLogHeaderBytes)
        return false;
    const auto* bytes = static_cast<const unsigned char*>(data);
    return (bytes[4] | bytes[5] | bytes[6] | bytes[7]) != 0;
}

int xWrite(sqlite3_file* file, const void* data, int amount, sqlite3_int64 offset)
{
    LogFile* f = logFile(file);
    const bool follows =
        offset == f->pendingStart + static_cast<sqlite3_int64>(f->pending->size()) || f->pending->empty();
    if (!follows || f->pending->size() + static_cast<std::size_t>(amount) > kCapacity)
        if (const int rc = flush(f); rc != SQLITE_OK)
            return rc;
    if (static_cast<std::size_t>(amount) > kCapacity) {
        sqlite3_file* real = f->real();
        return real->pMethods->xWrite(real, data, amount, offset);
    }
    if (f->pending->empty())
        f->pendingStart = offset;
    try {
        f->pending->append(static_cast<const char*>(data), static_cast<std::size_t>(amount));
    } catch (const std::bad_alloc&) {
        if (const int rc = flush(f); rc != SQLITE_OK)
            return rc;
        sqlite3_file* real = f->real();
        return real->pMethods->xWrite(real, data, amount, offset);
    }
    if (isCommitFrameHeader(data, amount, offset)) {
        f->commitFrameOpen = true;
        return SQLITE_OK;
    }
    // Once the commit's frame is whole, SQLite may publish it to other connections (with
    // synchronous=NORMAL, without a sync first): it must be in the file by then.
    if (f->commitFrameOpen) {
        f->commitFrameOpen = false;
        return flush(f);
    }
    return SQLITE_OK;
}

int xTruncate(sqlite3_file* file, sqlite3_int64 size)
{
    LogFile* f = logFile(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    sqlite3_file* real = f->real();
    return real->pMethods->xTruncate(real, size);
}

int xSync(sqlite3_file* file, int flags)
{
    LogFile* f = logFile(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    sqlite3_file* real = f->real();
    return real->pMethods->xSync(real, flags);
}

int xFileSize(sqlite3_file* file, sqlite3_int64* size)
{
    LogFile* f = logFile(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    sqlite3_file* real = f->real();
    return real->pMethods->xFileSize(real, size);
}

int xLock(sqlite3_file* file, int level)
{
    sqlite3_file* real = logFile(file)->real();
    return real->pMethods->xLock(real, level);
}

int xUnlock(sqlite3_file* file, int level)
{
    sqlite3_file* real = logFile(file)->real();
    return real->pMethods->xUnlock(real, level);
}

int xCheckReservedLock(sqlite3_file* file, int* out)
{
    sqlite3_file* real = logFile(file)->real();
    return real->pMethods->xCheckReservedLock(real, out);
}

int xFileControl(sqlite3_file* file, int op, void* arg)
{
    LogFile* f = logFile(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    sqlite3_file* real = f->real();
    return real->pMethods->xFileControl(real, op, arg);
}

int xSectorSize(sqlite3_file* file)
{
    sqlite3_file* real = logFile(file)->real();
    return real->pMethods->xSectorSize(real);
}

int xDeviceCharacteristics(sqlite3_file* file)
{
    sqlite3_file* real = logFile(file)->real();
    return real->pMethods->xDeviceCharacteristics(real);
}

// A log has no shared memory and is not memory-mapped by SQLite; the version-2 and -3 methods are
// left out, so SQLite never asks.
const sqlite3_io_methods kLogMethods = {1,
                                        xClose,
                                        xRead,
                                        xWrite,
                                        xTruncate,
                                        xSync,
                                        xFileSize,
                                        xLock,
                                        xUnlock,
                                        xCheckReservedLock,
                                        xFileControl,
                                        xSectorSize,
                                        xDeviceCharacteristics,
                                        nullptr,
                                        nullptr,
                                        nullptr,
                                        nullptr,
                                        nullptr,
                                        nullptr};

// A database file: every call goes to the default VFS's handle. Its shared-memory locks are what
// SQLite takes and releases around a write transaction; before any of them, the log's gathered
// frames go into the file. A transaction that spilled frames and then rolled back leaves them in
// the buffer, and once the write lock is released another connection may write its own frames at
// those offsets: the abandoned ones must be in the file before, as without the buffer. (Writing
// them can only fail harmlessly: they are past the log's last commit.)
void flushPartner(sqlite3_file* file)
{
    if (LogFile* log = logFile(file)->partner; log && !log->pending->empty())
        (void)flush(log);
}

int dbClose(sqlite3_file* file)
{
    LogFile* f = logFile(file);
    {
        const std::lock_guard lock(databasesLock());
        databases().erase(f->name);
    }
    if (f->partner)
        f->partner->partner = nullptr;
    sqlite3_file* real = f->real();
    return real->pMethods->xClose(real);
}
int dbRead(sqlite3_file* file, void* out, int amount, sqlite3_int64 offset)
{
    sqlite3_file* real = logFile(file)->real();
    return real->pMethods->xRead(real, out, amount, offset);
}
int dbWrite(sqlite3_file* file, const void* data, int amount, sqlite3_int64 offset)
{
    sqlite3_file* real = logFile(file)->real();
    return real->pMethods->xWrite(real, data, amount, offset);
}
int dbTruncate(sqlite3_file* file, sqlite3_int64 size)
{
    sqlite3_file* real = logFile(file)->real();
    return real->pMethods->xTruncate(real, size);
}
int dbSync(sqlite3_file* file, int flags)
{
    sqlite3_file* real = logFile(file)->real();
    return real->pMethods->xSync(real, flags);
}
int dbFileSize(sqlite3_file* file, sqlite3_int64* size)
{
    sqlite3_file* real = logFile(file)->real();
    return real->pMethods->xFileSize(real, size);
}
int dbLock(sqlite3_file* file, int level)
{
    flushPartner(file);
    sqlite3_file* real = logFile(file)->real();
    return real->pMethods->xLock(real, level);
}
int dbUnlock(sqlite3_file* file, int level)
{
    flushPartner(file);
    sqlite3_file* real = logFile(file)->real();
    return real->pMethods->xUnlock(real, level);
}
int dbCheckReservedLock(sqlite3_file* file, int* out)
{
    sqlite3_file* real = logFile(file)->real();
    return real->pMethods->xCheckReservedLock(real, out);
}
int dbFileControl(sqlite3_file* file, int op, void* arg)
{
    sqlite3_file* real = logFile(file)->real();
    return real->pMethods->xFileControl(real, op, arg);
}
int dbSectorSize(sqlite3_file* file)
{
    sqlite3_file* real = logFile(file)->real();
    return real->pMethods->xSectorSize(real);
}
int dbDeviceCharacteristics(sqlite3_file* file)
{
    sqlite3_file* real = logFile(file)->real();
    return real->pMethods->xDeviceCharacteristics(real);
}
int dbShmMap(sqlite3_file* file, int region, int size, int extend, void volatile** out)
{
    sqlite3_file* real = logFile(file)->real();
    return real->pMethods->xShmMap(real, region, size, extend, out);
}
int dbShmLock(sqlite3_file* file, int offset, int n, int flags)
{
    flushPartner(file);
    sqlite3_file* real = logFile(file)->real();
    return real->pMethods->xShmLock(real, offset, n, flags);
}
void dbShmBarrier(sqlite3_file* file)
{
    sqlite3_file* real = logFile(file)->real();
    real->pMethods->xShmBarrier(real);
}
int dbShmUnmap(sqlite3_file* file, int deleteFlag)
{
    sqlite3_file* real = logFile(file)->real();
    return real->pMethods->xShmUnmap(real, deleteFlag);
}
int dbFetch(sqlite3_file* file, sqlite3_int64 offset, int amount, void** out)
{
    sqlite3_file* real = logFile(file)->real();
    return real->pMethods->xFetch(real, offset, amount, out);
}
int dbUnfetch(sqlite3_file* file, sqlite3_int64 offset, void* page)
{
    sqlite3_file* real = logFile(file)->real();
    return real->pMethods->xUnfetch(real, offset, page);
}

const sqlite3_io_methods kDatabaseMethodsV3 = {3,
                                               dbClose,
                                               dbRead,
                                               dbWrite,
                                               dbTruncate,
                                               dbSync,
                                               dbFileSize,
                                               dbLock,
                                               dbUnlock,
                                               dbCheckReservedLock,
                                               dbFileControl,
                                               dbSectorSize,
                                               dbDeviceCharacteristics,
                                               dbShmMap,
                                               dbShmLock,
                                               dbShmBarrier,
                                               dbShmUnmap,
                                               dbFetch,
                                               dbUnfetch};

// The same methods, offered at the version of the handle beneath (SQLite calls only those).
const sqlite3_io_methods* databaseMethods(int version)
{
    static const auto tables = [] {
        std::array<sqlite3_io_methods, 3> t{kDatabaseMethodsV3, kDatabaseMethodsV3, kDatabaseMethodsV3};
        t[0].iVersion = 1;
        t[1].iVersion = 2;
        return t;
    }();
    return &tables[static_cast<std::size_t>(std::clamp(version, 1, 3) - 1)];
}

int openDatabase(sqlite3_vfs* base, const char* name, sqlite3_file* file, int flags, int* outFlags)
{
    LogFile* f = logFile(file);
    f->base.pMethods = nullptr;
    const int rc = base->xOpen(base, name, f->real(), flags, outFlags);
    if (rc != SQLITE_OK) {
        if (f->real()->pMethods)
            f->real()->pMethods->xClose(f->real());
        return rc;
    }
    f->pending = nullptr;
    f->pendingStart = 0;
    f->commitFrameOpen = false;
    f->partner = nullptr;
    f->name = name;
    try {
        const std::lock_guard lock(databasesLock());
        databases()[name] = f;
    } catch (const std::bad_alloc&) {
        f->real()->pMethods->xClose(f->real());
        return SQLITE_NOMEM;
    }
    f->base.pMethods = databaseMethods(f->real()->pMethods->iVersion);
    return SQLITE_OK;
}

int xOpen(sqlite3_vfs* vfs, const char* name, sqlite3_file* file, int flags, int* outFlags)
{
    sqlite3_vfs* base = baseVfs(vfs);
    // A database file and its log get our handles.
    // Anything else is the default VFS's own handle, placed where ours would be: SQLite then calls
    // its methods directly.
    if ((flags & SQLITE_OPEN_MAIN_DB) != 0 && name)
        return openDatabase(base, name, file, flags, outFlags);
    LogFile* database = nullptr;
    if ((flags & SQLITE_OPEN_WAL) != 0 && name) {
        const std::lock_guard lock(databasesLock());
        const auto found = databases().find(sqlite3_filename_database(name));
        if (found != databases().end() && found->second->partner == nullptr)
            database = found->second;
    }
    // A log whose database file is not ours is written as it comes: nothing would flush it when
    // its write lock is released.
    if (!database)
        return base->xOpen(base, name, file, flags, outFlags);
    LogFile* f = logFile(file);
    f->base.pMethods = nullptr;
    std::string* pending = new (std::nothrow) std::string;
    if (!pending)
        return SQLITE_NOMEM;
    const int rc = base->xOpen(base, name, f->real(), flags, outFlags);
    if (rc != SQLITE_OK) {
        // SQLite closes a handle whose open failed only if its methods are set.
        if (f->real()->pMethods)
            f->real()->pMethods->xClose(f->real());
        delete pending;
        return rc;
    }
    f->pending = pending;
    f->pendingStart = 0;
    f->commitFrameOpen = false;
    f->partner = database;
    f->name = nullptr;
    database->partner = f;
    f->base.pMethods = &kLogMethods;
    return SQLITE_OK;
}

sqlite3_vfs* registerVfs()
{
    sqlite3_initialize();
    sqlite3_vfs* base = sqlite3_vfs_find(nullptr);
    if (!base || base->iVersion < 2)
        throw std::runtime_error("no default SQLite VFS to wrap");
    static sqlite3_vfs vfs =
        forwardingVfs(base, kVfsName, static_cast<int>(sizeof(LogFile)) + base->szOsFile, xOpen);
    if (sqlite3_vfs_register(&vfs, 0) != SQLITE_OK)
        throw std::runtime_error("cannot register the log-buffering SQLite VFS");
    return &vfs;
}

} // namespace

const char* walWriteBufferVfs()
{
    static const sqlite3_vfs* registered = registerVfs();
    return registered->zName;
}

} // namespace fe::sql
