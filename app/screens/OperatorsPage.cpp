#include "screens/OperatorsPage.h"

#include "operators/OperatorDirectory.h"
#include "widgets/ErrorLabel.h"
#include "widgets/OperatorForm.h"
#include "worker/StoreClient.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fe {
namespace app {

OperatorsPage::OperatorsPage(StoreClient& client, QWidget* parent) : Page(client, parent)
{
    auto* layout = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    m_listLabel = new QLabel;
    m_table = new QTableWidget(0, 4);
    m_table->setObjectName(QStringLiteral("operatorsTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_listLabel->setBuddy(m_table);
    auto* actions = new QHBoxLayout;
    m_newPasswordLabel = new QLabel;
    m_newPassword = new QLineEdit;
    m_newPassword->setEchoMode(QLineEdit::Password);
    m_newPasswordLabel->setBuddy(m_newPassword);
    m_reset = new QPushButton;
    m_lock = new QPushButton;
    actions->addWidget(m_newPasswordLabel);
    actions->addWidget(m_newPassword, 1);
    actions->addWidget(m_reset);
    actions->addWidget(m_lock);
    left->addWidget(m_listLabel);
    left->addWidget(m_table, 1);
    left->addLayout(actions);

    auto* right = new QVBoxLayout;
    m_addLabel = new QLabel;
    m_form = new OperatorForm(OperatorForm::Role::Chosen);
    m_add = new QPushButton;
    m_add->setObjectName(QStringLiteral("addOperator"));
    m_note = new NoteLabel;
    m_error = new ErrorLabel;
    right->addWidget(m_addLabel);
    right->addWidget(m_form);
    right->addWidget(m_add, 0, Qt::AlignRight);
    right->addWidget(m_note);
    right->addWidget(m_error);
    right->addStretch(1);
    layout->addLayout(left, 3);
    layout->addLayout(right, 2);

    connect(m_add, &QPushButton::clicked, this, &OperatorsPage::addOperator);
    connect(m_reset, &QPushButton::clicked, this, &OperatorsPage::resetPassword);
    connect(m_lock, &QPushButton::clicked, this, &OperatorsPage::toggleLocked);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] { retranslate(); });
    retranslate();
}

QString OperatorsPage::title() const
{
    return tr("Operators");
}

void OperatorsPage::setStore(const StoreInfo&)
{
    m_operators.clear();
    m_table->setRowCount(0);
}

void OperatorsPage::activated()
{
    m_client.listOperators(this, [this](const Result<QList<Operator>>& result) { answer(result, {}); });
}

QString OperatorsPage::message() const
{
    return m_error->hasError() ? m_error->text() : m_note->text();
}

std::optional<Operator> OperatorsPage::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_operators.size() || m_table->selectedItems().isEmpty())
        return std::nullopt;
    return m_operators[row];
}

void OperatorsPage::answer(const Result<QList<Operator>>& result, const QString& done)
{
    if (!result.ok()) {
        m_note->setNote({});
        m_error->setError(result.error().message);
        return;
    }
    m_error->clearError();
    m_note->setNote(done);
    show(result.value());
}

void OperatorsPage::addOperator()
{
    const auto account = m_form->check();
    if (!account)
        return;
    const QString username = account->username;
    m_add->setEnabled(false);
    m_client.addOperator(*account, m_form->password(), this,
                         [this, username](const Result<QList<Operator>>& result) {
                             m_add->setEnabled(true);
                             if (!result.ok()) {
                                 m_form->showError(result.error());
                                 return;
                             }
                             m_form->clear();
                             answer(result, tr("%1 can now log in.").arg(username));
                         });
}

void OperatorsPage::resetPassword()
{
    const auto op = selected();
    if (!op) {
        m_error->setError(tr("Select an operator in the list first."));
        return;
    }
    if (const auto problem = OperatorDirectory::checkPassword(m_newPassword->text(), op->username)) {
        m_error->setError(problem->message);
        return;
    }
    const QString password = m_newPassword->text();
    m_newPassword->clear();
    m_client.resetOperatorPassword(op->id, password, this, [this, name = op->username](const auto& result) {
        answer(result, tr("The password of %1 was changed. Tell them the new one in person.").arg(name));
    });
}

void OperatorsPage::toggleLocked()
{
    const auto op = selected();
    if (!op) {
        m_error->setError(tr("Select an operator in the list first."));
        return;
    }
    const bool lock = !op->locked;
    m_client.setOperatorLocked(op->id, lock, this, [this, lock, name = op->username](const auto& result) {
        answer(result,
               lock ? tr("%1 can no longer log in.").arg(name) : tr("%1 can log in again.").arg(name));
    });
}

void OperatorsPage::show(const QList<Operator>& operators)
{
    const auto before = selected();
    m_operators = operators;
    m_table->setRowCount(static_cast<int>(operators.size()));
    for (int row = 0; row < operators.size(); ++row) {
        const Operator& op = operators[row];
        QString state = tr("Active");
        if (op.disabled)
            state = tr("Disabled");
        else if (op.locked)
            state = tr("Locked");
        const QStringList cells{op.username, op.displayName, roleLabel(op.role), state};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
        if (before && before->id == op.id)
            m_table->selectRow(row);
    }
    retranslate();
}

void OperatorsPage::retranslate()
{
    m_listLabel->setText(tr("&Operators of this laptop"));
    m_table->setHorizontalHeaderLabels({tr("User name"), tr("Name"), tr("Role"), tr("State")});
    m_newPasswordLabel->setText(tr("&New password"));
    m_reset->setText(tr("&Reset password"));
    const auto op = selected();
    m_lock->setText(op && op->locked ? tr("Un&lock") : tr("&Lock"));
    m_reset->setEnabled(op.has_value());
    m_lock->setEnabled(op.has_value());
    m_addLabel->setText(tr("Add an operator"));
    m_add->setText(tr("&Add operator"));
    if (!m_operators.isEmpty()) {
        for (int row = 0; row < m_operators.size(); ++row)
            if (QTableWidgetItem* item = m_table->item(row, 2))
                item->setText(roleLabel(m_operators[row].role));
    }
}

} // namespace app
} // namespace fe
