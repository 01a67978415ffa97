#pragma once

#include "domain/Country.h"

#include <QLocale>
#include <QObject>
#include <QStringList>
#include <QTranslator>

namespace fe {
namespace app {

// The operator's language: English, Lao or Swahili, switchable while windows are open. Installs
// the application's and Qt's translations (both embedded under :/i18n), the locale used for
// dates, numbers and money, and a font that renders Lao. Every widget then gets
// QEvent::LanguageChange and retranslates itself.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject* parent = nullptr);
    ~LanguageManager() override;

    static QStringList available(); // "en", "lo", "sw"
    // The language's name in itself, as shown in language menus (never translated).
    static QString nativeName(const QString& code);
    // The supported language closest to the system's, English when none is.
    static QString systemDefault();

    QString language() const { return m_language; }
    // Dates, numbers and money follow the language and the store's country.
    QLocale locale() const;
    void setCountry(Country country);
    bool setLanguage(const QString& code);

Q_SIGNALS:
    void languageChanged(const QString& code);

private:
    void applyFont();

    QString m_language;
    Country m_country = Country::Lao;
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    bool m_installed = false;
};

} // namespace app
} // namespace fe
