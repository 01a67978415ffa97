#pragma once

#include <QByteArray>

#include <optional>

namespace fe::wire {

// gzip (RFC 1952) for request and response bodies and bundle files.
QByteArray gzipCompress(const QByteArray& data, int level = 6);
// nullopt when the input is not valid gzip or would inflate beyond maxOutput bytes (a "zip bomb"
// stops after maxOutput + 1 bytes, never allocating more).
std::optional<QByteArray> gzipDecompress(const QByteArray& data, qsizetype maxOutput,
                                         bool* tooLarge = nullptr);
bool looksLikeGzip(const QByteArray& data);

// Raw DEFLATE (RFC 1951) with a preset dictionary: record payloads are compressed one by one before
// sealing, and a dictionary of the JSON they share makes a ~1 KiB member a few hundred bytes.
// `level`: zlib's 1-9; any level inflates the same way.
QByteArray deflateWithDictionary(const QByteArray& data, const QByteArray& dictionary, int level = 9);
std::optional<QByteArray> inflateWithDictionary(const QByteArray& data, const QByteArray& dictionary,
                                                qsizetype maxOutput);

} // namespace fe::wire
