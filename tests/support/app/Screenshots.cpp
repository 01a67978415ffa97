// fieldenrol_screenshots OUT_DIR: screenshots of every main screen in English, Lao and Swahili,
// for both countries, on sample stores (scripts/screenshots.sh runs it on the offscreen
// platform). Files: OUT_DIR/<country>-<language>-<screen>.png.
#include "SampleData.h"

#include "i18n/LanguageManager.h"
#include "models/MemberListModel.h"
#include "screens/ChartsPage.h"
#include "screens/ContributionsPage.h"
#include "screens/MemberDetailDialog.h"
#include "screens/MembersPage.h"
#include "screens/RegistrationPage.h"
#include "screens/SettingsPage.h"
#include "screens/SupervisorPage.h"
#include "screens/SyncPage.h"
#include "shell/AppController.h"
#include "shell/FirstRunWizard.h"
#include "shell/LoginWindow.h"
#include "shell/MainWindow.h"
#include "worker/StoreClient.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace fe;

namespace {

constexpr int kWidth = 1366;
constexpr int kHeight = 768;

bool waitFor(const std::function<bool()>& condition)
{
    return QTest::qWaitFor(condition, 30000);
}

void save(QWidget* widget, const QString& path)
{
    QTest::qWait(150); // let layouts and charts settle
    if (!widget->grab().save(path))
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
    else
        std::printf("%s\n", qPrintable(path));
}

bool shoot(const QString& outDir, Country country, const QString& language)
{
    QTemporaryDir dir;
    const QString code = country == Country::Lao ? QStringLiteral("LA") : QStringLiteral("KE");
    const QString storePath = dir.filePath(QStringLiteral("sample.fieldenrol"));
    const Status created = test::createSampleStore(
        storePath, country, 40, QDateTime::currentDateTimeUtc(),
        country == Country::Lao ? QStringLiteral("Xaythany team 2") : QStringLiteral("Kibra field office"));
    if (!created.ok()) {
        std::fprintf(stderr, "sample store: %s\n", qPrintable(created.error().message));
        return false;
    }
    const QString prefix = QDir(outDir).filePath(code + QLatin1Char('-') + language + QLatin1Char('-'));
    auto settings = std::make_unique<app::AppSettings>(dir.filePath(QStringLiteral("settings.ini")));
    settings->setLanguage(language);
    app::AppController controller(std::move(settings));
    bool ready = false;
    bool loginShown = false;
    QObject::connect(&controller, &app::AppController::ready, [&] { ready = true; });
    QObject::connect(&controller, &app::AppController::loginShown, [&] { loginShown = true; });
    controller.startWithStore(storePath);
    if (!waitFor([&] { return loginShown; }))
        return false;
    // The login screen, then in as the sample store's administrator.
    app::LoginWindow& login = *controller.loginWindow();
    login.resize(kWidth, kHeight);
    login.usernameEdit()->setText(test::sampleAdministrator().account.username);
    save(&login, prefix + QStringLiteral("login.png"));
    login.passwordEdit()->setText(test::sampleAdministrator().password);
    login.logIn();
    if (!waitFor([&] { return ready; }))
        return false;
    app::MainWindow& window = *controller.mainWindow();
    window.resize(kWidth, kHeight);
    if (!waitFor([&] { return !window.membersPage()->isLoading(); }))
        return false;

    // Registration: the first step partly typed, with a message beside a field.
    window.showPage(window.registrationPage());
    const Member sample = test::sampleMember(country, 3, controller.client().info().reference);
    window.registrationPage()
        ->findChild<QLineEdit*>(QStringLiteral("name.given"))
        ->setText(sample.name.given);
    auto* birth = window.registrationPage()->findChild<QLineEdit*>(QStringLiteral("birth"));
    birth->setText(QStringLiteral("31/02/1990")); // no such day: the message shows beside the field
    Q_EMIT birth->textEdited(birth->text());
    save(&window, prefix + QStringLiteral("register.png"));
    window.registrationPage()->goToStep(app::RegistrationPage::AddressStep);
    save(&window, prefix + QStringLiteral("register-address.png"));
    window.registrationPage()->goToStep(app::RegistrationPage::SchemesStep);
    save(&window, prefix + QStringLiteral("register-schemes.png"));
    window.registrationPage()->goToStep(app::RegistrationPage::ConsentStep);
    save(&window, prefix + QStringLiteral("register-consent.png"));

    window.showPage(window.membersPage());
    save(&window, prefix + QStringLiteral("members.png"));

    const QUuid first = window.membersPage()->model()->index(0, 0).data(Qt::UserRole + 1).toUuid();
    auto* detail = new app::MemberDetailDialog(controller.client(), first, &window);
    detail->resize(900, 600);
    detail->show();
    if (waitFor([&] { return detail->isLoaded(); }))
        save(detail, prefix + QStringLiteral("member-detail.png"));
    delete detail;

    window.showPage(window.contributionsPage());
    // Found by typing part of the name, as an operator would.
    auto* search = window.contributionsPage()->findChild<QLineEdit*>(QStringLiteral("paymentMemberSearch"));
    search->setText(sample.name.given.left(3));
    waitFor([&] { return window.contributionsPage()->resultCount() > 0; });
    bool loaded = false;
    QObject::connect(window.contributionsPage(), &app::ContributionsPage::memberLoaded,
                     [&] { loaded = true; });
    window.contributionsPage()->selectMember(first);
    waitFor([&] { return loaded; });
    save(&window, prefix + QStringLiteral("payments.png"));

    window.showPage(window.chartsPage());
    waitFor([&] { return window.chartsPage()->data().has_value(); });
    save(&window, prefix + QStringLiteral("reports.png"));

    window.showPage(window.settingsPage());
    save(&window, prefix + QStringLiteral("settings.png"));
    // Sync and supervision of a device not enrolled yet (no central office runs here).
    window.showPage(window.syncPage());
    save(&window, prefix + QStringLiteral("sync.png"));
    if (window.supervisorPage()) {
        window.showPage(window.supervisorPage());
        waitFor([&] { return !window.supervisorPage()->lastMessage().isEmpty(); });
        save(&window, prefix + QStringLiteral("supervision.png"));
    }
    window.close();

    // The first-run assistant, on its first and last pages.
    app::AppSettings wizardSettings(dir.filePath(QStringLiteral("wizard.ini")));
    app::StoreClient wizardClient;
    app::FirstRunWizard wizard(wizardClient, controller.language(), wizardSettings);
    if (country == Country::Kenya)
        wizard.kenyaButton()->setChecked(true);
    wizard.show();
    save(&wizard, prefix + QStringLiteral("first-run.png"));
    wizard.next();
    wizard.deviceNameEdit()->setText(country == Country::Lao ? QStringLiteral("Xaythany team 2")
                                                             : QStringLiteral("Kibra field office"));
    wizard.next();
    save(&wizard, prefix + QStringLiteral("first-run-store.png"));
    wizard.close();
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FieldEnrolScreenshots"));
    QApplication::setApplicationName(QStringLiteral("FieldEnrolScreenshots"));
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: fieldenrol_screenshots OUT_DIR\n");
        return 2;
    }
    QDir().mkpath(args[1]);
    for (Country country : {Country::Lao, Country::Kenya})
        for (const QString& language : app::LanguageManager::available())
            if (!shoot(args[1], country, language))
                return 1;
    return 0;
}
