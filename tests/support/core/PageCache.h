#pragma once

#include "store/Database.h"

#include <sqlite3.h>

namespace fe::test {

// Bytes SQLite holds for this connection's page cache.
inline int pageCacheBytes(sql::Database& db)
{
    int current = 0;
    int highest = 0;
    sqlite3_db_status(db.handle(), SQLITE_DBSTATUS_CACHE_USED, &current, &highest, 0);
    return current;
}

} // namespace fe::test
