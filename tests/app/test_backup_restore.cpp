#include "AppFixture.h"
#include "SampleData.h"

#include "screens/SettingsPage.h"
#include "shell/MainWindow.h"
#include "worker/StoreClient.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

using namespace fe;
using namespace fe::test;

TEST_CASE("settings back the store up while it is open, and restore a backup after checking it")
{
    AppFixture fixture(Country::Kenya, [](Store& store) {
        for (int i = 0; i < 3; ++i)
            REQUIRE(
                store.registerMember(sampleMember(Country::Kenya, i, store.reference()), QStringLiteral("t"))
                    .ok());
    });
    app::SettingsPage* settings = fixture.window().settingsPage();
    const QString folder = fixture.dir.filePath(QStringLiteral("usb"));
    REQUIRE(QDir().mkpath(folder));

    std::optional<bool> backedUp;
    QObject::connect(settings, &app::SettingsPage::backupDone, [&](bool ok) { backedUp = ok; });
    settings->backupTo(folder);
    REQUIRE(waitFor([&] { return backedUp.has_value(); }));
    INFO(settings->lastMessage().toStdString());
    REQUIRE(*backedUp);
    const QStringList backups = QDir(folder).entryList({QStringLiteral("*.fieldenrol")}, QDir::Files);
    REQUIRE(backups.size() == 1);
    const QString backup = QDir(folder).filePath(backups.first());
    CHECK(settings->lastMessage().contains(backups.first()));

    // A fourth member after the backup: restoring takes the store back to three.
    std::optional<SaveResult> saved;
    fixture.app().client().registerMember(
        sampleMember(Country::Kenya, 7, fixture.app().client().info().reference), settings,
        [&](const SaveResult& r) { saved = r; });
    REQUIRE(waitFor([&] { return saved.has_value(); }));
    REQUIRE(saved->ok());
    REQUIRE(waitFor([&] { return fixture.app().client().lastStatus().members == 4; }));

    SECTION("a file that is not a store is refused and nothing changes")
    {
        const QString junk = fixture.dir.filePath(QStringLiteral("junk.fieldenrol"));
        QFile file(junk);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        std::optional<bool> restored;
        QObject::connect(settings, &app::SettingsPage::restoreDone, [&](bool ok) { restored = ok; });
        settings->restoreFrom(junk);
        REQUIRE(waitFor([&] { return restored.has_value(); }));
        CHECK(!*restored);
        CHECK(settings->lastMessage().startsWith(QStringLiteral("Nothing was restored")));
        fixture.app().client().refreshStatus();
        fixture.app().client().waitForIdle();
        CHECK(fixture.app().client().lastStatus().members == 4);
    }
    SECTION("a good backup replaces the store, which is kept aside")
    {
        std::optional<bool> restored;
        QObject::connect(settings, &app::SettingsPage::restoreDone, [&](bool ok) { restored = ok; });
        settings->restoreFrom(backup);
        REQUIRE(waitFor([&] { return restored.has_value(); }));
        INFO(settings->lastMessage().toStdString());
        REQUIRE(*restored);
        REQUIRE(waitFor([&] { return fixture.app().client().lastStatus().members == 3; }));
        const QStringList kept =
            QDir(fixture.dir.path())
                .entryList({QStringLiteral("store.fieldenrol.before-restore-*")}, QDir::Files);
        CHECK(kept.size() == 1);
        CHECK(fixture.inspect()->check().ok());
    }
}
