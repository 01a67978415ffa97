#include "shell/FirstRunWizard.h"

#include "i18n/Labels.h"
#include "i18n/LanguageManager.h"
#include "shell/AppSettings.h"
#include "sync/SyncClient.h"
#include "validation/Normalise.h"
#include "widgets/ErrorLabel.h"
#include "widgets/OperatorForm.h"
#include "widgets/RecoveryCodeView.h"
#include "worker/StoreClient.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QWizardPage>

namespace fe {
namespace app {

// The device-name page checks the name before going on.
class DeviceNamePage : public QWizardPage
{
public:
    explicit DeviceNamePage(FirstRunWizard& wizard) : m_wizard(wizard) {}
    bool validatePage() override
    {
        const QString name = normaliseName(m_wizard.deviceName());
        QString error;
        if (name.isEmpty() || name.size() > 64 || hasControlCharacters(name))
            error = FirstRunWizard::tr(
                "Give this laptop a name of 1 to 64 characters, e.g. \"Xaythany team 2\".");
        m_error->setError(error);
        return error.isEmpty();
    }
    ErrorLabel* m_error = nullptr;

private:
    FirstRunWizard& m_wizard;
};

// The first administrator's account, checked with the store's rules before going on.
class AdministratorAccountPage : public QWizardPage
{
public:
    explicit AdministratorAccountPage(FirstRunWizard& wizard) : m_wizard(wizard) {}
    bool validatePage() override { return m_wizard.m_adminForm->check().has_value(); }

private:
    FirstRunWizard& m_wizard;
};

// The recovery code, shown once: going on needs "I have written it down", and forgets it.
class RecoveryCodePage : public QWizardPage
{
public:
    explicit RecoveryCodePage(FirstRunWizard& wizard) : m_wizard(wizard) {}
    bool isComplete() const override { return m_wizard.m_recovery->isConfirmed(); }
    bool validatePage() override
    {
        m_wizard.m_recovery->forget();
        return true;
    }

private:
    FirstRunWizard& m_wizard;
};

// The last page creates the store: Finish starts it and the wizard closes once it succeeded.
class StoreLocationPage : public QWizardPage
{
public:
    explicit StoreLocationPage(FirstRunWizard& wizard) : m_wizard(wizard) {}
    bool validatePage() override { return m_wizard.createStore(); }

private:
    FirstRunWizard& m_wizard;
};

// The last page enrols the device when a code was given: Finish starts it and the wizard closes
// once it succeeded; without a code (or with "Enrol later") it closes at once.
class CentralOfficePage : public QWizardPage
{
public:
    explicit CentralOfficePage(FirstRunWizard& wizard) : m_wizard(wizard) {}
    bool validatePage() override { return m_wizard.enrol(); }

private:
    FirstRunWizard& m_wizard;
};

FirstRunWizard::FirstRunWizard(StoreClient& client, LanguageManager& language, AppSettings& settings,
                               SyncClient* sync, QWidget* parent)
    : QWizard(parent), m_client(client), m_language(language), m_settings(settings), m_sync(sync)
{
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setMinimumSize(640, 460);

    auto* countryPage = new QWizardPage;
    auto* countryLayout = new QVBoxLayout(countryPage);
    m_welcome = new QLabel;
    m_welcome->setWordWrap(true);
    countryLayout->addWidget(m_welcome);
    auto* languageRow = new QHBoxLayout;
    m_languageLabel = new QLabel;
    m_languageBox = new QComboBox;
    for (const QString& code : LanguageManager::available())
        m_languageBox->addItem(LanguageManager::nativeName(code), code);
    m_languageBox->setCurrentIndex(m_languageBox->findData(language.language()));
    m_languageLabel->setBuddy(m_languageBox);
    languageRow->addWidget(m_languageLabel);
    languageRow->addWidget(m_languageBox, 1);
    countryLayout->addLayout(languageRow);
    m_countryLabel = new QLabel;
    countryLayout->addWidget(m_countryLabel);
    m_lao = new QRadioButton;
    m_kenya = new QRadioButton;
    m_lao->setChecked(true);
    countryLayout->addWidget(m_lao);
    countryLayout->addWidget(m_kenya);
    countryLayout->addStretch(1);
    setPage(CountryPage, countryPage);

    auto* devicePage = new DeviceNamePage(*this);
    auto* deviceLayout = new QVBoxLayout(devicePage);
    m_deviceHint = new QLabel;
    m_deviceHint->setWordWrap(true);
    m_deviceLabel = new QLabel;
    m_deviceName = new QLineEdit;
    m_deviceName->setObjectName(QStringLiteral("deviceName"));
    m_deviceLabel->setBuddy(m_deviceName);
    m_deviceError = new ErrorLabel;
    devicePage->m_error = m_deviceError;
    deviceLayout->addWidget(m_deviceHint);
    deviceLayout->addWidget(m_deviceLabel);
    deviceLayout->addWidget(m_deviceName);
    deviceLayout->addWidget(m_deviceError);
    deviceLayout->addStretch(1);
    setPage(DevicePage, devicePage);

    auto* adminPage = new AdministratorAccountPage(*this);
    auto* adminLayout = new QVBoxLayout(adminPage);
    m_adminHint = new QLabel;
    m_adminHint->setWordWrap(true);
    m_adminForm = new OperatorForm(OperatorForm::Role::Fixed);
    adminLayout->addWidget(m_adminHint);
    adminLayout->addWidget(m_adminForm);
    adminLayout->addStretch(1);
    setPage(AdministratorPage, adminPage);

    auto* storePage = new StoreLocationPage(*this);
    auto* storeLayout = new QVBoxLayout(storePage);
    m_folderLabel = new QLabel;
    m_folderLabel->setWordWrap(true);
    auto* folderRow = new QHBoxLayout;
    m_folder = new QLineEdit(QDir::toNativeSeparators(AppSettings::defaultStoreFolder()));
    m_folder->setObjectName(QStringLiteral("storeFolder"));
    m_folderLabel->setBuddy(m_folder);
    m_browse = new QPushButton;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    m_fileName = new QLabel;
    m_fileName->setWordWrap(true);
    m_storeError = new ErrorLabel;
    storeLayout->addWidget(m_folderLabel);
    storeLayout->addLayout(folderRow);
    storeLayout->addWidget(m_fileName);
    storeLayout->addWidget(m_storeError);
    storeLayout->addStretch(1);
    setPage(StorePage, storePage);

    auto* recoveryPage = new RecoveryCodePage(*this);
    auto* recoveryLayout = new QVBoxLayout(recoveryPage);
    m_recovery = new RecoveryCodeView;
    recoveryLayout->addWidget(m_recovery);
    connect(m_recovery, &RecoveryCodeView::confirmedChanged, recoveryPage, &QWizardPage::completeChanged);
    setPage(RecoveryPage, recoveryPage);

    auto* centralPage = new CentralOfficePage(*this);
    auto* centralLayout = new QVBoxLayout(centralPage);
    m_centralHint = new QLabel;
    m_centralHint->setWordWrap(true);
    m_addressLabel = new QLabel;
    m_address = new QLineEdit;
    m_address->setObjectName(QStringLiteral("centralAddress"));
    m_addressLabel->setBuddy(m_address);
    m_codeLabel = new QLabel;
    m_code = new QLineEdit;
    m_code->setObjectName(QStringLiteral("enrolmentCode"));
    m_codeLabel->setBuddy(m_code);
    m_centralError = new ErrorLabel;
    centralLayout->addWidget(m_centralHint);
    centralLayout->addWidget(m_addressLabel);
    centralLayout->addWidget(m_address);
    centralLayout->addWidget(m_codeLabel);
    centralLayout->addWidget(m_code);
    centralLayout->addWidget(m_centralError);
    centralLayout->addStretch(1);
    setPage(CentralPage, centralPage);
    // "Enrol later": the store exists already; the clerk enrols from Settings when ready.
    setButtonLayout({QWizard::Stretch, QWizard::BackButton, QWizard::NextButton, QWizard::CustomButton1,
                     QWizard::FinishButton, QWizard::CancelButton});
    connect(this, &QWizard::currentIdChanged, this,
            [this](int id) { setOption(QWizard::HaveCustomButton1, id == CentralPage); });
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1 && m_created && !m_enrolling) {
            m_enrolLater = true; // accept() validates the page again
            accept();
        }
    });
    if (m_sync)
        connect(m_sync, &SyncClient::actionFinished, this,
                [this](SyncAction action, const Error& error, const QString& message) {
                    if (action != SyncAction::Enrol || !m_enrolling)
                        return;
                    m_enrolling = false;
                    button(QWizard::FinishButton)->setEnabled(true);
                    button(QWizard::BackButton)->setEnabled(true);
                    if (!error.code.isEmpty()) {
                        m_centralError->setError(
                            tr("%1\nCorrect the address or the code and press Finish again, or press "
                               "\"Enrol later\" and enrol from Settings when the central office can be "
                               "reached.")
                                .arg(message));
                        return;
                    }
                    m_centralError->clearError();
                    m_enrolled = true;
                    accept();
                });

    connect(m_languageBox, &QComboBox::activated, this, [this](int index) {
        const QString code = m_languageBox->itemData(index).toString();
        m_language.setLanguage(code);
        m_settings.setLanguage(code);
    });
    connect(m_lao, &QRadioButton::toggled, this, &FirstRunWizard::updateFileName);
    connect(m_folder, &QLineEdit::textChanged, this, &FirstRunWizard::updateFileName);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Folder for the store"), m_folder->text());
        if (!folder.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(folder));
    });
    retranslate();
}

