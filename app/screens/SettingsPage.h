#pragma once

#include "screens/Page.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace fe {
namespace app {

class AppSettings;
class CentralOfficeBox;
class LanguageManager;
class SyncClient;

// Language, the store in use, the central office (enrolment, automatic sync, supervisor
// credential), and backups: a consistent copy of the store to a chosen folder (while it stays
// open), and putting a backup back after checking it.
class SettingsPage : public Page
{
    Q_OBJECT
public:
    SettingsPage(StoreClient& client, SyncClient& sync, LanguageManager& language, AppSettings& settings,
                 QWidget* parent = nullptr);

    QString title() const override;
    void setStore(const StoreInfo& info) override;

    // The button handlers ask for a folder / file first; these do the work.
    void backupTo(const QString& folder);
    void restoreFrom(const QString& file);
    QString lastMessage() const;
    CentralOfficeBox* centralOffice() const { return m_central; }

Q_SIGNALS:
    void backupDone(bool ok);
    void restoreDone(bool ok);

protected:
    void retranslate() override;

private:
    void setBusy(bool busy);
    void setMessage(const QString& text, bool error);
    void updateStoreInfo();

    SyncClient& m_sync;
    LanguageManager& m_language;
    AppSettings& m_settings;
    std::optional<StoreInfo> m_info;
    CancelFlag m_cancel;
    QLabel* m_heading = nullptr;
    QLabel* m_languageLabel = nullptr;
    QComboBox* m_languageBox = nullptr;
    QLabel* m_idleLabel = nullptr;
    QSpinBox* m_idleMinutes = nullptr;
    QLabel* m_storeHeading = nullptr;
    QFormLayout* m_storeForm = nullptr;
    CentralOfficeBox* m_central = nullptr;
    QLabel* m_backupHeading = nullptr;
    QLabel* m_backupHint = nullptr;
    QPushButton* m_backup = nullptr;
    QPushButton* m_restore = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace app
} // namespace fe
