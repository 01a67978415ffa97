#include "screens/SyncPage.h"

#include "i18n/Formats.h"
#include "sync/SyncClient.h"
#include "sync/SyncMessages.h"
#include "worker/StoreClient.h"

#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fe {
namespace app {

SyncPage::SyncPage(StoreClient& client, SyncClient& sync, QWidget* parent)
    : Page(client, parent), m_sync(sync)
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

    m_form = new QFormLayout;
    m_connection = new QLabel;
    m_connection->setObjectName(QStringLiteral("syncConnection"));
    m_server = new QLabel;
    m_server->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pending = new QLabel;
    m_pending->setObjectName(QStringLiteral("syncPending"));
    m_lastSuccess = new QLabel;
    m_lastSuccess->setObjectName(QStringLiteral("syncLastSuccess"));
    m_bytes = new QLabel;
    m_bytes->setObjectName(QStringLiteral("syncBytesSent"));
    for (QLabel* value : {m_connection, m_server, m_pending, m_lastSuccess, m_bytes})
        m_form->addRow(new QLabel, value);
    layout->addLayout(m_form);

    auto* runRow = new QHBoxLayout;
    m_syncNow = new QPushButton;
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    m_cancel = new QPushButton;
    m_cancel->setObjectName(QStringLiteral("syncCancel"));
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("syncState"));
    runRow->addWidget(m_syncNow);
    runRow->addWidget(m_cancel);
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_state);
    layout->addLayout(runRow);

    // What waits and what was set aside, in tabs: two lists would not fit 768 pixels in Lao.
    m_lists = new QTabWidget;
    m_pendingList = new QTreeWidget;
    m_pendingList->setObjectName(QStringLiteral("syncPendingList"));
    m_pendingList->setRootIsDecorated(false);
    m_pendingList->setSelectionMode(QAbstractItemView::NoSelection);
    m_pendingList->setColumnCount(4);
    m_pendingList->header()->setStretchLastSection(true);
    m_quarantine = new QTreeWidget;
    m_quarantine->setObjectName(QStringLiteral("syncQuarantine"));
    m_quarantine->setRootIsDecorated(false);
    m_quarantine->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_quarantine->setColumnCount(3);
    m_quarantine->header()->setStretchLastSection(true);
    auto* quarantineTab = new QWidget;
    auto* quarantineLayout = new QVBoxLayout(quarantineTab);
    quarantineLayout->addWidget(m_quarantine, 1);
    auto* retryRow = new QHBoxLayout;
    m_retry = new QPushButton;
    m_retry->setObjectName(QStringLiteral("syncRetry"));
    retryRow->addWidget(m_retry);
    retryRow->addStretch(1);
    quarantineLayout->addLayout(retryRow);
    m_lists->addTab(m_pendingList, QString());
    m_lists->addTab(quarantineTab, QString());
    layout->addWidget(m_lists, 1);

    m_usbHeading = new QLabel;
    m_usbHeading->setFont(sectionFont);
    layout->addWidget(m_usbHeading);
    m_usbHint = new QLabel;
    m_usbHint->setWordWrap(true);
    layout->addWidget(m_usbHint);
    auto* usbRow = new QHBoxLayout;
    m_export = new QPushButton;
    m_import = new QPushButton;
    usbRow->addWidget(m_export);
    usbRow->addWidget(m_import);
    usbRow->addStretch(1);
    layout->addLayout(usbRow);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("syncMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    connect(m_syncNow, &QPushButton::clicked, this, [this] {
        setMessage({}, false);
        m_sync.syncNow();
        updateButtons();
    });
    connect(m_cancel, &QPushButton::clicked, &m_sync, &SyncClient::cancel);
    connect(m_retry, &QPushButton::clicked, this, &SyncPage::retrySelected);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Choose the folder for the bundle (e.g. a USB stick)"),
                                              QStandardPaths::writableLocation(QStandardPaths::HomeLocation));
        if (folder.isEmpty())
            return;
        const QString name =
            QStringLiteral("fieldenrol-%1-%2.febundle")
                .arg(m_sync.overview().deviceId.left(8),
                     QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        exportBundleTo(QDir(folder).filePath(name));
    });
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Choose the acknowledgement from the central office"),
                                         QStandardPaths::writableLocation(QStandardPaths::HomeLocation),
                                         tr("Acknowledgements (*.feack);;All files (*)"));
        if (!file.isEmpty())
            importAckFrom(file);
    });
    connect(&m_sync, &SyncClient::overviewChanged, this, &SyncPage::showOverview);
    // A registration or payment saved meanwhile: what waits is read again while the page is seen.
    connect(&m_client, &StoreClient::statusChanged, this, [this] {
        if (isVisible())
            m_sync.refresh();
    });
    connect(&m_sync, &SyncClient::progressChanged, this, &SyncPage::showProgress);
    connect(&m_sync, &SyncClient::runStarted, this, &SyncPage::updateButtons);
    connect(&m_sync, &SyncClient::runFinished, this, &SyncPage::onRunFinished);
    connect(&m_sync, &SyncClient::actionFinished, this, &SyncPage::onAction);
    connect(&m_sync, &SyncClient::policyChanged, this, [this] { retranslate(); });
    connect(&m_sync, &SyncClient::stateChanged, this, [this] { retranslate(); });
    retranslate();
}

