#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace fe {
namespace app {

class AppSettings;
class ErrorLabel;
class LanguageManager;
class StoreClient;

// The login screen of an encrypted store, also the lock screen: user name, password and the
// language. Enter logs in. A refused login shows the store's reason (which never tells whether
// the user exists) and, while the store makes the next attempt wait, a countdown; attempts made
// before it ends are not sent to the store. Holds no personal data.
class LoginWindow : public QWidget
{
    Q_OBJECT
public:
    LoginWindow(StoreClient& client, LanguageManager& language, AppSettings& settings,
                QWidget* parent = nullptr);

    // The lock screen: the operator who was working is preselected, the password field focused.
    void preselect(const QString& username);
    void logIn();

    QLineEdit* usernameEdit() const { return m_username; }
    QLineEdit* passwordEdit() const { return m_password; }
    QComboBox* languageBox() const { return m_languageBox; }
    QPushButton* logInButton() const { return m_logIn; }
    QString errorText() const;
    bool isWaiting() const;

Q_SIGNALS:
    void loggedIn();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateMessage();

    StoreClient& m_client;
    LanguageManager& m_language;
    bool m_busy = false;
    QString m_refusal;        // the store's last reason, in the language it was given
    qint64 m_waitUntilMs = 0; // when the store's wait ends (ms since the epoch); 0: no wait
    QTimer* m_tick = nullptr;

    QLabel* m_title = nullptr;
    QLabel* m_languageLabel = nullptr;
    QComboBox* m_languageBox = nullptr;
    QLabel* m_usernameLabel = nullptr;
    QLineEdit* m_username = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_logIn = nullptr;
    ErrorLabel* m_error = nullptr;
};

} // namespace app
} // namespace fe
