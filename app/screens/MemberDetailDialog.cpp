#include "screens/MemberDetailDialog.h"

#include "i18n/Formats.h"
#include "i18n/Labels.h"
#include "models/ContributionTableModel.h"
#include "models/HistoryModel.h"
#include "models/HouseholdModel.h"
#include "printing/MemberCardDocument.h"
#include "worker/StoreClient.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPixmap>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace fe {
namespace app {
namespace {

QTableView* readOnlyTable(QAbstractItemModel* model)
{
    auto* view = new QTableView;
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

} // namespace

MemberDetailDialog::MemberDetailDialog(StoreClient& client, const QUuid& memberId, QWidget* parent)
    : QDialog(parent), m_client(client), m_id(memberId)
{
    resize(900, 600);
    auto* layout = new QVBoxLayout(this);
    m_name = new QLabel;
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sync = new QLabel;
    m_sync->setObjectName(QStringLiteral("syncState"));
    m_sync->setWordWrap(true);
    m_photo = new QLabel;
    m_photo->setObjectName(QStringLiteral("memberPhoto"));
    m_photo->setFixedSize(96, 120);
    m_photo->setAlignment(Qt::AlignCenter);
    m_photo->hide();
    auto* heading = new QVBoxLayout;
    heading->addWidget(m_name);
    heading->addWidget(m_sync);
    heading->addStretch(1);
    auto* top = new QHBoxLayout;
    top->addWidget(m_photo);
    top->addLayout(heading, 1);
    layout->addLayout(top);

    m_tabs = new QTabWidget;
    m_personTab = new QWidget;
    m_person = new QFormLayout(m_personTab);
    m_household = new HouseholdModel(false, this);
    m_contributions = new ContributionTableModel(this);
    m_history = new HistoryModel(this);
    m_tabs->addTab(m_personTab, QString());
    m_tabs->addTab(readOnlyTable(m_household), QString());
    m_tabs->addTab(readOnlyTable(m_contributions), QString());
    m_tabs->addTab(readOnlyTable(m_history), QString());
    layout->addWidget(m_tabs, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_correct = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_pay = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_card = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_printCard = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_correct, &QPushButton::clicked, this, [this] {
        if (m_detail) {
            Q_EMIT correctRequested(m_detail->member);
            accept();
        }
    });
    connect(m_pay, &QPushButton::clicked, this, [this] {
        Q_EMIT paymentRequested(m_id);
        accept();
    });
    connect(m_card, &QPushButton::clicked, this, &MemberDetailDialog::saveCard);
    connect(m_printCard, &QPushButton::clicked, this, &MemberDetailDialog::printCard);
    for (QPushButton* b : {m_correct, m_pay, m_card, m_printCard})
        b->setEnabled(false);
    retranslate();
    load();
    // Payments and corrections made elsewhere while this is open show up here too.
    connect(&m_client, &StoreClient::memberChanged, this, [this](const MemberSummary& s) {
        if (s.id == m_id)
            load();
    });
}

void MemberDetailDialog::load()
{
    m_client.loadMemberDetail(m_id, this, [this](const Result<MemberDetail>& result) {
        if (!result.ok()) {
            m_sync->setText(result.error().message);
            return;
        }
        display(result.value());
        Q_EMIT loaded();
    });
}

void MemberDetailDialog::display(const MemberDetail& detail)
{
    m_detail = detail;
    const StoreInfo& info = m_client.info();
    m_household->setMembers(detail.member.household);
    m_contributions->setContributions(detail.contributions, info.schemes, info.country.timeZoneId);
    m_history->setHistory(detail.history, info.country.timeZoneId);
    for (QPushButton* b : {m_correct, m_pay, m_card, m_printCard})
        b->setEnabled(true);
    retranslate();
}

QString MemberDetailDialog::syncText() const
{
    return m_sync->text();
}

void MemberDetailDialog::retranslate()
{
    setWindowTitle(tr("Member"));
    m_tabs->setTabText(0, tr("&Person"));
    m_tabs->setTabText(1, tr("&Household"));
    m_tabs->setTabText(2, tr("P&ayments"));
    m_tabs->setTabText(3, tr("His&tory"));
    m_correct->setText(tr("&Correct…"));
    m_pay->setText(tr("&Record a payment"));
    m_card->setText(tr("Member card as PD&F…"));
    m_printCard->setText(tr("Pri&nt card…"));
    if (!m_detail) {
        m_name->setText(tr("Loading…"));
        return;
    }
    const Member& m = m_detail->member;
    const StoreInfo& info = m_client.info();
    const QString latin = m.name.displayLatin();
    m_name->setText(latin.isEmpty() ? m.name.displayLocal()
                                    : tr("%1 (%2)").arg(m.name.displayLocal(), latin));
    m_sync->setText(Labels::syncStateSentence(m_detail->sync, m.memberNumber, m_detail->syncProblem));
    QPixmap portrait;
    const bool hasPhoto = !m.photo.isEmpty() && portrait.loadFromData(m.photo, "JPEG");
    m_photo->setPixmap(hasPhoto
                           ? portrait.scaled(m_photo->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)
                           : QPixmap());
    m_photo->setAccessibleName(tr("Member's photo"));
    m_photo->setVisible(hasPhoto);

    while (m_person->rowCount() > 0)
        m_person->removeRow(0);
    const auto row = [this](const QString& label, const QString& value) {
        auto* v = new QLabel(value);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        v->setWordWrap(true);
        m_person->addRow(label, v);
    };
    row(tr("Member number"), m.memberNumber.isEmpty() ? tr("Not assigned yet") : m.memberNumber);
    row(tr("Sex"), Labels::sex(m.sex));
    row(tr("Born"),
        m.birth.estimated ? tr("%1 (year only)").arg(m.birth.date.year()) : formats::date(m.birth.date));
    row(tr("Work"), Labels::occupation(m.occupation));
    if (m.monthlyIncome)
        row(tr("Monthly income"), formats::money(*m.monthlyIncome));
    if (m.householdIncome)
        row(tr("Household monthly income"), formats::money(*m.householdIncome));
    row(tr("Phone"), m.phone);
    row(Labels::documentType(m.document.type), m.document.number);
    QStringList place;
    for (const auto& [level, code] : {std::pair{3, m.address.wardCode}, std::pair{2, m.address.districtCode},
                                      std::pair{1, m.address.regionCode}})
        if (const AdminUnit* u = info.reference.find(level, code))
            place.append(Labels::adminUnit(*u));
    if (!m.address.village.isEmpty())
        place.prepend(m.address.village);
    row(tr("Address"), place.join(QStringLiteral(", ")));
    QStringList schemes;
    for (const SchemeEnrolment& e : m.schemes)
        for (const Scheme& s : info.schemes)
            if (s.code == e.schemeCode)
                schemes.append(tr("%1 since %2").arg(Labels::schemeName(s), formats::date(e.enrolledOn)));
    row(tr("Schemes"), schemes.join(QLatin1Char('\n')));
    row(tr("Consent"), tr("%1, %2, read in %3")
                           .arg(Labels::consentMethod(m.consent.method),
                                formats::dateTime(m.consent.givenAt, info.country.timeZoneId),
                                Labels::language(m.consent.language)));
    row(tr("Registered"), formats::dateTime(m.createdAt, info.country.timeZoneId));
}

void MemberDetailDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

Status MemberDetailDialog::writeCard(const QString& path) const
{
    if (!m_detail)
        return Error{QStringLiteral("app.not_loaded"), tr("The member is still loading."), {}};
    return MemberCardDocument(m_detail->member, m_client.info()).writePdf(path);
}

void MemberDetailDialog::saveCard()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save member card"),
                                                      folder + QStringLiteral("/member-card.pdf"),
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    const Status written = writeCard(path);
    if (!written.ok())
        QMessageBox::warning(this, tr("Member card"), written.error().message);
}

void MemberDetailDialog::printCard()
{
    if (!m_detail)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(
        QPageSize(QSizeF(85.6, 54.0), QPageSize::Millimeter, QStringLiteral("ID-1"), QPageSize::ExactMatch));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!MemberCardDocument(m_detail->member, m_client.info()).paintOn(printer))
        QMessageBox::warning(this, tr("Member card"), tr("The printer could not be used."));
}

} // namespace app
} // namespace fe
