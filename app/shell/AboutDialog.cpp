#include "shell/AboutDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace fe {
namespace app {

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* icon = new QLabel;
    icon->setPixmap(QIcon(QStringLiteral(":/icons/fieldenrol.svg")).pixmap(64, 64));
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    m_text = new QLabel;
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setOpenExternalLinks(false);
    layout->addWidget(m_text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    retranslate();
}

QString AboutDialog::text() const
{
    return m_text->text();
}

void AboutDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About FieldEnrol"));
    m_text->setText(
        tr("<h3>FieldEnrol %1</h3><p>Offline-first registration of informal-economy workers into "
           "social protection, and their contributions, for Lao PDR and Kenya.</p><p>Built with Qt "
           "%2. Reference data: see SOURCES.md (GeoNames CC BY 4.0, ke-locations-data MIT).</p>")
            .arg(QStringLiteral(FIELDENROL_VERSION), QString::fromLatin1(qVersion())));
}

} // namespace app
} // namespace fe
