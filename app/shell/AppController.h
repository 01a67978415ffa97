#pragma once

#include "shell/AppSettings.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace fe {
namespace app {

class EncryptionSetupWindow;
class FirstRunWizard;
class IdleWatcher;
class LanguageManager;
class LoginWindow;
class MainWindow;
class StoreClient;
class SyncClient;

// Starts the application: the operator's language, then either the first-run assistant (no
// store yet) or the store in use, whose records open only after a login (docs/APP.md "Login and
// lock"): the login screen for an encrypted store, the encryption set-up for one that is not
// encrypted yet. Locking (Ctrl+L, or idle time) destroys the main window and shows the login
// screen again. Owns the long-lived pieces.
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
    // Locks now: the store forgets its key, the windows with records go, the login screen shows.
    void lock();
    // Idle time before the application locks, instead of the settings' minutes (tests: short).
    void setIdleLockIntervalMs(int ms) { m_idleOverrideMs = ms; }

    StoreClient& client() { return *m_client; }
    SyncClient& sync() { return *m_sync; }
    LanguageManager& language() { return *m_language; }
    AppSettings& settings() { return *m_settings; }
    IdleWatcher& idleWatcher() { return *m_idle; }
    MainWindow* mainWindow() const { return m_window.get(); }
    FirstRunWizard* wizard() const { return m_wizard.get(); }
    LoginWindow* loginWindow() const { return m_login.get(); }
    EncryptionSetupWindow* encryptionSetup() const { return m_setup.get(); }

Q_SIGNALS:
    // The main window is shown, its store open and an operator logged in: they can work.
    void ready();
    void startFailed(const QString& message);
    // The login screen is shown (store opened locked, or locked again).
    void loginShown();

private:
    void showMainWindow();
    void showWizard();
    void showLogin(const QString& username);
    void showEncryptionSetup();
    void onLocked();
    void dropMainWindow();

    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<StoreClient> m_client;
    std::unique_ptr<SyncClient> m_sync;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<IdleWatcher> m_idle;
    std::unique_ptr<FirstRunWizard> m_wizard;
    std::unique_ptr<LoginWindow> m_login;
    std::unique_ptr<EncryptionSetupWindow> m_setup;
    std::unique_ptr<MainWindow> m_window;
    QPointer<MainWindow> m_dropped; // locked, waiting for deleteLater
    // Where the operator was when the application locked: the same page after they log in again.
    QString m_lockedUser;
    int m_lockedPage = -1;
    int m_idleOverrideMs = 0;
    bool m_syncWaitsForEncryption = false;
};

} // namespace app
} // namespace fe
