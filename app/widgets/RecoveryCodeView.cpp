#include "widgets/RecoveryCodeView.h"

#include <QCheckBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace fe {
namespace app {

RecoveryCodeView::RecoveryCodeView(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_explanation = new QLabel;
    m_explanation->setWordWrap(true);
    m_code = new QLabel;
    m_code->setObjectName(QStringLiteral("recoveryCode"));
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(font.pointSizeF() * 1.6);
    m_code->setFont(font);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_code->setAlignment(Qt::AlignCenter);
    m_confirm = new QCheckBox;
    m_confirm->setObjectName(QStringLiteral("recoveryCodeWrittenDown"));
    m_print = new QPushButton;
    auto* row = new QHBoxLayout;
    row->addWidget(m_confirm, 1);
    row->addWidget(m_print);
    layout->addWidget(m_explanation);
    layout->addWidget(m_code);
    layout->addLayout(row);
    layout->addStretch(1);
    connect(m_confirm, &QCheckBox::toggled, this, &RecoveryCodeView::confirmedChanged);
    connect(m_print, &QPushButton::clicked, this, &RecoveryCodeView::print);
    retranslate();
}

void RecoveryCodeView::setCode(const QString& code)
{
    m_code->setText(code);
    m_confirm->setChecked(false);
}

void RecoveryCodeView::forget()
{
    m_code->clear();
}

QString RecoveryCodeView::code() const
{
    return m_code->text();
}

bool RecoveryCodeView::isConfirmed() const
{
    return m_confirm->isChecked();
}

void RecoveryCodeView::print()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument page;
    page.setPlainText(
        tr("FieldEnrol recovery code\n\n%1\n\nKeep this sheet locked away, apart from the laptop.")
            .arg(m_code->text()));
    page.print(&printer);
}

void RecoveryCodeView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RecoveryCodeView::retranslate()
{
    m_explanation->setText(
        tr("This is the store's recovery code. It is shown only now. If the administrator's password "
           "is forgotten, only this code opens the records again. Write it down or print it, and keep "
           "it locked away, apart from the laptop."));
    m_confirm->setText(tr("I have &written it down"));
    m_print->setText(tr("&Print…"));
}

} // namespace app
} // namespace fe
