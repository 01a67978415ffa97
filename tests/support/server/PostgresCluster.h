#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace fe::test {

// A throw-away PostgreSQL cluster for one test process: initdb into a temporary folder as a
// non-root user (PostgreSQL refuses to run as root; under root the tests create and use the
// system user "fieldenrol-test"), listening on 127.0.0.1 only, on a free port. Stopped and
// deleted when the object goes (or at the end of main for the shared one).
class PostgresCluster
{
public:
    // `durable`: fsync and synchronous commit on, as in production (benchmarks); tests turn both
    // off because their data is thrown away.
    explicit PostgresCluster(bool durable = false);
    ~PostgresCluster();
    PostgresCluster(const PostgresCluster&) = delete;
    PostgresCluster& operator=(const PostgresCluster&) = delete;

    bool ok() const { return m_running; }
    const QString& error() const { return m_error; }
    int port() const { return m_port; }
    // Creates a fresh database and returns its postgresql:// URL.
    QString createDatabase();

    // One cluster shared by all tests of a process, started on first use.
    static PostgresCluster& shared();
    static void shutdownShared();

private:
    bool run(const QString& program, const QStringList& arguments, int timeoutMs = 120000);
    QString m_bin;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_data;
    int m_port = 0;
    bool m_running = false;
    int m_databases = 0;
    QString m_error;
};

// A TCP port on 127.0.0.1 that nothing listens on right now.
int freeLoopbackPort();

} // namespace fe::test
