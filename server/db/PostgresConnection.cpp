#include "db/PostgresConnection.h"

#include <libpq-fe.h>

#include <algorithm>
#include <memory>

namespace fe::db {
namespace {

struct ResultDeleter
{
    void operator()(PGresult* r) const { PQclear(r); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

// Parameters as C strings for libpq; keeps the converted bytes alive while the call runs.
struct TextParams
{
    explicit TextParams(const Params& params)
    {
        storage.reserve(params.size());
        for (const Param& p : params) {
            if (std::holds_alternative<std::nullptr_t>(p))
                storage.emplace_back(std::nullopt);
            else if (const auto* i = std::get_if<qint64>(&p))
                storage.emplace_back(QByteArray::number(*i));
            else if (const auto* s = std::get_if<QString>(&p))
                storage.emplace_back(s->toUtf8());
            else
                storage.emplace_back(std::get<QByteArray>(p));
        }
        for (const auto& s : storage)
            values.push_back(s ? s->constData() : nullptr);
    }
    std::vector<std::optional<QByteArray>> storage;
    std::vector<const char*> values;
};

constexpr size_t kPipelineChunk = 200; // results are read between chunks so no socket buffer fills

} // namespace

QByteArray toPostgresPlaceholders(const char* sql)
{
    QByteArray out;
    int n = 0;
    for (const char* p = sql; *p; ++p) {
        if (*p == '?')
            out += '$' + QByteArray::number(++n);
        else
            out += *p;
    }
    return out;
}

PostgresConnection::PostgresConnection(const QByteArray& conninfo)
{
    m_conn = PQconnectdb(conninfo.constData());
    if (PQstatus(m_conn) != CONNECTION_OK) {
        // libpq's message names host and database, never the password.
        const QString message = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        PQfinish(m_conn);
        m_conn = nullptr;
        throw Failure{Failure::Kind::Unavailable, QStringLiteral("postgresql connect: %1").arg(message)};
    }
    PQsetClientEncoding(m_conn, "UTF8");
    execScript("SET synchronous_commit = on; SET client_min_messages = warning");
    const Rows slots = query("SELECT current_setting('max_locks_per_transaction')::bigint * "
                             "(current_setting('max_connections')::bigint + "
                             "current_setting('max_prepared_transactions')::bigint)");
    m_keyLockLimit = std::max(kMinKeyLockLimit, slots.int64(0, 0) / 32);
}

PostgresConnection::~PostgresConnection()
{
    PQfinish(m_conn);
}

bool PostgresConnection::usable() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

void PostgresConnection::fail(PGresult* result)
{
    Failure f;
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const char* primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    const QByteArray sqlstate = state ? QByteArray(state) : QByteArray();
    if (sqlstate == "40001" || sqlstate == "40P01" || sqlstate == "55P03")
        f.kind = Failure::Kind::Retry;
    else if (sqlstate.startsWith("23"))
        f.kind = Failure::Kind::Constraint;
    else if (sqlstate.startsWith("08") || sqlstate.startsWith("57P") || sqlstate == "53100" || !usable())
        f.kind = Failure::Kind::Unavailable;
    else
        f.kind = Failure::Kind::Other;
    f.detail = QStringLiteral("postgresql %1: %2")
                   .arg(QString::fromLatin1(sqlstate),
                        QString::fromUtf8(primary ? primary : PQerrorMessage(m_conn)).trimmed());
    if (result)
        PQclear(result);
    throw f;
}

Rows PostgresConnection::take(PGresult* result)
{
    const ExecStatusType status = PQresultStatus(result);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
        fail(result);
    ResultPtr owned(result);
    const int rows = PQntuples(result);
    const int columns = PQnfields(result);
    std::vector<std::optional<QByteArray>> cells;
    cells.reserve(static_cast<size_t>(rows * columns));
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c)
            if (PQgetisnull(result, r, c))
                cells.emplace_back(std::nullopt);
            else
                cells.emplace_back(QByteArray(PQgetvalue(result, r, c), PQgetlength(result, r, c)));
    // The rows an INSERT, UPDATE or DELETE changed; PQcmdTuples counts a SELECT's rows too.
    const qint64 affected = QByteArray(PQcmdStatus(result)).startsWith("SELECT")
                                ? 0
                                : QByteArray(PQcmdTuples(result)).toLongLong();
    return Rows(columns, std::move(cells), affected);
}

void PostgresConnection::execScript(const QByteArray& sql)
{
    PGresult* result = PQexec(m_conn, sql.constData());
    take(result);
}

const QByteArray& PostgresConnection::prepared(const char* sql)
{
    auto it = m_prepared.constFind(sql);
    if (it != m_prepared.constEnd())
        return *it;
    const QByteArray name = "s" + QByteArray::number(m_prepared.size());
    take(PQprepare(m_conn, name.constData(), toPostgresPlaceholders(sql).constData(), 0, nullptr));
    return *m_prepared.insert(sql, name);
}

Rows PostgresConnection::query(const char* sql, const Params& params)
{
    const QByteArray& name = prepared(sql);
    TextParams text(params);
    return take(PQexecPrepared(m_conn, name.constData(), static_cast<int>(text.values.size()),
                               text.values.data(), nullptr, nullptr, 0));
}

std::vector<Rows> PostgresConnection::queryMany(const char* sql, const std::vector<Params>& paramSets)
{
    std::vector<Rows> out;
    out.reserve(paramSets.size());
    if (paramSets.size() <= 1) {
        for (const Params& p : paramSets)
            out.push_back(query(sql, p));
        return out;
    }
    const QByteArray name = prepared(sql);
    for (size_t start = 0; start < paramSets.size(); start += kPipelineChunk) {
        const size_t end = std::min(paramSets.size(), start + kPipelineChunk);
        if (PQenterPipelineMode(m_conn) != 1)
            fail(nullptr);
        for (size_t i = start; i < end; ++i) {
            TextParams text(paramSets[i]);
            if (PQsendQueryPrepared(m_conn, name.constData(), static_cast<int>(text.values.size()),
                                    text.values.data(), nullptr, nullptr, 0) != 1) {
                PQexitPipelineMode(m_conn);
                fail(nullptr);
            }
        }
        PQpipelineSync(m_conn);
        // Every statement yields its result then a null; the sync point ends the chunk. A failed
        // statement aborts the rest: remember the first failure, drain, then report it.
        std::optional<Failure> failure;
        for (size_t i = start; i < end; ++i) {
            PGresult* result = PQgetResult(m_conn);
            if (!failure) {
                try {
                    out.push_back(take(result));
                } catch (const Failure& f) {
                    failure = f;
                }
            } else if (result) {
                PQclear(result);
            }
            while (PGresult* extra = PQgetResult(m_conn))
                PQclear(extra);
        }
        for (PGresult* r = PQgetResult(m_conn); r; r = PQgetResult(m_conn)) {
            const bool sync = PQresultStatus(r) == PGRES_PIPELINE_SYNC;
            PQclear(r);
            if (sync)
                break;
        }
        PQexitPipelineMode(m_conn);
        if (failure)
            throw *failure;
    }
    return out;
}

void PostgresConnection::begin()
{
    execScript("BEGIN");
}
void PostgresConnection::commit()
{
    execScript("COMMIT");
}

void PostgresConnection::rollback()
{
    if (m_conn && PQtransactionStatus(m_conn) != PQTRANS_IDLE)
        PQclear(PQexec(m_conn, "ROLLBACK"));
}

// Advisory locks live in PostgreSQL's shared lock table, which has room for
// max_locks_per_transaction x (max_connections + max_prepared_transactions) locks in all: 6,400
// with the defaults. A push of 1,000 registrations touches ~4,000 keys (each member and its
// claims), so four such pushes at once ran out of it ("out of shared memory": 4 and 6 of 40
// batches in two runs of bench_central with the default max_connections). A transaction with more keys than
// keyLockLimit() (a 32nd of the table - room for the pushes of a few instances and the relation
// locks that spill into the table - but at least 512, a 100-record push's ~400) therefore locks
// them all at once: kAllKeysLock, exclusive. Every other transaction holds kAllKeysLock shared
// before its own keys, so a large push waits for the pushes under way and they for it, small ones
// still run side by side. kAllKeysLock always comes first, so the order of locks stays the same for
// everyone (a transaction that needs more than keyLockLimit() keys asks for them in its first
// call: a shared lock is never upgraded). docs/CENTRAL.md, "Sizing", says what to raise so that
// large pushes run side by side too.
void PostgresConnection::lockKeys(std::vector<qint64> keys)
{
    if (keys.empty())
        return;
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    if (static_cast<qint64>(keys.size()) > m_keyLockLimit) {
        query("SELECT pg_advisory_xact_lock(?)", {kAllKeysLock});
        return;
    }
    query("SELECT pg_advisory_xact_lock_shared(?)", {kAllKeysLock});
    QByteArray array = "{";
    for (size_t i = 0; i < keys.size(); ++i)
        array += (i ? "," : "") + QByteArray::number(keys[i]);
    array += '}';
    // unnest keeps the array's (ascending) order, so every transaction locks in the same order.
    query("SELECT pg_advisory_xact_lock(k) FROM unnest(?::bigint[]) AS t(k)", {array});
}

} // namespace fe::db
