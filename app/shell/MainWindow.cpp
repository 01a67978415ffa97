#include "shell/MainWindow.h"

#include "i18n/Formats.h"
#include "i18n/Labels.h"
#include "i18n/LanguageManager.h"
#include "screens/ChartsPage.h"
#include "screens/ContributionsPage.h"
#include "screens/MemberDetailDialog.h"
#include "screens/MembersPage.h"
#include "screens/OperatorsPage.h"
#include "screens/RegistrationPage.h"
#include "screens/SettingsPage.h"
#include "screens/SupervisorPage.h"
#include "screens/SyncPage.h"
#include "shell/AboutDialog.h"
#include "shell/AppSettings.h"
#include "shell/Roles.h"
#include "sync/SyncClient.h"
#include "worker/StoreClient.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>

namespace fe {
namespace app {

MainWindow::MainWindow(StoreClient& client, SyncClient& sync, LanguageManager& language,
                       AppSettings& settings, QWidget* parent)
    : QMainWindow(parent), m_client(client), m_language(language), m_syncClient(sync)
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/fieldenrol.svg")));
    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    m_nav = new QListWidget;
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFixedWidth(190);
    m_nav->setSpacing(2);
    m_stack = new QStackedWidget;
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    // The pages every role has, then those the operator's role allows (shell/Roles.h).
    m_operator = client.currentOperator();
    m_registration = new RegistrationPage(client);
    m_members = new MembersPage(client);
    m_contributions = new ContributionsPage(client);
    m_charts = new ChartsPage(client);
    m_sync = new SyncPage(client, sync);
    addPage(m_registration, QKeySequence(Qt::CTRL | Qt::Key_1));
    addPage(m_members, QKeySequence(Qt::CTRL | Qt::Key_2));
    addPage(m_contributions, QKeySequence(Qt::CTRL | Qt::Key_3));
    addPage(m_charts, QKeySequence(Qt::CTRL | Qt::Key_4));
    addPage(m_sync, QKeySequence(Qt::CTRL | Qt::Key_5));
    if (may(m_operator, Capability::Administer)) {
        m_settings = new SettingsPage(client, sync, language, settings);
        addPage(m_settings, QKeySequence(Qt::CTRL | Qt::Key_6));
    }
    if (may(m_operator, Capability::Supervise)) {
        m_supervisor = new SupervisorPage(client, sync);
        addPage(m_supervisor, QKeySequence(Qt::CTRL | Qt::Key_7));
    }
    if (may(m_operator, Capability::ManageOperators)) {
        m_operators = new OperatorsPage(client);
        addPage(m_operators, QKeySequence(Qt::CTRL | Qt::Key_8));
    }
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_pages.size())
            showPage(m_pages[row]);
    });

    connect(m_members, &MembersPage::openMember, this, &MainWindow::openMember);
    connect(m_registration, &RegistrationPage::openMemberRequested, this, &MainWindow::openMember);

    m_outbox = new QLabel;
    m_outbox->setObjectName(QStringLiteral("outboxStatus"));
    m_connectivity = new QLabel;
    m_connectivity->setObjectName(QStringLiteral("connectivityStatus"));
    m_device = new QLabel;
    m_operatorLabel = new QLabel;
    m_operatorLabel->setObjectName(QStringLiteral("operatorStatus"));
    statusBar()->addPermanentWidget(m_operatorLabel);
    statusBar()->addPermanentWidget(m_device);
    statusBar()->addPermanentWidget(m_connectivity);
    statusBar()->addPermanentWidget(m_outbox);
    connect(&sync, &SyncClient::policyChanged, this, [this] { retranslate(); });
    // Automatic runs change the queue too: the status bar follows every run's end.
    connect(&sync, &SyncClient::runFinished, this, [this] { m_client.reloadSyncStates(); });

    m_fileMenu = menuBar()->addMenu(QString());
    m_lock = m_fileMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_L), this,
                                   [this] { Q_EMIT lockRequested(); });
    m_lock->setShortcutContext(Qt::ApplicationShortcut);
    m_quit = m_fileMenu->addAction(QString(), QKeySequence::Quit, this, &QWidget::close);
    m_languageMenu = menuBar()->addMenu(QString());
    m_languages = new QActionGroup(this);
    for (const QString& code : LanguageManager::available()) {
        QAction* action = m_languageMenu->addAction(LanguageManager::nativeName(code));
        action->setCheckable(true);
        action->setData(code);
        m_languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code, &settings] {
            m_language.setLanguage(code);
            settings.setLanguage(code);
        });
    }
    if (m_supervisor) {
        m_supervisorMenu = menuBar()->addMenu(QString());
        m_fleetAction = m_supervisorMenu->addAction(QString(), this, [this] { showPage(m_supervisor); });
    }
    m_helpMenu = menuBar()->addMenu(QString());
    m_about = m_helpMenu->addAction(QString(), this, [this] {
        AboutDialog about(this);
        about.exec();
    });

    connect(&client, &StoreClient::storeOpened, this, &MainWindow::onStoreOpened);
    connect(&client, &StoreClient::statusChanged, this, &MainWindow::updateStatus);
    connect(&language, &LanguageManager::languageChanged, this, [this] { retranslate(); });
    if (client.isOpen())
        onStoreOpened(client.info());
    resize(1280, 720);
    m_nav->setCurrentRow(0);
    retranslate();
}