QString SyncPage::title() const
{
    return tr("Sync");
}

void SyncPage::setStore(const StoreInfo&)
{
    m_sync.refresh();
}

void SyncPage::activated()
{
    m_sync.refresh();
}

QString SyncPage::policyText(sync::NetworkPolicy policy)
{
    switch (policy) {
    case sync::NetworkPolicy::Offline:
        return tr("Offline");
    case sync::NetworkPolicy::Metered:
        return tr("Online (metered link)");
    case sync::NetworkPolicy::Online:
        return tr("Online");
    }
    return {};
}

QString SyncPage::stateText(sync::SyncState state)
{
    switch (state) {
    case sync::SyncState::Idle:
        return tr("Idle");
    case sync::SyncState::Checking:
        return tr("Checking the last batch…");
    case sync::SyncState::Pushing:
        return tr("Sending…");
    case sync::SyncState::Pulling:
        return tr("Receiving…");
    case sync::SyncState::Reconciling:
        return tr("Comparing with the central office…");
    case sync::SyncState::Waiting:
        return tr("Waiting to try again…");
    }
    return {};
}

void SyncPage::exportBundleTo(const QString& path)
{
    setMessage(tr("Writing the bundle…"), false);
    m_sync.exportBundle(path);
}

void SyncPage::importAckFrom(const QString& path)
{
    setMessage(tr("Reading the acknowledgement…"), false);
    m_sync.importAck(path);
}

void SyncPage::retrySelected()
{
    QList<qint64> seqs;
    const QList<QTreeWidgetItem*> selected = m_quarantine->selectedItems();
    for (const QTreeWidgetItem* item : selected)
        seqs.append(item->data(0, Qt::UserRole).toLongLong());
    if (seqs.isEmpty())
        for (int i = 0; i < m_quarantine->topLevelItemCount(); ++i)
            seqs.append(m_quarantine->topLevelItem(i)->data(0, Qt::UserRole).toLongLong());
    if (seqs.isEmpty())
        return;
    m_sync.retry(seqs, m_client.operatorId());
}

QString SyncPage::lastMessage() const
{
    return m_message->text();
}

void SyncPage::setMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void SyncPage::showOverview(const SyncOverview& o)
{
    m_pendingList->clear();
    for (const OutboxEntry& e : o.pendingEntries) {
        auto* item = new QTreeWidgetItem(m_pendingList);
        item->setData(0, Qt::UserRole + 1, e.entity);
        item->setText(1, e.entityId.toString(QUuid::WithoutBraces).left(8));
        item->setData(2, Qt::UserRole + 1, e.op);
        item->setText(3, QLocale().toString(e.createdAt.toLocalTime(), QLocale::ShortFormat));
    }
    if (!o.quarantined.isEmpty() && m_quarantine->topLevelItemCount() == 0)
        m_lists->setCurrentIndex(1); // newly set aside: shown first
    m_quarantine->clear();
    for (const QuarantinedEntry& q : o.quarantined) {
        auto* item = new QTreeWidgetItem(m_quarantine);
        item->setData(0, Qt::UserRole + 1, q.entry.entity);
        item->setText(1, q.entry.entityId.toString(QUuid::WithoutBraces).left(8));
        item->setText(2, q.message.isEmpty() ? q.code : q.message);
        item->setToolTip(2, q.code);
        item->setData(0, Qt::UserRole, q.entry.seq);
    }
    retranslate();
}

void SyncPage::showProgress(const sync::SyncProgress& p)
{
    const qint64 total = p.pendingAtStart;
    if (total <= 0) {
        m_progress->setRange(0, 0); // busy: how much there is is not known yet
        return;
    }
    m_progress->setRange(0, static_cast<int>(qMin<qint64>(total, INT_MAX)));
    m_progress->setValue(static_cast<int>(qMin<qint64>(p.accepted + p.quarantined + p.waiting, total)));
    m_bytes->setText(QLocale().formattedDataSize(m_sync.overview().bytesSent + p.bytesSent));
}

