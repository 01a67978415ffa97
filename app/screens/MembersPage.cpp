#include "screens/MembersPage.h"

#include "i18n/Formats.h"
#include "i18n/Labels.h"
#include "models/MemberListModel.h"
#include "worker/StoreClient.h"

#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace fe {
namespace app {

MembersPage::MembersPage(StoreClient& client, QWidget* parent) : Page(client, parent)
{
    m_model = new MemberListModel(this);
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel;
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);

    auto* filters = new QGridLayout;
    m_searchLabel = new QLabel;
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("memberSearch"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    m_districtLabel = new QLabel;
    m_district = new QComboBox;
    m_district->setEditable(true);
    m_district->setInsertPolicy(QComboBox::NoInsert);
    m_district->completer()->setFilterMode(Qt::MatchContains);
    m_district->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_districtLabel->setBuddy(m_district);
    m_schemeLabel = new QLabel;
    m_scheme = new QComboBox;
    m_schemeLabel->setBuddy(m_scheme);
    m_syncLabel = new QLabel;
    m_sync = new QComboBox;
    m_syncLabel->setBuddy(m_sync);
    filters->addWidget(m_searchLabel, 0, 0);
    filters->addWidget(m_search, 0, 1, 1, 5);
    filters->addWidget(m_districtLabel, 1, 0);
    filters->addWidget(m_district, 1, 1);
    filters->addWidget(m_schemeLabel, 1, 2);
    filters->addWidget(m_scheme, 1, 3);
    filters->addWidget(m_syncLabel, 1, 4);
    filters->addWidget(m_sync, 1, 5);
    filters->setColumnStretch(1, 2);
    filters->setColumnStretch(3, 1);
    filters->setColumnStretch(5, 1);
    layout->addLayout(filters);

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("memberTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(MemberListModel::Name, Qt::AscendingOrder);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    // Fixed row heights and no per-row header sizing keep 250,000 rows cheap to scroll.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultSectionSize(170);
    layout->addWidget(m_view, 1);

    auto* bottom = new QHBoxLayout;
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("memberCount"));
    m_progress = new QProgressBar;
    m_progress->setVisible(false);
    m_progress->setMaximumWidth(260);
    m_cancel = new QPushButton;
    m_cancel->setVisible(false);
    m_open = new QPushButton;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_progress);
    bottom->addWidget(m_cancel);
    bottom->addWidget(m_open);
    layout->addLayout(bottom);

    connect(m_search, &QLineEdit::textChanged, this, &MembersPage::startSearch);
    connect(m_cancel, &QPushButton::clicked, this, &MembersPage::cancelLoading);
    connect(m_open, &QPushButton::clicked, this, &MembersPage::openCurrent);
    connect(m_view, &QTableView::activated, this, &MembersPage::openCurrent);
    connect(m_district, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_model->setDistrictFilter(index > 0 ? m_district->itemData(index).toString() : QString());
        updateCount();
    });
    connect(m_scheme, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_model->setSchemeFilter(index - 1);
        updateCount();
    });
    connect(m_sync, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_model->setSyncFilter(index > 0 ? std::optional<SyncState>(static_cast<SyncState>(index - 1))
                                         : std::nullopt);
        updateCount();
    });
    connect(&m_client, &StoreClient::directoryChunk, this, [this](quint64, const QList<MemberSummary>& rows) {
        m_model->appendDirectory(rows);
        updateCount();
    });
    connect(&m_client, &StoreClient::memberChanged, this, [this](const MemberSummary& summary) {
        m_model->upsert(summary);
        updateCount();
    });
    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    // Down from the search box goes into the results, like in a browser's address bar.
    m_search->installEventFilter(this);
    m_view->installEventFilter(this);
    retranslate();
    setEnabled(false);
}

QString MembersPage::title() const
{
    return tr("Members");
}

void MembersPage::setStore(const StoreInfo& info)
{
    m_hasStore = true;
    m_model->setStoreInfo(info);
    m_districts.clear();
    for (const AdminUnit& u : info.reference.level(2))
        m_districts.append({u.code, QString()});
    {
        const QSignalBlocker b1(m_district);
        const QSignalBlocker b2(m_scheme);
        const QSignalBlocker b3(m_sync);
        m_district->setCurrentIndex(0);
        m_scheme->setCurrentIndex(0);
        m_sync->setCurrentIndex(0);
    }
    m_model->setDistrictFilter({});
    m_model->setSchemeFilter(-1);
    m_model->setSyncFilter(std::nullopt);
    retranslate();
    setEnabled(true);
    reload();
}

void MembersPage::activated()
{
    m_search->setFocus(Qt::OtherFocusReason);
}

