#include "FaultVfs.h"

#include "store/ForwardingVfs.h"
#include "store/WalWriteBuffer.h"

#include <QFileInfo>

#include <sqlite3.h>

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <mutex>
#include <stdexcept>

namespace fe::test {
namespace {

constexpr char kVfsName[] = "fe-fault";

struct State
{
    FaultPlan plan;
    QByteArray targetPath; // canonical form of plan.target, as SQLite names files
    int faults = 0;
    int writes = 0;
    qint64 bytes = 0;
    bool full = false; // the disk filled up: every later write fails until disarmed
};

State& state()
{
    static State s;
    return s;
}

// The store's background checkpoint writes through the VFS from a thread of its own.
std::mutex& stateLock()
{
    static std::mutex m;
    return m;
}

sqlite3_vfs* realVfs(sqlite3_vfs* vfs)
{
    return static_cast<sqlite3_vfs*>(vfs->pAppData);
}

// Our file handle, followed in the same allocation by the real VFS's handle.
struct FaultFile
{
    sqlite3_file base;
    bool targeted;
    sqlite3_file* real() { return reinterpret_cast<sqlite3_file*>(this + 1); }
};
static_assert(sizeof(FaultFile) % alignof(std::max_align_t) == 0, "the real handle must stay aligned");

FaultFile* self(sqlite3_file* f)
{
    return reinterpret_cast<FaultFile*>(f);
}
sqlite3_file* real(sqlite3_file* f)
{
    return self(f)->real();
}
const sqlite3_io_methods* io(sqlite3_file* f)
{
    return real(f)->pMethods;
}

bool isTargeted(const char* name)
{
    const std::lock_guard lock(stateLock());
    const State& s = state();
    if (s.targetPath.isEmpty())
        return true;
    if (!name)
        return false;
    const QByteArray n(name);
    return n == s.targetPath || n == s.targetPath + "-wal" || n == s.targetPath + "-journal";
}

bool readOnlyPlanned()
{
    const std::lock_guard lock(stateLock());
    return state().plan.readOnly;
}

int xClose(sqlite3_file* f)
{
    const int rc = io(f) ? io(f)->xClose(real(f)) : SQLITE_OK;
    f->pMethods = nullptr;
    return rc;
}

int xRead(sqlite3_file* f, void* buffer, int amount, sqlite3_int64 offset)
{
    return io(f)->xRead(real(f), buffer, amount, offset);
}

int xWrite(sqlite3_file* f, const void* buffer, int amount, sqlite3_int64 offset)
{
    const std::lock_guard lock(stateLock());
    State& s = state();
    if (!self(f)->targeted)
        return io(f)->xWrite(real(f), buffer, amount, offset);
    const FaultPlan& p = s.plan;
    if (!s.full && p.diskFullAfterWrites && s.writes >= *p.diskFullAfterWrites)
        s.full = true;
    if (!s.full && p.diskFullAfterBytes && s.bytes + amount > *p.diskFullAfterBytes) {
        // A real full disk stores what still fits: the torn tail is part of the test.
        const int fits = static_cast<int>(std::max<qint64>(0, *p.diskFullAfterBytes - s.bytes));
        if (fits > 0)
            (void)io(f)->xWrite(real(f), buffer, fits, offset);
        s.bytes += fits;
        s.full = true;
    }
    if (s.full) {
        ++s.faults;
        return SQLITE_FULL;
    }
    const int rc = io(f)->xWrite(real(f), buffer, amount, offset);
    if (rc == SQLITE_OK) {
        ++s.writes;
        s.bytes += amount;
    }
    return rc;
}

int xTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    return io(f)->xTruncate(real(f), size);
}

int xSync(sqlite3_file* f, int flags)
{
    {
        const std::lock_guard lock(stateLock());
        State& s = state();
        if (self(f)->targeted && s.plan.syncFails) {
            ++s.faults;
            return SQLITE_IOERR_FSYNC;
        }
    }
    return io(f)->xSync(real(f), flags);
}

int xFileSize(sqlite3_file* f, sqlite3_int64* size)
{
    return io(f)->xFileSize(real(f), size);
}
int xLock(sqlite3_file* f, int level)
{
    return io(f)->xLock(real(f), level);
}
int xUnlock(sqlite3_file* f, int level)
{
    return io(f)->xUnlock(real(f), level);
}
int xCheckReservedLock(sqlite3_file* f, int* out)
{
    return io(f)->xCheckReservedLock(real(f), out);
}
int xFileControl(sqlite3_file* f, int op, void* arg)
{
    return io(f)->xFileControl(real(f), op, arg);
}
int xSectorSize(sqlite3_file* f)
{
    return io(f)->xSectorSize(real(f));
}
int xDeviceCharacteristics(sqlite3_file* f)
{
    return io(f)->xDeviceCharacteristics(real(f));
}

int xShmMap(sqlite3_file* f, int region, int size, int extend, void volatile** out)
{
    return io(f)->xShmMap(real(f), region, size, extend, out);
}
int xShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    return io(f)->xShmLock(real(f), offset, n, flags);
}
void xShmBarrier(sqlite3_file* f)
{
    io(f)->xShmBarrier(real(f));
}
int xShmUnmap(sqlite3_file* f, int deleteFlag)
{
    return io(f)->xShmUnmap(real(f), deleteFlag);
}
int xFetch(sqlite3_file* f, sqlite3_int64 offset, int amount, void** out)
{
    return io(f)->xFetch(real(f), offset, amount, out);
}
int xUnfetch(sqlite3_file* f, sqlite3_int64 offset, void* p)
{
    return io(f)->xUnfetch(real(f), offset, p);
}

