#include "store/Database.h"

#include "common/Utf8.h"
#include "store/WalWriteBuffer.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace fe::sql {

// A 32 MiB page cache (default 2 MiB) keeps the look-up indexes of a large store in memory: with
// the default, importing into a store of 100,000 members got a quarter slower per row.
constexpr const char* kUsualPageCache = "PRAGMA cache_size=-32768";

// Texts up to this many UTF-16 units are encoded into a buffer each parameter keeps.
constexpr qsizetype kReusedTextBuffer = 1024;

Error errorFor(int sqliteCode, const QString& path)
{
    // QT_TRANSLATE_NOOP names the context the messages are looked up in, so lupdate files them
    // under "Store" (a plain tr() here would file them under this namespace, never looked up).
    const auto translated = [](const char* text) {
        return QCoreApplication::translate("Store", text);
    };
    switch (sqliteCode & 0xFF) {
    case SQLITE_FULL:
        return {QStringLiteral("store.disk_full"),
                translated(QT_TRANSLATE_NOOP(
                    "Store", "The disk is full. Nothing was saved: free some space and try again.")),
                {}};
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return {
            QStringLiteral("store.read_only"),
            translated(
                QT_TRANSLATE_NOOP(
                    "Store",
                    "The store %1 can only be read, not written. Nothing was saved: check the disk or the "
                    "file's permissions."))
                .arg(path),
            {}};
    case SQLITE_AUTH: // raised by the store itself while no operator is logged in (LockedPayloadCodec)
        return {QStringLiteral("store.locked"),
                translated(QT_TRANSLATE_NOOP("Store", "Log in to open the store.")),
                {}};
    case SQLITE_CANTOPEN:
        return {
            QStringLiteral("store.cannot_open"),
            translated(QT_TRANSLATE_NOOP(
                           "Store",
                           "The store %1 cannot be opened. Check that the folder exists and can be written."))
                .arg(path),
            {}};
    case SQLITE_NOTADB:
        return {QStringLiteral("store.not_a_store"),
                translated(QT_TRANSLATE_NOOP("Store", "%1 is not a FieldEnrol store (or it is encrypted with "
                                                      "another key). It was left unchanged."))
                    .arg(path),
                {}};
    case SQLITE_CORRUPT:
        return {QStringLiteral("store.corrupt"),
                translated(QT_TRANSLATE_NOOP("Store", "The store %1 is damaged. Restore it from a backup; "
                                                      "the damaged file was left unchanged."))
                    .arg(path),
                {}};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {QStringLiteral("store.busy"),
                translated(QT_TRANSLATE_NOOP(
                    "Store", "The store is in use by another program. Close it and try again.")),
                {}};
    case SQLITE_IOERR:
        return {QStringLiteral("store.io_error"),
                translated(QT_TRANSLATE_NOOP(
                    "Store", "The disk reported an error. Nothing was saved: check the disk and try again.")),
                {}};
    case SQLITE_CONSTRAINT:
        return {QStringLiteral("store.constraint"),
                translated(QT_TRANSLATE_NOOP("Store", "The change conflicts with a record already saved.")),
                {}};
    default:
        return {QStringLiteral("store.error"),
                translated(QT_TRANSLATE_NOOP(
                               "Store", "The store reported an unexpected error (%1). Nothing was saved."))
                    .arg(QString::fromUtf8(sqlite3_errstr(sqliteCode))),
                {}};
    }
}