void MainWindow::addPage(Page* page, const QKeySequence& shortcut)
{
    m_pages.append(page);
    m_stack->addWidget(page);
    m_nav->addItem(page->title());
    connect(page, &Page::titleChanged, this, [this, page] {
        const qsizetype row = m_pages.indexOf(page);
        if (row >= 0)
            m_nav->item(static_cast<int>(row))->setText(page->title());
    });
    auto* jump = new QShortcut(shortcut, this);
    connect(jump, &QShortcut::activated, this, [this, page] { showPage(page); });
}

void MainWindow::showPage(Page* page)
{
    const qsizetype row = m_pages.indexOf(page);
    if (row < 0)
        return;
    {
        const QSignalBlocker block(m_nav);
        m_nav->setCurrentRow(static_cast<int>(row));
    }
    m_stack->setCurrentWidget(page);
    page->activated();
}

int MainWindow::currentPageIndex() const
{
    return static_cast<int>(m_pages.indexOf(currentPage()));
}

void MainWindow::showPageIndex(int index)
{
    if (index >= 0 && index < m_pages.size())
        showPage(m_pages[index]);
}

QString MainWindow::operatorText() const
{
    return m_operatorLabel->text();
}

Page* MainWindow::currentPage() const
{
    return qobject_cast<Page*>(m_stack->currentWidget());
}

void MainWindow::openMember(const QUuid& id)
{
    auto* dialog = new MemberDetailDialog(m_client, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MemberDetailDialog::correctRequested, this, [this](const Member& member) {
        m_registration->editMember(member);
        showPage(m_registration);
    });
    connect(dialog, &MemberDetailDialog::paymentRequested, this, [this](const QUuid& memberId) {
        showPage(m_contributions);
        m_contributions->selectMember(memberId);
    });
    dialog->show();
}

void MainWindow::onStoreOpened(const StoreInfo& info)
{
    m_language.setCountry(info.country.country);
    for (Page* page : m_pages)
        page->setStore(info);
    retranslate();
    if (Page* page = currentPage())
        page->activated();
}

void MainWindow::updateStatus(const StoreStatus& status)
{
    m_status = status;
    m_hasStatus = true;
    retranslate();
}

QString MainWindow::statusText() const
{
    return m_outbox->text();
}

QString MainWindow::connectivityText() const
{
    return m_connectivity->text();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    const StoreInfo& info = m_client.info();
    setWindowTitle(
        m_client.isOpen()
            ? tr("FieldEnrol — %1 — %2").arg(info.deviceName, Labels::country(info.country.country))
            : tr("FieldEnrol"));
    for (qsizetype i = 0; i < m_pages.size(); ++i)
        m_nav->item(static_cast<int>(i))->setText(m_pages[i]->title());
    m_fileMenu->setTitle(tr("&File"));
    m_quit->setText(tr("&Quit"));
    m_lock->setText(tr("&Lock"));
    m_operatorLabel->setText(m_operator ? tr("%1 (%2)").arg(m_operator->displayName.isEmpty()
                                                                ? m_operator->username
                                                                : m_operator->displayName,
                                                            roleLabel(m_operator->role))
                                        : QString());
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    if (m_supervisorMenu) {
        m_supervisorMenu->setTitle(tr("&Supervisor"));
        m_fleetAction->setText(tr("&Devices and duplicate flags"));
    }
    m_connectivity->setText(SyncPage::policyText(m_syncClient.policy()));
    m_about->setText(tr("&About FieldEnrol"));
    for (QAction* a : m_languages->actions())
        a->setChecked(a->data().toString() == m_language.language());
    m_device->setText(m_client.isOpen() ? tr("Device: %1").arg(info.deviceName) : tr("No store open"));
    if (!m_hasStatus)
        m_outbox->setText(tr("Opening the store…"));
    else if (m_status.outboxPending == 0)
        m_outbox->setText(tr("Everything is sent."));
    else
        m_outbox->setText(tr("Not sent yet: %Ln record(s), saved on this laptop.", nullptr,
                             static_cast<int>(qMin<qint64>(m_status.outboxPending, INT_MAX))));
}

} // namespace app
} // namespace fe
