#include "CentralServer.h"
#include "LoginEnvironment.h"
#include "SyncTestSupport.h"
#include "TestStore.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace fe;
using namespace fe::test;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

// Runs the real fieldenrolctl, logged in as the test store's administrator.
Run ctl(const QStringList& arguments)
{
    QProcess p;
    p.setProcessEnvironment(loginEnvironment());
    p.start(QStringLiteral(FIELDENROLCTL_EXE), arguments);
    REQUIRE(p.waitForFinished(180000));
    Run r{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
          QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    INFO(arguments.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
    return r;
}

} // namespace

TEST_CASE(
    "fieldenrolctl enrols, syncs, reports, exports bundles, imports acknowledgements, retries quarantine")
{
    QTemporaryDir dir; // the USB stick
    CentralServer central(CentralServer::OwnSqlite{});
    REQUIRE(central.start());
    TestStore store(Country::Lao);
    const QString path = store.path();
    const QStringList at{QStringLiteral("--store"), path};

    // Not enrolled yet: refused with its own exit code.
    CHECK(ctl(QStringList{QStringLiteral("sync")} + at).code == 7);

    const Run enrol = ctl(QStringList{QStringLiteral("enrol-device"), QStringLiteral("--server"),
                                      loopbackUrl(central.port()).toString(), QStringLiteral("--code"),
                                      central.enrolmentCode(QStringLiteral("LA"), QStringLiteral("0101"))} +
                          at);
    REQUIRE(enrol.code == 0);

    DistrictRecords here(*store, QStringLiteral("0101"), 111);
    DistrictRecords elsewhere(*store, QStringLiteral("0102"), 112);
    registerMembers(*store, here, 20, true);
    registerMembers(*store, elsewhere, 1);

    // Synced, but one record needs attention: exit 3, progress on standard error.
    const Run first = ctl(QStringList{QStringLiteral("sync"), QStringLiteral("--json")} + at);
    CHECK(first.code == 3);
    CHECK(first.err.contains(QStringLiteral("sent")));
    const QJsonObject summary = QJsonDocument::fromJson(first.out.toUtf8()).object();
    CHECK(summary.value(QLatin1String("outcome")).toString() == QStringLiteral("done"));
    CHECK(summary.value(QLatin1String("quarantined")).toInt() == 1);
    CHECK(summary.value(QLatin1String("pending")).toInt() == 0);

    const Run list =
        ctl(QStringList{QStringLiteral("quarantine"), QStringLiteral("list"), QStringLiteral("--json")} + at);
    REQUIRE(list.code == 0);
    const QJsonArray quarantined = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE(quarantined.size() == 1);
    CHECK(quarantined.first().toObject().value(QLatin1String("code")).toString() ==
          QStringLiteral("district.forbidden"));
    const QString seq =
        QString::number(quarantined.first().toObject().value(QLatin1String("seq")).toInteger());
    CHECK(
        ctl(QStringList{QStringLiteral("quarantine"), QStringLiteral("retry"), QStringLiteral("--seq"), seq} +
            at)
            .code == 0);
    CHECK(store->quarantinedOutbox().isEmpty());
    CHECK(ctl(QStringList{QStringLiteral("sync")} + at).code == 3);

    const Run status = ctl(QStringList{QStringLiteral("status"), QStringLiteral("--json")} + at);
    REQUIRE(status.code == 0);
    const QJsonObject sync =
        QJsonDocument::fromJson(status.out.toUtf8()).object().value(QLatin1String("sync")).toObject();
    CHECK(sync.value(QLatin1String("enrolled")).toBool());
    CHECK(sync.value(QLatin1String("district")).toString() == QStringLiteral("0101"));
    CHECK(!sync.value(QLatin1String("lastSuccess")).toString().isEmpty());

    // The link is gone: the run gives up with its own exit code; the records stay queued.
    central.stop();
    registerMembers(*store, here, 5);
    CHECK(
        ctl(QStringList{QStringLiteral("sync"), QStringLiteral("--give-up-after"), QStringLiteral("2")} + at)
            .code == 6);
    CHECK(store->status().outboxPending == 5);

    // ... so they go by USB stick.
    const QString bundle = dir.filePath(QStringLiteral("device.bundle"));
    const QString ack = dir.filePath(QStringLiteral("device.ack"));
    REQUIRE(ctl(QStringList{QStringLiteral("export-bundle"), QStringLiteral("--out"), bundle} + at).code ==
            0);
    REQUIRE(central.cli({QStringLiteral("import-bundle"), bundle, QStringLiteral("--ack"), ack}) == 0);
    const Run imported = ctl(QStringList{QStringLiteral("import-ack"), ack} + at);
    CHECK(imported.code == 0);
    CHECK(store->status().outboxPending == 0);
    const Run twice = ctl(QStringList{QStringLiteral("import-ack"), ack} + at);
    CHECK(twice.code == 0);
    CHECK(twice.err.contains(QStringLiteral("nothing changed")));
    // A file that is not an acknowledgement is refused.
    CHECK(ctl(QStringList{QStringLiteral("import-ack"), bundle} + at).code == 3);
    CHECK(ctl(QStringList{QStringLiteral("quarantine"), QStringLiteral("bogus")} + at).code == 1);
}
