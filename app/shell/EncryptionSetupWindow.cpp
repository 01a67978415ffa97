#include "shell/EncryptionSetupWindow.h"

#include "widgets/OperatorForm.h"
#include "widgets/RecoveryCodeView.h"
#include "worker/StoreClient.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace fe {
namespace app {

EncryptionSetupWindow::EncryptionSetupWindow(StoreClient& client, QWidget* parent)
    : QWidget(parent), m_client(client)
{
    auto* layout = new QVBoxLayout(this);
    m_stack = new QStackedWidget;
    layout->addWidget(m_stack);

    auto* accountPage = new QWidget;
    auto* accountLayout = new QVBoxLayout(accountPage);
    m_explanation = new QLabel;
    m_explanation->setWordWrap(true);
    m_form = new OperatorForm(OperatorForm::Role::Fixed);
    m_setUp = new QPushButton;
    m_setUp->setObjectName(QStringLiteral("setUpEncryption"));
    m_setUp->setDefault(true);
    accountLayout->addWidget(m_explanation);
    accountLayout->addWidget(m_form);
    accountLayout->addWidget(m_setUp, 0, Qt::AlignRight);
    accountLayout->addStretch(1);
    m_stack->addWidget(accountPage);

    auto* codePage = new QWidget;
    auto* codeLayout = new QVBoxLayout(codePage);
    m_recovery = new RecoveryCodeView;
    m_continue = new QPushButton;
    m_continue->setEnabled(false);
    codeLayout->addWidget(m_recovery);
    codeLayout->addWidget(m_continue, 0, Qt::AlignRight);
    m_stack->addWidget(codePage);

    connect(m_setUp, &QPushButton::clicked, this, &EncryptionSetupWindow::setUp);
    connect(m_recovery, &RecoveryCodeView::confirmedChanged, m_continue, &QPushButton::setEnabled);
    connect(m_continue, &QPushButton::clicked, this, [this] {
        m_recovery->forget();
        Q_EMIT finished();
    });
    resize(720, 520);
    retranslate();
}

void EncryptionSetupWindow::setUp()
{
    if (m_busy)
        return;
    const auto account = m_form->check();
    if (!account)
        return;
    m_busy = true;
    m_setUp->setEnabled(false);
    m_client.setUpEncryption(*account, m_form->password(), this, [this](const LoginOutcome& outcome) {
        m_busy = false;
        m_setUp->setEnabled(true);
        if (!outcome.ok()) {
            m_form->showError(outcome.error);
            return;
        }
        m_form->clear();
        m_recovery->setCode(outcome.recoveryCode);
        m_stack->setCurrentIndex(1);
    });
}

void EncryptionSetupWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EncryptionSetupWindow::retranslate()
{
    setWindowTitle(tr("FieldEnrol — set up encryption"));
    m_explanation->setText(
        tr("The records in this store are not encrypted yet, so FieldEnrol does not show them. Create "
           "the administrator's account: their password will protect the records, and every operator "
           "will log in from now on. Setting up encryption takes a moment on a large store."));
    m_setUp->setText(tr("&Set up encryption"));
    m_continue->setText(tr("&Continue"));
}

} // namespace app
} // namespace fe
