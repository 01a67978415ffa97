#include "commands/SyncStatus.h"

#include "Cli.h"

#include "SyncKeys.h"
#include "store/Store.h"

#include <QDateTime>

namespace fe::cli {
namespace {

QString value(Store& store, const char* key)
{
    return store.syncValue(QString::fromLatin1(key));
}

QString time(Store& store, const char* key)
{
    const qint64 ms = value(store, key).toLongLong();
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate) : QString();
}

} // namespace

QJsonObject syncStatusJson(Store& store)
{
    namespace k = sync::keys;
    return {{QLatin1String("enrolled"), !value(store, k::kDeviceId).isEmpty()},
            {QLatin1String("centralDeviceId"), value(store, k::kDeviceId)},
            {QLatin1String("district"), value(store, k::kDistrict)},
            {QLatin1String("server"), value(store, k::kServerUrl)},
            {QLatin1String("lastSuccess"), time(store, k::kLastSuccess)},
            {QLatin1String("lastReconcile"), time(store, k::kLastReconcile)},
            {QLatin1String("highWater"), value(store, k::kHighWater).toLongLong()},
            {QLatin1String("consecutiveFailures"), value(store, k::kLinkFailures).toInt()},
            {QLatin1String("nextAttempt"), time(store, k::kLinkRetryAt)},
            {QLatin1String("openFlags"), static_cast<qint64>(store.openFlags().size())}};
}

void printSyncStatus(Store& store, const std::function<void(const QString&, const QString&)>& line)
{
    const QJsonObject s = syncStatusJson(store);
    const auto text = [&s](const char* key) {
        return s.value(QLatin1String(key)).toVariant().toString();
    };
    if (!s.value(QLatin1String("enrolled")).toBool()) {
        line(Text::tr("Central office"), Text::tr("not enrolled (fieldenrolctl enrol-device)"));
        return;
    }
    line(Text::tr("Central office"), Text::tr("%1, district %2").arg(text("server"), text("district")));
    line(Text::tr("Last sync"), text("lastSuccess").isEmpty() ? Text::tr("never") : text("lastSuccess"));
    if (s.value(QLatin1String("consecutiveFailures")).toInt() > 0)
        line(Text::tr("Sync problems"), Text::tr("%1 failed attempts in a row; next attempt %2")
                                            .arg(text("consecutiveFailures"), text("nextAttempt")));
    line(Text::tr("Open flags"), text("openFlags"));
}

} // namespace fe::cli
