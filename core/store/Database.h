#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <vector>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace fe::sql {

// Thrown inside the store's implementation only; every public Store call catches it, rolls back
// and returns an Error. It never crosses the core library's API.
struct Failure
{
    int sqliteCode;
    QString context;
};

// Maps an SQLite result code to the error a person sees (disk full, read-only, not a store ...).
Error errorFor(int sqliteCode, const QString& path);

class Statement
{
public:
    Statement(sqlite3* db, const char* sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, const QString& text); // null QString binds NULL
    Statement& bindBlob(int index, const QByteArray& blob);
    Statement& bindNull(int index);

    // Steps once: true while a row is available, false when done. Throws on error.
    bool next();
    // Runs a statement that returns no rows and resets it.
    void run();
    void reset();

    qint64 int64(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;
    int parameterCount() const;

private:
    QByteArray& heldSlot(int index); // index >= 1
    const char* hold(int index, QByteArray bytes);

    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    // The bytes of bound text and blobs, kept until they are bound again: SQLite reads them in
    // place (SQLITE_STATIC) instead of copying each one.
    std::vector<QByteArray> m_held;
};

class Database
{
public:
    enum class Mode { ReadWrite, ReadWriteCreate };

    // Opens the file; vfsName selects an SQLite VFS (empty: the default one, with the log's frames
    // written in few system calls: store/WalWriteBuffer.h).
    static std::unique_ptr<Database> open(const QString& path, Mode mode, const QString& vfsName = {});
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    sqlite3* handle() const { return m_db; }
    const QString& path() const { return m_path; }
    void exec(const char* sql);
    // Prepared once per connection and reused: `sql` must be a string literal.
    Statement& cached(const char* sql);
    qint64 scalar(const char* sql);
    qint64 lastInsertRowId() const;
    int changes() const;
    int transactionDepth = 0; // maintained by Transaction
    // Inside a batch that is all or nothing (Store::inBatch with BatchGuard::WholeBatch), a nested
    // Transaction opens no savepoint: a savepoint copies every page a save touches into a
    // sub-journal, about a fifth of a bulk import. One that ends without commit sets `unguardedFailed`,
    // and the batch is rolled back as a whole.
    bool nestedSavepointsOff = false;
    bool unguardedFailed = false;

private:
    Database(sqlite3* db, QString path) : m_db(db), m_path(std::move(path)) {}
    sqlite3* m_db;
    QString m_path;
    QHash<const char*, std::shared_ptr<Statement>> m_cache;
};

// BEGIN IMMEDIATE ... COMMIT, rolled back by the destructor unless committed. Nested scopes use
// savepoints so one bad row of a batch rolls back alone.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();
    // Ends a transaction in which nothing was written (a check inside it refused the change). As
    // the destructor, but in a batch without savepoints it does not fail the batch: there is
    // nothing of it to undo.
    void endUnwritten();

private:
    Database& m_db;
    QByteArray m_savepoint;
    bool m_unguarded = false; // nested, without a savepoint (Database::nestedSavepointsOff)
    bool m_done = false;
};

// A page cache large enough for the transactions of a bulk import (about 20,000 rows each, whose
// new pages and rewritten index pages must stay in memory until the commit instead of spilling into
// the log twice); back to the usual cache, and its memory freed, when it ends.
class BulkPageCache
{
public:
    explicit BulkPageCache(Database& db);
    ~BulkPageCache();
    BulkPageCache(const BulkPageCache&) = delete;
    BulkPageCache& operator=(const BulkPageCache&) = delete;

private:
    Database& m_db;
};

// A small page cache for one pass that reads each page once (every member, a large blob): the
// usual cache would only fill with pages already read, memory the screens need more.
class OnePassReading
{
public:
    explicit OnePassReading(Database& db);
    ~OnePassReading();
    OnePassReading(const OnePassReading&) = delete;
    OnePassReading& operator=(const OnePassReading&) = delete;

private:
    Database& m_db;
};

} // namespace fe::sql
