#include "CentralForApp.h"

#include "screens/MemberDetailDialog.h"
#include "screens/SyncPage.h"
#include "shell/AppSettings.h"
#include "shell/MainWindow.h"
#include "sync/SyncClient.h"
#include "wire/MemberNumber.h"
#include "worker/StoreClient.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QFileInfo>
#include <QPushButton>
#include <QTreeWidget>

using namespace fe;
using namespace fe::test;

namespace {

QString idText(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

TEST_CASE("a registration saved in the app reaches the central office with \"sync now\"")
{
    CentralForApp f(0);
    f.enrol(); // no member yet: the device's district is that of sample member 0
    const Member member = sampleMember(Country::Lao, 0, f.app->app().client().info().reference);
    REQUIRE(member.address.districtCode == f.district());

    std::optional<SaveResult> saved;
    f.app->app().client().registerMember(member, &f.window(), [&](const SaveResult& r) { saved = r; });
    REQUIRE(waitFor([&] { return saved.has_value(); }));
    REQUIRE(saved->ok());
    const QUuid id = saved->saved->id;
    REQUIRE(waitFor([&] { return f.window().statusText().contains(QStringLiteral("1 record")); }));
    CHECK(f.window().connectivityText() == app::SyncPage::policyText(f.sync().policy()));
    // The sync page lists what waits.
    f.window().showPage(f.window().syncPage());
    QTreeWidget* pending = f.window().syncPage()->pendingList();
    REQUIRE(waitFor([&] { return pending->topLevelItemCount() == 1; }));
    CHECK(pending->topLevelItem(0)->text(0) == QStringLiteral("Member"));
    CHECK(pending->topLevelItem(0)->text(1) == idText(id).left(8));
    CHECK(pending->topLevelItem(0)->text(2) == QStringLiteral("New"));

    const sync::SyncSummary summary = f.syncNow();
    CHECK(summary.outcome == sync::SyncOutcome::Done);
    CHECK(summary.progress.accepted == 1);
    // The central office holds it, the queue is empty, and the page says when and how much.
    CHECK(f.centralRows(QStringLiteral("SELECT version FROM record_versions WHERE entity = 'member' AND "
                                       "entity_id = '%1'")
                            .arg(idText(id))) == QStringList{QStringLiteral("1")});
    CHECK(waitFor([&] { return f.window().statusText() == QStringLiteral("Everything is sent."); }));
    CHECK(waitFor(
        [&] { return f.sync().overview().pending == 0 && f.sync().overview().lastSuccess.isValid(); }));
    CHECK(f.sync().overview().bytesSent > 0);
    CHECK(pending->topLevelItemCount() == 0);
    CHECK(f.window().syncPage()->lastMessage() ==
          QStringLiteral("Sync finished: everything is at the central office."));
    // The connection is known now that the central office answered.
    CHECK(waitFor([&] { return f.sync().policy() != sync::NetworkPolicy::Offline; }, 30000));
    CHECK(waitFor([&] { return f.window().connectivityText().startsWith(QStringLiteral("Online")); }));

    // The member number the central office assigned shows in the member's detail.
    app::MemberDetailDialog detail(f.app->app().client(), id);
    REQUIRE(waitFor([&] { return detail.isLoaded(); }));
    const QString number = detail.detail()->member.memberNumber;
    CHECK(wire::isValidMemberNumber(Country::Lao, number));
    CHECK(detail.detail()->sync == app::SyncState::Accepted);
    CHECK(detail.syncText().contains(number));
    CHECK(
        f.centralRows(QStringLiteral("SELECT member_number FROM members WHERE id = '%1'").arg(idText(id))) ==
        QStringList{number});
}

TEST_CASE("a record the central office refuses is set aside with its reason, and retry queues it again")
{
    // Member 1 lives in another district than the one the device is enrolled for: refused.
    CentralForApp f(2);
    REQUIRE(f.members()[1].address.districtCode != f.district());
    f.enrol();
    const sync::SyncSummary summary = f.syncNow();
    CHECK(summary.outcome == sync::SyncOutcome::Done);
    CHECK(summary.progress.accepted == 1);
    CHECK(summary.progress.quarantined == 1);

    app::SyncPage* page = f.window().syncPage();
    QTreeWidget* list = page->quarantineList();
    REQUIRE(waitFor([&] { return list->topLevelItemCount() == 1; }));
    CHECK(list->topLevelItem(0)->text(0) == QStringLiteral("Member"));
    CHECK(list->topLevelItem(0)->text(1) == idText(f.members()[1].id).left(8));
    CHECK(!list->topLevelItem(0)->text(2).isEmpty()); // the central office's reason
    CHECK(list->topLevelItem(0)->toolTip(2) == QStringLiteral("district.forbidden"));
    CHECK(f.sync().overview().pending == 0);

    list->topLevelItem(0)->setSelected(true);
    page->findChild<QPushButton*>(QStringLiteral("syncRetry"))->click();
    REQUIRE(waitFor([&] { return list->topLevelItemCount() == 0; }));
    CHECK(f.sync().overview().pending == 1);
    CHECK(page->lastMessage() == QStringLiteral("1 record will be sent again with the next sync."));
    CHECK(waitFor([&] { return f.window().statusText().contains(QStringLiteral("1 record")); }));
    // Refused again by the next sync: it comes back, nothing else changes.
    CHECK(f.syncNow().progress.quarantined == 1);
    CHECK(waitFor([&] { return list->topLevelItemCount() == 1; }));
}

TEST_CASE("a bundle exported to a folder and its acknowledgement imported mark the records sent")
{
    CentralForApp f(3, true);
    f.enrol();
    app::SyncPage* page = f.window().syncPage();
    const QString bundle = f.centralDir.filePath(QStringLiteral("usb/records.febundle"));
    REQUIRE(QDir().mkpath(f.centralDir.filePath(QStringLiteral("usb"))));
    page->exportBundleTo(bundle);
    REQUIRE(waitFor(
        [&] { return page->lastMessage().startsWith(QStringLiteral("3 records written to the bundle.")); }));
    CHECK(QFileInfo(bundle).size() > 0);
    // Exporting marks nothing sent.
    CHECK(f.sync().overview().pending == 3);

    const QString ack = f.centralDir.filePath(QStringLiteral("usb/records.feack"));
    const CliRun imported =
        f.central->cli({QStringLiteral("import-bundle"), bundle, QStringLiteral("--ack"), ack});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    page->importAckFrom(ack);
    REQUIRE(waitFor([&] {
        return page->lastMessage().startsWith(QStringLiteral("Accepted by the central office: 3."));
    }));
    CHECK(waitFor([&] { return f.sync().overview().pending == 0; }));
    CHECK(waitFor([&] { return f.window().statusText() == QStringLiteral("Everything is sent."); }));
    // Importing it again changes nothing.
    page->importAckFrom(ack);
    CHECK(waitFor([&] {
        return page->lastMessage() ==
               QStringLiteral("This acknowledgement was imported before: nothing changed.");
    }));
    // A file that is not an acknowledgement is refused with a clear message.
    page->importAckFrom(bundle);
    CHECK(waitFor([&] {
        return page->lastMessage() ==
               QStringLiteral(
                   "This is not an acknowledgement from this device's central office, or it is damaged.");
    }));
    CHECK(f.sync().overview().pending == 0);
}

TEST_CASE("a wrong enrolment code or an unreachable central office gets a clear message")
{
    CentralForApp f(0);
    CHECK(f.enrolThroughSettings(QStringLiteral("WRONG-CODE-1")) ==
          QStringLiteral("This enrolment code is not valid. Check it with your supervisor."));
    CHECK(!f.sync().overview().enrolled);
    // Nothing listens on port 1.
    CHECK(f.enrolThroughSettings(f.central->enrolmentCode(QStringLiteral("LA"), f.district()),
                                 QStringLiteral("http://127.0.0.1:1")) ==
          QStringLiteral(
              "The central office cannot be reached. Check the address and the network, and try again "
              "later."));
    CHECK(!f.sync().overview().enrolled);
    // "Sync now" on a device not enrolled says what to do.
    const sync::SyncSummary summary = f.syncNow();
    CHECK(summary.outcome == sync::SyncOutcome::NotEnrolled);
    CHECK(f.window().syncPage()->lastMessage() ==
          QStringLiteral("This device is not enrolled with the central office yet: enrol it in Settings."));
}

TEST_CASE("with automatic sync chosen in Settings, the engine sends by itself once the link is there")
{
    CentralForApp f(2); // automatic sync is off in these tests until chosen
    f.enrol();
    REQUIRE(f.sync().overview().pending == 2);
    QComboBox* choice = f.window().settingsPage()->centralOffice()->autoSyncBox();
    const int anyLink = choice->findData(app::autoSyncKey(app::AutoSync::AnyLink));
    REQUIRE(anyLink >= 0);
    choice->setCurrentIndex(anyLink);
    Q_EMIT choice->activated(anyLink);
    CHECK(f.app->app().settings().autoSync() == app::AutoSync::AnyLink);
    // Nobody presses "Sync now": the engine syncs when it finds the central office reachable.
    REQUIRE(waitFor([&] { return f.sync().lastRun().has_value(); }, 60000));
    CHECK(f.sync().lastRun()->outcome == sync::SyncOutcome::Done);
    CHECK(waitFor([&] { return f.sync().overview().pending == 0; }));
    CHECK(waitFor([&] { return f.window().statusText() == QStringLiteral("Everything is sent."); }));
}
