#include "CentralServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

namespace fe::test {

CentralServer::CentralServer(QString database, QStringList extra)
    : m_database(std::move(database)), m_extra(std::move(extra))
{}

CentralServer::CentralServer(OwnSqlite) : m_extra(relaxedLimits())
{
    m_database = m_dir.filePath(QStringLiteral("central.sqlite"));
}

CentralServer::~CentralServer()
{
    stop();
}

QStringList CentralServer::relaxedLimits()
{
    return {QStringLiteral("--rate-burst"), QStringLiteral("100000"),    QStringLiteral("--rate-per-second"),
            QStringLiteral("100000"),       QStringLiteral("--threads"), QStringLiteral("16")};
}

bool CentralServer::start(int timeoutMs)
{
    const QString portFile = m_dir.filePath(QStringLiteral("port"));
    QFile::remove(portFile);
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setStandardOutputFile(QProcess::nullDevice());
    m_process->start(QStringLiteral(FIELDENROL_CENTRAL_EXE),
                     QStringList{QStringLiteral("serve"), QStringLiteral("--db"), m_database,
                                 QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                 QStringLiteral("--port-file"), portFile, QStringLiteral("--quiet")} +
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
        QThread::msleep(10);
    }
    return false;
}

bool CentralServer::running() const
{
    return m_process && m_process->state() == QProcess::Running;
}

void CentralServer::stop()
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
    m_log += QString::fromUtf8(m_process->readAllStandardError());
    m_process.reset();
    m_port = 0;
}

void CentralServer::kill()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(10000);
    m_log += QString::fromUtf8(m_process->readAllStandardError());
    m_process.reset();
    m_port = 0;
}

QString CentralServer::log()
{
    if (m_process)
        m_log += QString::fromUtf8(m_process->readAllStandardError());
    return m_log;
}

int CentralServer::cli(const QStringList& arguments, QString* out, QString* err) const
{
    QProcess p;
    p.start(QStringLiteral(FIELDENROL_CENTRAL_EXE),
            arguments + QStringList{QStringLiteral("--db"), m_database});
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput());
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QString CentralServer::enrolmentCode(const QString& country, const QString& district) const
{
    QString out;
    if (cli({QStringLiteral("enrolment-code"), QStringLiteral("--country"), country,
             QStringLiteral("--district"), district, QStringLiteral("--json")},
            &out) != 0)
        return {};
    return QJsonDocument::fromJson(out.toUtf8()).object().value(QLatin1String("code")).toString();
}

QString centralSqlitePath(const QTemporaryDir& dir)
{
    return dir.filePath(QStringLiteral("central.sqlite"));
}

bool CentralServer::waitForMatching(int timeoutMs) const
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        QString out;
        const QJsonObject stats = cli({QStringLiteral("stats"), QStringLiteral("--json")}, &out) == 0
                                      ? QJsonDocument::fromJson(out.toUtf8()).object()
                                      : QJsonObject();
        if (stats.contains(QLatin1String("matchingQueued")) &&
            stats.value(QLatin1String("matchingQueued")).toInteger() == 0)
            return true;
        QThread::msleep(50);
    }
    return false;
}

} // namespace fe::test
