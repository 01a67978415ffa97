#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace fe::wire {

// The record payloads of one push request (or bundle) travel sealed together, once per request:
//   crypto_box_seal(format byte || body, central office X25519 public key)
//   frames = for each entry, in request order: 4-byte big-endian length || the compact JSON
// format 1: body = raw DEFLATE of the frames with the preset dictionary below (kDictionaryV1);
// format 0: body = the frames as they are.
// One seal per request means one X25519 exchange per request on both sides, and compressing the
// frames together lets DEFLATE use what neighbouring records share (sealed bytes no longer compress).
inline constexpr char kBatchFormatPlain = 0;
inline constexpr char kBatchFormatDeflateV1 = 1;
inline constexpr qsizetype kMaxPlainPayloadBytes = 64 * 1024;
inline constexpr qsizetype kFrameHeaderBytes = 4;

const QByteArray& payloadDictionaryV1();

// `compressionLevel` (zlib's 1-9) trades the device's CPU for bytes on the wire; the central office
// opens every level the same way.
QByteArray sealBatch(const QList<QByteArray>& plainPayloads, const QByteArray& boxPublicKey,
                     int compressionLevel = 9);
// The `count` plain payloads of a sealed batch, in order. Errors (they concern every entry):
// payload.sealed (cannot be opened with this key: foreign or tampered), payload.format (unknown
// format, damaged compression, or not exactly `count` frames). A frame above kMaxPlainPayloadBytes
// is returned as it is: the caller refuses that entry alone (payload.too_large).
Result<QList<QByteArray>> openBatch(const QByteArray& sealed, qsizetype count, const QByteArray& boxPublicKey,
                                    const QByteArray& boxSecretKey);

// The frames as sealBatch writes them before compression (exposed for tests and the fuzz target).
QByteArray frameBatch(const QList<QByteArray>& plainPayloads);
std::optional<QList<QByteArray>> unframeBatch(const QByteArray& frames, qsizetype count);

} // namespace fe::wire
