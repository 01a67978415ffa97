#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace fe {
class Store;
}

namespace fe::sync {

// What enrolment gave the device: its identity at the central office, the bearer token, its
// Ed25519 signing key and the central office's public keys. Kept in the store's sync_state; the
// token and the secret key move under the store's data key with encryption at rest (docs/SYNC.md).
struct DeviceCredentials
{
    Q_DECLARE_TR_FUNCTIONS(DeviceCredentials)
public:
    QString deviceId;
    QString token;
    QString district;
    QUrl serverUrl;
    QByteArray signSecretKey;
    QByteArray signPublicKey;
    QByteArray serverBoxPublicKey;
    QByteArray serverSignPublicKey;

    bool complete() const;

    // Error "sync.not_enrolled" when the device has not been enrolled (or its keys are damaged).
    static Result<DeviceCredentials> load(Store& store);
    Status save(Store& store) const;
};

} // namespace fe::sync
