#pragma once

#include "sync/SyncOverview.h"
#include "sync/SyncWorker.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace fe {
namespace app {

class AppSettings;
class SyncClient;

// The Settings section for the central office: enrolling the device (or enrolling it again), when
// to sync by itself, and the supervisor credential the supervisor pages use.
class CentralOfficeBox : public QWidget
{
    Q_OBJECT
public:
    CentralOfficeBox(SyncClient& sync, AppSettings& settings, QWidget* parent = nullptr);

    QLineEdit* addressEdit() const { return m_address; }
    QLineEdit* caFileEdit() const { return m_caFile; }
    QLineEdit* codeEdit() const { return m_code; }
    QLineEdit* supervisorTokenEdit() const { return m_token; }
    QComboBox* autoSyncBox() const { return m_autoSync; }
    void enrol();
    void saveSupervisorToken();
    QString lastMessage() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showOverview(const SyncOverview& overview);
    void onAction(SyncAction action, const Error& error, const QString& message);
    void setMessage(const QString& text, bool error);

    SyncClient& m_sync;
    AppSettings& m_settings;
    QLabel* m_heading = nullptr;
    QLabel* m_status = nullptr;
    QFormLayout* m_form = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_caFile = nullptr;
    QLineEdit* m_code = nullptr;
    QPushButton* m_enrol = nullptr;
    QComboBox* m_autoSync = nullptr;
    QLineEdit* m_token = nullptr;
    QPushButton* m_saveToken = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace app
} // namespace fe
