#include "store/ForwardingVfs.h"

namespace fe::sql {
namespace {

sqlite3_vfs* baseOf(sqlite3_vfs* vfs)
{
    return static_cast<sqlite3_vfs*>(vfs->pAppData);
}

int xDelete(sqlite3_vfs* vfs, const char* name, int syncDir)
{
    return baseOf(vfs)->xDelete(baseOf(vfs), name, syncDir);
}
int xAccess(sqlite3_vfs* vfs, const char* name, int flags, int* out)
{
    return baseOf(vfs)->xAccess(baseOf(vfs), name, flags, out);
}
int xFullPathname(sqlite3_vfs* vfs, const char* name, int size, char* out)
{
    return baseOf(vfs)->xFullPathname(baseOf(vfs), name, size, out);
}
void* xDlOpen(sqlite3_vfs* vfs, const char* name)
{
    return baseOf(vfs)->xDlOpen(baseOf(vfs), name);
}
void xDlError(sqlite3_vfs* vfs, int size, char* out)
{
    baseOf(vfs)->xDlError(baseOf(vfs), size, out);
}
void (*xDlSym(sqlite3_vfs* vfs, void* handle, const char* symbol))(void)
{
    return baseOf(vfs)->xDlSym(baseOf(vfs), handle, symbol);
}
void xDlClose(sqlite3_vfs* vfs, void* handle)
{
    baseOf(vfs)->xDlClose(baseOf(vfs), handle);
}
int xRandomness(sqlite3_vfs* vfs, int size, char* out)
{
    return baseOf(vfs)->xRandomness(baseOf(vfs), size, out);
}
int xSleep(sqlite3_vfs* vfs, int microseconds)
{
    return baseOf(vfs)->xSleep(baseOf(vfs), microseconds);
}
int xCurrentTime(sqlite3_vfs* vfs, double* out)
{
    return baseOf(vfs)->xCurrentTime(baseOf(vfs), out);
}
int xGetLastError(sqlite3_vfs* vfs, int size, char* out)
{
    return baseOf(vfs)->xGetLastError(baseOf(vfs), size, out);
}
int xCurrentTimeInt64(sqlite3_vfs* vfs, sqlite3_int64* out)
{
    return baseOf(vfs)->xCurrentTimeInt64(baseOf(vfs), out);
}

} // namespace

sqlite3_vfs forwardingVfs(sqlite3_vfs* base, const char* name, int handleBytes,
                          int (*open)(sqlite3_vfs*, const char*, sqlite3_file*, int, int*))
{
    sqlite3_vfs vfs{};
    vfs.iVersion = 2;
    vfs.szOsFile = handleBytes;
    vfs.mxPathname = base->mxPathname;
    vfs.zName = name;
    vfs.pAppData = base;
    vfs.xOpen = open;
    vfs.xDelete = xDelete;
    vfs.xAccess = xAccess;
    vfs.xFullPathname = xFullPathname;
    vfs.xDlOpen = xDlOpen;
    vfs.xDlError = xDlError;
    vfs.xDlSym = xDlSym;
    vfs.xDlClose = xDlClose;
    vfs.xRandomness = xRandomness;
    vfs.xSleep = xSleep;
    vfs.xCurrentTime = xCurrentTime;
    vfs.xGetLastError = xGetLastError;
    vfs.xCurrentTimeInt64 = xCurrentTimeInt64;
    return vfs;
}

} // namespace fe::sql
