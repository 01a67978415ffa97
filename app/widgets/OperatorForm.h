#pragma once

#include "common/Result.h"
#include "operators/Operator.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace fe {
namespace app {

class ErrorLabel;

// The fields of a new operator account: user name, display name, (role,) password twice. Checked
// with the store's own rules (OperatorDirectory::checkUsername/checkPassword) before anything is
// submitted; every problem is shown beside its field. Used by the first-run assistant (first
// administrator), the encryption set-up and the operators page.
class OperatorForm : public QWidget
{
    Q_OBJECT
public:
    enum class Role { Fixed, Chosen }; // Fixed: always an administrator (first administrator)
    explicit OperatorForm(Role role, QWidget* parent = nullptr);

    // The account when every field is right; otherwise shows why beside the fields.
    std::optional<NewOperator> check();
    QString password() const;
    // An error from the store (e.g. the user name is taken) beside the field it names.
    void showError(const Error& error);
    void clear();
    QString errorText() const;

    QLineEdit* usernameEdit() const { return m_username; }
    QLineEdit* displayNameEdit() const { return m_displayName; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    QComboBox* roleBox() const { return m_role; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_usernameLabel = nullptr;
    QLineEdit* m_username = nullptr;
    ErrorLabel* m_usernameError = nullptr;
    QLabel* m_displayNameLabel = nullptr;
    QLineEdit* m_displayName = nullptr;
    QLabel* m_roleLabel = nullptr;
    QComboBox* m_role = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_password = nullptr;
    ErrorLabel* m_passwordError = nullptr;
    QLabel* m_repeatLabel = nullptr;
    QLineEdit* m_repeat = nullptr;
    ErrorLabel* m_repeatError = nullptr;
    ErrorLabel* m_formError = nullptr;
};

} // namespace app
} // namespace fe
