#include "wire/Compression.h"

#include <zlib.h>

#include <algorithm>

namespace fe::wire {
namespace {

constexpr int kGzipWindowBits = 15 + 16; // 16: gzip header instead of zlib's
constexpr int kRawWindowBits = -15;      // negative: raw deflate, no header

QByteArray deflateWith(const QByteArray& data, int windowBits, int level, const QByteArray& dictionary)
{
    z_stream zs{};
    if (deflateInit2(&zs, level, Z_DEFLATED, windowBits, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    if (!dictionary.isEmpty())
        deflateSetDictionary(&zs, reinterpret_cast<const Bytef*>(dictionary.constData()),
                             static_cast<uInt>(dictionary.size()));
    QByteArray out(static_cast<qsizetype>(deflateBound(&zs, static_cast<uLong>(data.size()))) + 32, '\0');
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    zs.avail_in = static_cast<uInt>(data.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    const auto written = static_cast<qsizetype>(zs.total_out);
    deflateEnd(&zs);
    if (rc != Z_STREAM_END)
        return {};
    out.truncate(written);
    return out;
}

std::optional<QByteArray> inflateWith(const QByteArray& data, int windowBits, const QByteArray& dictionary,
                                      qsizetype maxOutput, bool* tooLarge = nullptr)
{
    if (tooLarge)
        *tooLarge = false;
    z_stream zs{};
    if (inflateInit2(&zs, windowBits) != Z_OK)
        return std::nullopt;
    if (!dictionary.isEmpty() && windowBits < 0)
        inflateSetDictionary(&zs, reinterpret_cast<const Bytef*>(dictionary.constData()),
                             static_cast<uInt>(dictionary.size()));
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    zs.avail_in = static_cast<uInt>(data.size());
    QByteArray out;
    out.reserve(std::min<qsizetype>(maxOutput + 1, std::max<qsizetype>(data.size() * 4, 4096)));
    char chunk[16384];
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        zs.next_out = reinterpret_cast<Bytef*>(chunk);
        zs.avail_out = sizeof chunk;
        rc = inflate(&zs, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&zs);
            return std::nullopt;
        }
        out.append(chunk, static_cast<qsizetype>(sizeof chunk - zs.avail_out));
        if (out.size() > maxOutput || (rc == Z_OK && zs.avail_in == 0 && zs.avail_out != 0)) {
            // Too large, or the input ended before the stream did (truncated).
            if (tooLarge)
                *tooLarge = out.size() > maxOutput;
            inflateEnd(&zs);
            return std::nullopt;
        }
    }
    // Bytes after the end of the stream mean the input is not what it claims to be.
    const bool trailing = zs.avail_in != 0;
    inflateEnd(&zs);
    if (trailing)
        return std::nullopt;
    return out;
}

} // namespace

QByteArray gzipCompress(const QByteArray& data, int level)
{
    return deflateWith(data, kGzipWindowBits, level, {});
}

std::optional<QByteArray> gzipDecompress(const QByteArray& data, qsizetype maxOutput, bool* tooLarge)
{
    return inflateWith(data, kGzipWindowBits, {}, maxOutput, tooLarge);
}

bool looksLikeGzip(const QByteArray& data)
{
    return data.size() >= 18 && static_cast<unsigned char>(data[0]) == 0x1f &&
           static_cast<unsigned char>(data[1]) == 0x8b;
}

QByteArray deflateWithDictionary(const QByteArray& data, const QByteArray& dictionary, int level)
{
    return deflateWith(data, kRawWindowBits, std::clamp(level, 1, 9), dictionary);
}

std::optional<QByteArray> inflateWithDictionary(const QByteArray& data, const QByteArray& dictionary,
                                                qsizetype maxOutput)
{
    return inflateWith(data, kRawWindowBits, dictionary, maxOutput);
}

} // namespace fe::wire
