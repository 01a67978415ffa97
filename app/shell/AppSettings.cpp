#include "shell/AppSettings.h"

#include <QStandardPaths>

namespace fe {
namespace app {

AppSettings::AppSettings() : m_settings(std::make_unique<QSettings>()) {}

AppSettings::AppSettings(const QString& iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

QString AppSettings::storePath() const
{
    return m_settings->value(QStringLiteral("store/path")).toString();
}

void AppSettings::setStorePath(const QString& path)
{
    m_settings->setValue(QStringLiteral("store/path"), path);
}

QString AppSettings::language() const
{
    return m_settings->value(QStringLiteral("ui/language")).toString();
}

void AppSettings::setLanguage(const QString& code)
{
    m_settings->setValue(QStringLiteral("ui/language"), code);
}

QString AppSettings::backupFolder() const
{
    return m_settings->value(QStringLiteral("backup/folder")).toString();
}

void AppSettings::setBackupFolder(const QString& folder)
{
    m_settings->setValue(QStringLiteral("backup/folder"), folder);
}

AutoSync AppSettings::autoSync() const
{
    return autoSyncFromKey(m_settings->value(QStringLiteral("sync/auto")).toString());
}

void AppSettings::setAutoSync(AutoSync policy)
{
    m_settings->setValue(QStringLiteral("sync/auto"), autoSyncKey(policy));
}

int AppSettings::idleLockMinutes() const
{
    bool ok = false;
    const int minutes = m_settings->value(QStringLiteral("security/idle_lock_minutes")).toInt(&ok);
    return ok ? qBound(1, minutes, 60) : kDefaultIdleLockMinutes;
}

void AppSettings::setIdleLockMinutes(int minutes)
{
    m_settings->setValue(QStringLiteral("security/idle_lock_minutes"), qBound(1, minutes, 60));
}

QString AppSettings::defaultStoreFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

} // namespace app
} // namespace fe
