#include "PostgresCluster.h"

#include <QDir>
#include <QProcess>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdlib>

namespace fe::test {
namespace {

const QString kUser = QStringLiteral("fieldenrol-test");
std::unique_ptr<PostgresCluster> g_shared;

QString findPostgresBin()
{
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    std::sort(versions.begin(), versions.end(),
              [](const QString& a, const QString& b) { return a.toInt() > b.toInt(); });
    for (const QString& v : versions) {
        const QString bin = root.filePath(v + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/initdb")) && QFile::exists(bin + QStringLiteral("/pg_ctl")))
            return bin;
    }
    return {};
}

bool isRoot()
{
    return geteuid() == 0;
}

int quietly(const QString& program, const QStringList& arguments)
{
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    p.setStandardErrorFile(QProcess::nullDevice());
    p.start(program, arguments);
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace

int freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t length = sizeof addr;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &length) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

bool PostgresCluster::run(const QString& program, const QStringList& arguments, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (isRoot())
        p.start(QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), kUser, QStringLiteral("--"), program} + arguments);
    else
        p.start(program, arguments);
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error =
            QStringLiteral("%1 failed: %2").arg(program, QString::fromLocal8Bit(p.readAll()).right(2000));
        return false;
    }
    return true;
}

PostgresCluster::PostgresCluster(bool durable)
{
    m_bin = findPostgresBin();
    if (m_bin.isEmpty()) {
        m_error =
            QStringLiteral("no PostgreSQL server binaries under /usr/lib/postgresql (install postgresql)");
        return;
    }
    if (isRoot()) {
        // A system user without login to own the cluster; created once per machine.
        if (quietly(QStringLiteral("id"), {QStringLiteral("-u"), kUser}) != 0 &&
            quietly(QStringLiteral("useradd"),
                    {QStringLiteral("--system"), QStringLiteral("--no-create-home"),
                     QStringLiteral("--shell"), QStringLiteral("/usr/sbin/nologin"), kUser}) != 0 &&
            quietly(QStringLiteral("id"), {QStringLiteral("-u"), kUser}) != 0) {
            m_error = QStringLiteral("cannot create the system user %1").arg(kUser);
            return;
        }
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/fieldenrol-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder");
        return;
    }
    if (isRoot() && quietly(QStringLiteral("chown"), {kUser, m_dir->path()}) != 0) {
        m_error = QStringLiteral("cannot hand the temporary folder to %1").arg(kUser);
        return;
    }
    m_data = m_dir->filePath(QStringLiteral("data"));
    if (!run(m_bin + QStringLiteral("/initdb"),
             {QStringLiteral("-D"), m_data, QStringLiteral("-U"), QStringLiteral("postgres"),
              QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
              QStringLiteral("--locale=C"), QStringLiteral("--no-sync")}))
        return;
    // Loopback only and a private socket folder; without fsync unless durable (throw-away data).
    // Durable is configured as docs/CENTRAL.md advises for production ("Sizing"): room in the lock
    // table for 1,000-record pushes to lock their keys one by one.
    const QString speed =
        durable ? QStringLiteral("-c shared_buffers=256MB -c max_locks_per_transaction=512")
                : QStringLiteral("-c fsync=off -c synchronous_commit=off -c full_page_writes=off");
    for (int attempt = 0; attempt < 5 && !m_running; ++attempt) {
        m_port = freeLoopbackPort();
        const QString options =
            QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -k %2 -c max_connections=300 %3")
                .arg(m_port)
                .arg(m_dir->path(), speed);
        m_running =
            run(m_bin + QStringLiteral("/pg_ctl"),
                {QStringLiteral("-D"), m_data, QStringLiteral("-l"), m_dir->filePath(QStringLiteral("log")),
                 QStringLiteral("-o"), options, QStringLiteral("-w"), QStringLiteral("-t"),
                 QStringLiteral("60"), QStringLiteral("start")});
    }
    if (m_running)
        m_error.clear();
}

PostgresCluster::~PostgresCluster()
{
    if (m_running)
        run(m_bin + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), m_data, QStringLiteral("-m"), QStringLiteral("immediate"),
             QStringLiteral("-w"), QStringLiteral("stop")});
}

QString PostgresCluster::createDatabase()
{
    const QString name = QStringLiteral("central_%1").arg(++m_databases);
    if (!run(m_bin + QStringLiteral("/createdb"),
             {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
              QString::number(m_port), QStringLiteral("-U"), QStringLiteral("postgres"), name}))
        return {};
    return QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(m_port).arg(name);
}

PostgresCluster& PostgresCluster::shared()
{
    if (!g_shared)
        g_shared = std::make_unique<PostgresCluster>();
    return *g_shared;
}

void PostgresCluster::shutdownShared()
{
    g_shared.reset();
}

} // namespace fe::test
