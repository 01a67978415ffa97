#include "widgets/CentralOfficeBox.h"

#include "shell/AppSettings.h"
#include "sync/SyncClient.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace fe {
namespace app {

CentralOfficeBox::CentralOfficeBox(SyncClient& sync, AppSettings& settings, QWidget* parent)
    : QWidget(parent), m_sync(sync), m_settings(settings)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont sectionFont = font();
    sectionFont.setBold(true);
    m_heading = new QLabel;
    m_heading->setFont(sectionFont);
    layout->addWidget(m_heading);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("enrolmentStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_form = new QFormLayout;
    m_address = new QLineEdit;
    m_address->setObjectName(QStringLiteral("centralAddress"));
    m_caFile = new QLineEdit;
    m_caFile->setObjectName(QStringLiteral("centralCaFile"));
    auto* codeRow = new QHBoxLayout;
    m_code = new QLineEdit;
    m_code->setObjectName(QStringLiteral("enrolmentCode"));
    m_enrol = new QPushButton;
    codeRow->addWidget(m_code, 1);
    codeRow->addWidget(m_enrol);
    m_autoSync = new QComboBox;
    m_autoSync->setObjectName(QStringLiteral("autoSync"));
    for (AutoSync a : {AutoSync::Never, AutoSync::AnyLink, AutoSync::NotMetered})
        m_autoSync->addItem(QString(), autoSyncKey(a));
    m_autoSync->setCurrentIndex(m_autoSync->findData(autoSyncKey(settings.autoSync())));
    auto* tokenRow = new QHBoxLayout;
    m_token = new QLineEdit;
    m_token->setObjectName(QStringLiteral("supervisorToken"));
    m_token->setEchoMode(QLineEdit::Password);
    m_saveToken = new QPushButton;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_saveToken);
    m_form->addRow(new QLabel, m_address);
    m_form->addRow(new QLabel, m_caFile);
    m_form->addRow(new QLabel, codeRow);
    m_form->addRow(new QLabel, m_autoSync);
    m_form->addRow(new QLabel, tokenRow);
    layout->addLayout(m_form);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("centralMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(m_enrol, &QPushButton::clicked, this, &CentralOfficeBox::enrol);
    connect(m_saveToken, &QPushButton::clicked, this, &CentralOfficeBox::saveSupervisorToken);
    connect(m_autoSync, &QComboBox::activated, this, [this](int index) {
        const AutoSync a = autoSyncFromKey(m_autoSync->itemData(index).toString());
        m_settings.setAutoSync(a);
        m_sync.setAutoSync(a);
    });
    connect(&m_sync, &SyncClient::overviewChanged, this, &CentralOfficeBox::showOverview);
    connect(&m_sync, &SyncClient::actionFinished, this, &CentralOfficeBox::onAction);
    showOverview(m_sync.overview());
    retranslate();
}

void CentralOfficeBox::enrol()
{
    const QUrl url = QUrl::fromUserInput(m_address->text().trimmed());
    if (m_address->text().trimmed().isEmpty() || !url.isValid()) {
        setMessage(tr("Enter the central office's address, e.g. https://central.example.org."), true);
        return;
    }
    if (m_code->text().trimmed().isEmpty()) {
        setMessage(tr("Enter the enrolment code your supervisor gave you."), true);
        return;
    }
    setMessage(tr("Enrolling this device…"), false);
    m_enrol->setEnabled(false);
    m_sync.enrol(url, m_caFile->text().trimmed(), m_code->text().trimmed());
}

void CentralOfficeBox::saveSupervisorToken()
{
    m_sync.setSupervisorToken(m_token->text());
}

QString CentralOfficeBox::lastMessage() const
{
    return m_message->text();
}

void CentralOfficeBox::setMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void CentralOfficeBox::onAction(SyncAction action, const Error& error, const QString& message)
{
    if (action == SyncAction::Enrol) {
        m_enrol->setEnabled(true);
        if (error.code.isEmpty())
            m_code->clear();
        setMessage(message, !error.code.isEmpty());
    } else if (action == SyncAction::SupervisorToken) {
        setMessage(message, !error.code.isEmpty());
    }
}

void CentralOfficeBox::showOverview(const SyncOverview& o)
{
    if (o.enrolled && m_address->text().isEmpty())
        m_address->setText(o.connection.serverUrl.toString());
    if (o.enrolled && m_caFile->text().isEmpty())
        m_caFile->setText(o.connection.caCertificateFile);
    if (!m_token->hasFocus())
        m_token->setText(o.supervisorToken);
    retranslate();
}

void CentralOfficeBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CentralOfficeBox::retranslate()
{
    const SyncOverview& o = m_sync.overview();
    m_heading->setText(tr("Central office"));
    m_status->setText(o.enrolled ? tr("This device is enrolled for district %1 at %2.")
                                       .arg(o.district, o.connection.serverUrl.toString())
                                 : tr("This device is not enrolled yet: records stay on it until it is."));
    const QStringList labels{tr("Address:"), tr("Certificate authority (https, PEM file):"),
                             tr("Enrolment code:"), tr("Sync by itself:"), tr("Supervisor credential:")};
    for (int i = 0; i < labels.size(); ++i)
        if (auto* label = qobject_cast<QLabel*>(m_form->itemAt(i, QFormLayout::LabelRole)->widget()))
            label->setText(labels[i]);
    m_address->setPlaceholderText(tr("e.g. https://central.example.org"));
    m_enrol->setText(o.enrolled ? tr("Enrol a&gain") : tr("E&nrol"));
    m_autoSync->setItemText(0, tr("Never (only \"Sync now\")"));
    m_autoSync->setItemText(1, tr("On any link"));
    m_autoSync->setItemText(2, tr("Not on metered links"));
    m_saveToken->setText(tr("Sa&ve"));
}

} // namespace app
} // namespace fe
