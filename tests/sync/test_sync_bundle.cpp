#include "BundleTransfer.h"
#include "CentralServer.h"
#include "SyncKeys.h"
#include "SyncTestSupport.h"
#include "TestStore.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace fe;
using namespace fe::test;

namespace {

struct BundleRig
{
    QTemporaryDir dir;
    CentralServer central{centralSqlitePath(dir), CentralServer::relaxedLimits()};
    TestStore store{Country::Lao};
    sync::SyncConfig config;

    BundleRig()
    {
        REQUIRE(central.start());
        config = testConfig(loopbackUrl(central.port()));
        // Enrolled once over the network (at the district office); afterwards it has no network.
        REQUIRE(
            enrolDevice(*store, config, central.enrolmentCode(QStringLiteral("LA"), QStringLiteral("0101")))
                .ok());
        central.stop();
    }
    QString file(const char* name) const { return dir.filePath(QString::fromLatin1(name)); }
    int importBundle(const QString& bundle, const QString& ack, QString* err = nullptr)
    {
        return central.cli({QStringLiteral("import-bundle"), bundle, QStringLiteral("--ack"), ack}, nullptr,
                           err);
    }
    QString deviceId() { return store->syncValue(QString::fromLatin1(sync::keys::kDeviceId)); }
};

QByteArray readAll(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("a USB bundle and its acknowledgement sync a device with no network, and twice changes nothing")
{
    BundleRig rig;
    DistrictRecords records(*rig.store, QStringLiteral("0101"), 61);
    registerMembers(*rig.store, records, 50, true);
    const qint64 pending = rig.store->status().outboxPending;

    const auto exported = sync::BundleTransfer::exportBundle(*rig.store, rig.file("device.bundle"));
    REQUIRE(exported.ok());
    CHECK(exported.value().entries == pending);
    CHECK(rig.store->status().outboxPending == pending); // exporting marks nothing sent
    // The bundle is sealed: no personal data readable in it, even after decompression.
    const QByteArray bundle = readAll(rig.file("device.bundle"));
    const Member someone = *rig.store->member(
        QUuid::fromString(deviceHoldings(*rig.store).first().key.section(QLatin1Char(':'), 1, 1)));
    CHECK(!bundle.contains(someone.document.number.toUtf8()));

    QString err;
    REQUIRE(rig.importBundle(rig.file("device.bundle"), rig.file("first.ack"), &err) == 0);
    INFO(err.toStdString());
    // Importing the same bundle again at the central office applies nothing twice.
    REQUIRE(rig.importBundle(rig.file("device.bundle"), rig.file("second.ack")) == 0);
    CHECK(centralHoldings(rig.central.database(), rig.deviceId()) == deviceHoldings(*rig.store));

    const auto imported = sync::BundleTransfer::importAck(*rig.store, rig.file("first.ack"));
    REQUIRE(imported.ok());
    CHECK(imported.value().accepted == pending);
    CHECK(!imported.value().alreadyImported);
    CHECK(rig.store->status().outboxPending == 0);
    CHECK(deviceHoldings(*rig.store, QStringLiteral("sent")).size() == pending);

    // The same acknowledgement again, and the second one: nothing changes.
    const auto again = sync::BundleTransfer::importAck(*rig.store, rig.file("first.ack"));
    REQUIRE(again.ok());
    CHECK(again.value().alreadyImported);
    const auto second = sync::BundleTransfer::importAck(*rig.store, rig.file("second.ack"));
    REQUIRE(second.ok());
    CHECK(second.value().accepted == 0);
    CHECK(second.value().alreadyImported); // the acknowledgement of the same bundle
    CHECK(rig.store->check().ok());

    // Nothing left: a clear refusal instead of an empty file.
    const auto nothing = sync::BundleTransfer::exportBundle(*rig.store, rig.file("empty.bundle"));
    REQUIRE(!nothing.ok());
    CHECK(nothing.error().code == QStringLiteral("bundle.nothing"));
}

TEST_CASE("a tampered or foreign bundle or acknowledgement is refused with a clear message")
{
    BundleRig rig;
    DistrictRecords records(*rig.store, QStringLiteral("0101"), 62);
    registerMembers(*rig.store, records, 10);
    REQUIRE(sync::BundleTransfer::exportBundle(*rig.store, rig.file("device.bundle")).ok());
    QByteArray bundle = readAll(rig.file("device.bundle"));

    // A flipped bit in the bundle: the central office refuses it and holds nothing.
    QByteArray tampered = bundle;
    tampered[tampered.size() / 2] = static_cast<char>(tampered[tampered.size() / 2] ^ 0x20);
    writeAll(rig.file("tampered.bundle"), tampered);
    QString err;
    CHECK(rig.importBundle(rig.file("tampered.bundle"), rig.file("t.ack"), &err) != 0);
    CHECK(!err.isEmpty());
    CHECK(centralHoldings(rig.central.database(), rig.deviceId()).isEmpty());

    REQUIRE(rig.importBundle(rig.file("device.bundle"), rig.file("good.ack")) == 0);
    const QByteArray ack = readAll(rig.file("good.ack"));

    // A tampered acknowledgement: refused, nothing marked sent.
    QByteArray badAck = ack;
    badAck[12] = static_cast<char>(badAck[12] ^ 0x01); // inside the signature
    writeAll(rig.file("bad.ack"), badAck);
    const auto refused = sync::BundleTransfer::importAck(*rig.store, rig.file("bad.ack"));
    REQUIRE(!refused.ok());
    CHECK(refused.error().code == QStringLiteral("ack.signature"));
    CHECK(!refused.error().message.isEmpty());
    CHECK(rig.store->status().outboxPending == 10);

    // Not an acknowledgement at all (the bundle itself): refused as such.
    const auto wrongKind = sync::BundleTransfer::importAck(*rig.store, rig.file("device.bundle"));
    REQUIRE(!wrongKind.ok());
    CHECK(wrongKind.error().code == QStringLiteral("bundle.not_a_bundle"));

    // Another device's acknowledgement (same central office): refused as foreign.
    TestStore other(Country::Lao);
    REQUIRE(rig.central.start());
    sync::SyncConfig config = rig.config;
    config.serverUrl = loopbackUrl(rig.central.port());
    REQUIRE(
        enrolDevice(*other, config, rig.central.enrolmentCode(QStringLiteral("LA"), QStringLiteral("0101")))
            .ok());
    rig.central.stop();
    const auto foreign = sync::BundleTransfer::importAck(*other, rig.file("good.ack"));
    REQUIRE(!foreign.ok());
    CHECK(foreign.error().code == QStringLiteral("ack.foreign"));

    // An acknowledgement signed by another central office: refused.
    QTemporaryDir otherDir;
    CentralServer otherCentral(centralSqlitePath(otherDir), CentralServer::relaxedLimits());
    REQUIRE(otherCentral.start());
    TestStore stranger(Country::Lao);
    config.serverUrl = loopbackUrl(otherCentral.port());
    REQUIRE(enrolDevice(*stranger, config,
                        otherCentral.enrolmentCode(QStringLiteral("LA"), QStringLiteral("0101")))
                .ok());
    otherCentral.stop();
    const auto forged = sync::BundleTransfer::importAck(*stranger, rig.file("good.ack"));
    REQUIRE(!forged.ok());
    CHECK(forged.error().code == QStringLiteral("ack.signature"));

    // The genuine one still works.
    const auto good = sync::BundleTransfer::importAck(*rig.store, rig.file("good.ack"));
    REQUIRE(good.ok());
    CHECK(rig.store->status().outboxPending == 0);
}