void SyncPage::onRunFinished(const sync::SyncSummary& summary)
{
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_client.reloadSyncStates();
    switch (summary.outcome) {
    case sync::SyncOutcome::Done:
        setMessage(summary.remainingPending == 0
                       ? tr("Sync finished: everything is at the central office.")
                       : tr("Sync finished. Still waiting: %n record(s).", nullptr,
                            static_cast<int>(qMin<qint64>(summary.remainingPending, INT_MAX))),
                   false);
        break;
    case sync::SyncOutcome::Cancelled:
        setMessage(tr("Sync cancelled. Nothing is lost: the rest goes with the next sync."), false);
        break;
    case sync::SyncOutcome::NotEnrolled:
        setMessage(tr("This device is not enrolled with the central office yet: enrol it in Settings."),
                   true);
        break;
    default:
        setMessage(summary.error.code.isEmpty() ? tr("Sync did not finish. It will be tried again.")
                                                : SyncMessages::text(summary.error),
                   true);
        break;
    }
    updateButtons();
}

void SyncPage::onAction(SyncAction action, const Error& error, const QString& message)
{
    if (action == SyncAction::Retry || action == SyncAction::ImportAck)
        m_client.reloadSyncStates();
    if (action == SyncAction::Retry || action == SyncAction::ExportBundle || action == SyncAction::ImportAck)
        setMessage(message, !error.code.isEmpty());
}

void SyncPage::updateButtons()
{
    const bool running = m_sync.isRunning();
    m_syncNow->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_retry->setEnabled(m_quarantine->topLevelItemCount() > 0);
    if (running && m_progress->maximum() == 1)
        m_progress->setRange(0, 0);
}

void SyncPage::retranslate()
{
    const SyncOverview& o = m_sync.overview();
    m_heading->setText(tr("Sync with the central office"));
    const QStringList labels{tr("Connection:"), tr("Central office:"), tr("Not sent yet:"),
                             tr("Last successful sync:"), tr("Data sent:")};
    for (int i = 0; i < labels.size(); ++i)
        if (auto* label = qobject_cast<QLabel*>(m_form->itemAt(i, QFormLayout::LabelRole)->widget()))
            label->setText(labels[i]);
    m_connection->setText(policyText(m_sync.policy()));
    m_server->setText(o.enrolled ? tr("%1 (district %2)").arg(o.connection.serverUrl.toString(), o.district)
                                 : tr("Not enrolled yet: enrol this device in Settings."));
    m_pending->setText(tr("%n record(s)", nullptr, static_cast<int>(qMin<qint64>(o.pending, INT_MAX))));
    m_lastSuccess->setText(o.lastSuccess.isValid()
                               ? QLocale().toString(o.lastSuccess.toLocalTime(), QLocale::ShortFormat)
                               : tr("never"));
    m_bytes->setText(QLocale().formattedDataSize(o.bytesSent));
    m_syncNow->setText(tr("S&ync now"));
    m_cancel->setText(tr("&Cancel"));
    m_state->setText(stateText(m_sync.state()));
    m_lists->setTabText(
        0, o.pending > o.pendingEntries.size()
               ? tr("Not sent yet (%1, the oldest %2 shown)").arg(o.pending).arg(o.pendingEntries.size())
               : tr("Not sent yet (%1)").arg(o.pending));
    m_lists->setTabText(1, tr("Set aside by the central office (%1)").arg(o.quarantined.size()));
    m_pendingList->setHeaderLabels({tr("Record"), tr("Id"), tr("Change"), tr("Saved")});
    for (int i = 0; i < m_pendingList->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_pendingList->topLevelItem(i);
        item->setText(0, item->data(0, Qt::UserRole + 1).toString() == QLatin1String("member")
                             ? tr("Member")
                             : tr("Payment"));
        const QString op = item->data(2, Qt::UserRole + 1).toString();
        item->setText(2, op == QLatin1String("create")   ? tr("New")
                         : op == QLatin1String("update") ? tr("Correction")
                                                         : tr("Cancelled payment"));
    }
    m_quarantine->setHeaderLabels({tr("Record"), tr("Id"), tr("Reason")});
    for (int i = 0; i < m_quarantine->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_quarantine->topLevelItem(i);
        item->setText(0, item->data(0, Qt::UserRole + 1).toString() == QLatin1String("member")
                             ? tr("Member")
                             : tr("Payment"));
    }
    m_retry->setText(tr("&Retry (selected, or all)"));
    m_usbHeading->setText(tr("Without a network: USB stick"));
    m_usbHint->setText(tr("Export the records not sent yet as a bundle, take it to the central office, and "
                          "import the acknowledgement it gives you back. Only the acknowledgement marks "
                          "records as sent."));
    m_export->setText(tr("&Export bundle…"));
    m_import->setText(tr("&Import acknowledgement…"));
    updateButtons();
}

} // namespace app
} // namespace fe
