#include "AppFixture.h"

#include "i18n/LanguageManager.h"
#include "operators/RecoveryCode.h"
#include "shell/AppController.h"
#include "shell/AppSettings.h"
#include "shell/FirstRunWizard.h"
#include "shell/MainWindow.h"
#include "widgets/OperatorForm.h"
#include "widgets/RecoveryCodeView.h"
#include "worker/StoreClient.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace fe;
using namespace fe::test;

namespace {

void fillAdministrator(app::FirstRunWizard& wizard)
{
    REQUIRE(wizard.currentId() == app::FirstRunWizard::AdministratorPage);
    app::OperatorForm* form = wizard.administratorForm();
    form->usernameEdit()->setText(QStringLiteral("somchai"));
    form->displayNameEdit()->setText(QStringLiteral("ສົມໃຈ ພົມມະຈັນ"));
    form->passwordEdit()->setText(QStringLiteral("Xaythany-team-2"));
    form->repeatEdit()->setText(QStringLiteral("Xaythany-team-2"));
}

} // namespace

TEST_CASE("the first-run assistant creates the store with the keyboard alone")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto settings = std::make_unique<app::AppSettings>(dir.filePath(QStringLiteral("settings.ini")));
    settings->setLanguage(QStringLiteral("en"));
    app::AppController controller(std::move(settings));
    controller.client().setKdfCost(KdfCost::FastForTestsOnly);
    bool ready = false;
    QObject::connect(&controller, &app::AppController::ready, [&] { ready = true; });
    controller.start(); // no store yet: the assistant
    app::FirstRunWizard* wizard = controller.wizard();
    REQUIRE(wizard);
    QApplication::setActiveWindow(wizard);
    REQUIRE(QTest::qWaitForWindowActive(wizard));

    QTest::keyClick(wizard, Qt::Key_K, Qt::AltModifier); // Kenya
    REQUIRE(waitFor([&] { return wizard->kenyaButton()->isChecked(); }));
    QTest::keyClick(wizard, Qt::Key_Return); // Next
    REQUIRE(wizard->currentId() == app::FirstRunWizard::DevicePage);
    QTest::keyClick(wizard, Qt::Key_Return); // no name yet: stays, says why
    CHECK(wizard->currentId() == app::FirstRunWizard::DevicePage);
    CHECK(!wizard->errorText().isEmpty());
    wizard->deviceNameEdit()->setFocus();
    typeText(wizard->deviceNameEdit(), QStringLiteral("Kibra field office"));
    QTest::keyClick(wizard, Qt::Key_Return);
    REQUIRE(wizard->currentId() == app::FirstRunWizard::AdministratorPage);
    app::OperatorForm* admin = wizard->administratorForm();
    admin->usernameEdit()->setFocus();
    typeText(admin->usernameEdit(), QStringLiteral("wanjiku"));
    QTest::keyClick(admin->usernameEdit(), Qt::Key_Tab);
    typeText(focused(), QStringLiteral("Wanjiku Kamau"));
    QTest::keyClick(focused(), Qt::Key_Tab);
    typeText(focused(), QStringLiteral("short"));
    QTest::keyClick(focused(), Qt::Key_Tab);
    typeText(focused(), QStringLiteral("short"));
    QTest::keyClick(wizard, Qt::Key_Return); // too short: stays, says why beside the field
    CHECK(wizard->currentId() == app::FirstRunWizard::AdministratorPage);
    CHECK(admin->errorText() == QStringLiteral("The password needs at least 8 characters."));
    admin->passwordEdit()->setText(QStringLiteral("Kibra-2026-office"));
    admin->repeatEdit()->setText(QStringLiteral("Kibra-2026-offise"));
    QTest::keyClick(wizard, Qt::Key_Return); // typed differently
    CHECK(wizard->currentId() == app::FirstRunWizard::AdministratorPage);
    CHECK(admin->errorText() == QStringLiteral("The two passwords differ. Type the same password twice."));
    admin->repeatEdit()->setText(QStringLiteral("Kibra-2026-office"));
    QTest::keyClick(wizard, Qt::Key_Return);
    REQUIRE(wizard->currentId() == app::FirstRunWizard::StorePage);
    QLineEdit* folder = wizard->folderEdit();
    folder->selectAll();
    typeText(folder, dir.filePath(QStringLiteral("stores")));
    QTest::keyClick(wizard, Qt::Key_Return); // Next: creates the store
    REQUIRE(waitFor([&] { return wizard->currentId() == app::FirstRunWizard::RecoveryPage; }));
    CHECK(wizard->created());
    // The recovery code is shown once; going on needs "I have written it down".
    const QString code = wizard->recoveryView()->code();
    CHECK(RecoveryCode::normalise(code).has_value());
    CHECK(!wizard->button(QWizard::NextButton)->isEnabled());
    QTest::keyClick(wizard, Qt::Key_W, Qt::AltModifier);
    REQUIRE(waitFor([&] { return wizard->recoveryView()->isConfirmed(); }));
    QTest::keyClick(wizard, Qt::Key_Return);
    REQUIRE(waitFor([&] { return wizard->currentId() == app::FirstRunWizard::CentralPage; }));
    CHECK(wizard->recoveryView()->code().isEmpty()); // not kept on screen
    QTest::keyClick(wizard, Qt::Key_Return);         // Finish without a code: enrol later
    REQUIRE(waitFor([&] { return ready; }));
    CHECK(!wizard->enrolled());

    const QString path = dir.filePath(QStringLiteral("stores/fieldenrol-KE.fieldenrol"));
    CHECK(QFileInfo::exists(path));
    CHECK(controller.settings().storePath() == path);
    REQUIRE(controller.mainWindow());
    CHECK(controller.client().info().country.country == Country::Kenya);
    // The name arrives with the first status, just after the store opened.
    CHECK(waitFor(
        [&] { return controller.client().info().deviceName == QStringLiteral("Kibra field office"); }));
    CHECK(waitFor([&] {
        return controller.mainWindow()->windowTitle().contains(QStringLiteral("Kibra field office"));
    }));
    // The administrator is logged in and the store is encrypted under their password.
    REQUIRE(controller.client().currentOperator());
    CHECK(controller.client().currentOperator()->username == QStringLiteral("wanjiku"));
    CHECK(controller.client().currentOperator()->role == OperatorRole::Administrator);
    CHECK(controller.mainWindow()->operatorText() == QStringLiteral("Wanjiku Kamau (Administrator)"));
    auto reopened = Store::open(path);
    REQUIRE(reopened.ok());
    CHECK(reopened.value()->isEncrypted());
    CHECK(!reopened.value()->isUnlocked());
    CHECK(reopened.value()->unlock(QStringLiteral("wanjiku"), QStringLiteral("Kibra-2026-office")).ok());
    QApplication::closeAllWindows();
}

