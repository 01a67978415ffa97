#include "DeviceCredentials.h"

#include "SyncKeys.h"
#include "crypto/Crypto.h"
#include "store/Store.h"

namespace fe::sync {
namespace {

QByteArray bytes(Store& store, const char* key)
{
    return crypto::fromBase64(store.syncValue(QString::fromLatin1(key)).toLatin1()).value_or(QByteArray());
}

} // namespace

bool DeviceCredentials::complete() const
{
    return !deviceId.isEmpty() && !token.isEmpty() && serverUrl.isValid() &&
           signSecretKey.size() == crypto::kSignSecretKeyBytes &&
           serverBoxPublicKey.size() == crypto::kBoxPublicKeyBytes &&
           serverSignPublicKey.size() == crypto::kSignPublicKeyBytes;
}

Result<DeviceCredentials> DeviceCredentials::load(Store& store)
{
    DeviceCredentials c;
    c.deviceId = store.syncValue(QString::fromLatin1(keys::kDeviceId));
    c.token = store.syncValue(QString::fromLatin1(keys::kToken));
    c.district = store.syncValue(QString::fromLatin1(keys::kDistrict));
    c.serverUrl = QUrl(store.syncValue(QString::fromLatin1(keys::kServerUrl)));
    c.signSecretKey = bytes(store, keys::kSignSecret);
    c.signPublicKey = bytes(store, keys::kSignPublic);
    c.serverBoxPublicKey = bytes(store, keys::kServerBoxKey);
    c.serverSignPublicKey = bytes(store, keys::kServerSignKey);
    if (!c.complete())
        return Error{QStringLiteral("sync.not_enrolled"),
                     tr("This device is not enrolled with a central office yet. Enrol it with the code "
                        "from your supervisor (fieldenrolctl enrol-device)."),
                     {}};
    return c;
}

Status DeviceCredentials::save(Store& store) const
{
    const QList<std::pair<const char*, QString>> values{
        {keys::kServerUrl, serverUrl.toString()},
        {keys::kDistrict, district},
        {keys::kSignSecret, QString::fromLatin1(crypto::toBase64(signSecretKey))},
        {keys::kSignPublic, QString::fromLatin1(crypto::toBase64(signPublicKey))},
        {keys::kServerBoxKey, QString::fromLatin1(crypto::toBase64(serverBoxPublicKey))},
        {keys::kServerSignKey, QString::fromLatin1(crypto::toBase64(serverSignPublicKey))},
        {keys::kToken, token},
        // Last: a device id is what makes the device count as enrolled.
        {keys::kDeviceId, deviceId}};
    for (const auto& [key, value] : values)
        if (Status s = store.setSyncValue(QString::fromLatin1(key), value); !s)
            return s;
    return {};
}

} // namespace fe::sync
