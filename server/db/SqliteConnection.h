#pragma once

#include "db/Sql.h"

#include <QHash>

struct sqlite3;
struct sqlite3_stmt;

namespace fe::db {

// WAL, synchronous=FULL (a commit is on disk before the response), foreign keys on.
class SqliteConnection final : public Connection
{
public:
    explicit SqliteConnection(const QString& path);
    ~SqliteConnection() override;

    Dialect dialect() const override { return Dialect::Sqlite; }
    void execScript(const QByteArray& sql) override;
    Rows query(const char* sql, const Params& params = {}) override;
    std::vector<Rows> queryMany(const char* sql, const std::vector<Params>& paramSets) override;
    void begin() override;
    void commit() override;
    void rollback() override;
    void lockKeys(std::vector<qint64>) override {}
    bool usable() const override { return m_db != nullptr; }

private:
    sqlite3_stmt* prepare(const char* sql);
    [[noreturn]] void fail(int rc);

    sqlite3* m_db = nullptr;
    QHash<const char*, sqlite3_stmt*> m_statements;
};

} // namespace fe::db
