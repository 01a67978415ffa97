#include "db/Database.h"

#include "db/PostgresConnection.h"
#include "db/SqliteConnection.h"

#include "crypto/Crypto.h"
#include "store/BackgroundCheckpoint.h"

#include <QUrl>

#include <chrono>
#include <random>
#include <thread>

namespace fe::db {

qint64 lockKey(const QByteArray& text)
{
    const QByteArray h = crypto::sha256(text); // several per record: OpenSSL's, not Qt's portable code
    quint64 v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | static_cast<quint8>(h[i]);
    return static_cast<qint64>(v >> 1);
}

std::optional<Location> Location::parse(const QString& text)
{
    Location l;
    if (text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))) {
        l.dialect = Dialect::Postgres;
        l.postgresUrl = text.toUtf8();
        return l;
    }
    QString path = text;
    if (path.startsWith(QLatin1String("sqlite:")))
        path = path.mid(7);
    if (path.isEmpty())
        return std::nullopt;
    l.sqlitePath = path;
    return l;
}

QString Location::describe() const
{
    if (dialect == Dialect::Sqlite)
        return QStringLiteral("sqlite:") + sqlitePath;
    QUrl url(QString::fromUtf8(postgresUrl));
    url.setPassword({});
    url.setQuery(QString());
    return url.toString();
}

Database::Database(Location location, int poolSize)
    : m_location(std::move(location)), m_poolSize(std::max(1, poolSize))
{}

Database::~Database() = default;

std::unique_ptr<Connection> Database::connect()
{
    if (m_location.dialect != Dialect::Sqlite)
        return std::make_unique<PostgresConnection>(m_location.postgresUrl);
    auto connection = std::make_unique<SqliteConnection>(m_location.sqlitePath);
    {
        const std::lock_guard lock(m_checkpointsMutex);
        if (!m_checkpoints) // if it cannot open the file, the connections checkpoint themselves
            m_checkpoints = std::make_unique<BackgroundCheckpoint>(m_location.sqlitePath, QString());
    }
    connection->useBackgroundCheckpoints(m_checkpoints.get());
    return connection;
}

std::unique_ptr<Connection> Database::acquire()
{
    std::unique_lock lock(m_mutex);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(acquireTimeoutMs);
    while (m_idle.empty() && m_open >= m_poolSize) {
        if (m_available.wait_until(lock, deadline) == std::cv_status::timeout && m_idle.empty() &&
            m_open >= m_poolSize)
            throw Failure{Failure::Kind::Unavailable, QStringLiteral("no database connection free")};
    }
    if (!m_idle.empty()) {
        auto c = std::move(m_idle.back());
        m_idle.pop_back();
        return c;
    }
    ++m_open;
    lock.unlock();
    try {
        return connect();
    } catch (...) {
        lock.lock();
        --m_open;
        m_available.notify_one();
        throw;
    }
}

void Database::release(std::unique_ptr<Connection> connection)
{
    std::lock_guard lock(m_mutex);
    if (connection && connection->usable())
        m_idle.push_back(std::move(connection));
    else
        --m_open;
    m_available.notify_one();
}

void Database::read(const std::function<void(Connection&)>& work)
{
    auto c = acquire();
    try {
        work(*c);
    } catch (...) {
        release(std::move(c));
        throw;
    }
    release(std::move(c));
}

void Database::session(const std::function<void(Connection&)>& work)
{
    read(work);
}

void Database::write(const std::function<void(Connection&)>& work)
{
    std::unique_lock<std::mutex> writer(m_sqliteWriter, std::defer_lock);
    if (m_location.dialect == Dialect::Sqlite)
        writer.lock();
    thread_local std::minstd_rand jitter(std::random_device{}());
    for (int attempt = 1;; ++attempt) {
        auto c = acquire();
        try {
            c->begin();
            work(*c);
            c->commit();
            release(std::move(c));
            return;
        } catch (const Failure& f) {
            c->rollback();
            release(std::move(c));
            if (f.kind != Failure::Kind::Retry || attempt >= maxWriteAttempts)
                throw;
            // Back off a little, with jitter, so two retrying transactions do not collide again.
            std::this_thread::sleep_for(
                std::chrono::milliseconds(1 + static_cast<int>(jitter() % (5u * attempt))));
        } catch (...) {
            c->rollback();
            release(std::move(c));
            throw;
        }
    }
}

} // namespace fe::db
