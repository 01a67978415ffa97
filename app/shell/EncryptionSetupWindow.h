#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace fe {
namespace app {

class OperatorForm;
class RecoveryCodeView;
class StoreClient;

// Shown instead of the records when the store is not encrypted (made by a FieldEnrol from before
// encryption at rest): the first administrator's account, then "Set up encryption" seals the store
// (Store::setUpEncryption) and logs them in, then the recovery code is shown once and must be
// confirmed as written down before the records open.
class EncryptionSetupWindow : public QWidget
{
    Q_OBJECT
public:
    explicit EncryptionSetupWindow(StoreClient& client, QWidget* parent = nullptr);

    OperatorForm* form() const { return m_form; }
    RecoveryCodeView* recoveryView() const { return m_recovery; }
    QPushButton* setUpButton() const { return m_setUp; }
    QPushButton* continueButton() const { return m_continue; }
    void setUp();

Q_SIGNALS:
    // Sealed, logged in and the recovery code confirmed: the records may open.
    void finished();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    StoreClient& m_client;
    bool m_busy = false;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_explanation = nullptr;
    OperatorForm* m_form = nullptr;
    QPushButton* m_setUp = nullptr;
    RecoveryCodeView* m_recovery = nullptr;
    QPushButton* m_continue = nullptr;
};

} // namespace app
} // namespace fe
