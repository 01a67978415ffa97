#include "CentralProcess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

namespace fe::test {

CentralProcess::CentralProcess(QString database, QStringList extraArguments)
    : m_database(std::move(database)), m_extra(std::move(extraArguments))
{}

CentralProcess::~CentralProcess()
{
    stop();
}

bool CentralProcess::start(int timeoutMs)
{
    const QString portFile = m_dir.filePath(QStringLiteral("port"));
    QFile::remove(portFile);
    m_process = std::make_unique<QProcess>();
    // Output goes to files: nothing reads a pipe while a test waits on HTTP, and a full pipe would
    // block the service's logging.
    m_process->setStandardOutputFile(m_dir.filePath(QStringLiteral("stdout.log")), QIODevice::Append);
    m_process->setStandardErrorFile(m_dir.filePath(QStringLiteral("stderr.log")), QIODevice::Append);
    m_process->start(QStringLiteral(FIELDENROL_CENTRAL_EXE),
                     QStringList{QStringLiteral("serve"), QStringLiteral("--db"), m_database,
                                 QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                 QStringLiteral("--port-file"), portFile} +
                         m_extra);
    if (!m_process->waitForStarted(timeoutMs))
        return false;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        QFile f(portFile);
        if (f.open(QIODevice::ReadOnly)) {
            m_port = f.readAll().toInt();
            if (m_port > 0)
                return true;
        }
        if (m_process->state() != QProcess::Running)
            return false;
        m_process->waitForFinished(20);
    }
    return false;
}

void CentralProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(30000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_cleanExit = m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0;
    m_process.reset();
    m_port = 0;
}

bool CentralProcess::stopCleanly()
{
    stop();
    const QString output = log();
    return m_cleanExit && !output.contains(QLatin1String("Sanitizer")) &&
           !output.contains(QLatin1String("runtime error:"));
}

QString CentralProcess::log() const
{
    QFile f(m_dir.filePath(QStringLiteral("stderr.log")));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

CliRun CentralProcess::run(const QStringList& arguments, int timeoutMs)
{
    QProcess p;
    p.start(QStringLiteral(FIELDENROL_CENTRAL_EXE), arguments);
    CliRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

CliRun CentralProcess::cli(const QStringList& arguments) const
{
    return run(arguments + QStringList{QStringLiteral("--db"), m_database});
}

bool CentralProcess::waitForMatching(int timeoutMs) const
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        const CliRun r = cli({QStringLiteral("stats"), QStringLiteral("--json")});
        const QJsonObject stats = QJsonDocument::fromJson(r.out.toUtf8()).object();
        if (r.exitCode == 0 && stats.contains(QLatin1String("matchingQueued")) &&
            stats.value(QLatin1String("matchingQueued")).toInteger() == 0)
            return true;
        QThread::msleep(50);
    }
    return false;
}

} // namespace fe::test
