#pragma once

#include "db/Sql.h"

#include <QHash>

struct pg_conn;
struct pg_result;

namespace fe::db {

// libpq, text parameters and results. Statements are prepared on first use; queryMany uses
// pipeline mode (PostgreSQL 14+ libpq) so a batch of statements costs one round trip.
class PostgresConnection final : public Connection
{
public:
    explicit PostgresConnection(const QByteArray& conninfo);
    ~PostgresConnection() override;

    Dialect dialect() const override { return Dialect::Postgres; }
    void execScript(const QByteArray& sql) override;
    Rows query(const char* sql, const Params& params = {}) override;
    std::vector<Rows> queryMany(const char* sql, const std::vector<Params>& paramSets) override;
    void begin() override;
    void commit() override;
    void rollback() override;
    void lockKeys(std::vector<qint64> keys) override;
    bool usable() const override;

private:
    const QByteArray& prepared(const char* sql);
    Rows take(pg_result* result);
    [[noreturn]] void fail(pg_result* result);

    pg_conn* m_conn = nullptr;
    QHash<const char*, QByteArray> m_prepared; // sql address -> statement name
};

// "?" placeholders to "$1", "$2", ... (the SQL of this service has no '?' inside literals).
QByteArray toPostgresPlaceholders(const char* sql);

} // namespace fe::db
