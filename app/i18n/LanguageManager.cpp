#include "i18n/LanguageManager.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>

namespace fe {
namespace app {

LanguageManager::LanguageManager(QObject* parent) : QObject(parent) {}

LanguageManager::~LanguageManager()
{
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
}

QStringList LanguageManager::available()
{
    return {QStringLiteral("en"), QStringLiteral("lo"), QStringLiteral("sw")};
}

QString LanguageManager::nativeName(const QString& code)
{
    if (code == QLatin1String("lo"))
        return QStringLiteral("ພາສາລາວ"); // notr: a language's own name
    if (code == QLatin1String("sw"))
        return QStringLiteral("Kiswahili"); // notr: a language's own name
    return QStringLiteral("English");       // notr: a language's own name
}

QString LanguageManager::systemDefault()
{
    const QString name = QLocale::system().name().left(2);
    return available().contains(name) ? name : QStringLiteral("en");
}

QLocale LanguageManager::locale() const
{
    const bool kenya = m_country == Country::Kenya;
    if (m_language == QLatin1String("lo"))
        return QLocale(QLocale::Lao, QLocale::Laos);
    if (m_language == QLatin1String("sw"))
        return QLocale(QLocale::Swahili, QLocale::Kenya);
    // English in Laos: British conventions (day/month/year) rather than American ones.
    return kenya ? QLocale(QLocale::English, QLocale::Kenya)
                 : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

void LanguageManager::setCountry(Country country)
{
    m_country = country;
    QLocale::setDefault(locale());
}

bool LanguageManager::setLanguage(const QString& code)
{
    if (!available().contains(code))
        return false;
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    // English is the source language; its file holds only the plural forms.
    const bool appLoaded = m_appTranslator.load(QStringLiteral(":/i18n/fieldenrol_%1.qm").arg(code));
    const bool qtLoaded =
        code != QLatin1String("en") && m_qtTranslator.load(QStringLiteral(":/i18n/qtbase_%1.qm").arg(code));
    if (qtLoaded)
        QCoreApplication::installTranslator(&m_qtTranslator);
    if (appLoaded)
        QCoreApplication::installTranslator(&m_appTranslator);
    m_language = code;
    QLocale::setDefault(locale());
    applyFont();
    // Installing and removing translators posts QEvent::LanguageChange to every window.
    Q_EMIT languageChanged(code);
    return true;
}

void LanguageManager::applyFont()
{
    if (!qobject_cast<QApplication*>(QCoreApplication::instance()))
        return;
    // Noto Sans Lao covers Lao only: Latin text falls back to the next family. Lao comes first
    // in Lao so its metrics set the line height for the stacked vowels and tone marks.
    const QString lao = QStringLiteral("Noto Sans Lao");
    const QString latin = QFontDatabase::hasFamily(QStringLiteral("Noto Sans")) ? QStringLiteral("Noto Sans")
                                                                                : QFont().defaultFamily();
    QFont font = QApplication::font();
    font.setFamilies(m_language == QLatin1String("lo") ? QStringList{lao, latin} : QStringList{latin, lao});
    QApplication::setFont(font);
}

} // namespace app
} // namespace fe
