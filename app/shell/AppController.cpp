#include "shell/AppController.h"

#include "i18n/LanguageManager.h"
#include "shell/AppSettings.h"
#include "shell/FirstRunWizard.h"
#include "shell/MainWindow.h"
#include "sync/SyncClient.h"
#include "worker/StoreClient.h"

#include <QFileInfo>
#include <QMessageBox>

namespace fe {
namespace app {

AppController::AppController(std::unique_ptr<AppSettings> settings, QObject* parent)
    : QObject(parent), m_settings(settings ? std::move(settings) : std::make_unique<AppSettings>()),
      m_client(std::make_unique<StoreClient>()), m_sync(std::make_unique<SyncClient>()),
      m_language(std::make_unique<LanguageManager>())
{
    // The sync engine keeps its own connection to whichever store the screens opened.
    connect(m_client.get(), &StoreClient::storeOpened, this,
            [this](const StoreInfo& info) { m_sync->open(info.path, m_settings->autoSync()); });
    const QString saved = m_settings->language();
    m_language->setLanguage(LanguageManager::available().contains(saved) ? saved
                                                                         : LanguageManager::systemDefault());
}

AppController::~AppController()
{
    // Windows first: they hold callbacks into the client.
    m_window.reset();
    m_wizard.reset();
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
    showMainWindow();
    m_client->open(path, this, [this, path](const Result<StoreInfo>& result) {
        if (result.ok()) {
            m_settings->setStorePath(path);
            Q_EMIT ready();
            return;
        }
        // A store that does not open is never replaced silently: say why and offer the
        // assistant, which creates a new one elsewhere.
        Q_EMIT startFailed(result.error().message);
        const auto answer = QMessageBox::warning(
            m_window.get(), tr("The store cannot be opened"),
            tr("%1\n\nSet up a new store instead? The file that failed is left as it is.")
                .arg(result.error().message),
            QMessageBox::Yes | QMessageBox::Close, QMessageBox::Close);
        if (answer == QMessageBox::Yes) {
            m_window->hide();
            showWizard();
        } else {
            m_window->close();
        }
    });
}

void AppController::showMainWindow()
{
    if (!m_window)
        m_window = std::make_unique<MainWindow>(*m_client, *m_sync, *m_language, *m_settings);
    m_window->show();
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
