#include "sync/SyncOverview.h"

namespace fe {
namespace app {

QString autoSyncKey(AutoSync policy)
{
    switch (policy) {
    case AutoSync::Never:
        return QStringLiteral("never");
    case AutoSync::AnyLink:
        return QStringLiteral("any");
    case AutoSync::NotMetered:
        return QStringLiteral("unmetered");
    }
    return QStringLiteral("any");
}

AutoSync autoSyncFromKey(const QString& key)
{
    if (key == QLatin1String("never"))
        return AutoSync::Never;
    if (key == QLatin1String("unmetered"))
        return AutoSync::NotMetered;
    return AutoSync::AnyLink;
}

} // namespace app
} // namespace fe
