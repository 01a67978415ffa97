#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace fe::test {

// The real fieldenrol-central process for sync tests, which also kill it (SIGKILL, mid-batch) and
// start it again on the same database. The port may change on restart; the proxy follows it.
class CentralServer
{
public:
    // `database`: an SQLite file path or a postgresql:// URL. `extra`: more `serve` options.
    explicit CentralServer(QString database, QStringList extra = {});
    // The usual set-up of a sync test: a new SQLite database in this server's own temporary
    // folder, with relaxedLimits().
    struct OwnSqlite
    {};
    explicit CentralServer(OwnSqlite);
    ~CentralServer();
    CentralServer(const CentralServer&) = delete;
    CentralServer& operator=(const CentralServer&) = delete;

    bool start(int timeoutMs = 60000);
    void stop(); // SIGTERM, then wait
    void kill(); // SIGKILL: no chance to finish anything
    bool running() const;
    int port() const { return m_port; }
    qint64 pid() const { return m_process ? m_process->processId() : 0; }
    const QString& database() const { return m_database; }
    QString log();

    // `fieldenrol-central <arguments> --db <database>`; returns the exit code, output in `out`/`err`.
    int cli(const QStringList& arguments, QString* out = nullptr, QString* err = nullptr) const;
    // Waits (bounded) until the service has matched every member queued for duplicate matching
    // (central/Matcher.h: flags are raised after the push); false if it did not in time.
    bool waitForMatching(int timeoutMs = 30000) const;
    QString enrolmentCode(const QString& country, const QString& district) const;

    // Rate limits high enough for the tests' and benchmark's request rates.
    static QStringList relaxedLimits();

private:
    QString m_database;
    QStringList m_extra;
    std::unique_ptr<QProcess> m_process;
    QTemporaryDir m_dir;
    int m_port = 0;
    QString m_log;
};

// A fresh SQLite database path in `dir` for a central office.
QString centralSqlitePath(const QTemporaryDir& dir);

} // namespace fe::test
