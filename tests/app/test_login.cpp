#include "AppFixture.h"
#include "SampleData.h"

#include "i18n/LanguageManager.h"
#include "screens/MembersPage.h"
#include "shell/AppController.h"
#include "shell/AppSettings.h"
#include "shell/EncryptionSetupWindow.h"
#include "shell/LoginWindow.h"
#include "shell/MainWindow.h"
#include "widgets/OperatorForm.h"
#include "widgets/RecoveryCodeView.h"
#include "worker/StoreClient.h"

#include <catch2/catch.hpp>

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace fe;
using namespace fe::test;

namespace {

// Every text a visible window shows: labels, fields, window titles and the rows of lists.
QString everythingShown()
{
    QStringList texts;
    for (QWidget* top : QApplication::topLevelWidgets()) {
        if (!top->isVisible())
            continue;
        texts.append(top->windowTitle());
        for (const QLabel* label : top->findChildren<QLabel*>())
            texts.append(label->text());
        for (const QLineEdit* edit : top->findChildren<QLineEdit*>())
            texts.append(edit->text());
        for (const QAbstractItemView* view : top->findChildren<QAbstractItemView*>()) {
            const QAbstractItemModel* model = view->model();
            for (int row = 0; model && row < model->rowCount(); ++row)
                for (int column = 0; column < model->columnCount(); ++column)
                    texts.append(model->index(row, column).data().toString());
        }
    }
    return texts.join(QLatin1Char('\n'));
}

void typePasswordAndEnter(app::LoginWindow* login, const QString& password)
{
    login->passwordEdit()->clear();
    login->passwordEdit()->setFocus();
    typeText(login->passwordEdit(), password);
    QTest::keyClick(login->passwordEdit(), Qt::Key_Return);
}

} // namespace

TEST_CASE("after login the status bar names the operator, and Lock (Ctrl+L) hides every record")
{
    Member registered;
    AppFixture fixture(Country::Lao, [&](Store& store) {
        const SaveResult saved =
            store.registerMember(sampleMember(Country::Lao, 0, store.reference()), QStringLiteral("t"));
        REQUIRE(saved.ok());
        registered = *store.member(saved.saved->id);
    });
    app::MainWindow& window = fixture.window();
    CHECK(window.operatorText() == QStringLiteral("Test Administrator (Administrator)"));
    REQUIRE(fixture.app().client().currentOperator());
    CHECK(fixture.app().client().operatorId() ==
          fixture.app().client().currentOperator()->id.toString(QUuid::WithoutBraces));
    window.showPage(window.membersPage());
    REQUIRE(waitFor([&] { return everythingShown().contains(registered.name.givenLatin); }));

    bool loginShown = false;
    QObject::connect(&fixture.app(), &app::AppController::loginShown, [&] { loginShown = true; });
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    REQUIRE(waitFor([&] { return loginShown; }));
    QCoreApplication::processEvents();
    CHECK(!fixture.app().mainWindow());
    CHECK(!fixture.app().client().isUnlocked());
    app::LoginWindow* login = fixture.app().loginWindow();
    REQUIRE(login);
    CHECK(login->isVisible());
    CHECK(login->usernameEdit()->text() == adminUsername()); // the same operator, preselected
    CHECK(login->passwordEdit()->text().isEmpty());
    const QString shown = everythingShown();
    CHECK(!shown.contains(registered.name.givenLatin));
    CHECK(!shown.contains(registered.name.given));

    // The storage worker forgot the key too: nothing is found any more.
    std::optional<Result<QList<app::MemberSummary>>> found;
    QObject context;
    fixture.app().client().search(registered.name.givenLatin, &context,
                                  [&](const Result<QList<app::MemberSummary>>& r) { found = r; });
    REQUIRE(waitFor([&] { return found.has_value(); }));
    CHECK((!found->ok() || found->value().isEmpty()));

    // Logging in again returns to the page the operator was on.
    QApplication::setActiveWindow(login);
    REQUIRE(fixture.logIn(adminUsername(), adminPassword()));
    REQUIRE(fixture.app().mainWindow());
    CHECK(fixture.app().mainWindow()->currentPage() == fixture.app().mainWindow()->membersPage());
    CHECK(waitFor([&] { return everythingShown().contains(registered.name.givenLatin); }));
}

