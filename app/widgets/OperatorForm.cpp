#include "widgets/OperatorForm.h"

#include "operators/OperatorDirectory.h"
#include "widgets/ErrorLabel.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace fe {
namespace app {

OperatorForm::OperatorForm(Role role, QWidget* parent) : QWidget(parent)
{
    auto* layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto field = [&](QLabel*& label, QWidget* widget, ErrorLabel** error, const char* name) {
        label = new QLabel;
        label->setBuddy(widget);
        widget->setObjectName(QLatin1String(name));
        if (!error) {
            layout->addRow(label, widget);
            return;
        }
        // The error right under its field, in the same column.
        auto* column = new QWidget;
        auto* stack = new QVBoxLayout(column);
        stack->setContentsMargins(0, 0, 0, 0);
        stack->setSpacing(2);
        *error = new ErrorLabel;
        stack->addWidget(widget);
        stack->addWidget(*error);
        layout->addRow(label, column);
    };
    m_username = new QLineEdit;
    field(m_usernameLabel, m_username, &m_usernameError, "operatorUsername");
    m_displayName = new QLineEdit;
    field(m_displayNameLabel, m_displayName, nullptr, "operatorDisplayName");
    if (role == Role::Chosen) {
        m_role = new QComboBox;
        for (const OperatorRole r : kAllOperatorRoles)
            m_role->addItem(QString(), static_cast<int>(r));
        field(m_roleLabel, m_role, nullptr, "operatorRole");
    }
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    field(m_passwordLabel, m_password, &m_passwordError, "operatorPassword");
    m_repeat = new QLineEdit;
    m_repeat->setEchoMode(QLineEdit::Password);
    field(m_repeatLabel, m_repeat, &m_repeatError, "operatorPasswordRepeat");
    m_formError = new ErrorLabel;
    layout->addRow(m_formError);
    retranslate();
}

std::optional<NewOperator> OperatorForm::check()
{
    NewOperator account;
    account.username = m_username->text().trimmed();
    account.displayName = m_displayName->text().trimmed();
    account.role =
        m_role ? static_cast<OperatorRole>(m_role->currentData().toInt()) : OperatorRole::Administrator;
    const auto userError = OperatorDirectory::checkUsername(account.username);
    const auto passwordError = OperatorDirectory::checkPassword(m_password->text(), account.username);
    m_usernameError->setError(userError ? userError->message : QString());
    m_passwordError->setError(passwordError ? passwordError->message : QString());
    const bool same = m_password->text() == m_repeat->text();
    m_repeatError->setError(same ? QString() : tr("The two passwords differ. Type the same password twice."));
    m_formError->clearError();
    if (userError || passwordError || !same)
        return std::nullopt;
    return account;
}

QString OperatorForm::password() const
{
    return m_password->text();
}

void OperatorForm::showError(const Error& error)
{
    if (error.field == QLatin1String("username"))
        m_usernameError->setError(error.message);
    else if (error.field == QLatin1String("password"))
        m_passwordError->setError(error.message);
    else
        m_formError->setError(error.message);
}

void OperatorForm::clear()
{
    for (QLineEdit* edit : {m_username, m_displayName, m_password, m_repeat})
        edit->clear();
    for (ErrorLabel* error : {m_usernameError, m_passwordError, m_repeatError, m_formError})
        error->clearError();
}

QString OperatorForm::errorText() const
{
    QStringList all;
    for (const ErrorLabel* error : {m_usernameError, m_passwordError, m_repeatError, m_formError})
        if (error->hasError())
            all.append(error->text());
    return all.join(QLatin1Char('\n'));
}

void OperatorForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OperatorForm::retranslate()
{
    m_usernameLabel->setText(tr("&User name"));
    m_displayNameLabel->setText(tr("Full &name"));
    m_passwordLabel->setText(tr("&Password"));
    m_repeatLabel->setText(tr("Password a&gain"));
    m_password->setPlaceholderText(
        tr("At least %n characters", nullptr, OperatorDirectory::kMinPasswordLength));
    if (m_role) {
        m_roleLabel->setText(tr("&Role"));
        for (int i = 0; i < m_role->count(); ++i)
            m_role->setItemText(i, roleLabel(static_cast<OperatorRole>(m_role->itemData(i).toInt())));
    }
}

} // namespace app
} // namespace fe
