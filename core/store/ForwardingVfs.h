#pragma once

#include <sqlite3.h>

namespace fe::sql {

// A VFS that wraps `base` (kept in its pAppData): xOpen is the wrapper's own, every other VFS-level
// call (delete, access, paths, dynamic loading, randomness, sleep, time, errors) goes to `base`.
// Version 2; the caller keeps it alive (static) and registers it.
sqlite3_vfs forwardingVfs(sqlite3_vfs* base, const char* name, int handleBytes,
                          int (*open)(sqlite3_vfs*, const char*, sqlite3_file*, int, int*));

} // namespace fe::sql
