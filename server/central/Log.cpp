#include "central/Log.h"

#include <QDateTime>
#include <QJsonDocument>

#include <atomic>
#include <cstdio>

namespace fe::central {
namespace {
std::atomic<bool> g_quiet{false};
}

void setLogQuiet(bool quiet)
{
    g_quiet = quiet;
}

void logEvent(const char* level, const QString& event, QJsonObject fields)
{
    if (g_quiet && qstrcmp(level, "error") != 0)
        return;
    fields.insert(QLatin1String("ts"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    fields.insert(QLatin1String("level"), QLatin1String(level));
    fields.insert(QLatin1String("event"), event);
    const QByteArray line = QJsonDocument(fields).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
}

} // namespace fe::central