TEST_CASE("a refused login says why without telling whether the user exists, and makes the next wait")
{
    AppFixture fixture(Country::Kenya);
    fixture.lock();
    app::LoginWindow* login = fixture.app().loginWindow();
    REQUIRE(login);

    typePasswordAndEnter(login, QStringLiteral("not the password"));
    REQUIRE(waitFor(
        [&] { return login->errorText().startsWith(QStringLiteral("The user name or the password")); }));
    CHECK(login->errorText().contains(QStringLiteral("Wait 1 second")));
    CHECK(login->isWaiting());
    CHECK(!fixture.app().mainWindow());
    CHECK(login->passwordEdit()->text().isEmpty()); // never left on screen

    // Enter during the wait does not reach the store: the countdown stays, no new refusal.
    typePasswordAndEnter(login, adminPassword());
    CHECK(!fixture.app().mainWindow());
    CHECK(login->errorText().contains(QStringLiteral("Wait")));

    // A user name that does not exist gets the same answer as a wrong password.
    REQUIRE(waitFor([&] { return !login->isWaiting(); }, 5000));
    login->usernameEdit()->setText(QStringLiteral("nobody"));
    typePasswordAndEnter(login, QStringLiteral("not the password"));
    REQUIRE(waitFor(
        [&] { return login->errorText().startsWith(QStringLiteral("The user name or the password")); }));
    CHECK(login->errorText().split(QLatin1Char('\n')).first() ==
          QStringLiteral("The user name or the password is not correct."));

    // After the wait, the right password opens the records.
    REQUIRE(waitFor([&] { return !login->isWaiting(); }, 10000));
    REQUIRE(fixture.logIn(adminUsername(), adminPassword()));
    REQUIRE(fixture.app().mainWindow());
    CHECK(fixture.app().mainWindow()->operatorText() == QStringLiteral("Test Administrator (Administrator)"));
}

TEST_CASE("the language chosen on the login screen is kept, and the records open in it")
{
    AppFixture fixture(Country::Lao);
    fixture.lock();
    app::LoginWindow* login = fixture.app().loginWindow();
    REQUIRE(login);
    const int swahili = login->languageBox()->findData(QStringLiteral("sw"));
    REQUIRE(swahili >= 0);
    login->languageBox()->setCurrentIndex(swahili);
    Q_EMIT login->languageBox()->activated(swahili);
    REQUIRE(waitFor([&] { return fixture.app().language().language() == QStringLiteral("sw"); }));
    CHECK(fixture.app().settings().language() == QStringLiteral("sw")); // kept for the next start
    // The main window opened after the login is in the chosen language too.
    REQUIRE(fixture.logIn(adminUsername(), adminPassword()));
    CHECK(fixture.app().mainWindow()->membersPage()->title() == QStringLiteral("Wanachama"));
}

TEST_CASE("an unencrypted store shows no record until an administrator sets up its encryption")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("old.fieldenrol"));
    Member registered;
    {
        auto created =
            Store::create(path, {Country::Kenya, QStringLiteral("Old laptop")}, sampleStoreOptions());
        REQUIRE(created.ok());
        const SaveResult saved = created.value()->registerMember(
            sampleMember(Country::Kenya, 0, created.value()->reference()), QStringLiteral("t"));
        REQUIRE(saved.ok());
        registered = *created.value()->member(saved.saved->id);
    }
    auto settings = std::make_unique<app::AppSettings>(dir.filePath(QStringLiteral("settings.ini")));
    settings->setLanguage(QStringLiteral("en"));
    app::AppController controller(std::move(settings));
    controller.client().setKdfCost(KdfCost::FastForTestsOnly);
    bool ready = false;
    QObject::connect(&controller, &app::AppController::ready, [&] { ready = true; });
    controller.startWithStore(path);
    REQUIRE(waitFor([&] { return controller.encryptionSetup() != nullptr; }));
    app::EncryptionSetupWindow* setup = controller.encryptionSetup();
    REQUIRE(QTest::qWaitForWindowExposed(setup));
    CHECK(!controller.mainWindow());
    CHECK(!everythingShown().contains(registered.name.given));

    app::OperatorForm* form = setup->form();
    form->usernameEdit()->setText(QStringLiteral("admin"));
    form->passwordEdit()->setText(QStringLiteral("admin"));
    form->repeatEdit()->setText(QStringLiteral("admin"));
    setup->setUpButton()->click();
    CHECK(form->errorText().contains(QStringLiteral("The password")));
    form->displayNameEdit()->setText(QStringLiteral("Otieno Odhiambo"));
    form->passwordEdit()->setText(QStringLiteral("Kisumu-2026-east"));
    form->repeatEdit()->setText(QStringLiteral("Kisumu-2026-east"));
    setup->setUpButton()->click();
    REQUIRE(waitFor([&] { return !setup->recoveryView()->code().isEmpty(); }));
    CHECK(!setup->continueButton()->isEnabled());
    setup->recoveryView()->confirmBox()->setChecked(true);
    REQUIRE(setup->continueButton()->isEnabled());
    setup->continueButton()->click();
    REQUIRE(waitFor([&] { return ready; }));
    REQUIRE(controller.mainWindow());
    CHECK(controller.mainWindow()->operatorText() == QStringLiteral("Otieno Odhiambo (Administrator)"));
    CHECK(setup->recoveryView()->code().isEmpty());

    auto reopened = Store::open(path);
    REQUIRE(reopened.ok());
    CHECK(reopened.value()->isEncrypted());
    CHECK(!reopened.value()->member(registered.id));
    REQUIRE(reopened.value()->unlock(QStringLiteral("admin"), QStringLiteral("Kisumu-2026-east")).ok());
    CHECK(reopened.value()->member(registered.id));
    QApplication::closeAllWindows();
}