void MembersPage::reload()
{
    if (!m_hasStore)
        return;
    cancelLoading();
    m_collation = QLocale();
    m_model->setCollation(m_collation);
    m_model->clearDirectory();
    m_cancelFlag = makeCancelFlag();
    m_loading = true;
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    updateCount();
    m_client.loadDirectory(
        m_collation, m_cancelFlag, this,
        [this](qint64 done, qint64 total) {
            m_model->reserveDirectory(total);
            m_progress->setRange(0, static_cast<int>(qMin<qint64>(total, INT_MAX)));
            m_progress->setValue(static_cast<int>(qMin<qint64>(done, INT_MAX)));
        },
        [this, flag = m_cancelFlag](bool) {
            if (flag != m_cancelFlag)
                return;
            m_loading = false;
            m_progress->setVisible(false);
            m_cancel->setVisible(false);
            updateCount();
            Q_EMIT directoryReady();
        });
}

void MembersPage::cancelLoading()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_loading = false;
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    updateCount();
}

void MembersPage::startSearch()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_model->showDirectory();
        updateCount();
        Q_EMIT searchShown(text, m_model->rowCount());
        return;
    }
    m_client.search(text, this, [this, text](const Result<QList<MemberSummary>>& result) {
        if (m_search->text().trimmed() != text)
            return; // typed on meanwhile: a newer answer is coming
        m_model->showSearchResults(result.ok() ? result.value() : QList<MemberSummary>{});
        updateCount();
        if (m_model->rowCount() > 0)
            m_view->selectRow(0);
        Q_EMIT searchShown(text, m_model->rowCount());
    });
}

void MembersPage::updateCount()
{
    const int shown = m_model->rowCount();
    if (m_model->showingSearchResults())
        m_count->setText(tr("%Ln member(s) found.", nullptr, shown));
    else if (m_loading)
        m_count->setText(tr("Loading members… %1 so far.").arg(formats::number(m_model->directorySize())));
    else
        m_count->setText(tr("%1 of %Ln member(s) shown.", nullptr, static_cast<int>(m_model->directorySize()))
                             .arg(formats::number(shown)));
}

void MembersPage::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        Q_EMIT openMember(m_model->summaryAt(current.row()).id);
}

bool MembersPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const int key = static_cast<QKeyEvent*>(event)->key();
    if (watched == m_search && key == Qt::Key_Down && m_model->rowCount() > 0) {
        m_view->setFocus(Qt::OtherFocusReason);
        if (!m_view->currentIndex().isValid())
            m_view->selectRow(0);
        return true;
    }
    if ((watched == m_search || watched == m_view) && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
        openCurrent();
        return true;
    }
    return false;
}

void MembersPage::retranslate()
{
    m_heading->setText(tr("Members"));
    m_searchLabel->setText(tr("&Search"));
    m_search->setPlaceholderText(tr("Name (either script), document number or phone number (Ctrl+F)"));
    m_districtLabel->setText(QStringLiteral("&") + Labels::districtLevel(m_client.info().country.country));
    m_schemeLabel->setText(tr("Sche&me"));
    m_syncLabel->setText(tr("S&ync state"));
    m_cancel->setText(tr("Cancel"));
    m_open->setText(tr("&Open member"));
    const StoreInfo& info = m_client.info();
    {
        const QSignalBlocker b1(m_district);
        const QSignalBlocker b2(m_scheme);
        const QSignalBlocker b3(m_sync);
        const int district = m_district->currentIndex();
        const int scheme = m_scheme->currentIndex();
        const int sync = m_sync->currentIndex();
        m_district->clear();
        m_district->addItem(tr("All areas"));
        for (const AdminUnit& u : info.reference.level(2))
            m_district->addItem(Labels::adminUnit(u), u.code);
        m_scheme->clear();
        m_scheme->addItem(tr("Any scheme"));
        for (const Scheme& s : info.schemes)
            m_scheme->addItem(Labels::schemeName(s), s.code);
        m_sync->clear();
        m_sync->addItem(tr("Any state"));
        for (SyncState s :
             {SyncState::SavedLocally, SyncState::Sent, SyncState::Accepted, SyncState::NeedsAttention})
            m_sync->addItem(Labels::syncState(s));
        m_district->setCurrentIndex(qMax(0, district));
        m_scheme->setCurrentIndex(qMax(0, scheme));
        m_sync->setCurrentIndex(qMax(0, sync));
    }
    updateCount();
    // Names are sorted in the operator's collation: a new language may order them differently.
    if (m_hasStore && QLocale() != m_collation && !m_loading)
        reload();
}

} // namespace app
} // namespace fe
