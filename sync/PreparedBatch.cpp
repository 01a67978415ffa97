#include "PreparedBatch.h"

#include "DeviceCredentials.h"
#include "wire/Api.h"
#include "wire/Compression.h"
#include "wire/SealedPayload.h"

namespace fe::sync {

wire::PushRequest pushRequestFor(const QList<OutboxItem>& items, const DeviceCredentials& credentials,
                                 qint64 requestNumber, const BatchOptions& options)
{
    wire::PushRequest request;
    request.deviceId = credentials.deviceId;
    request.requestNumber = requestNumber;
    request.status = options.status;
    request.pullCursor = options.pullCursor;
    request.pullLimit = options.pullLimit;
    request.entries.reserve(items.size());
    for (const OutboxItem& item : items) {
        wire::PushEntry e;
        e.seq = item.entry.seq;
        e.entity = wire::entityFromName(item.entry.entity).value_or(wire::Entity::Member);
        e.op = wire::opFromName(item.entry.op).value_or(wire::Op::Create);
        e.id = item.entry.entityId;
        e.version = item.entry.entityVersion;
        // No payload hash on the wire: the central office hashes what it opens, and the
        // reconciliation manifest compares hashes later. It would cost ~45 bytes per record.
        e.payload = item.payload;
        request.entries.append(std::move(e));
    }
    // One sealed box for all payloads: one X25519 exchange per request, compressed across records.
    wire::sealPayloads(request, credentials.serverBoxPublicKey, options.payloadCompressionLevel);
    return request;
}

PreparedBatch prepareBatch(const QList<OutboxItem>& items, const DeviceCredentials& credentials,
                           qint64 requestNumber, const BatchOptions& options)
{
    PreparedBatch batch;
    batch.requestNumber = requestNumber;
    batch.entries.reserve(items.size());
    for (const OutboxItem& item : items)
        batch.entries.append(item.entry);
    batch.json = wire::encode(pushRequestFor(items, credentials, requestNumber, options));
    batch.gzip = wire::gzipCompress(batch.json, options.compressionLevel);
    batch.signature = wire::signatureHeader(batch.json, credentials.signSecretKey);
    return batch;
}

} // namespace fe::sync
