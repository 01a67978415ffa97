#pragma once

#include "domain/Country.h"
#include "shell/AppController.h"
#include "store/Store.h"
#include "worker/StoreTypes.h"

#include <QString>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <functional>
#include <memory>

class QWidget;

namespace fe::test {

// The real application (controller, storage worker, main window) on a real store in a
// temporary folder, shown on the offscreen platform. The store is encrypted for
// sampleAdministrator() (SampleData.h), and the fixture logs in through the real login screen.
// `prepare` runs on the store before the application opens it (to register members the test
// needs, or add operators).
class AppFixture
{
public:
    explicit AppFixture(Country country, const std::function<void(Store&)>& prepare = {},
                        const QString& language = QStringLiteral("en"));
    ~AppFixture();

    app::AppController& app() { return *controller; }
    app::MainWindow& window();
    QString storePath() const { return dir.filePath(QStringLiteral("store.fieldenrol")); }
    // Opens the store file a second time (the worker keeps its own connection), logged in as the
    // administrator, to check what was written.
    std::unique_ptr<Store> inspect() const;
    // Locks the application (as Ctrl+L does) and waits for the login screen.
    void lock();
    // Types the user name and password into the login screen and presses Enter; true when the
    // main window opened.
    bool logIn(const QString& username, const QString& password);

    QTemporaryDir dir;
    std::unique_ptr<app::AppController> controller;
};

// The administrator's user name and password of the test stores.
QString adminUsername();
QString adminPassword();
// Starts `controller` on the store and logs in through the login screen.
void startLoggedIn(app::AppController& controller, const QString& path,
                   const QString& username = adminUsername(), const QString& password = adminPassword());

// Waits (processing events) until `condition` holds; false on timeout.
bool waitFor(const std::function<bool()>& condition, int timeoutMs = 20000);
// Types like a keyboard would, in any script (QTest::keyClicks handles Latin-1 only).
void typeText(QWidget* widget, const QString& text);
// Types into the widget that has the keyboard focus, then presses Enter.
void typeAndEnter(const QString& text);
void pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
// Lets pop-ups and button animations finish, and gives the keyboard back to `window`.
void settle(QWidget* window);
QWidget* focused();
// The first-run wizard's and the main window's objects are looked up by objectName.
QString focusedName();

} // namespace fe::test

// Catch prints QStrings in failure messages as text.
namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return value.toStdString(); }
};
} // namespace Catch
