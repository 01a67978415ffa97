#include "CentralServer.h"
#include "SyncTestSupport.h"
#include "TestStore.h"
#include "crypto/Crypto.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>

using namespace fe;
using namespace fe::test;

namespace {

// A certificate authority and a server certificate for 127.0.0.1 it signed (openssl CLI).
struct Pki
{
    QTemporaryDir dir;
    QString path(const char* name) const { return dir.filePath(QString::fromLatin1(name)); }
    void openssl(const QStringList& args) const
    {
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.start(QStringLiteral("openssl"), args);
        REQUIRE(p.waitForFinished(60000));
        INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
        REQUIRE(p.exitCode() == 0);
    }
    void authority(const char* name) const
    {
        const QString n = QString::fromLatin1(name);
        openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                 QStringLiteral("ec"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                 QStringLiteral("-nodes"), QStringLiteral("-keyout"), n + QStringLiteral(".key"),
                 QStringLiteral("-out"), n + QStringLiteral(".pem"), QStringLiteral("-days"),
                 QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=") + n});
    }
    Pki()
    {
        authority("ca");
        authority("other-ca");
        openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                 QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                 QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("server.key"),
                 QStringLiteral("-out"), QStringLiteral("server.csr"), QStringLiteral("-subj"),
                 QStringLiteral("/CN=127.0.0.1")});
        QFile ext(path("ext.cnf"));
        REQUIRE(ext.open(QIODevice::WriteOnly));
        ext.write("subjectAltName=IP:127.0.0.1\n");
        ext.close();
        openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                 QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                 QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                 QStringLiteral("-out"), QStringLiteral("server.pem"), QStringLiteral("-days"),
                 QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("ext.cnf")});
    }
    QByteArray serverKeyPin() const
    {
        QFile f(path("server.pem"));
        REQUIRE(f.open(QIODevice::ReadOnly));
        return crypto::sha256(QSslCertificate(f.readAll(), QSsl::Pem).publicKey().toDer());
    }
};

QUrl httpsUrl(int port)
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port));
}

} // namespace

TEST_CASE(
    "TLS: only the configured authority is trusted, the optional pin is enforced, errors are never ignored")
{
    Pki pki;
    QTemporaryDir dir;
    CentralServer central(centralSqlitePath(dir),
                          CentralServer::relaxedLimits() +
                              QStringList{QStringLiteral("--tls-cert"), pki.path("server.pem"),
                                          QStringLiteral("--tls-key"), pki.path("server.key")});
    REQUIRE(central.start());
    TestStore store(Country::Lao);
    sync::SyncConfig config = testConfig(httpsUrl(central.port()));
    config.caCertificateFile = pki.path("ca.pem");
    enrolLaoDevice(*store, config, central);
    DistrictRecords records(*store, QStringLiteral("0101"), 81);
    registerMembers(*store, records, 5);

    SECTION("another authority: refused, nothing sent")
    {
        sync::SyncConfig other = config;
        other.caCertificateFile = pki.path("other-ca.pem");
        sync::SyncEngine engine(*store, other);
        const sync::SyncSummary s = runSync(engine);
        CHECK(s.outcome == sync::SyncOutcome::TlsRefused);
        CHECK(s.error.code == QStringLiteral("tls.untrusted"));
        CHECK(!s.error.message.isEmpty());
        CHECK(store->status().outboxPending == 5);
    }
    SECTION("no authority configured: the system's list does not know this one either")
    {
        sync::SyncConfig none = config;
        none.caCertificateFile.clear();
        sync::SyncEngine engine(*store, none);
        CHECK(runSync(engine).outcome == sync::SyncOutcome::TlsRefused);
        CHECK(store->status().outboxPending == 5);
    }
    SECTION("a wrong pin: refused")
    {
        sync::SyncConfig pinned = config;
        pinned.pinnedKeySha256 = crypto::sha256("some other key");
        sync::SyncEngine engine(*store, pinned);
        const sync::SyncSummary s = runSync(engine);
        CHECK(s.outcome == sync::SyncOutcome::TlsRefused);
        CHECK(s.error.code == QStringLiteral("tls.pin_mismatch"));
        CHECK(store->status().outboxPending == 5);
    }
    SECTION("the configured authority and the right pin: synced")
    {
        sync::SyncConfig pinned = config;
        pinned.pinnedKeySha256 = pki.serverKeyPin();
        sync::SyncEngine engine(*store, pinned);
        CHECK(runSync(engine).outcome == sync::SyncOutcome::Done);
        CHECK(store->status().outboxPending == 0);
    }
    SECTION("an unreadable authority file is a configuration error, not a silent fallback")
    {
        sync::SyncConfig broken = config;
        broken.caCertificateFile = pki.path("missing.pem");
        sync::SyncEngine engine(*store, broken);
        const sync::SyncSummary s = runSync(engine);
        CHECK(s.outcome == sync::SyncOutcome::TlsRefused);
        CHECK(s.error.code == QStringLiteral("tls.ca_unreadable"));
    }
}
