#include "screens/DuplicateDialog.h"

#include "i18n/Formats.h"
#include "i18n/Labels.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace fe {
namespace app {

namespace {
const QString kSameDocument = QStringLiteral("same_document");

bool hasSameDocument(const DuplicateCandidate& candidate)
{
    for (const DuplicateReason& reason : candidate.reasons)
        if (reason.code == kSameDocument)
            return true;
    return false;
}
} // namespace

DuplicateDialog::DuplicateDialog(const Member& registration, const DuplicateCheck& check,
                                 const StoreInfo& info, QWidget* parent)
    : QDialog(parent), m_check(check), m_info(info)
{
    setObjectName(QStringLiteral("duplicateDialog"));
    setWindowTitle(tr("Possible duplicate registration"));

    m_intro = new QLabel(canSaveAnyway()
                             ? tr("This person may already be registered. Compare the records: open the "
                                  "existing record if it is the same person.")
                             : tr("This document number is already registered. Open the existing record "
                                  "instead of registering the person a second time."));
    m_intro->setWordWrap(true);

    m_table = new QTableWidget(RowCount, 1 + static_cast<int>(m_check.candidates.size()));
    m_table->setObjectName(QStringLiteral("duplicateCandidates"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectColumns);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->setVerticalHeaderLabels({tr("Name"), tr("Name (Latin script)"), tr("Born"), tr("Document"),
                                      Labels::districtLevel(m_info.country.country), tr("Match"),
                                      tr("Reasons")});
    QStringList headers{tr("This registration")};
    for (qsizetype i = 0; i < m_check.candidates.size(); ++i)
        headers.append(tr("Existing record %1").arg(i + 1));
    m_table->setHorizontalHeaderLabels(headers);
    fillColumn(0, registration, nullptr);
    for (qsizetype i = 0; i < m_check.candidates.size(); ++i)
        fillColumn(static_cast<int>(i) + 1, m_check.existing.at(i), &m_check.candidates.at(i));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->resizeRowsToContents();

    auto* buttons = new QDialogButtonBox;
    m_open = buttons->addButton(tr("&Open the existing record"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(QStringLiteral("openExisting"));
    if (canSaveAnyway()) {
        m_saveAnyway = buttons->addButton(tr("&Different person — save"), QDialogButtonBox::AcceptRole);
        m_saveAnyway->setObjectName(QStringLiteral("saveAnyway"));
        connect(m_saveAnyway, &QPushButton::clicked, this, [this] { choose(Choice::SaveAnyway); });
    }
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelDuplicate"));
    // Opening the existing record is the safe default for Enter.
    m_open->setDefault(true);
    connect(m_open, &QPushButton::clicked, this, [this] { choose(Choice::OpenExisting); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { choose(Choice::Cancel); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 460);

    selectCandidate(0);
    m_table->setFocus();
}

bool DuplicateDialog::canSaveAnyway() const
{
    for (const DuplicateCandidate& candidate : m_check.candidates)
        if (hasSameDocument(candidate))
            return false;
    return true;
}

QUuid DuplicateDialog::selectedCandidate() const
{
    if (m_check.candidates.isEmpty())
        return {};
    const int column = m_table->currentColumn();
    const qsizetype index = column >= 1 ? column - 1 : 0;
    return m_check.candidates.at(std::min(index, m_check.candidates.size() - 1)).id;
}

void DuplicateDialog::selectCandidate(int index)
{
    if (index < 0 || index >= m_check.candidates.size())
        return;
    m_table->setCurrentCell(0, index + 1);
    m_table->selectColumn(index + 1);
}

QList<DuplicateDecision> DuplicateDialog::differentPersonDecisions(const QString& operatorId) const
{
    QList<DuplicateDecision> decisions;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const DuplicateCandidate& candidate : m_check.candidates)
        decisions.append({candidate.id, DuplicateVerdict::DifferentPerson, operatorId, now});
    return decisions;
}

DuplicateDecision DuplicateDialog::samePersonDecision(const QString& operatorId) const
{
    return {selectedCandidate(), DuplicateVerdict::SamePerson, operatorId, QDateTime::currentDateTimeUtc()};
}

QString DuplicateDialog::reasonsText(int index) const
{
    const QTableWidgetItem* item = m_table->item(ReasonsRow, index + 1);
    return item ? item->text() : QString();
}

void DuplicateDialog::fillColumn(int column, const Member& member, const DuplicateCandidate* candidate)
{
    const auto set = [&](Row row, const QString& text) {
        auto* item = new QTableWidgetItem(text);
        item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
        m_table->setItem(row, column, item);
    };
    set(NameRow, member.name.displayLocal());
    set(NameLatinRow, member.name.displayLatin());
    set(BirthRow, birthText(member));
    set(DocumentRow,
        member.document.type == DocumentType::None
            ? Labels::documentType(member.document.type)
            : Labels::documentType(member.document.type) + QLatin1Char(' ') + member.document.number);
    set(DistrictRow, districtText(member));
    if (!candidate)
        return;
    set(MatchRow, candidate->kind == DuplicateKind::Exact
                      ? tr("Exact match (%1/100)").arg(candidate->score)
                      : tr("Probable match (%1/100)").arg(candidate->score));
    QStringList reasons;
    for (const DuplicateReason& reason : candidate->reasons)
        reasons.append(reason.text);
    set(ReasonsRow, reasons.join(QLatin1Char('\n')));
}

QString DuplicateDialog::birthText(const Member& member) const
{
    if (!member.birth.date.isValid())
        return {};
    return member.birth.estimated ? tr("%1 (year only)").arg(member.birth.date.year())
                                  : formats::date(member.birth.date);
}

QString DuplicateDialog::districtText(const Member& member) const
{
    if (const AdminUnit* unit = m_info.reference.find(2, member.address.districtCode))
        return Labels::adminUnit(*unit);
    return member.address.districtCode;
}

void DuplicateDialog::choose(Choice choice)
{
    m_choice = choice;
    if (choice == Choice::Cancel)
        reject();
    else
        accept();
}

} // namespace app
} // namespace fe