Country FirstRunWizard::country() const
{
    return m_kenya->isChecked() ? Country::Kenya : Country::Lao;
}

QString FirstRunWizard::deviceName() const
{
    return m_deviceName->text();
}

QString FirstRunWizard::storePath() const
{
    const QString file = country() == Country::Kenya ? QStringLiteral("fieldenrol-KE.fieldenrol")
                                                     : QStringLiteral("fieldenrol-LA.fieldenrol");
    return QDir(QDir::fromNativeSeparators(m_folder->text().trimmed())).filePath(file);
}

QString FirstRunWizard::errorText() const
{
    if (m_centralError->hasError())
        return m_centralError->text();
    return m_storeError->hasError() ? m_storeError->text() : m_deviceError->text();
}

void FirstRunWizard::updateFileName()
{
    m_fileName->setText(tr("The store will be the file %1").arg(QDir::toNativeSeparators(storePath())));
}

bool FirstRunWizard::createStore()
{
    if (m_created)
        return true;
    if (m_creating)
        return false;
    if (m_folder->text().trimmed().isEmpty()) {
        m_storeError->setError(tr("Choose a folder for the store."));
        return false;
    }
    if (QFileInfo::exists(storePath())) {
        m_storeError->setError(tr("A store already exists there. Choose another folder."));
        return false;
    }
    m_creating = true;
    m_storeError->setError(tr("Creating the store…"));
    button(QWizard::FinishButton)->setEnabled(false);
    button(QWizard::BackButton)->setEnabled(false);
    const auto admin = m_adminForm->check();
    if (!admin) {
        m_creating = false;
        button(QWizard::FinishButton)->setEnabled(true);
        button(QWizard::BackButton)->setEnabled(true);
        m_storeError->setError(tr("Go back and correct the administrator's account."));
        return false;
    }
    CreateOptions options;
    options.country = country();
    options.deviceName = deviceName();
    options.administrator = FirstAdministrator{*admin, m_adminForm->password()};
    m_client.create(storePath(), options, this, [this](const Result<StoreInfo>& result) {
        m_creating = false;
        button(QWizard::FinishButton)->setEnabled(true);
        button(QWizard::BackButton)->setEnabled(true);
        if (!result.ok()) {
            m_storeError->setError(result.error().message);
            return;
        }
        m_storeError->clearError();
        m_created = result.value();
        m_created->recoveryCode.clear(); // on screen only, until confirmed
        // The password has done its work (the store is open for the administrator).
        m_adminForm->passwordEdit()->clear();
        m_adminForm->repeatEdit()->clear();
        m_recovery->setCode(result.value().recoveryCode);
        m_settings.setStorePath(result.value().path);
        next();
    });
    return false;
}

