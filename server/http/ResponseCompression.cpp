#include "http/ResponseCompression.h"

#include "wire/Compression.h"

#include <QByteArray>

#include <brotli/encode.h>
#include <httplib.h>

#include <algorithm>
#include <string>

namespace fe::central {
namespace {

constexpr size_t kMinCompressedBody = 512; // below this the framing costs more than it saves
// Quality 2: on push answers (results and a pull page) as small as quality 5 (-2 % at 1,000
// entries, +3 % at 100) for a third of the CPU, and without quality 5's hash tables, which a
// worker thread allocates fresh for every answer: on this VM the page faults alone were ~3 ms of
// an incremental sync's 27 ms of central office CPU.
constexpr int kBrotliQuality = 2;

// Whether the Accept-Encoding list names `coding` (any q-value other than an explicit "q=0").
bool accepts(const std::string& acceptEncoding, const std::string& coding)
{
    size_t at = 0;
    while (at < acceptEncoding.size()) {
        size_t end = acceptEncoding.find(',', at);
        if (end == std::string::npos)
            end = acceptEncoding.size();
        std::string item = acceptEncoding.substr(at, end - at);
        at = end + 1;
        const size_t semicolon = item.find(';');
        std::string name = item.substr(0, semicolon);
        name.erase(0, name.find_first_not_of(" \t"));
        name.erase(name.find_last_not_of(" \t") + 1);
        if (name != coding)
            continue;
        if (semicolon != std::string::npos) {
            std::string params = item.substr(semicolon + 1);
            params.erase(std::remove(params.begin(), params.end(), ' '), params.end());
            if (params == "q=0" || params == "q=0.0" || params == "q=0.00" || params == "q=0.000")
                return false;
        }
        return true;
    }
    return false;
}

std::string brotli(const std::string& body)
{
    size_t size = BrotliEncoderMaxCompressedSize(body.size());
    if (size == 0)
        return {};
    std::string out(size, '\0');
    if (!BrotliEncoderCompress(kBrotliQuality, BROTLI_DEFAULT_WINDOW, BROTLI_MODE_TEXT, body.size(),
                               reinterpret_cast<const uint8_t*>(body.data()), &size,
                               reinterpret_cast<uint8_t*>(out.data())))
        return {};
    out.resize(size);
    return out;
}

std::string gzip(const std::string& body)
{
    const QByteArray out =
        wire::gzipCompress(QByteArray::fromRawData(body.data(), static_cast<qsizetype>(body.size())));
    return out.toStdString();
}

} // namespace

void compressResponse(const httplib::Request& req, httplib::Response& res)
{
    if (res.body.size() < kMinCompressedBody || res.has_header("Content-Encoding"))
        return;
    const std::string acceptEncoding = req.get_header_value("Accept-Encoding");
    std::string compressed;
    const char* coding = nullptr;
    if (accepts(acceptEncoding, "br")) {
        compressed = brotli(res.body);
        coding = "br";
    } else if (accepts(acceptEncoding, "gzip")) {
        compressed = gzip(res.body);
        coding = "gzip";
    }
    if (!coding || compressed.empty() || compressed.size() >= res.body.size())
        return;
    res.body = std::move(compressed);
    // httplib set the length of the plain body before this handler runs.
    res.headers.erase("Content-Length");
    res.set_header("Content-Length", std::to_string(res.body.size()));
    res.set_header("Content-Encoding", coding);
    res.set_header("Vary", "Accept-Encoding");
}

} // namespace fe::central
