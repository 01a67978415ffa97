#pragma once

#include "db/Sql.h"

#include <QHash>

struct pg_conn;
struct pg_result;

namespace fe::db {

// The lock every lockKeys call takes before its keys: shared, or exclusive for more keys than
// keyLockLimit(). lockKey() never gives a negative key.
inline constexpr qint64 kAllKeysLock = -1;
// keyLockLimit(): a 32nd of the server's shared lock table, and at least this.
inline constexpr qint64 kMinKeyLockLimit = 512;

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
    // At most this many keys are locked one by one in a transaction (see lockKeys).
    qint64 keyLockLimit() const { return m_keyLockLimit; }

private:
    const QByteArray& prepared(const char* sql);
    Rows take(pg_result* result);
    [[noreturn]] void fail(pg_result* result);

    pg_conn* m_conn = nullptr;
    qint64 m_keyLockLimit = kMinKeyLockLimit;
    QHash<const char*, QByteArray> m_prepared; // sql address -> statement name
};

// "?" placeholders to "$1", "$2", ... (the SQL of this service has no '?' inside literals).
QByteArray toPostgresPlaceholders(const char* sql);

} // namespace fe::db
