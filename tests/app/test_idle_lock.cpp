#include "AppFixture.h"
#include "SampleData.h"

#include "screens/MembersPage.h"
#include "shell/AppController.h"
#include "shell/AppSettings.h"
#include "shell/IdleWatcher.h"
#include "shell/LoginWindow.h"
#include "shell/MainWindow.h"
#include "worker/StoreClient.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTest>

using namespace fe;
using namespace fe::test;

namespace {

constexpr int kIdleMs = 700;

// The fixture's application with a short idle time (the settings' minutes are for people).
void useShortIdleTime(AppFixture& fixture)
{
    fixture.app().setIdleLockIntervalMs(kIdleMs);
    fixture.app().idleWatcher().setIntervalMs(kIdleMs);
    fixture.app().idleWatcher().start();
}

} // namespace

TEST_CASE("the idle time is a setting of 1 to 60 minutes, 5 unless changed")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    app::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    CHECK(settings.idleLockMinutes() == 5);
    settings.setIdleLockMinutes(12);
    CHECK(settings.idleLockMinutes() == 12);
    settings.setIdleLockMinutes(0);
    CHECK(settings.idleLockMinutes() == 1);
    settings.setIdleLockMinutes(600);
    CHECK(settings.idleLockMinutes() == 60);
}

TEST_CASE("without input the application locks, and logging in returns to the same page")
{
    AppFixture fixture(Country::Lao);
    app::MainWindow& window = fixture.window();
    window.showPage(window.membersPage());
    bool loginShown = false;
    QObject::connect(&fixture.app(), &app::AppController::loginShown, [&] { loginShown = true; });
    useShortIdleTime(fixture);

    // Typing keeps it open: keys every 200 ms for twice the idle time.
    QElapsedTimer typing;
    typing.start();
    while (typing.elapsed() < 2 * kIdleMs) {
        QTest::keyClick(&window, Qt::Key_Shift);
        QTest::qWait(200);
    }
    CHECK(!loginShown);
    CHECK(fixture.app().client().isUnlocked());

    // Then nothing: it locks by itself.
    REQUIRE(waitFor([&] { return loginShown; }, 10000));
    REQUIRE(waitFor([&] { return !fixture.app().client().isUnlocked(); }));
    CHECK(!fixture.app().mainWindow());
    app::LoginWindow* login = fixture.app().loginWindow();
    REQUIRE(login);
    CHECK(login->usernameEdit()->text() == adminUsername());
    CHECK(!fixture.app().idleWatcher().isActive()); // a locked application does not lock again

    QApplication::setActiveWindow(login);
    REQUIRE(fixture.logIn(adminUsername(), adminPassword()));
    REQUIRE(fixture.app().mainWindow());
    CHECK(fixture.app().mainWindow()->currentPage() == fixture.app().mainWindow()->membersPage());
    CHECK(fixture.app().idleWatcher().isActive());
    CHECK(fixture.app().idleWatcher().intervalMs() == kIdleMs);
}
