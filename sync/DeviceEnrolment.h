#pragma once

#include "HttpClient.h"
#include "NetworkJob.h"
#include "SyncConfig.h"
#include "common/Result.h"

#include <QObject>
#include <QPointer>

namespace fe {
class Store;
}

namespace fe::sync {

// Enrols the device with the central office using the one-time code a supervisor created for its
// district: a new Ed25519 key pair is generated on the device, its public half registered, and
// the credential and the central office's public keys kept in the store.
class DeviceEnrolment : public QObject
{
    Q_OBJECT
public:
    DeviceEnrolment(Store& store, SyncConfig config, QObject* parent = nullptr);

    // Errors are reported through finished(); a device already enrolled is refused unless `replace`.
    void start(const QString& code, const QString& deviceName, bool replace = false);

Q_SIGNALS:
    void finished(const fe::Status& status);

private:
    void onAnswer(NetworkJob* job);

    Store& m_store;
    SyncConfig m_config;
    HttpClient m_http;
    QByteArray m_signPublic;
    QByteArray m_signSecret;
};

} // namespace fe::sync
