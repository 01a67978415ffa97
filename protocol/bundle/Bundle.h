#pragma once

#include "common/Result.h"

#include <QByteArray>

namespace fe::bundle {

// Files carried on a USB stick when a device has no network at all (docs/PROTOCOL.md, "Bundles").
//
// Bundle (device -> central office):
//   "FEBNDL01" (8 bytes) | Ed25519 signature by the device key (64 bytes) | gzip(body)
//   body = a push request (wire::PushRequest JSON) exactly as POST /api/v1/push would carry it; the
//   signature covers the uncompressed body bytes, as the X-FE-Signature header of a push does.
// Acknowledgement (central office -> device):
//   "FEACK001" (8 bytes) | Ed25519 signature by the central office's signing key (64 bytes) | gzip(ack)
//   ack = {"v":2,"dev":<device id>,"bundle":<SHA-256 hex of the bundle body>,"hw":...,"now":...,
//          "r":[per-entry results as in a push response]}
inline constexpr char kBundleMagic[] = "FEBNDL01";
inline constexpr char kAckMagic[] = "FEACK001";
inline constexpr qsizetype kMagicBytes = 8;
inline constexpr qsizetype kMaxBundleBodyBytes = 256 * 1024 * 1024;

struct SignedFile
{
    QByteArray signature;
    QByteArray body; // uncompressed
};

QByteArray writeBundle(const QByteArray& pushRequestBody, const QByteArray& deviceSignSecretKey);
QByteArray writeAck(const QByteArray& ackBody, const QByteArray& serverSignSecretKey);

// Checks the magic, decompresses with a size limit and returns signature and body; the caller
// verifies the signature against the key it trusts. Errors: bundle.not_a_bundle, bundle.damaged,
// bundle.too_large.
Result<SignedFile> readBundle(const QByteArray& file, qsizetype maxBody = kMaxBundleBodyBytes);
Result<SignedFile> readAck(const QByteArray& file, qsizetype maxBody = kMaxBundleBodyBytes);

} // namespace fe::bundle
