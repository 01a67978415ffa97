#pragma once

#include "store/Store.h"
#include "wire/Messages.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace fe::sync {

struct DeviceCredentials;

// A push request ready for the wire: sealed records, the compact JSON, its gzip form and the
// device's signature over the JSON. Built while the previous batch is on the wire.
struct PreparedBatch
{
    QList<OutboxEntry> entries; // in request order (sequence order)
    qint64 requestNumber = 0;
    QByteArray json;
    QByteArray gzip;
    QByteArray signature;

    bool isEmpty() const { return entries.isEmpty(); }
    qint64 firstSeq() const { return entries.isEmpty() ? 0 : entries.first().seq; }
    qint64 lastSeq() const { return entries.isEmpty() ? 0 : entries.last().seq; }
};

struct BatchOptions
{
    std::optional<qint64> pullCursor; // ask for the first page of changes with the answer
    int pullLimit = 0;
    std::optional<wire::DeviceStatus> status;
    int compressionLevel = 6; // gzip of the request
    int payloadCompressionLevel =
        9; // DEFLATE of the sealed payloads (LinkEstimator::payloadCompressionLevel)
};

// The push request for `items`: all payloads sealed together to the central office's key
// (crypto_box_seal after DEFLATE with the shared dictionary, wire/SealedPayload.h), so the batch can be
// neither read nor forged on the way; the request signed with the device's Ed25519 key.
wire::PushRequest pushRequestFor(const QList<OutboxItem>& items, const DeviceCredentials& credentials,
                                 qint64 requestNumber, const BatchOptions& options);
PreparedBatch prepareBatch(const QList<OutboxItem>& items, const DeviceCredentials& credentials,
                           qint64 requestNumber, const BatchOptions& options);

} // namespace fe::sync
