#include "screens/SettingsPage.h"

#include "i18n/Formats.h"
#include "i18n/Labels.h"
#include "i18n/LanguageManager.h"
#include "shell/AppSettings.h"
#include "sync/SyncClient.h"
#include "widgets/CentralOfficeBox.h"
#include "worker/StoreClient.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace fe {
namespace app {

SettingsPage::SettingsPage(StoreClient& client, SyncClient& sync, LanguageManager& language,
                           AppSettings& settings, QWidget* parent)
    : Page(client, parent), m_sync(sync), m_language(language), m_settings(settings)
{
    auto* layout = new QVBoxLayout(this);
    QFont headingFont = font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    QFont sectionFont = font();
    sectionFont.setBold(true);
    m_heading = new QLabel;
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);

    auto* languageRow = new QHBoxLayout;
    m_languageLabel = new QLabel;
    m_languageBox = new QComboBox;
    m_languageBox->setObjectName(QStringLiteral("languageChoice"));
    for (const QString& code : LanguageManager::available())
        m_languageBox->addItem(LanguageManager::nativeName(code), code);
    m_languageLabel->setBuddy(m_languageBox);
    languageRow->addWidget(m_languageLabel);
    languageRow->addWidget(m_languageBox);
    languageRow->addSpacing(24);
    // Idle lock (docs/APP.md "Login and lock"): applies from the next login. On the language's
    // row, so the page still fits a 1366x768 screen in Lao.
    auto* idleRow = languageRow;
    m_idleLabel = new QLabel;
    m_idleMinutes = new QSpinBox;
    m_idleMinutes->setObjectName(QStringLiteral("idleLockMinutes"));
    m_idleMinutes->setRange(1, 60);
    m_idleMinutes->setValue(settings.idleLockMinutes());
    m_idleLabel->setBuddy(m_idleMinutes);
    idleRow->addWidget(m_idleLabel);
    idleRow->addWidget(m_idleMinutes);
    idleRow->addStretch(1);
    layout->addLayout(languageRow);

    m_storeHeading = new QLabel;
    m_storeHeading->setFont(sectionFont);
    layout->addWidget(m_storeHeading);
    m_storeForm = new QFormLayout;
    layout->addLayout(m_storeForm);

    m_central = new CentralOfficeBox(sync, settings);
    layout->addWidget(m_central);

    m_backupHeading = new QLabel;
    m_backupHeading->setFont(sectionFont);
    layout->addWidget(m_backupHeading);
    m_backupHint = new QLabel;
    m_backupHint->setWordWrap(true);
    layout->addWidget(m_backupHint);
    auto* buttons = new QHBoxLayout;
    m_backup = new QPushButton;
    m_restore = new QPushButton;
    m_progress = new QProgressBar;
    m_progress->setVisible(false);
    m_cancelButton = new QPushButton;
    m_cancelButton->setVisible(false);
    buttons->addWidget(m_backup);
    buttons->addWidget(m_restore);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(m_languageBox, &QComboBox::activated, this, [this](int index) {
        const QString code = m_languageBox->itemData(index).toString();
        m_language.setLanguage(code);
        m_settings.setLanguage(code);
    });
    connect(m_idleMinutes, &QSpinBox::valueChanged, this,
            [this](int minutes) { m_settings.setIdleLockMinutes(minutes); });
    connect(&m_language, &LanguageManager::languageChanged, this, [this](const QString& code) {
        const QSignalBlocker block(m_languageBox);
        m_languageBox->setCurrentIndex(m_languageBox->findData(code));
    });
    connect(m_backup, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(
            this, tr("Choose the folder for the backup (e.g. a USB stick)"),
            m_settings.backupFolder().isEmpty()
                ? QStandardPaths::writableLocation(QStandardPaths::HomeLocation)
                : m_settings.backupFolder());
        if (!folder.isEmpty())
            backupTo(folder);
    });
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Choose the backup to restore"), m_settings.backupFolder(),
                                         tr("FieldEnrol stores (*.fieldenrol)"));
        if (file.isEmpty())
            return;
        const auto answer = QMessageBox::question(
            this, tr("Restore a backup"),
            tr("Replace the store in use by this backup? Everything saved since the backup was made will be "
               "set aside (the current store is kept next to it, not deleted)."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer == QMessageBox::Yes)
            restoreFrom(file);
    });
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_cancel)
            m_cancel->store(true);
    });
    connect(&m_client, &StoreClient::statusChanged, this, &SettingsPage::updateStoreInfo);
    retranslate();
}

