#pragma once

#include "common/Result.h"

#include <QByteArray>

namespace fe::wire {

// A record payload as it travels and sits in outboxes and bundles:
//   crypto_box_seal(format byte || body, central office X25519 public key)
// format 1: body = raw DEFLATE of the compact JSON with the preset dictionary below (kDictionaryV1);
// format 0: body = the compact JSON as it is.
// Compressing each record before sealing matters because sealed bytes no longer compress.
inline constexpr char kPayloadFormatPlain = 0;
inline constexpr char kPayloadFormatDeflateV1 = 1;
inline constexpr qsizetype kMaxPlainPayloadBytes = 64 * 1024;

const QByteArray& payloadDictionaryV1();

QByteArray sealPayload(const QByteArray& plainJson, const QByteArray& boxPublicKey);
// Errors: payload.sealed (cannot be opened with this key: foreign or tampered),
// payload.format (unknown format or damaged compression), payload.too_large.
Result<QByteArray> openPayload(const QByteArray& sealed, const QByteArray& boxPublicKey,
                               const QByteArray& boxSecretKey);

} // namespace fe::wire
