#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace fe::test {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The real fieldenrol-central process: `serve` on a free loopback port (discovered through
// --port-file), stopped with SIGTERM when the object goes.
class CentralProcess
{
public:
    // `database`: a SQLite path or a postgresql:// URL.
    explicit CentralProcess(QString database, QStringList extraArguments = {});
    ~CentralProcess();
    CentralProcess(const CentralProcess&) = delete;
    CentralProcess& operator=(const CentralProcess&) = delete;

    bool start(int timeoutMs = 60000);
    void stop();
    // Stops the service and tells whether it ended as it should: exit code 0 after SIGTERM and no
    // sanitizer report in its output (under ASan/UBSan builds the service is checked too).
    bool stopCleanly();
    int port() const { return m_port; }
    qint64 pid() const { return m_process ? m_process->processId() : 0; }
    const QString& database() const { return m_database; }
    QString log() const; // what the service wrote on stderr so far (all its runs)

    // One-off command against the same database, e.g. {"enrolment-code", "--country", "LA", ...}.
    CliRun cli(const QStringList& arguments) const;
    static CliRun run(const QStringList& arguments, int timeoutMs = 120000);
    // Waits (bounded) until the service has matched every member queued for duplicate matching
    // (central/Matcher.h: flags are raised after the push); false if it did not in time.
    bool waitForMatching(int timeoutMs = 30000) const;
    // Creates an enrolment code (CHECKs that it worked) and returns it. These two use Catch2
    // (CentralChecks.cpp); everything else here works in programs without it (benchmarks).
    QString enrolmentCode(const QString& country, const QString& district, int validSeconds = 3600) const;
    // Creates a supervisor and returns its token.
    QString supervisorToken(const QString& country, const QStringList& districts) const;

private:
    QString m_database;
    QStringList m_extra;
    std::unique_ptr<QProcess> m_process;
    QTemporaryDir m_dir;
    int m_port = 0;
    bool m_cleanExit = false;
};

} // namespace fe::test
