#pragma once

#include "SyncConfig.h"
#include "common/Result.h"

namespace fe {
class Store;
}

namespace fe::sync {

// Where the device's central office is and how to trust it, kept in the store at enrolment so that
// every later sync (app, command line) connects the same way.
struct Connection
{
    QUrl serverUrl;
    QString caCertificateFile;
    QByteArray pinnedKeySha256;
};

Status saveConnection(Store& store, const Connection& connection);
// The engine's settings for this store: defaults, with the stored connection filled in.
SyncConfig storedConfig(Store& store, const QString& appVersion);

} // namespace fe::sync