QString SettingsPage::title() const
{
    return tr("Settings");
}

void SettingsPage::setStore(const StoreInfo& info)
{
    m_info = info;
    updateStoreInfo();
}

void SettingsPage::setBusy(bool busy)
{
    m_backup->setEnabled(!busy);
    m_restore->setEnabled(!busy);
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy && m_cancel);
}

void SettingsPage::setMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
}

QString SettingsPage::lastMessage() const
{
    return m_message->text();
}

void SettingsPage::backupTo(const QString& folder)
{
    m_settings.setBackupFolder(folder);
    m_cancel = makeCancelFlag();
    m_progress->setRange(0, 0);
    setBusy(true);
    setMessage(tr("Backing up…"), false);
    m_client.backup(
        folder, m_cancel, this,
        [this](qint64 done, qint64 total) {
            m_progress->setRange(0, static_cast<int>(qMin<qint64>(total, INT_MAX)));
            m_progress->setValue(static_cast<int>(qMin<qint64>(done, INT_MAX)));
        },
        [this](const Result<QString>& result) {
            m_cancel.reset();
            setBusy(false);
            if (result.ok())
                setMessage(tr("Backup written to %1").arg(QDir::toNativeSeparators(result.value())), false);
            else
                setMessage(result.error().message, true);
            Q_EMIT backupDone(result.ok());
        });
}

void SettingsPage::restoreFrom(const QString& file)
{
    m_cancel.reset();
    m_progress->setRange(0, 0);
    setBusy(true);
    setMessage(tr("Checking and restoring the backup…"), false);
    // The sync thread's connection must not outlive the file it points to: closed first, and
    // reopened on the store in use afterwards (the restored one, or the same one if nothing changed).
    m_sync.close();
    m_client.restore(file, this, [this](const Result<QString>& result) {
        setBusy(false);
        if (!result.ok() && m_info)
            m_sync.open(m_info->path, m_settings.autoSync());
        if (result.ok())
            setMessage(tr("The backup is restored. The store that was in use is kept as %1")
                           .arg(QDir::toNativeSeparators(result.value())),
                       false);
        else
            setMessage(tr("Nothing was restored: %1").arg(result.error().message), true);
        Q_EMIT restoreDone(result.ok());
    });
}

void SettingsPage::updateStoreInfo()
{
    while (m_storeForm->rowCount() > 0)
        m_storeForm->removeRow(0);
    if (!m_info)
        return;
    const StoreStatus status = m_client.lastStatus();
    const auto row = [this](const QString& label, const QString& value) {
        auto* v = new QLabel(value);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        v->setWordWrap(true);
        m_storeForm->addRow(label, v);
    };
    row(tr("Country"), Labels::country(m_info->country.country));
    row(tr("Device name"), m_client.info().deviceName);
    row(tr("Device id"), m_info->deviceId);
    row(tr("Store file"), QDir::toNativeSeparators(m_info->path));
    row(tr("Members"), formats::number(status.members));
    row(tr("Payments"), formats::number(status.contributions));
    row(tr("Not sent yet"), formats::number(status.outboxPending));
}

void SettingsPage::retranslate()
{
    m_heading->setText(tr("Settings"));
    m_languageLabel->setText(tr("Lan&guage of the screens"));
    m_idleLabel->setText(tr("Loc&k the screen after this many minutes without use:"));
    m_storeHeading->setText(tr("Store on this laptop"));
    m_backupHeading->setText(tr("Backup"));
    m_backupHint->setText(
        tr("A backup is a complete copy of the store, made while you keep working. Keep it on a "
           "USB stick away from the laptop. Restoring checks the backup first and keeps the "
           "store it replaces."));
    m_backup->setText(tr("&Back up now…"));
    m_restore->setText(tr("R&estore a backup…"));
    m_cancelButton->setText(tr("Cancel"));
    {
        const QSignalBlocker block(m_languageBox);
        m_languageBox->setCurrentIndex(m_languageBox->findData(m_language.language()));
    }
    updateStoreInfo();
}

} // namespace app
} // namespace fe
