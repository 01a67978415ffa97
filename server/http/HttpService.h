#pragma once

#include "central/Central.h"
#include "central/RateLimiter.h"
#include "common/Result.h"
#include "http/WorkSlots.h"

#include <QString>

#include <memory>

namespace httplib {
class Server;
struct Request;
struct Response;
} // namespace httplib

namespace fe::central {

struct HttpConfig
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 8080; // 0: any free port (see HttpService::bind)
    // One worker per open connection: a kept-alive connection holds its worker while it waits for
    // the next request, so this is the number of devices that can be connected at once.
    int threads = 256;
    int readTimeoutSeconds = 20;
    int writeTimeoutSeconds = 20;
    int keepAliveSeconds = 15;
    int keepAliveMaxRequests = 1000;
    // Connections the kernel completes before the service accepts them: a fleet reconnecting at
    // once (after a restart of the service, or a district's link coming back) arrives together.
    int listenBacklog = 1024;
    // Pushes opened, validated and applied at once; the others wait with only their (compressed)
    // body in memory. Bounds memory with many devices sending 1,000-record batches together, and
    // keeps the CPU on a few batches instead of spreading it over hundreds.
    int pushWorkers = 4;
    QString tlsCertificate; // PEM; both set: TLS in process, otherwise plain HTTP behind a proxy
    QString tlsKey;
};

// The /api/v1 HTTP/JSON interface (docs/PROTOCOL.md) on cpp-httplib. Every handler turns bad input
// into a 4xx with a machine-readable body; database outages become 503 with Retry-After.
class HttpService
{
    Q_DECLARE_TR_FUNCTIONS(HttpService)
public:
    HttpService(Central& central, HttpConfig config);
    ~HttpService();

    // Binds the listening socket; returns the port (useful with port 0).
    Result<int> bind();
    // Serves until stop() (from any thread).
    void run();
    void stop();

private:
    void routes();
    template <typename Handler>
    void guarded(const httplib::Request& req, httplib::Response& res, Handler&& handler);

    Central& m_central;
    HttpConfig m_config;
    std::unique_ptr<httplib::Server> m_server;
    RateLimiter m_deviceLimiter;
    RateLimiter m_enrolLimiter;
    WorkSlots m_pushSlots;
    int m_listenSocket = -1;
};

} // namespace fe::central
