#pragma once

// Runs the real fieldenrolctl binary as a child process, for the tests in this directory.

#include "LoginEnvironment.h"
#include "TestStore.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QThread>

namespace fe::test {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// By default logged in as testAdministrator() (FIELDENROL_USER / FIELDENROL_PASSWORD), which is
// also the administrator that initStore() creates stores with.
inline Run ctl(const QStringList& arguments, const QProcessEnvironment& environment = loginEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(FIELDENROLCTL_PATH), arguments);
    REQUIRE(process.waitForFinished(120'000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    Run run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
    INFO("fieldenrolctl " << arguments.join(QLatin1Char(' ')).toStdString()
                          << "\nstdout: " << run.out.toStdString() << "\nstderr: " << run.err.toStdString());
    CHECK(run.exitCode >= 0);
    return run;
}

// The same, repeated while the login is refused as too soon after a failed attempt (exit 10): for
// the step after a test's deliberate failure, whatever the machine's speed.
inline Run ctlOnceAllowed(const QStringList& arguments,
                          const QProcessEnvironment& environment = loginEnvironment())
{
    Run run = ctl(arguments, environment);
    for (int attempt = 0; attempt < 100 && run.exitCode == 10; ++attempt) {
        QThread::msleep(200);
        run = ctl(arguments, environment);
    }
    return run;
}

// `fieldenrolctl init` with testAdministrator() as the first administrator.
inline Run initStore(const QString& path, const QString& country = QStringLiteral("LA"),
                     const QString& deviceName = QStringLiteral("Test device"))
{
    return ctl({QStringLiteral("init"), QStringLiteral("--store"), path, QStringLiteral("--country"), country,
                QStringLiteral("--device-name"), deviceName, QStringLiteral("--admin"),
                testAdministrator().account.username});
}

// The recovery code in init's, encrypt's or recover's output.
inline QString recoveryCodeIn(const QString& out)
{
    const QString label = QStringLiteral("Recovery code: ");
    const qsizetype at = out.indexOf(label);
    if (at < 0)
        return {};
    return out.mid(at + label.size()).section(QLatin1Char('\n'), 0, 0).trimmed();
}

} // namespace fe::test
