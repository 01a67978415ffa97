#pragma once

#include "shell/AppSettings.h"

#include <QObject>

#include <memory>

namespace fe {
namespace app {

class FirstRunWizard;
class LanguageManager;
class MainWindow;
class StoreClient;
class SyncClient;

// Starts the application: the operator's language, then either the first-run assistant (no
// store yet) or the main window on the store in use. Owns the long-lived pieces. (The login
// screen comes between the two once operators exist.)
class AppController : public QObject
{
    Q_OBJECT
public:
    // `settings` may be null: the user's own configuration is used then.
    explicit AppController(std::unique_ptr<AppSettings> settings = nullptr, QObject* parent = nullptr);
    ~AppController() override;

    void start();
    // Opens this store directly (command line --store), without the first-run assistant.
    void startWithStore(const QString& path);

    StoreClient& client() { return *m_client; }
    SyncClient& sync() { return *m_sync; }
    LanguageManager& language() { return *m_language; }
    AppSettings& settings() { return *m_settings; }
    MainWindow* mainWindow() const { return m_window.get(); }
    FirstRunWizard* wizard() const { return m_wizard.get(); }

Q_SIGNALS:
    // The main window is shown and its store open: the operator can work.
    void ready();
    void startFailed(const QString& message);

private:
    void showMainWindow();
    void showWizard();

    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<StoreClient> m_client;
    std::unique_ptr<SyncClient> m_sync;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<FirstRunWizard> m_wizard;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace app
} // namespace fe
