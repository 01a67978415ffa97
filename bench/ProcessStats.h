// CPU time and memory of processes, read from /proc, for the benchmarks: this program's, the
// central office's and a PostgreSQL cluster's (its postmaster and every child). Header-only: each
// benchmark is one .cpp (bench/CMakeLists.txt).
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QString>

#include <unistd.h>

namespace fe::bench {

// Peak resident memory of a process (VmHWM), or its current one (VmRSS).
inline double memoryMb(qint64 pid, const char* field)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(static_cast<qsizetype>(qstrlen(field))).trimmed().split(' ').first().toDouble() /
                   1024.0;
    return 0;
}

// CPU time (user + system) a process has used so far, in seconds.
inline double cpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    // Fields after the command name (which may contain spaces) start after the last ')'.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 12 ? (fields[11].toDouble() + fields[12].toDouble()) / sysconf(_SC_CLK_TCK) : 0;
}

// The processes of the PostgreSQL cluster listening on `port` (postmaster and its children).
inline QList<qint64> postgresProcesses(int port)
{
    QList<qint64> out;
    const QString marker = QStringLiteral("-p %1").arg(port);
    qint64 postmaster = 0;
    for (const QString& pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        QFile cmd(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (cmd.open(QIODevice::ReadOnly) &&
            QString::fromUtf8(cmd.readAll().replace('\0', ' ')).contains(marker))
            postmaster = pid.toLongLong();
    }
    if (postmaster == 0)
        return out;
    for (const QString& pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (pid.toLongLong() == postmaster || (fields.size() > 1 && fields[1].toLongLong() == postmaster))
            out.append(pid.toLongLong());
    }
    return out;
}

inline double postgresCpuSeconds(int port)
{
    double total = 0;
    for (qint64 pid : postgresProcesses(port))
        total += cpuSeconds(pid);
    return total;
}

inline double postgresRssMb(int port)
{
    double total = 0;
    for (qint64 pid : postgresProcesses(port))
        total += memoryMb(pid, "VmRSS:");
    return total;
}

} // namespace fe::bench