TEST_CASE("an unreachable central office is said so, and the clerk can enrol later")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto settings = std::make_unique<app::AppSettings>(dir.filePath(QStringLiteral("settings.ini")));
    settings->setLanguage(QStringLiteral("en"));
    app::AppController controller(std::move(settings));
    controller.client().setKdfCost(KdfCost::FastForTestsOnly);
    bool ready = false;
    QObject::connect(&controller, &app::AppController::ready, [&] { ready = true; });
    controller.start();
    app::FirstRunWizard* wizard = controller.wizard();
    REQUIRE(wizard);
    wizard->next();
    wizard->deviceNameEdit()->setText(QStringLiteral("Xaythany team 2"));
    wizard->next();
    fillAdministrator(*wizard);
    wizard->next();
    wizard->folderEdit()->setText(dir.filePath(QStringLiteral("stores")));
    wizard->next(); // creates the store
    REQUIRE(waitFor([&] { return wizard->currentId() == app::FirstRunWizard::RecoveryPage; }));
    wizard->recoveryView()->confirmBox()->setChecked(true);
    wizard->next();
    REQUIRE(wizard->currentId() == app::FirstRunWizard::CentralPage);
    // Nothing listens on port 1.
    wizard->centralAddressEdit()->setText(QStringLiteral("http://127.0.0.1:1"));
    wizard->enrolmentCodeEdit()->setText(QStringLiteral("ABCD-EFGH"));
    CHECK(!wizard->validateCurrentPage()); // Finish: enrolment starts, the wizard stays
    REQUIRE(waitFor([&] {
        return wizard->errorText().startsWith(QStringLiteral("The central office cannot be reached"));
    }));
    CHECK(wizard->errorText().contains(QStringLiteral("Enrol later")));
    CHECK(!ready);
    QAbstractButton* later = wizard->button(QWizard::CustomButton1);
    CHECK(later->isVisible());
    CHECK(later->isEnabled());
    CHECK(later->text() == QStringLiteral("Enrol &later"));
    later->click();
    REQUIRE(waitFor([&] { return ready; }));
    CHECK(!wizard->enrolled());
    CHECK(QFileInfo::exists(controller.settings().storePath()));
    QApplication::closeAllWindows();
}

TEST_CASE("the assistant refuses a folder that already holds a store, and changes nothing")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString existing = dir.filePath(QStringLiteral("fieldenrol-LA.fieldenrol"));
    {
        auto created = Store::create(existing, {Country::Lao, QStringLiteral("Earlier")});
        REQUIRE(created.ok());
    }
    const qint64 sizeBefore = QFileInfo(existing).size();
    app::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    app::StoreClient client;
    client.setKdfCost(KdfCost::FastForTestsOnly);
    app::LanguageManager language;
    language.setLanguage(QStringLiteral("en"));
    app::FirstRunWizard wizard(client, language, settings);
    wizard.show();
    wizard.next();
    wizard.deviceNameEdit()->setText(QStringLiteral("Second"));
    wizard.next();
    fillAdministrator(wizard);
    wizard.next();
    REQUIRE(wizard.currentId() == app::FirstRunWizard::StorePage);
    wizard.folderEdit()->setText(dir.path());
    CHECK(!wizard.validateCurrentPage());
    CHECK(wizard.errorText() == QStringLiteral("A store already exists there. Choose another folder."));
    CHECK(!wizard.created());
    CHECK(QFileInfo(existing).size() == sizeBefore);
    CHECK(settings.storePath().isEmpty());
}
