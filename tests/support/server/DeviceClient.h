#pragma once

#include "crypto/Crypto.h"
#include "wire/Messages.h"

#include <QByteArray>
#include <QString>

#include <map>
#include <memory>
#include <string>

namespace httplib {
class Client;
}

namespace fe::test {

struct HttpReply
{
    int status = 0;         // 0: no response (connection failed)
    QString transportError; // why there was no response
    QByteArray body;
    std::multimap<std::string, std::string> headers;
    QString errorCode() const; // "error.code" of an error body
    QString header(const char* name) const;
};

// The credentials a device holds after enrolment.
struct EnrolledDevice
{
    QString id;
    QString token;
    QString country;
    QString district;
    QByteArray serverBoxKey;
    QByteArray serverSignKey;
    crypto::KeyPair signKeys;
    qint64 nextRequest = 1;
};

// A device (or supervisor, or attacker) speaking the current protocol version over HTTP to 127.0.0.1:port, on
// one kept-alive connection.
class DeviceClient
{
public:
    explicit DeviceClient(int port);
    ~DeviceClient();

    HttpReply get(const QString& pathAndQuery, const QString& token = {});
    HttpReply post(const QString& path, const QByteArray& body, const QString& token = {},
                   const std::multimap<std::string, std::string>& headers = {}, bool gzip = false);

    // Enrols with a code; CHECKs nothing: look at the reply (201 and a decodable body on success).
    HttpReply enrol(const QString& code, EnrolledDevice* device,
                    const QString& name = QStringLiteral("Test tablet"));
    // Builds, signs and sends a push (gzip) of `entries` with a status report.
    HttpReply push(EnrolledDevice& device, const QList<wire::PushEntry>& entries,
                   std::optional<qint64> pullCursor = std::nullopt);
    // Sends an exact body with the device's signature (or `signature` when given).
    HttpReply pushBody(const EnrolledDevice& device, const QByteArray& body, const QByteArray& signature = {},
                       bool gzip = true);
    // The request a device would send: entries' payloads sealed together to the central office.
    wire::PushRequest request(EnrolledDevice& device, const QList<wire::PushEntry>& entries,
                              std::optional<qint64> pullCursor = std::nullopt);

private:
    std::unique_ptr<httplib::Client> m_client;
};

} // namespace fe::test
