#pragma once

#include "ConnectivityMonitor.h"
#include "SyncTypes.h"
#include "screens/Page.h"
#include "sync/SyncOverview.h"
#include "sync/SyncWorker.h"

class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace fe {
namespace app {

class SyncClient;

// Sending records to the central office: connectivity, what is waiting, a run's progress (which
// can be cancelled), the records the central office set aside with its reasons (retry them once
// the cause is fixed), and the USB route for devices without a network: a bundle out, an
// acknowledgement back.
class SyncPage : public Page
{
    Q_OBJECT
public:
    SyncPage(StoreClient& client, SyncClient& sync, QWidget* parent = nullptr);

    QString title() const override;
    void setStore(const StoreInfo& info) override;
    void activated() override;

    // The button handlers ask for a file first; these do the work.
    void exportBundleTo(const QString& path);
    void importAckFrom(const QString& path);
    // Puts the selected set-aside records (all of them when none is selected) back in the queue.
    void retrySelected();

    QString lastMessage() const;
    QPushButton* syncButton() const { return m_syncNow; }
    QPushButton* cancelButton() const { return m_cancel; }
    QTreeWidget* pendingList() const { return m_pendingList; }
    QTreeWidget* quarantineList() const { return m_quarantine; }
    QProgressBar* progressBar() const { return m_progress; }

    static QString policyText(sync::NetworkPolicy policy);
    static QString stateText(sync::SyncState state);

protected:
    void retranslate() override;

private:
    void showOverview(const SyncOverview& overview);
    void showProgress(const sync::SyncProgress& progress);
    void onRunFinished(const sync::SyncSummary& summary);
    void onAction(SyncAction action, const Error& error, const QString& message);
    void setMessage(const QString& text, bool error);
    void updateButtons();

    SyncClient& m_sync;
    QLabel* m_heading = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_connection = nullptr;
    QLabel* m_server = nullptr;
    QLabel* m_pending = nullptr;
    QLabel* m_lastSuccess = nullptr;
    QLabel* m_bytes = nullptr;
    QPushButton* m_syncNow = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_state = nullptr;
    QTabWidget* m_lists = nullptr;
    QTreeWidget* m_pendingList = nullptr;
    QTreeWidget* m_quarantine = nullptr;
    QPushButton* m_retry = nullptr;
    QLabel* m_usbHeading = nullptr;
    QLabel* m_usbHint = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_import = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace app
} // namespace fe