Statement::Statement(sqlite3* db, const char* sql) : m_db(db)
{
    const int rc = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        throw Failure{rc, QString::fromUtf8(sqlite3_errmsg(db))};
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement& Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, const QString& text)
{
    if (text.isNull()) {
        sqlite3_bind_null(m_stmt, index);
        return *this;
    }
    if (index < 1) {
        sqlite3_bind_text(m_stmt, index, "", 0, SQLITE_STATIC); // refused, as SQLite reports
        return *this;
    }
    if (text.size() > kReusedTextBuffer) { // a large text: its buffer is not kept for the next one
        QByteArray utf8 = text.toUtf8();
        const int size = static_cast<int>(utf8.size());
        sqlite3_bind_text(m_stmt, index, hold(index, std::move(utf8)), size, SQLITE_STATIC);
        return *this;
    }
    // Encoded into the buffer this parameter held last time: no allocation per value (a bulk import
    // binds some twenty texts per row).
    QByteArray& slot = heldSlot(index);
    if (!slot.isDetached())
        slot = QByteArray(); // shared with a blob bound before: never write into a caller's bytes
    slot.truncate(0);        // keeps the capacity
    appendUtf8(slot, text);
    sqlite3_bind_text(m_stmt, index, slot.constData(), static_cast<int>(slot.size()), SQLITE_STATIC);
    return *this;
}

Statement& Statement::bindBlob(int index, const QByteArray& blob)
{
    // QByteArray::fromRawData has no data block of its own: its bytes are not ours to keep.
    if (!const_cast<QByteArray&>(blob).data_ptr().d_ptr())
        sqlite3_bind_blob(m_stmt, index, blob.constData(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
    else
        sqlite3_bind_blob(m_stmt, index, hold(index, blob), static_cast<int>(blob.size()), SQLITE_STATIC);
    return *this;
}

QByteArray& Statement::heldSlot(int index)
{
    if (m_held.size() < static_cast<size_t>(index))
        m_held.resize(static_cast<size_t>(index));
    return m_held[static_cast<size_t>(index) - 1];
}

const char* Statement::hold(int index, QByteArray bytes)
{
    if (index < 1)
        return nullptr; // SQLite refuses the index before it reads anything
    QByteArray& slot = heldSlot(index);
    slot = std::move(bytes);
    return slot.constData(); // "" for an empty array: an empty value, never NULL
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const int extended = sqlite3_extended_errcode(m_db);
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_stmt);
    throw Failure{extended ? extended : rc, message};
}

void Statement::run()
{
    while (next()) {
    }
    reset();
}

int Statement::parameterCount() const
{
    return sqlite3_bind_parameter_count(m_stmt);
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::unique_ptr<Database> Database::open(const QString& path, Mode mode, const QString& vfsName)
{
    // Without memory statistics SQLite takes no global lock on every allocation (a few per cent of
    // a bulk import). Possible only before SQLite initialises; afterwards it is refused, harmlessly.
    [[maybe_unused]] static const int statisticsOff = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    sqlite3* db = nullptr;
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    if (mode == Mode::ReadWriteCreate)
        flags |= SQLITE_OPEN_CREATE;
    const QByteArray vfs = vfsName.toUtf8();
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags,
                                   vfs.isEmpty() ? walWriteBufferVfs() : vfs.constData());
    if (rc != SQLITE_OK) {
        sqlite3_close_v2(db);
        throw Failure{rc, QStringLiteral("open")};
    }
    // SQLite falls back to read-only when the file cannot be opened for writing; a store that
    // silently cannot save is worse than one that refuses to open.
    if (sqlite3_db_readonly(db, "main") == 1) {
        sqlite3_close_v2(db);
        throw Failure{SQLITE_READONLY, QStringLiteral("open")};
    }
    // Savepoint journals and temporary tables stay in memory. On disk (/var/tmp/etilqs_*) every
    // page a savepoint touches was written out again: a bulk import with one savepoint per row
    // spent most of its time there, and those pages hold personal data in plain text.
    sqlite3_exec(db, "PRAGMA temp_store=MEMORY", nullptr, nullptr, nullptr);
    sqlite3_exec(db, kUsualPageCache, nullptr, nullptr, nullptr);
    return std::unique_ptr<Database>(new Database(db, path));
}

Database::~Database()
{
    m_cache.clear();
    sqlite3_close_v2(m_db);
}

void Database::exec(const char* sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : "");
        sqlite3_free(message);
        const int extended = sqlite3_extended_errcode(m_db);
        throw Failure{extended ? extended : rc, text};
    }
}

