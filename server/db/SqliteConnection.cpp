#include "db/SqliteConnection.h"

#include "store/BackgroundCheckpoint.h"
#include "store/WalWriteBuffer.h"

#include <sqlite3.h>

namespace fe::db {

SqliteConnection::SqliteConnection(const QString& path)
{
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX |
                                       SQLITE_OPEN_EXRESCODE,
                                   sql::walWriteBufferVfs());
    if (rc != SQLITE_OK) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw Failure{Failure::Kind::Unavailable,
                      QStringLiteral("sqlite open: %1").arg(QString::fromUtf8(sqlite3_errstr(rc)))};
    }
    if (sqlite3_db_readonly(m_db, "main") == 1) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw Failure{Failure::Kind::Unavailable, QStringLiteral("sqlite open: read-only")};
    }
    sqlite3_busy_timeout(m_db, 10000);
    // A larger page cache keeps the indexes in memory as the database grows (the default 2 MiB
    // means a read system call for most index pages of a batch).
    execScript("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; "
               "PRAGMA cache_size=-32768; PRAGMA temp_store=MEMORY;");
    // Replaces SQLite's automatic checkpoint (every 1,000 pages): fewer, larger ones, or none at
    // all on this connection once a background thread takes them.
    sqlite3_wal_hook(m_db, &SqliteConnection::walCommitted, this);
}

void SqliteConnection::useBackgroundCheckpoints(BackgroundCheckpoint* checkpoints)
{
    m_checkpoints = checkpoints && checkpoints->running() ? checkpoints : nullptr;
}

int SqliteConnection::walCommitted(void* connection, sqlite3* db, const char* /*schema*/, int frames)
{
    auto* self = static_cast<SqliteConnection*>(connection);
    const int inlineFrames =
        self->m_checkpoints ? kInlineCheckpointFramesWithBackground : kInlineCheckpointFrames;
    if (frames >= inlineFrames) {
        // PASSIVE, as SQLite's own: what a reader still needs stays in the log, durable, for the
        // next checkpoint. A failure leaves the log as it was.
        (void)sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    } else if (self->m_checkpoints && frames >= kBackgroundCheckpointFrames) {
        self->m_checkpoints->request();
    }
    return SQLITE_OK;
}

SqliteConnection::~SqliteConnection()
{
    for (sqlite3_stmt* st : std::as_const(m_statements))
        sqlite3_finalize(st);
    sqlite3_close_v2(m_db);
}

void SqliteConnection::fail(int rc)
{
    Failure f;
    switch (rc & 0xFF) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        f.kind = Failure::Kind::Retry;
        break;
    case SQLITE_CONSTRAINT:
        f.kind = Failure::Kind::Constraint;
        break;
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        f.kind = Failure::Kind::Unavailable;
        break;
    default:
        f.kind = Failure::Kind::Other;
        break;
    }
    f.detail = QStringLiteral("sqlite %1: %2").arg(rc).arg(QString::fromUtf8(sqlite3_errstr(rc)));
    throw f;
}

void SqliteConnection::execScript(const QByteArray& sql)
{
    const int rc = sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        fail(sqlite3_extended_errcode(m_db));
}

sqlite3_stmt* SqliteConnection::prepare(const char* sql)
{
    auto it = m_statements.constFind(sql);
    if (it != m_statements.constEnd())
        return *it;
    sqlite3_stmt* st = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st, nullptr);
    if (rc != SQLITE_OK)
        fail(rc);
    m_statements.insert(sql, st);
    return st;
}

Rows SqliteConnection::query(const char* sql, const Params& params)
{
    sqlite3_stmt* st = prepare(sql);
    int index = 1;
    for (const Param& p : params) {
        if (std::holds_alternative<std::nullptr_t>(p)) {
            sqlite3_bind_null(st, index);
        } else if (const auto* i = std::get_if<qint64>(&p)) {
            sqlite3_bind_int64(st, index, *i);
        } else if (const auto* s = std::get_if<QString>(&p)) {
            const QByteArray utf8 = s->toUtf8();
            sqlite3_bind_text(st, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
        } else if (const auto* b = std::get_if<QByteArray>(&p)) {
            sqlite3_bind_text(st, index, b->constData(), static_cast<int>(b->size()), SQLITE_TRANSIENT);
        }
        ++index;
    }
    const int columns = sqlite3_column_count(st);
    std::vector<std::optional<QByteArray>> cells;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        for (int c = 0; c < columns; ++c) {
            if (sqlite3_column_type(st, c) == SQLITE_NULL) {
                cells.emplace_back(std::nullopt);
            } else {
                const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(st, c));
                cells.emplace_back(QByteArray(data, sqlite3_column_bytes(st, c)));
            }
        }
    }
    const int extended = rc == SQLITE_DONE ? SQLITE_OK : sqlite3_extended_errcode(m_db);
    // sqlite3_changes() keeps the count of the last writing statement: a query reports none.
    const qint64 affected = rc == SQLITE_DONE && !sqlite3_stmt_readonly(st) ? sqlite3_changes64(m_db) : 0;
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (rc != SQLITE_DONE)
        fail(extended ? extended : rc);
    return Rows(columns, std::move(cells), affected);
}

std::vector<Rows> SqliteConnection::queryMany(const char* sql, const std::vector<Params>& paramSets)
{
    std::vector<Rows> out;
    out.reserve(paramSets.size());
    for (const Params& p : paramSets)
        out.push_back(query(sql, p));
    return out;
}

void SqliteConnection::begin()
{
    execScript("BEGIN IMMEDIATE");
}
void SqliteConnection::commit()
{
    execScript("COMMIT");
}
void SqliteConnection::rollback()
{
    if (!sqlite3_get_autocommit(m_db))
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

} // namespace fe::db
