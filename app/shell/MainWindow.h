#pragma once

#include "worker/StoreTypes.h"

#include <QList>
#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace fe {
namespace app {

class AppSettings;
class ChartsPage;
class ContributionsPage;
class LanguageManager;
class MembersPage;
class OperatorsPage;
class Page;
class RegistrationPage;
class SettingsPage;
class StoreClient;
class SupervisorPage;
class SyncClient;
class SyncPage;

// The application window: a navigation list on the left, the current screen on the right, and
// a status bar that always shows the link to the central office and what has not been sent yet.
// Screens are added in one place (addPage), each only when the logged-in operator's role allows
// it (shell/Roles.h): a page the role does not allow is never created, so no shortcut reaches it.
// The window exists only while an operator is logged in: locking destroys it (AppController).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(StoreClient& client, SyncClient& sync, LanguageManager& language, AppSettings& settings,
               QWidget* parent = nullptr);

    RegistrationPage* registrationPage() const { return m_registration; }
    MembersPage* membersPage() const { return m_members; }
    ContributionsPage* contributionsPage() const { return m_contributions; }
    ChartsPage* chartsPage() const { return m_charts; }
    SettingsPage* settingsPage() const { return m_settings; }
    SyncPage* syncPage() const { return m_sync; }
    // Null when the operator's role does not allow them (shell/Roles.h).
    SupervisorPage* supervisorPage() const { return m_supervisor; }
    OperatorsPage* operatorsPage() const { return m_operators; }
    QAction* lockAction() const { return m_lock; }
    QString operatorText() const;
    // The page shown, as an index into the pages this role has (kept across a lock).
    int currentPageIndex() const;
    void showPageIndex(int index);
    QListWidget* navigation() const { return m_nav; }
    void showPage(Page* page);
    Page* currentPage() const;
    QString statusText() const;
    QString connectivityText() const;
    // Opens the member detail (non-modal, one per member).
    void openMember(const QUuid& id);

Q_SIGNALS:
    // Lock (Ctrl+L): the controller locks the store and shows the login screen.
    void lockRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void addPage(Page* page, const QKeySequence& shortcut);
    void onStoreOpened(const StoreInfo& info);
    void updateStatus(const StoreStatus& status);
    void retranslate();

    StoreClient& m_client;
    LanguageManager& m_language;
    QListWidget* m_nav = nullptr;
    QStackedWidget* m_stack = nullptr;
    QList<Page*> m_pages;
    RegistrationPage* m_registration = nullptr;
    MembersPage* m_members = nullptr;
    ContributionsPage* m_contributions = nullptr;
    ChartsPage* m_charts = nullptr;
    SettingsPage* m_settings = nullptr;
    SyncPage* m_sync = nullptr;
    SupervisorPage* m_supervisor = nullptr;
    OperatorsPage* m_operators = nullptr;
    std::optional<Operator> m_operator;
    QLabel* m_operatorLabel = nullptr;
    QAction* m_lock = nullptr;
    SyncClient& m_syncClient;
    QLabel* m_connectivity = nullptr;
    QLabel* m_outbox = nullptr;
    QLabel* m_device = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QMenu* m_supervisorMenu = nullptr;
    QAction* m_fleetAction = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_about = nullptr;
    QActionGroup* m_languages = nullptr;
    StoreStatus m_status;
    bool m_hasStatus = false;
};

} // namespace app
} // namespace fe
