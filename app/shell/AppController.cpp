#include "shell/AppController.h"

#include "i18n/LanguageManager.h"
#include "shell/AppSettings.h"
#include "shell/EncryptionSetupWindow.h"
#include "shell/FirstRunWizard.h"
#include "shell/IdleWatcher.h"
#include "shell/LoginWindow.h"
#include "shell/MainWindow.h"
#include "sync/SyncClient.h"
#include "worker/StoreClient.h"

#include <QApplication>
#include <QDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace fe {
namespace app {

AppController::AppController(std::unique_ptr<AppSettings> settings, QObject* parent)
    : QObject(parent), m_settings(settings ? std::move(settings) : std::make_unique<AppSettings>()),
      m_client(std::make_unique<StoreClient>()), m_sync(std::make_unique<SyncClient>()),
      m_language(std::make_unique<LanguageManager>()), m_idle(std::make_unique<IdleWatcher>())
{
    // The sync engine keeps its own connection to whichever store the screens opened; on an
    // encrypted store it works only with the logged-in operator's session, and pauses while the
    // application is locked. A store that is not encrypted yet is left alone until its
    // encryption is set up (which rewrites the file).
    connect(m_client.get(), &StoreClient::storeOpened, this, [this](const StoreInfo& info) {
        m_syncWaitsForEncryption = !info.encrypted;
        if (info.encrypted)
            m_sync->open(info.path, m_settings->autoSync());
    });
    connect(m_client.get(), &StoreClient::unlocked, this,
            [this](const Operator&, const std::shared_ptr<OperatorSession>& session) {
                if (m_syncWaitsForEncryption) {
                    m_syncWaitsForEncryption = false;
                    m_sync->open(m_client->info().path, m_settings->autoSync());
                }
                m_sync->unlock(session);
                m_idle->setIntervalMs(m_idleOverrideMs > 0 ? m_idleOverrideMs
                                                           : m_settings->idleLockMinutes() * 60 * 1000);
                m_idle->start();
            });
    connect(m_client.get(), &StoreClient::locked, this, &AppController::onLocked);
    connect(m_idle.get(), &IdleWatcher::idle, this, &AppController::lock);
    const QString saved = m_settings->language();
    m_language->setLanguage(LanguageManager::available().contains(saved) ? saved
                                                                         : LanguageManager::systemDefault());
}

AppController::~AppController()
{
    // Windows first: they hold callbacks into the client.
    delete m_dropped; // a locked main window not deleted yet
    m_window.reset();
    m_login.reset();
    m_setup.reset();
    m_wizard.reset();
    m_idle.reset();
    m_sync.reset();
    m_client.reset();
}

void AppController::start()
{
    const QString path = m_settings->storePath();
    if (path.isEmpty() || !QFileInfo::exists(path))
        showWizard();
    else
        startWithStore(path);
}

void AppController::startWithStore(const QString& path)
{
    m_client->open(path, this, [this, path](const Result<StoreInfo>& result) {
        if (result.ok()) {
            m_settings->setStorePath(path);
            if (result.value().encrypted)
                showLogin({});
            else
                showEncryptionSetup();
            return;
        }
        // A store that does not open is never replaced silently: say why and offer the
        // assistant, which creates a new one elsewhere.
        Q_EMIT startFailed(result.error().message);
        const auto answer = QMessageBox::warning(
            nullptr, tr("The store cannot be opened"),
            tr("%1\n\nSet up a new store instead? The file that failed is left as it is.")
                .arg(result.error().message),
            QMessageBox::Yes | QMessageBox::Close, QMessageBox::Close);
        if (answer == QMessageBox::Yes)
            showWizard();
        else
            QCoreApplication::exit(1);
    });
}

void AppController::lock()
{
    if (!m_client->isUnlocked())
        return;
    if (!m_window) {
        // The assistant or the encryption set-up is showing the recovery code: it locks once the
        // main window is open.
        m_idle->start();
        return;
    }
    m_idle->stop();
    m_lockedPage = m_window->currentPageIndex();
    m_lockedUser = m_client->currentOperator()->username;
    // The screens go at once (deleted once the event that asked for the lock is handled: Ctrl+L
    // comes from the window itself); the store wipes its key on its own thread, answered by
    // `locked`.
    dropMainWindow();
    m_client->lock();
    m_sync->lock();
}

void AppController::onLocked()
{
    m_idle->stop();
    if (m_window) { // locked by the store itself (e.g. a restore that reopened it locked)
        m_lockedPage = m_window->currentPageIndex();
        dropMainWindow();
        m_sync->lock();
    }
    showLogin(m_lockedUser);
}

void AppController::dropMainWindow()
{
    if (!m_window)
        return;
    // Dialogs waiting for an answer go first: their event loops must not outlive the window.
    for (QWidget* modal = QApplication::activeModalWidget(); modal;
         modal = QApplication::activeModalWidget()) {
        if (auto* dialog = qobject_cast<QDialog*>(modal))
            dialog->reject();
        else
            modal->close();
        if (QApplication::activeModalWidget() == modal)
            break; // refused to close: leave it to the window's deletion
    }
    m_window->hide();
    m_dropped = m_window.release();
    m_dropped->deleteLater();
}

void AppController::showLogin(const QString& username)
{
    if (!m_login) {
        m_login = std::make_unique<LoginWindow>(*m_client, *m_language, *m_settings);
        connect(m_login.get(), &LoginWindow::loggedIn, this, [this] {
            const bool sameOperator = m_client->currentOperator()->username == m_lockedUser;
            m_login->hide();
            showMainWindow();
            if (sameOperator && m_lockedPage >= 0)
                m_window->showPageIndex(m_lockedPage);
            m_lockedPage = -1;
            Q_EMIT ready();
        });
    }
    m_login->preselect(username);
    m_login->show();
    m_login->activateWindow();
    Q_EMIT loginShown();
}

void AppController::showEncryptionSetup()
{
    m_setup = std::make_unique<EncryptionSetupWindow>(*m_client);
    connect(m_setup.get(), &EncryptionSetupWindow::finished, this, [this] {
        m_setup->hide();
        showMainWindow();
        Q_EMIT ready();
    });
    m_setup->show();
}

void AppController::showMainWindow()
{
    if (!m_window) {
        m_window = std::make_unique<MainWindow>(*m_client, *m_sync, *m_language, *m_settings);
        connect(m_window.get(), &MainWindow::lockRequested, this, &AppController::lock);
    }
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
}

void AppController::showWizard()
{
    m_wizard = std::make_unique<FirstRunWizard>(*m_client, *m_language, *m_settings, m_sync.get());
    connect(m_wizard.get(), &QWizard::accepted, this, [this] {
        showMainWindow();
        Q_EMIT ready();
    });
    m_wizard->show();
}

} // namespace app
} // namespace fe
