#include "shell/LoginWindow.h"

#include "i18n/LanguageManager.h"
#include "shell/AppSettings.h"
#include "widgets/ErrorLabel.h"
#include "worker/StoreClient.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace fe {
namespace app {

LoginWindow::LoginWindow(StoreClient& client, LanguageManager& language, AppSettings& settings,
                         QWidget* parent)
    : QWidget(parent), m_client(client), m_language(language)
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/fieldenrol.svg")));
    auto* outer = new QVBoxLayout(this);
    auto* box = new QWidget;
    box->setMaximumWidth(460);
    auto* form = new QFormLayout(box);
    m_title = new QLabel;
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_title->setFont(big);
    form->addRow(m_title);
    m_languageLabel = new QLabel;
    m_languageBox = new QComboBox;
    m_languageBox->setObjectName(QStringLiteral("loginLanguage"));
    for (const QString& code : LanguageManager::available())
        m_languageBox->addItem(LanguageManager::nativeName(code), code);
    m_languageBox->setCurrentIndex(m_languageBox->findData(language.language()));
    m_languageLabel->setBuddy(m_languageBox);
    form->addRow(m_languageLabel, m_languageBox);
    m_usernameLabel = new QLabel;
    m_username = new QLineEdit;
    m_username->setObjectName(QStringLiteral("loginUsername"));
    m_usernameLabel->setBuddy(m_username);
    form->addRow(m_usernameLabel, m_username);
    m_passwordLabel = new QLabel;
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("loginPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_passwordLabel, m_password);
    m_logIn = new QPushButton;
    m_logIn->setObjectName(QStringLiteral("logIn"));
    m_logIn->setDefault(true);
    form->addRow(QString(), m_logIn);
    m_error = new ErrorLabel;
    m_error->setObjectName(QStringLiteral("loginError"));
    form->addRow(m_error);
    outer->addStretch(1);
    outer->addWidget(box, 0, Qt::AlignHCenter);
    outer->addStretch(2);

    m_tick = new QTimer(this);
    m_tick->setInterval(250);
    connect(m_tick, &QTimer::timeout, this, &LoginWindow::updateMessage);
    connect(m_username, &QLineEdit::returnPressed, this, &LoginWindow::logIn);
    connect(m_password, &QLineEdit::returnPressed, this, &LoginWindow::logIn);
    connect(m_logIn, &QPushButton::clicked, this, &LoginWindow::logIn);
    connect(m_languageBox, &QComboBox::activated, this, [this, &settings](int index) {
        const QString code = m_languageBox->itemData(index).toString();
        m_language.setLanguage(code);
        settings.setLanguage(code);
    });
    resize(800, 560);
    retranslate();
}

void LoginWindow::preselect(const QString& username)
{
    m_username->setText(username);
    m_password->clear();
    m_error->clearError();
    m_refusal.clear();
    (username.isEmpty() ? m_username : m_password)->setFocus();
}

bool LoginWindow::isWaiting() const
{
    return QDateTime::currentMSecsSinceEpoch() < m_waitUntilMs;
}

void LoginWindow::logIn()
{
    if (m_busy)
        return;
    if (m_username->text().trimmed().isEmpty()) {
        m_refusal = tr("Enter your user name.");
        m_username->setFocus();
        updateMessage();
        return;
    }
    if (isWaiting()) {
        updateMessage(); // the countdown says how long still
        return;
    }
    m_busy = true;
    m_logIn->setEnabled(false);
    m_error->setError(tr("Logging in…"));
    const QString password = m_password->text();
    m_password->clear();
    m_client.unlock(m_username->text().trimmed(), password, this, [this](const LoginOutcome& outcome) {
        m_busy = false;
        m_logIn->setEnabled(true);
        if (outcome.ok()) {
            m_refusal.clear();
            m_waitUntilMs = 0;
            m_error->clearError();
            Q_EMIT loggedIn();
            return;
        }
        m_refusal = outcome.error.message;
        m_waitUntilMs =
            outcome.retryAfterMs > 0 ? QDateTime::currentMSecsSinceEpoch() + outcome.retryAfterMs : 0;
        if (m_waitUntilMs > 0)
            m_tick->start();
        m_password->setFocus();
        updateMessage();
    });
}

void LoginWindow::updateMessage()
{
    if (m_busy)
        return;
    const qint64 left = m_waitUntilMs - QDateTime::currentMSecsSinceEpoch();
    if (left <= 0) {
        m_tick->stop();
        m_error->setError(m_refusal);
        return;
    }
    const int seconds = static_cast<int>(std::ceil(static_cast<double>(left) / 1000.0));
    const QString wait = tr("Wait %n second(s) before trying again.", nullptr, seconds);
    m_error->setError(m_refusal.isEmpty() ? wait : m_refusal + QLatin1Char('\n') + wait);
}

QString LoginWindow::errorText() const
{
    return m_error->text();
}

void LoginWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LoginWindow::retranslate()
{
    setWindowTitle(tr("FieldEnrol — log in"));
    m_title->setText(tr("Log in to open the records on this laptop."));
    m_languageLabel->setText(tr("&Language"));
    m_usernameLabel->setText(tr("&User name"));
    m_passwordLabel->setText(tr("&Password"));
    m_logIn->setText(tr("Log &in"));
    const QSignalBlocker block(m_languageBox);
    m_languageBox->setCurrentIndex(m_languageBox->findData(m_language.language()));
}

} // namespace app
} // namespace fe
