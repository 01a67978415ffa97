#include "AppFixture.h"

#include "SampleData.h"

#include "screens/MembersPage.h"
#include "shell/AppSettings.h"
#include "shell/LoginWindow.h"
#include "shell/MainWindow.h"
#include "worker/StoreClient.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QLineEdit>
#include <QTest>

namespace fe::test {

AppFixture::AppFixture(Country country, const std::function<void(Store&)>& prepare, const QString& language)
{
    REQUIRE(dir.isValid());
    {
        auto created =
            Store::create(storePath(), {country, QStringLiteral("Test laptop"), sampleAdministrator()},
                          sampleStoreOptions());
        REQUIRE(created.ok());
        if (prepare)
            prepare(*created.value());
    }
    auto settings = std::make_unique<app::AppSettings>(dir.filePath(QStringLiteral("settings.ini")));
    settings->setLanguage(language);
    controller = std::make_unique<app::AppController>(std::move(settings));
    startLoggedIn(*controller, storePath());
}

void AppFixture::lock()
{
    bool shown = false;
    // The connection ends with `context`, also when a REQUIRE leaves early: a later signal must
    // never write into this frame once it is gone.
    QObject context;
    QObject::connect(controller.get(), &app::AppController::loginShown, &context, [&shown] { shown = true; });
    controller->lock();
    REQUIRE(waitFor([&] { return shown; }));
    REQUIRE(controller->loginWindow());
    QApplication::setActiveWindow(controller->loginWindow());
    QCoreApplication::processEvents();
}

bool AppFixture::logIn(const QString& username, const QString& password)
{
    app::LoginWindow* login = controller->loginWindow();
    REQUIRE(login);
    bool ready = false;
    QObject context; // see lock()
    QObject::connect(controller.get(), &app::AppController::ready, &context, [&ready] { ready = true; });
    login->usernameEdit()->setText(username);
    login->passwordEdit()->clear();
    login->passwordEdit()->setFocus();
    typeText(login->passwordEdit(), password);
    QTest::keyClick(login->passwordEdit(), Qt::Key_Return);
    return waitFor([&] { return ready; }, 10000);
}

QString adminUsername()
{
    return sampleAdministrator().account.username;
}

QString adminPassword()
{
    return sampleAdministrator().password;
}

void startLoggedIn(app::AppController& controller, const QString& path, const QString& username,
                   const QString& password)
{
    // The application's own passwords (operators added in tests) use the cheap derivation too.
    controller.client().setKdfCost(KdfCost::FastForTestsOnly);
    bool loginShown = false;
    bool ready = false;
    // Both connections end with `context`: without it every later lock and login (Ctrl+L, the
    // idle lock) wrote `true` into this function's long-gone stack frame, which in a Release build
    // overwrote a saved register of whatever ran there and crashed the test.
    QObject context;
    QObject::connect(&controller, &app::AppController::loginShown, &context,
                     [&loginShown] { loginShown = true; });
    QObject::connect(&controller, &app::AppController::ready, &context, [&ready] { ready = true; });
    controller.startWithStore(path);
    REQUIRE(waitFor([&] { return loginShown; }));
    app::LoginWindow* login = controller.loginWindow();
    REQUIRE(login);
    QApplication::setActiveWindow(login);
    REQUIRE(QTest::qWaitForWindowExposed(login));
    // As an operator would: the user name, Tab, the password, Enter.
    login->usernameEdit()->setFocus();
    typeText(login->usernameEdit(), username);
    QTest::keyClick(login->usernameEdit(), Qt::Key_Tab);
    typeText(login->passwordEdit(), password);
    QTest::keyClick(login->passwordEdit(), Qt::Key_Return);
    REQUIRE(waitFor([&] { return ready; }));
    app::MainWindow* window = controller.mainWindow();
    REQUIRE(window);
    QApplication::setActiveWindow(window);
    REQUIRE(QTest::qWaitForWindowExposed(window));
    // The members list loads in the background; tests start once it is in.
    REQUIRE(waitFor([&] { return !window->membersPage()->isLoading(); }));
}

AppFixture::~AppFixture()
{
    QApplication::closeAllWindows();
    controller.reset();
}

app::MainWindow& AppFixture::window()
{
    REQUIRE(controller->mainWindow());
    return *controller->mainWindow();
}

std::unique_ptr<Store> AppFixture::inspect() const
{
    auto opened = Store::open(storePath());
    REQUIRE(opened.ok());
    REQUIRE(opened.value()->unlock(adminUsername(), adminPassword()).ok());
    return std::move(opened).value();
}

bool waitFor(const std::function<bool()>& condition, int timeoutMs)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

QWidget* focused()
{
    return QApplication::focusWidget();
}

QString focusedName()
{
    return focused() ? focused()->objectName() : QString();
}

void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void typeAndEnter(const QString& text)
{
    QWidget* target = focused();
    REQUIRE(target);
    QWidget* window = target->window();
    typeText(target, text);
    QCoreApplication::processEvents();
    // As a real keyboard would: an open list of suggestions gets the Enter first.
    QWidget* popup = QApplication::activePopupWidget();
    QTest::keyClick(popup ? popup : target, Qt::Key_Return);
    settle(window);
}

void settle(QWidget* window)
{
    // Pop-up lists activate and deactivate asynchronously on the offscreen platform; give the
    // keyboard back to the window under test as the window manager would.
    QTest::qWait(10);
    if (window && QApplication::activeWindow() != window && !QApplication::activePopupWidget()) {
        QApplication::setActiveWindow(window);
        QCoreApplication::processEvents();
    }
}

void pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QWidget* target = focused();
    REQUIRE(target);
    QWidget* window = target->window();
    QTest::keyClick(target, key, modifiers);
    settle(window);
}

} // namespace fe::test
