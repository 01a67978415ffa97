#pragma once

#include "SyncConfig.h"
#include "store/Store.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace fe {
namespace app {

// When the engine syncs by itself (Settings); "sync now" works whatever this says.
enum class AutoSync {
    Never,      // only when the clerk asks
    AnyLink,    // whenever the central office can be reached
    NotMetered, // only over links that are not paid per byte
};

QString autoSyncKey(AutoSync policy); // "never" / "any" / "unmetered": how AppSettings keeps it
AutoSync autoSyncFromKey(const QString& key);

// What the sync screen shows about the device, read from the sync thread's store connection.
// Plain copyable data: it crosses threads in queued signals.
struct SyncOverview
{
    bool enrolled = false;
    QString deviceId; // at the central office
    QString district;
    sync::SyncConfig connection; // server address and trust, as stored at enrolment
    QString supervisorToken;     // empty when no supervisor credential was configured
    qint64 pending = 0;
    QList<OutboxEntry> pendingEntries; // the oldest kPendingShown of them
    static constexpr int kPendingShown = 200;
    QList<QuarantinedEntry> quarantined;
    QDateTime lastSuccess; // invalid: never
    qint64 bytesSent = 0;  // over the device's life
};

} // namespace app
} // namespace fe

Q_DECLARE_METATYPE(fe::app::SyncOverview)
