#include "CatchQt.h"
#include "CentralProcess.h"
#include "wire/Api.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <httplib.h>

using namespace fe;

TEST_CASE("the command line refuses wrong usage with exit code 2 and failures with 1")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("c.sqlite"));
    const auto run = [&](QStringList args) {
        return test::CentralProcess::run(args << QStringLiteral("--db") << db);
    };

    test::CliRun r = test::CentralProcess::run({QStringLiteral("--help")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("import-bundle")));
    CHECK(test::CentralProcess::run({}).exitCode == 2);
    CHECK(run({QStringLiteral("frobnicate")}).exitCode == 2);
    CHECK(run({QStringLiteral("enrolment-code"), QStringLiteral("--district"), QStringLiteral("0101")})
              .exitCode == 2);
    CHECK(run({QStringLiteral("enrolment-code"), QStringLiteral("--country"), QStringLiteral("LA"),
               QStringLiteral("--district"), QStringLiteral("0101"), QStringLiteral("--valid-seconds"),
               QStringLiteral("0")})
              .exitCode == 2);
    r = run({QStringLiteral("enrolment-code"), QStringLiteral("--country"), QStringLiteral("XX"),
             QStringLiteral("--district"), QStringLiteral("0101")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("enrolment.country")));
    r = run({QStringLiteral("enrolment-code"), QStringLiteral("--country"), QStringLiteral("KE"),
             QStringLiteral("--district"), QStringLiteral("0101")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("enrolment.district")));
    r = run({QStringLiteral("enrolment-code"), QStringLiteral("--country"), QStringLiteral("KE"),
             QStringLiteral("--district"), QStringLiteral("274"), QStringLiteral("--count"),
             QStringLiteral("3"), QStringLiteral("--json")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.trimmed().split(QLatin1Char('\n')).size() == 3);
    CHECK(run({QStringLiteral("revoke-device"), QStringLiteral("01890a5d-ac96-774b-bcce-b302099a8057")})
              .exitCode == 1);
    CHECK(run({QStringLiteral("export"), QStringLiteral("--what"), QStringLiteral("people")}).exitCode == 2);
    CHECK(run({QStringLiteral("import-bundle"), dir.filePath(QStringLiteral("missing"))}).exitCode == 2);
    CHECK(run({QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("nowhere")}).exitCode ==
          2);
    CHECK(run({QStringLiteral("serve"), QStringLiteral("--tls-cert"), QStringLiteral("x.pem")}).exitCode ==
          2);
    CHECK(run({QStringLiteral("supervisor-add"), QStringLiteral("--name"), QStringLiteral("A"),
               QStringLiteral("--country"), QStringLiteral("LA")})
              .exitCode == 1);
    r = test::CentralProcess::run(
        {QStringLiteral("stats"), QStringLiteral("--db"), QStringLiteral("/proc/nowhere/c.sqlite")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("database.unavailable")));
    CHECK(run({QStringLiteral("migrate")}).exitCode == 0);
}

TEST_CASE("the service serves HTTPS itself with --tls-cert and --tls-key")
{
    QTemporaryDir dir;
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"), key,
                   QStringLiteral("-out"), cert});
    REQUIRE(openssl.waitForFinished(60000));
    REQUIRE(openssl.exitCode() == 0);
    test::CentralProcess central(dir.filePath(QStringLiteral("c.sqlite")),
                                 {QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key});
    REQUIRE(central.start());
    httplib::SSLClient tls("127.0.0.1", central.port());
    tls.set_ca_cert_path(cert.toStdString());
    tls.enable_server_certificate_verification(true);
    const auto health = tls.Get(wire::kPathHealth);
    REQUIRE(health);
    CHECK(health->status == 200);
    // Plain HTTP on the TLS port gets no answer.
    httplib::Client plain("127.0.0.1", central.port());
    plain.set_read_timeout(5, 0);
    const auto refused = plain.Get(wire::kPathHealth);
    CHECK((!refused || refused->status != 200));
    CHECK(central.stopCleanly());
}
