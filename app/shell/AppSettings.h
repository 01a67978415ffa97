#pragma once

#include "sync/SyncOverview.h"

#include <QSettings>
#include <QString>

#include <memory>

namespace fe {
namespace app {

// What the application remembers between runs (never personal data): the store in use, the
// language, the last backup folder. Kept in the user's configuration folder, or in a given
// file (tests, the screenshot tool).
class AppSettings
{
public:
    AppSettings();
    explicit AppSettings(const QString& iniFile);

    QString storePath() const;
    void setStorePath(const QString& path);
    QString language() const;
    void setLanguage(const QString& code);
    QString backupFolder() const;
    void setBackupFolder(const QString& folder);
    // When the sync engine runs by itself; on any link unless the clerk chose otherwise.
    AutoSync autoSync() const;
    void setAutoSync(AutoSync policy);
    // Minutes without keyboard or mouse input after which the application locks (1-60, default 5).
    int idleLockMinutes() const;
    void setIdleLockMinutes(int minutes);
    static constexpr int kDefaultIdleLockMinutes = 5;
    // Where the first-run assistant proposes to create the store.
    static QString defaultStoreFolder();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace app
} // namespace fe