Statement& Database::cached(const char* sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end())
        it = m_cache.insert(sql, std::make_shared<Statement>(m_db, sql));
    (*it)->reset();
    return **it;
}

qint64 Database::scalar(const char* sql)
{
    Statement st(m_db, sql);
    return st.next() ? st.int64(0) : 0;
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}
int Database::changes() const
{
    return sqlite3_changes(m_db);
}

namespace {
constexpr int kPreparedSavepoints = 3;
const char* const kSavepoint[kPreparedSavepoints] = {"SAVEPOINT sp1", "SAVEPOINT sp2", "SAVEPOINT sp3"};
const char* const kRelease[kPreparedSavepoints] = {"RELEASE sp1", "RELEASE sp2", "RELEASE sp3"};
} // namespace

Transaction::Transaction(Database& db) : m_db(db)
{
    if (m_db.transactionDepth == 0) {
        m_db.exec("BEGIN IMMEDIATE");
    } else if (m_db.nestedSavepointsOff) {
        m_unguarded = true;
    } else {
        m_savepoint = "sp" + QByteArray::number(m_db.transactionDepth);
        // Bulk import opens one savepoint per row: prepared once instead of parsed every time.
        if (m_db.transactionDepth <= kPreparedSavepoints)
            m_db.cached(kSavepoint[m_db.transactionDepth - 1]).run();
        else
            m_db.exec(("SAVEPOINT " + m_savepoint).constData());
    }
    ++m_db.transactionDepth;
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    --m_db.transactionDepth;
    if (m_unguarded) {
        m_db.unguardedFailed = true; // what it wrote stays until the whole batch rolls back
        return;
    }
    // Rollback must not throw from a destructor; a failed rollback leaves SQLite to roll back
    // the journal on next open, which is what it is for.
    if (m_savepoint.isEmpty()) {
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    } else {
        const QByteArray sql = "ROLLBACK TO " + m_savepoint + "; RELEASE " + m_savepoint;
        sqlite3_exec(m_db.handle(), sql.constData(), nullptr, nullptr, nullptr);
    }
}

void Transaction::commit()
{
    if (m_unguarded) {
        // the enclosing batch commits it
    } else if (m_savepoint.isEmpty())
        m_db.exec("COMMIT");
    else if (m_db.transactionDepth <= kPreparedSavepoints + 1)
        m_db.cached(kRelease[m_db.transactionDepth - 2]).run();
    else
        m_db.exec(("RELEASE " + m_savepoint).constData());
    m_done = true;
    --m_db.transactionDepth;
}

void Transaction::endUnwritten()
{
    if (!m_unguarded)
        return; // the destructor rolls back (nothing to undo, so it is cheap)
    m_done = true;
    --m_db.transactionDepth;
}

BulkPageCache::BulkPageCache(Database& db) : m_db(db)
{
    sqlite3_exec(m_db.handle(), "PRAGMA cache_size=-98304", nullptr, nullptr, nullptr); // 96 MiB
}

BulkPageCache::~BulkPageCache()
{
    sqlite3_exec(m_db.handle(), kUsualPageCache, nullptr, nullptr, nullptr);
    sqlite3_db_release_memory(m_db.handle());
}

OnePassReading::OnePassReading(Database& db) : m_db(db)
{
    sqlite3_exec(m_db.handle(), "PRAGMA cache_size=-2048", nullptr, nullptr, nullptr);
}

OnePassReading::~OnePassReading()
{
    // What the pass left in the cache are pages a later pass reads again anyway.
    sqlite3_db_release_memory(m_db.handle());
    sqlite3_exec(m_db.handle(), kUsualPageCache, nullptr, nullptr, nullptr);
}

} // namespace fe::sql