bool FirstRunWizard::enrol()
{
    if (m_enrolled || m_enrolLater)
        return true;
    if (!m_created || m_enrolling)
        return false;
    const QString address = m_address->text().trimmed();
    const QString code = m_code->text().trimmed();
    if (address.isEmpty() && code.isEmpty())
        return true; // enrol later
    const QUrl url = QUrl::fromUserInput(address);
    if (address.isEmpty() || !url.isValid()) {
        m_centralError->setError(tr("Enter the central office's address, e.g. https://central.example.org."));
        return false;
    }
    if (code.isEmpty()) {
        m_centralError->setError(tr("Enter the enrolment code your supervisor gave you."));
        return false;
    }
    if (!m_sync)
        return true;
    m_enrolling = true;
    m_centralError->setError(tr("Enrolling this device…"));
    button(QWizard::FinishButton)->setEnabled(false);
    button(QWizard::BackButton)->setEnabled(false);
    m_sync->enrol(url, {}, code, deviceName());
    return false;
}

void FirstRunWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void FirstRunWizard::retranslate()
{
    setWindowTitle(tr("Set up FieldEnrol"));
    page(CountryPage)->setTitle(tr("Welcome"));
    page(DevicePage)->setTitle(tr("This laptop"));
    page(AdministratorPage)->setTitle(tr("The administrator"));
    page(StorePage)->setTitle(tr("Where to keep the records"));
    page(RecoveryPage)->setTitle(tr("The recovery code"));
    m_adminHint->setText(
        tr("The administrator manages the operators of this laptop. Their password protects the "
           "records: FieldEnrol encrypts the store with it. Every operator logs in with their own "
           "user name and password."));
    page(CentralPage)->setTitle(tr("The central office"));
    m_welcome->setText(
        tr("FieldEnrol registers informal-economy workers for social protection and records their "
           "contributions, on this laptop, with or without a network. Answer a few questions to "
           "set it up."));
    m_languageLabel->setText(tr("&Language"));
    m_countryLabel->setText(tr("Country of the programme:"));
    m_lao->setText(tr("Lao &PDR (LSSO voluntary scheme)"));
    m_kenya->setText(tr("&Kenya (NSSF Haba Haba, SHA)"));
    m_deviceHint->setText(
        tr("The name shows on receipts and tells the central office which laptop sent a record. "
           "Use the team or office name."));
    m_deviceLabel->setText(tr("Na&me of this laptop"));
    m_deviceName->setPlaceholderText(tr("e.g. Xaythany team 2"));
    m_folderLabel->setText(tr("&Folder for the store (a disk of this laptop; backups go elsewhere):"));
    m_browse->setText(tr("&Choose…"));
    m_centralHint->setText(
        tr("Records go to the central office when this laptop is enrolled with it. Enter its address "
           "and the enrolment code your supervisor gave you, or enrol later from Settings."));
    m_addressLabel->setText(tr("&Address of the central office"));
    m_address->setPlaceholderText(tr("e.g. https://central.example.org"));
    m_codeLabel->setText(tr("Enrolment &code"));
    setButtonText(QWizard::CustomButton1, tr("Enrol &later"));
    updateFileName();
}

} // namespace app
} // namespace fe
