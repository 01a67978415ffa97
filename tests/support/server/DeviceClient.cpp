#include "DeviceClient.h"

#include "wire/Api.h"
#include "wire/Compression.h"

#include <QDateTime>

#include <httplib.h>

namespace fe::test {
namespace {

HttpReply toReply(const httplib::Result& result)
{
    HttpReply r;
    if (!result) {
        r.transportError = QString::fromStdString(httplib::to_string(result.error()));
        return r;
    }
    r.status = result->status;
    r.body = QByteArray::fromStdString(result->body);
    for (const auto& [k, v] : result->headers)
        r.headers.emplace(k, v);
    return r;
}

httplib::Headers bearer(const QString& token)
{
    httplib::Headers h;
    if (!token.isEmpty())
        h.emplace("Authorization", "Bearer " + token.toStdString());
    return h;
}

} // namespace

QString HttpReply::errorCode() const
{
    const auto e = wire::decodeErrorBody(body);
    return e.ok() ? e.value().error.code : QString();
}

QString HttpReply::header(const char* name) const
{
    const auto it = headers.find(name);
    return it == headers.end() ? QString() : QString::fromStdString(it->second);
}

DeviceClient::DeviceClient(int port) : m_client(std::make_unique<httplib::Client>("127.0.0.1", port))
{
    m_client->set_keep_alive(true);
    m_client->set_tcp_nodelay(true);
    m_client->set_connection_timeout(10, 0);
    m_client->set_read_timeout(120, 0);
    m_client->set_write_timeout(60, 0);
}

DeviceClient::~DeviceClient() = default;

HttpReply DeviceClient::get(const QString& pathAndQuery, const QString& token)
{
    return toReply(m_client->Get(pathAndQuery.toStdString(), bearer(token)));
}

HttpReply DeviceClient::post(const QString& path, const QByteArray& body, const QString& token,
                             const std::multimap<std::string, std::string>& headers, bool gzip)
{
    httplib::Headers h = bearer(token);
    for (const auto& [k, v] : headers)
        h.emplace(k, v);
    QByteArray sent = body;
    if (gzip) {
        sent = wire::gzipCompress(body);
        h.emplace("Content-Encoding", "gzip");
    }
    return toReply(m_client->Post(path.toStdString(), h, sent.toStdString(), "application/json"));
}

HttpReply DeviceClient::enrol(const QString& code, EnrolledDevice* device, const QString& name)
{
    const crypto::KeyPair keys = crypto::generateSigningKeyPair();
    const HttpReply reply =
        post(QString::fromLatin1(wire::kPathEnrol),
             wire::encode(wire::EnrolRequest{code, keys.publicKey, name, QStringLiteral("0.1.0")}));
    if (reply.status == 201 && device) {
        const auto decoded = wire::decodeEnrolResponse(reply.body);
        if (decoded.ok()) {
            *device = {};
            device->id = decoded.value().deviceId;
            device->token = decoded.value().token;
            device->country = decoded.value().country;
            device->district = decoded.value().district;
            device->serverBoxKey = decoded.value().serverBoxPublicKey;
            device->serverSignKey = decoded.value().serverSignPublicKey;
            device->signKeys = keys;
        }
    }
    return reply;
}

wire::PushRequest DeviceClient::request(EnrolledDevice& device, const QList<wire::PushEntry>& entries,
                                        std::optional<qint64> pullCursor)
{
    wire::PushRequest r;
    r.deviceId = device.id;
    r.requestNumber = device.nextRequest++;
    r.status = wire::DeviceStatus{entries.size(), 60, QStringLiteral("0.1.0"), 5'000'000'000LL,
                                  QDateTime::currentMSecsSinceEpoch()};
    r.pullCursor = pullCursor;
    r.entries = entries;
    wire::sealPayloads(r, device.serverBoxKey);
    return r;
}

HttpReply DeviceClient::push(EnrolledDevice& device, const QList<wire::PushEntry>& entries,
                             std::optional<qint64> pullCursor)
{
    return pushBody(device, wire::encode(request(device, entries, pullCursor)));
}

HttpReply DeviceClient::pushBody(const EnrolledDevice& device, const QByteArray& body,
                                 const QByteArray& signature, bool gzip)
{
    const QByteArray sig =
        signature.isEmpty() ? wire::signatureHeader(body, device.signKeys.secretKey) : signature;
    return post(QString::fromLatin1(wire::kPathPush), body, device.token,
                {{wire::kSignatureHeader, sig.toStdString()}}, gzip);
}

} // namespace fe::test
