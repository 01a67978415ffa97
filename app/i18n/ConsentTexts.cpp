#include "i18n/ConsentTexts.h"

#include <QFile>
#include <QStringList>

namespace fe::app::consent {

QString textVersion()
{
    return QStringLiteral("FE-2026-01");
}

QStringList languages()
{
    return {QStringLiteral("en"), QStringLiteral("lo"), QStringLiteral("sw")};
}

QString text(const QString& language)
{
    QFile file(QStringLiteral(":/consent/consent_%1.html")
                   .arg(languages().contains(language) ? language : QStringLiteral("en")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace fe::app::consent
