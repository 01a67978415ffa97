#include "screens/SupervisorPage.h"

#include "models/FlagsModel.h"
#include "models/FleetModel.h"
#include "sync/SupervisorClient.h"
#include "sync/SyncClient.h"
#include "sync/SyncMessages.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace fe {
namespace app {

SupervisorPage::SupervisorPage(StoreClient& client, SyncClient& sync, QWidget* parent)
    : Page(client, parent), m_sync(sync), m_supervisor(new SupervisorClient(this)),
      m_fleet(new FleetModel(this)), m_flags(new FlagsModel(this))
{
    auto* layout = new QVBoxLayout(this);
    QFont headingFont = font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading = new QLabel;
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);

    m_tabs = new QTabWidget;
    m_fleetView = new QTableView;
    m_fleetView->setObjectName(QStringLiteral("fleetView"));
    m_fleetView->setModel(m_fleet);
    m_fleetView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fleetView->horizontalHeader()->setStretchLastSection(true);
    m_fleetView->verticalHeader()->hide();
    m_tabs->addTab(m_fleetView, QString());

    auto* flagsTab = new QWidget;
    auto* flagsLayout = new QVBoxLayout(flagsTab);
    m_flagsView = new QTableView;
    m_flagsView->setObjectName(QStringLiteral("flagsView"));
    m_flagsView->setModel(m_flags);
    m_flagsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_flagsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_flagsView->horizontalHeader()->setStretchLastSection(true);
    m_flagsView->verticalHeader()->hide();
    flagsLayout->addWidget(m_flagsView, 1);
    auto* decide = new QHBoxLayout;
    m_same = new QPushButton;
    m_distinct = new QPushButton;
    decide->addWidget(m_same);
    decide->addWidget(m_distinct);
    decide->addStretch(1);
    flagsLayout->addLayout(decide);
    m_tabs->addTab(flagsTab, QString());
    layout->addWidget(m_tabs, 1);

    auto* bottom = new QHBoxLayout;
    m_refresh = new QPushButton;
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("supervisorMessage"));
    m_message->setWordWrap(true);
    bottom->addWidget(m_refresh);
    bottom->addWidget(m_message, 1);
    layout->addLayout(bottom);

    connect(m_refresh, &QPushButton::clicked, this, &SupervisorPage::refresh);
    connect(m_same, &QPushButton::clicked, this, [this] { resolve(selectedFlagRow(), true); });
    connect(m_distinct, &QPushButton::clicked, this, [this] { resolve(selectedFlagRow(), false); });
    connect(m_supervisor, &SupervisorClient::fleetLoaded, this, [this](const QJsonArray& devices) {
        m_fleet->setDevices(devices);
        m_fleetView->resizeColumnsToContents();
        Q_EMIT fleetShown();
    });
    connect(m_supervisor, &SupervisorClient::flagsLoaded, this, [this](const QJsonArray& flags) {
        m_flags->setFlags(flags);
        m_flagsView->resizeColumnsToContents();
        Q_EMIT flagsShown();
    });
    connect(m_supervisor, &SupervisorClient::flagResolved, this, [this] {
        setMessage(tr("The flag is resolved."), false);
        m_supervisor->loadFlags();
    });
    connect(m_supervisor, &SupervisorClient::failed, this, [this](const Error& error) {
        // 401 here means the supervisor's token, not the device's.
        Error e = error;
        if (e.code == QLatin1String("auth.required") || e.code == QLatin1String("auth.signature"))
            e.code = QStringLiteral("auth.not_a_supervisor");
        setMessage(SyncMessages::text(e), true);
    });
    connect(&m_sync, &SyncClient::overviewChanged, this, &SupervisorPage::configure);
    configure();
    retranslate();
}

SupervisorPage::~SupervisorPage() = default;

QString SupervisorPage::title() const
{
    return tr("Supervision");
}

void SupervisorPage::setStore(const StoreInfo&) {}

void SupervisorPage::activated()
{
    refresh();
}

void SupervisorPage::configure()
{
    const SyncOverview& o = m_sync.overview();
    m_supervisor->configure(o.connection, o.supervisorToken);
}

void SupervisorPage::refresh()
{
    setMessage({}, false);
    m_supervisor->loadFleet();
    m_supervisor->loadFlags();
}

int SupervisorPage::selectedFlagRow() const
{
    const QModelIndexList rows = m_flagsView->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void SupervisorPage::resolve(int row, bool samePerson)
{
    if (row < 0 || row >= m_flags->rowCount()) {
        setMessage(tr("Choose a flag first."), true);
        return;
    }
    m_supervisor->resolveFlag(m_flags->flagId(row), samePerson);
}

QString SupervisorPage::lastMessage() const
{
    return m_message->text();
}

void SupervisorPage::setMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void SupervisorPage::retranslate()
{
    m_heading->setText(tr("Supervision: devices and duplicate flags"));
    m_tabs->setTabText(0, tr("Devices"));
    m_tabs->setTabText(1, tr("Duplicate flags"));
    m_same->setText(tr("&Same person"));
    m_distinct->setText(tr("&Distinct people"));
    m_refresh->setText(tr("Re&fresh"));
    m_fleet->retranslate();
    m_flags->retranslate();
}

} // namespace app
} // namespace fe
