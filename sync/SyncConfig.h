#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace fe::sync {

// How the engine talks to the central office. Defaults suit a field device; tests shorten the
// times so faults and back-off play out in seconds.
struct SyncConfig
{
    QUrl serverUrl;             // http://… only on loopback in tests; https://… in the field
    QString caCertificateFile;  // PEM: for https the only trusted authorities (never the system's)
    QByteArray pinnedKeySha256; // optional: SHA-256 of the server certificate's public key (DER)
    QString appVersion;

    int inactivityTimeoutMs = 30'000; // a request with no byte moving for this long is abandoned

    // Batch size follows the link: enough entries for about `targetBatchSeconds` of upload.
    int minBatch = 5;
    int maxBatch = 1000; // the protocol's limit per push
    int initialBatch = 50;
    double targetBatchSeconds = 4.0;

    // Exponential back-off with jitter after transient failures, persisted in the store.
    qint64 backoffBaseMs = 2'000;
    qint64 backoffMaxMs = 15 * 60'000;
    int giveUpAfterFailures = 8;         // consecutive transient failures before a run gives up
    qint64 waitingRetryMs = 10 * 60'000; // entries the central office holds back (missing dependency)

    int pullLimit = 1000;
    qint64 reconcileIntervalMs = 24 * 3600'000LL;
    qint64 autoSyncIntervalMs = 15 * 60'000;
    bool syncOnMetered = true;

    // Health probe back-off while the central office cannot be reached.
    qint64 probeBaseMs = 5'000;
    qint64 probeMaxMs = 10 * 60'000;

    quint32 jitterSeed = 0; // 0: random; tests fix it
};

} // namespace fe::sync
