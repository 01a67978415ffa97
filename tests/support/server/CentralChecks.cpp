#include "CentralProcess.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>

namespace fe::test {

QString CentralProcess::enrolmentCode(const QString& country, const QString& district, int validSeconds) const
{
    const CliRun r = cli({QStringLiteral("enrolment-code"), QStringLiteral("--country"), country,
                          QStringLiteral("--district"), district, QStringLiteral("--valid-seconds"),
                          QString::number(validSeconds), QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString code =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("code")).toString();
    REQUIRE(!code.isEmpty());
    return code;
}

QString CentralProcess::supervisorToken(const QString& country, const QStringList& districts) const
{
    QStringList args{QStringLiteral("supervisor-add"),
                     QStringLiteral("--name"),
                     QStringLiteral("Test supervisor"),
                     QStringLiteral("--country"),
                     country,
                     QStringLiteral("--json")};
    for (const QString& d : districts)
        args << QStringLiteral("--district") << d;
    const CliRun r = cli(args);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString token =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("token")).toString();
    REQUIRE(!token.isEmpty());
    return token;
}

} // namespace fe::test
