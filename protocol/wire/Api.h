#pragma once

#include <QByteArray>

namespace fe::wire {

// Paths and headers of the protocol (docs/PROTOCOL.md). Paths keep /api/v1: the message version
// is the "v" every body carries (wire::kProtocolVersion).
inline constexpr char kPathHealth[] = "/api/v1/health";
inline constexpr char kPathEnrol[] = "/api/v1/enrol";
inline constexpr char kPathPush[] = "/api/v1/push";
inline constexpr char kPathPull[] = "/api/v1/pull";
inline constexpr char kPathManifest[] = "/api/v1/manifest";
inline constexpr char kPathFleet[] = "/api/v1/fleet";
inline constexpr char kPathFlags[] = "/api/v1/flags";
inline constexpr char kPathMembers[] = "/api/v1/members";

// Detached Ed25519 signature (base64) of the uncompressed request body by the device key.
inline constexpr char kSignatureHeader[] = "X-FE-Signature";

// Device tokens are "d.<device id>.<secret>", supervisor tokens "s.<supervisor id>.<secret>"; both
// travel as "Authorization: Bearer <token>".
inline constexpr char kDeviceTokenPrefix[] = "d.";
inline constexpr char kSupervisorTokenPrefix[] = "s.";

// Base64 signature header value for a request body, and its check.
QByteArray signatureHeader(const QByteArray& body, const QByteArray& deviceSignSecretKey);
bool verifySignatureHeader(const QByteArray& body, const QByteArray& headerValue,
                           const QByteArray& deviceSignPublicKey);

} // namespace fe::wire
