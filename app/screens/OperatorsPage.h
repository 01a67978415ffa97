#pragma once

#include "screens/Page.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace fe {
namespace app {

class ErrorLabel;
class NoteLabel;
class OperatorForm;

// Administrators only (shell/Roles.h): the operators of this store, adding one with a role,
// resetting a password (the data is kept: the administrator's session re-wraps the key) and
// locking or unlocking an account (after too many failed logins, only an administrator unlocks).
class OperatorsPage : public Page
{
    Q_OBJECT
public:
    explicit OperatorsPage(StoreClient& client, QWidget* parent = nullptr);

    QString title() const override;
    void setStore(const StoreInfo& info) override;
    void activated() override;

    OperatorForm* form() const { return m_form; }
    QPushButton* addButton() const { return m_add; }
    QTableWidget* table() const { return m_table; }
    QLineEdit* newPasswordEdit() const { return m_newPassword; }
    QPushButton* resetButton() const { return m_reset; }
    QPushButton* lockButton() const { return m_lock; }
    const QList<Operator>& operators() const { return m_operators; }
    QString message() const;
    void addOperator();
    void resetPassword();
    void toggleLocked();

protected:
    void retranslate() override;

private:
    void show(const QList<Operator>& operators);
    std::optional<Operator> selected() const;
    void answer(const Result<QList<Operator>>& result, const QString& done);

    QList<Operator> m_operators;
    QLabel* m_listLabel = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_newPasswordLabel = nullptr;
    QLineEdit* m_newPassword = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_lock = nullptr;
    QLabel* m_addLabel = nullptr;
    OperatorForm* m_form = nullptr;
    QPushButton* m_add = nullptr;
    NoteLabel* m_note = nullptr;
    ErrorLabel* m_error = nullptr;
};

} // namespace app
} // namespace fe
