#include "StoredSettings.h"

#include "SyncKeys.h"
#include "crypto/Crypto.h"
#include "store/Store.h"

namespace fe::sync {

Status saveConnection(Store& store, const Connection& connection)
{
    const QList<std::pair<const char*, QString>> values{
        {keys::kServerUrl, connection.serverUrl.toString()},
        {keys::kServerCaFile,
         connection.caCertificateFile.isEmpty() ? QStringLiteral("-") : connection.caCertificateFile},
        {keys::kServerPin, connection.pinnedKeySha256.isEmpty()
                               ? QStringLiteral("-")
                               : QString::fromLatin1(crypto::toBase64(connection.pinnedKeySha256))}};
    for (const auto& [key, value] : values)
        if (Status s = store.setSyncValue(QString::fromLatin1(key), value); !s)
            return s;
    return {};
}

SyncConfig storedConfig(Store& store, const QString& appVersion)
{
    SyncConfig config;
    config.appVersion = appVersion;
    config.serverUrl = QUrl(store.syncValue(QString::fromLatin1(keys::kServerUrl)));
    const QString ca = store.syncValue(QString::fromLatin1(keys::kServerCaFile));
    if (ca != QLatin1String("-"))
        config.caCertificateFile = ca;
    const QString pin = store.syncValue(QString::fromLatin1(keys::kServerPin));
    if (!pin.isEmpty() && pin != QLatin1String("-"))
        config.pinnedKeySha256 = crypto::fromBase64(pin.toLatin1()).value_or(QByteArray());
    return config;
}

} // namespace fe::sync
