#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <variant>
#include <vector>

namespace fe::db {

enum class Dialect { Sqlite, Postgres };

// A bound value: NULL, an integer, or text (QString, or UTF-8 bytes to avoid a conversion).
using Param = std::variant<std::nullptr_t, qint64, QString, QByteArray>;
using Params = std::vector<Param>;

// The rows of a result, every cell kept as text (both backends speak text to us), and how many
// rows an INSERT, UPDATE or DELETE changed (0 for a query).
class Rows
{
public:
    Rows() = default;
    Rows(int columns, std::vector<std::optional<QByteArray>> cells, qint64 affected = 0)
        : m_columns(columns), m_cells(std::move(cells)), m_affected(affected)
    {}

    int size() const { return m_columns == 0 ? 0 : static_cast<int>(m_cells.size()) / m_columns; }
    bool empty() const { return size() == 0; }
    int columns() const { return m_columns; }
    bool isNull(int row, int column) const { return !cell(row, column).has_value(); }
    QByteArray bytes(int row, int column) const { return cell(row, column).value_or(QByteArray()); }
    QString text(int row, int column) const { return QString::fromUtf8(bytes(row, column)); }
    qint64 int64(int row, int column) const { return bytes(row, column).toLongLong(); }
    // Lets `INSERT … ON CONFLICT DO NOTHING` tell whether it inserted without `RETURNING`, which
    // SQLite answers through a temporary B-tree built for every execution.
    qint64 affected() const { return m_affected; }

private:
    const std::optional<QByteArray>& cell(int row, int column) const
    {
        return m_cells[static_cast<size_t>(row * m_columns + column)];
    }
    int m_columns = 0;
    std::vector<std::optional<QByteArray>> m_cells;
    qint64 m_affected = 0;
};

// Thrown by connections; never carries values from the statement (they may be personal data).
struct Failure
{
    enum class Kind {
        Retry,       // serialisation failure, deadlock, busy: the whole transaction may be retried
        Constraint,  // a constraint refused the change
        Unavailable, // the database cannot be reached or written (disk full, connection lost)
        Other,
    };
    Kind kind = Kind::Other;
    QString detail; // SQLSTATE / SQLite code and the primary message only
};

// One database connection, used by one thread at a time. SQL uses '?' placeholders and must be a
// string literal: statements are prepared once per connection and cached by their address.
class Connection
{
public:
    virtual ~Connection() = default;
    virtual Dialect dialect() const = 0;
    // Several statements, no parameters, not cached (migrations).
    virtual void execScript(const QByteArray& sql) = 0;
    virtual Rows query(const char* sql, const Params& params = {}) = 0;
    // The same statement for many parameter sets; PostgreSQL sends them in one round trip.
    virtual std::vector<Rows> queryMany(const char* sql, const std::vector<Params>& paramSets) = 0;
    virtual void begin() = 0;
    virtual void commit() = 0;
    virtual void rollback() = 0; // never throws
    // Transaction-scoped exclusive locks on application keys (PostgreSQL advisory locks), taken in
    // ascending order so two transactions never wait for each other in a cycle. Very many keys
    // lock everything instead (see PostgresConnection::lockKeys). SQLite has a single writer
    // already and ignores them.
    virtual void lockKeys(std::vector<qint64> keys) = 0;
    // False once the connection is broken; the pool replaces it.
    virtual bool usable() const = 0;
};

// A stable 63-bit key for lockKeys from any text (SHA-256 based: the same in every process).
qint64 lockKey(const QByteArray& text);

} // namespace fe::db
