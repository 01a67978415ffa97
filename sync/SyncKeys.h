#pragma once

namespace fe::sync::keys {

// Keys of the store's sync_state table that the engine owns.
inline constexpr char kDeviceId[] = "device.id";
inline constexpr char kToken[] = "device.token";            // secret: moves under the data key
inline constexpr char kSignSecret[] = "device.sign_secret"; // secret: moves under the data key
inline constexpr char kSignPublic[] = "device.sign_public";
inline constexpr char kDistrict[] = "device.district";
inline constexpr char kServerUrl[] = "server.url";
inline constexpr char kServerCaFile[] = "server.ca_file"; // PEM of the only trusted authority
inline constexpr char kServerPin[] = "server.pin";        // base64 SHA-256 of the server key, optional
inline constexpr char kServerBoxKey[] = "server.box_key";
inline constexpr char kServerSignKey[] = "server.sign_key";
inline constexpr char kRequestReserved[] = "push.request_reserved"; // request numbers handed out up to here
inline constexpr char kInflight[] = "push.inflight";                // "first,last" of the batch on the wire
inline constexpr char kHighWater[] = "push.high_water";
inline constexpr char kPullCursor[] = "pull.cursor";
inline constexpr char kLinkFailures[] = "link.failures"; // consecutive transient failures
inline constexpr char kLinkRetryAt[] = "link.retry_at";  // no automatic attempt before (ms)
inline constexpr char kLinkEstimate[] = "link.estimate"; // "measured at (ms),LinkEstimator::remembered()"
inline constexpr char kLastSuccess[] = "sync.last_success";
inline constexpr char kLastReconcile[] = "reconcile.last";
inline constexpr char kBytesSent[] = "sync.bytes_sent";
inline constexpr char kAckPrefix[] = "ack.imported."; // + SHA-256 hex of the bundle body

} // namespace fe::sync::keys