const sqlite3_io_methods kMethods = {3,
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
                                     xShmMap,
                                     xShmLock,
                                     xShmBarrier,
                                     xShmUnmap,
                                     xFetch,
                                     xUnfetch};

int xOpen(sqlite3_vfs* vfs, const char* name, sqlite3_file* file, int flags, int* outFlags)
{
    auto* ff = reinterpret_cast<FaultFile*>(file);
    ff->base.pMethods = nullptr;
    ff->targeted = isTargeted(name);
    constexpr int kPersistent = SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL | SQLITE_OPEN_MAIN_JOURNAL;
    if (ff->targeted && readOnlyPlanned() && (flags & SQLITE_OPEN_READWRITE) && (flags & kPersistent)) {
        // What the unix VFS does when open(O_RDWR) is refused: it retries read-only and says so.
        if (!name || !QFileInfo::exists(QString::fromUtf8(name)))
            return SQLITE_CANTOPEN;
        flags = (flags & ~(SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)) | SQLITE_OPEN_READONLY;
        ++state().faults;
    }
    const int rc = realVfs(vfs)->xOpen(realVfs(vfs), name, ff->real(), flags, outFlags);
    if (ff->real()->pMethods)
        ff->base.pMethods = &kMethods;
    return rc;
}

sqlite3_vfs* registerVfs()
{
    // Faults are injected above the log's write buffer, so that the stores under test run as in
    // production.
    sqlite3_vfs* base = sqlite3_vfs_find(sql::walWriteBufferVfs());
    if (!base || base->iVersion < 2)
        throw std::runtime_error("no default SQLite VFS to wrap");
    static sqlite3_vfs vfs =
        sql::forwardingVfs(base, kVfsName, static_cast<int>(sizeof(FaultFile)) + base->szOsFile, xOpen);
    if (sqlite3_vfs_register(&vfs, 0) != SQLITE_OK)
        throw std::runtime_error("cannot register the fault-injecting SQLite VFS");
    return &vfs;
}

void reset(const FaultPlan& plan)
{
    const std::lock_guard lock(stateLock());
    State& s = state();
    s = State{};
    s.plan = plan;
    if (!plan.target.isEmpty()) {
        // SQLite names files by their full path with symbolic links resolved.
        const QFileInfo info(plan.target);
        const QString canonical = info.exists() ? info.canonicalFilePath()
                                                : QFileInfo(info.absolutePath()).canonicalFilePath() +
                                                      QLatin1Char('/') + info.fileName();
        s.targetPath = canonical.toUtf8();
    }
}

} // namespace

QString faultVfsName()
{
    static const sqlite3_vfs* registered = registerVfs();
    return QString::fromUtf8(registered->zName);
}

void armFaults(const FaultPlan& plan)
{
    (void)faultVfsName();
    reset(plan);
}

void disarmFaults()
{
    reset({});
}

int injectedFaults()
{
    const std::lock_guard lock(stateLock());
    return state().faults;
}
int writesSinceArm()
{
    const std::lock_guard lock(stateLock());
    return state().writes;
}
qint64 bytesSinceArm()
{
    const std::lock_guard lock(stateLock());
    return state().bytes;
}

} // namespace fe::test
