#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace fe {
namespace app {

// Shows a store's recovery code once, with why it matters, "I have written it down" and Print.
// The code is never kept anywhere else by the application: forget() wipes it from the screen.
class RecoveryCodeView : public QWidget
{
    Q_OBJECT
public:
    explicit RecoveryCodeView(QWidget* parent = nullptr);

    void setCode(const QString& code);
    void forget();
    QString code() const;
    bool isConfirmed() const;
    QCheckBox* confirmBox() const { return m_confirm; }

Q_SIGNALS:
    void confirmedChanged(bool confirmed);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void print();

    QLabel* m_explanation = nullptr;
    QLabel* m_code = nullptr;
    QCheckBox* m_confirm = nullptr;
    QPushButton* m_print = nullptr;
};

} // namespace app
} // namespace fe
