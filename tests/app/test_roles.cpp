#include "AppFixture.h"
#include "SampleData.h"

#include "screens/MembersPage.h"
#include "screens/OperatorsPage.h"
#include "screens/RegistrationPage.h"
#include "screens/SettingsPage.h"
#include "screens/SupervisorPage.h"
#include "shell/AppController.h"
#include "shell/LoginWindow.h"
#include "shell/MainWindow.h"
#include "shell/Roles.h"
#include "widgets/OperatorForm.h"
#include "worker/StoreClient.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace fe;
using namespace fe::test;

namespace {

const QString kClerkPassword = QStringLiteral("Sikhottabong-7");

bool listed(const QList<Operator>& operators, const QString& username)
{
    return std::any_of(operators.begin(), operators.end(),
                       [&](const Operator& op) { return op.username == username; });
}

} // namespace

TEST_CASE("what each role may do")
{
    for (const OperatorRole role : kAllOperatorRoles) {
        CHECK(app::may(role, app::Capability::Register));
        CHECK(app::may(role, app::Capability::Contributions));
        CHECK(app::may(role, app::Capability::Sync));
    }
    CHECK(!app::may(OperatorRole::Clerk, app::Capability::Supervise));
    CHECK(!app::may(OperatorRole::Enumerator, app::Capability::VoidPayments));
    CHECK(app::may(OperatorRole::Supervisor, app::Capability::Supervise));
    CHECK(app::may(OperatorRole::Supervisor, app::Capability::VoidPayments));
    CHECK(!app::may(OperatorRole::Supervisor, app::Capability::ManageOperators));
    CHECK(app::may(OperatorRole::Administrator, app::Capability::ManageOperators));
    CHECK(app::may(OperatorRole::Administrator, app::Capability::Administer));
    CHECK(!app::may(std::optional<Operator>(), app::Capability::Register)); // no one logged in
}

TEST_CASE("an administrator adds a clerk, who logs in and sees neither Supervision nor Operators")
{
    AppFixture fixture(Country::Lao);
    app::MainWindow& admin = fixture.window();
    REQUIRE(admin.operatorsPage());
    CHECK(admin.supervisorPage());
    CHECK(admin.settingsPage());

    app::OperatorsPage* page = admin.operatorsPage();
    admin.showPage(page);
    REQUIRE(waitFor([&] { return listed(page->operators(), adminUsername()); }));
    app::OperatorForm* form = page->form();
    form->usernameEdit()->setText(QStringLiteral("bounmy"));
    form->displayNameEdit()->setText(QStringLiteral("ບຸນມີ ແສງສະຫວ່າງ"));
    form->roleBox()->setCurrentIndex(form->roleBox()->findData(static_cast<int>(OperatorRole::Clerk)));
    form->passwordEdit()->setText(kClerkPassword);
    form->repeatEdit()->setText(kClerkPassword);
    page->addButton()->click();
    REQUIRE(waitFor([&] { return listed(page->operators(), QStringLiteral("bounmy")); }));
    CHECK(page->message() == QStringLiteral("bounmy can now log in."));
    CHECK(form->usernameEdit()->text().isEmpty());

    // The same user name again is refused beside the field.
    form->usernameEdit()->setText(QStringLiteral("BOUNMY"));
    form->displayNameEdit()->setText(QStringLiteral("Bounmy Sengsavang"));
    form->passwordEdit()->setText(kClerkPassword);
    form->repeatEdit()->setText(kClerkPassword);
    page->addButton()->click();
    REQUIRE(waitFor([&] { return !form->errorText().isEmpty(); }));
    CHECK(form->errorText() == QStringLiteral("This user name is already taken. Choose another one."));

    fixture.lock();
    REQUIRE(fixture.logIn(QStringLiteral("bounmy"), kClerkPassword));
    app::MainWindow* clerk = fixture.app().mainWindow();
    REQUIRE(clerk);
    CHECK(clerk->operatorText() == QStringLiteral("ບຸນມີ ແສງສະຫວ່າງ (Clerk)"));
    CHECK(!clerk->supervisorPage());
    CHECK(!clerk->operatorsPage());
    CHECK(!clerk->settingsPage());
    CHECK(clerk->navigation()->count() == 5);
    // Nor by shortcut: Ctrl+7 and Ctrl+8 lead nowhere.
    QApplication::setActiveWindow(clerk);
    REQUIRE(QTest::qWaitForWindowActive(clerk));
    clerk->showPage(clerk->membersPage());
    QTest::keyClick(clerk, Qt::Key_7, Qt::ControlModifier);
    QTest::keyClick(clerk, Qt::Key_8, Qt::ControlModifier);
    CHECK(clerk->currentPage() == clerk->membersPage());
    QTest::keyClick(clerk, Qt::Key_1, Qt::ControlModifier); // while the pages it has still answer
    CHECK(clerk->currentPage() == clerk->registrationPage());
    // What the clerk saves is recorded under the clerk's id.
    CHECK(fixture.app().client().operatorId() ==
          fixture.app().client().currentOperator()->id.toString(QUuid::WithoutBraces));
    CHECK(fixture.app().client().currentOperator()->role == OperatorRole::Clerk);
}

TEST_CASE("an administrator locks an operator out, and unlocks them")
{
    AppFixture fixture(Country::Kenya, [](Store& store) {
        REQUIRE(store
                    .addOperator(
                        {QStringLiteral("akinyi"), QStringLiteral("Akinyi Otieno"), OperatorRole::Enumerator},
                        kClerkPassword)
                    .ok());
    });
    app::MainWindow& admin = fixture.window();
    app::OperatorsPage* page = admin.operatorsPage();
    REQUIRE(page);
    admin.showPage(page);
    REQUIRE(waitFor([&] { return listed(page->operators(), QStringLiteral("akinyi")); }));
    const auto row = [&] {
        for (int i = 0; i < page->operators().size(); ++i)
            if (page->operators()[i].username == QStringLiteral("akinyi"))
                return i;
        return -1;
    };
    page->table()->selectRow(row());
    REQUIRE(page->lockButton()->isEnabled());
    page->lockButton()->click();
    REQUIRE(waitFor([&] { return page->operators()[row()].locked; }));
    CHECK(page->message() == QStringLiteral("akinyi can no longer log in."));

    fixture.lock();
    app::LoginWindow* login = fixture.app().loginWindow();
    login->usernameEdit()->setText(QStringLiteral("akinyi"));
    login->passwordEdit()->setText(kClerkPassword);
    login->logIn();
    REQUIRE(waitFor([&] { return login->errorText().contains(QStringLiteral("locked")); }));
    CHECK(!fixture.app().mainWindow());

    REQUIRE(waitFor([&] { return !login->isWaiting(); }, 10000));
    REQUIRE(fixture.logIn(adminUsername(), adminPassword()));
    page = fixture.app().mainWindow()->operatorsPage();
    REQUIRE(page);
    fixture.app().mainWindow()->showPage(page);
    REQUIRE(waitFor([&] { return row() >= 0 && page->operators()[row()].locked; }));
    page->table()->selectRow(row());
    page->lockButton()->click();
    REQUIRE(waitFor([&] { return !page->operators()[row()].locked; }));
    fixture.lock();
    REQUIRE(fixture.logIn(QStringLiteral("akinyi"), kClerkPassword));
    CHECK(fixture.app().mainWindow()->operatorText() == QStringLiteral("Akinyi Otieno (Enumerator)"));
}
