#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace fe {
class Store;
}

namespace fe::sync {

struct BundleExport
{
    int entries = 0;
    qint64 firstSeq = 0;
    qint64 lastSeq = 0;
    qint64 remaining = 0; // pending entries that did not fit: export another bundle after this one
};

struct AckImport
{
    int accepted = 0;
    int quarantined = 0;
    int waiting = 0;
    int unchanged = 0;            // entries the device had already settled
    bool alreadyImported = false; // the same acknowledgement was imported before: nothing changed
};

// Sync without any network: pending records go to the central office on a USB stick as one signed,
// sealed, compressed bundle (the push request a network sync would send), and come back as the
// central office's signed acknowledgement. Nothing is marked sent by exporting; importing the
// acknowledgement does that, once — importing it again changes nothing.
class BundleTransfer
{
    Q_DECLARE_TR_FUNCTIONS(BundleTransfer)
public:
    static constexpr int kMaxEntriesPerBundle = 1000; // the protocol's batch limit

    // Errors: sync.not_enrolled, bundle.nothing (no pending record), bundle.write.
    static Result<BundleExport> exportBundle(Store& store, const QString& path,
                                             int maxEntries = kMaxEntriesPerBundle);
    // Errors: bundle.not_a_bundle, bundle.damaged, bundle.too_large, ack.read, ack.signature
    // (not signed by this device's central office, or altered), ack.foreign (another device's),
    // ack.malformed; store errors.
    static Result<AckImport> importAck(Store& store, const QString& path,
                                       qint64 waitingRetryMs = 10 * 60'000);
};

} // namespace fe::sync
