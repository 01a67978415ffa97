#include "http/HttpService.h"

#include "central/ApiError.h"
#include "central/Auth.h"
#include "central/Enrolment.h"
#include "central/Log.h"
#include "central/Pull.h"
#include "central/Push.h"
#include "central/Supervision.h"
#include "db/Migrations.h"
#include "http/ResponseCompression.h"
#include "wire/Api.h"
#include "wire/Messages.h"

#include <QElapsedTimer>
#include <QJsonDocument>

#include <httplib.h>

#include <chrono>
#include <cstdio>

#include <sys/socket.h>

namespace fe::central {
namespace {

void sendJson(httplib::Response& res, int status, const QByteArray& body)
{
    res.status = status;
    res.set_content(body.constData(), static_cast<size_t>(body.size()), kJsonContentType);
}

void sendError(httplib::Response& res, const ApiError& e)
{
    if (e.retryAfterSeconds > 0)
        res.set_header("Retry-After", std::to_string(e.retryAfterSeconds));
    sendJson(res, e.status, wire::encode(wire::ErrorBody{e.error, e.seq}));
}

ApiError error(int status, const char* code, const QString& message, const QString& field = {})
{
    return {status, {QString::fromLatin1(code), message, field}};
}

QByteArray header(const httplib::Request& req, const char* name)
{
    return QByteArray::fromStdString(req.get_header_value(name));
}

QString param(const httplib::Request& req, const char* name)
{
    return req.has_param(name) ? QString::fromStdString(req.get_param_value(name)) : QString();
}

qint64 integerParam(const httplib::Request& req, const char* name, qint64 fallback, qint64 max)
{
    if (!req.has_param(name))
        return fallback;
    bool ok = false;
    const qint64 v = QString::fromStdString(req.get_param_value(name)).toLongLong(&ok);
    if (!ok || v < 0 || v > max)
        throw error(
            400, "request.malformed",
            HttpService::tr("The parameter \"%1\" is not a valid number.").arg(QString::fromLatin1(name)),
            QString::fromLatin1(name));
    return v;
}

QJsonObject jsonObject(const QByteArray& body)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        throw error(400, "request.malformed", HttpService::tr("The request body is not a JSON object."));
    return doc.object();
}

} // namespace

HttpService::HttpService(Central& central, HttpConfig config)
    : m_central(central), m_config(std::move(config)),
      m_deviceLimiter(central.config().rateBurst, central.config().ratePerSecond),
      m_enrolLimiter(central.config().enrolBurst, central.config().enrolPerSecond),
      m_pushSlots(m_config.pushWorkers)
{
    if (!m_config.tlsCertificate.isEmpty())
        m_server = std::make_unique<httplib::SSLServer>(m_config.tlsCertificate.toLocal8Bit().constData(),
                                                        m_config.tlsKey.toLocal8Bit().constData());
    else
        m_server = std::make_unique<httplib::Server>();
    const size_t threads = static_cast<size_t>(std::max(2, m_config.threads));
    m_server->new_task_queue = [threads] {
        return new httplib::ThreadPool(threads);
    };
    m_server->set_tcp_nodelay(true);
    // Debian's cpp-httplib is a compiled library that listens with a backlog of 5: with more
    // devices connecting together, the kernel drops the handshakes' last step and a device's first
    // request fails on a connection it believed open. The listening socket is kept to enlarge it.
    m_server->set_socket_options([this](int socket) {
        httplib::default_socket_options(socket);
        m_listenSocket = socket;
    });
    m_server->set_read_timeout(m_config.readTimeoutSeconds, 0);
    m_server->set_write_timeout(m_config.writeTimeoutSeconds, 0);
    m_server->set_keep_alive_timeout(m_config.keepAliveSeconds);
    m_server->set_keep_alive_max_count(static_cast<size_t>(m_config.keepAliveMaxRequests));
    // Declared lengths above the limit are refused (413) before the body is read; bodies without a
    // length, and what gzip inflates to, are capped while reading (see readBody).
    m_server->set_payload_max_length(static_cast<size_t>(m_central.config().maxBodyBytes));
    m_server->set_error_handler(httplib::Server::HandlerWithResponse([](const httplib::Request&,
                                                                        httplib::Response& res) {
        if (!res.body.empty())
            return httplib::Server::HandlerResponse::Unhandled;
        switch (res.status) {
        case 404:
            sendError(res, error(404, "request.not_found", tr("There is no such endpoint.")));
            break;
        case 413:
            sendError(res, error(413, "request.too_large", tr("The request body is larger than allowed.")));
            break;
        case 415:
            sendError(res, error(415, "request.encoding",
                                 tr("Only gzip-compressed or plain bodies are accepted.")));
            break;
        default:
            sendError(res, error(res.status, "request.invalid", tr("The request is not valid HTTP.")));
            break;
        }
        return httplib::Server::HandlerResponse::Handled;
    }));
    m_server->set_post_routing_handler(compressResponse);
    m_server->set_logger([](const httplib::Request& req, const httplib::Response& res) {
        if (res.status >= 500)
            logEvent("error", QStringLiteral("http"),
                     {{QLatin1String("method"), QString::fromStdString(req.method)},
                      {QLatin1String("path"), QString::fromStdString(req.path)},
                      {QLatin1String("status"), res.status}});
    });
    routes();
}

HttpService::~HttpService() = default;

Result<int> HttpService::bind()
{
    const std::string host = m_config.host.toStdString();
    int port = m_config.port;
    if (port == 0) {
        port = m_server->bind_to_any_port(host);
        if (port < 0)
            port = 0;
    } else if (!m_server->bind_to_port(host, port)) {
        port = 0;
    }
    if (port > 0 && m_listenSocket >= 0)
        ::listen(m_listenSocket, m_config.listenBacklog); // a second listen() only resizes the queue
    if (port <= 0 || !m_server->is_valid())
        return Error{
            QStringLiteral("serve.bind"),
            tr("Cannot listen on %1:%2 (in use, or not allowed).").arg(m_config.host).arg(m_config.port),
            {}};
    return port;
}

void HttpService::run()
{
    m_server->listen_after_bind();
}

void HttpService::stop()
{
    m_server->stop();
}

template <typename Handler>
void HttpService::guarded(const httplib::Request& req, httplib::Response& res, Handler&& handler)
{
    try {
        handler();
    } catch (const ApiError& e) {
        sendError(res, e);
    } catch (const db::Failure& f) {
        logEvent(
            "error", QStringLiteral("database"),
            {{QLatin1String("path"), QString::fromStdString(req.path)}, {QLatin1String("detail"), f.detail}});
        if (f.kind == db::Failure::Kind::Unavailable || f.kind == db::Failure::Kind::Retry)
            sendError(res, {503,
                            {QStringLiteral("service.unavailable"),
                             tr("The central office cannot reach its database just now. Try again shortly."),
                             {}},
                            0,
                            5});
        else
            sendError(res,
                      error(500, "service.error", tr("The central office failed to process the request.")));
    } catch (const std::exception& e) {
        logEvent("error", QStringLiteral("exception"),
                 {{QLatin1String("path"), QString::fromStdString(req.path)},
                  {QLatin1String("what"), QString::fromUtf8(e.what())}});
        sendError(res, error(500, "service.error", tr("The central office failed to process the request.")));
    }
}

void HttpService::routes()
{
    httplib::Server& s = *m_server;
    const qint64 maxInflated = m_central.config().maxInflatedBytes;

    // Reads the whole body (inflated by httplib when Content-Encoding: gzip), refusing more than
    // the limit however the sender framed it.
    // The body is always read first, even for a request about to be refused, so the kept-alive
    // connection stays in step for the client's next request.
    const auto readBody = [maxInflated](const httplib::ContentReader& reader, const httplib::Response& res) {
        QByteArray body;
        bool tooLarge = false;
        const bool complete = reader([&](const char* data, size_t length) {
            if (body.size() + static_cast<qint64>(length) > maxInflated) {
                tooLarge = true;
                return false;
            }
            body.append(data, static_cast<qsizetype>(length));
            return true;
        });
        if (tooLarge || res.status == 413) // inflated beyond the limit / declared beyond it
            throw error(413, "request.too_large", tr("The request body is larger than allowed."));
        if (!complete)
            throw error(400, "request.body",
                        tr("The request body could not be read (cut short or badly compressed)."));
        return body;
    };

    const auto limitDevice = [this](const QString& deviceId) {
        if (const int wait = m_deviceLimiter.take(deviceId, m_central.nowMs()))
            throw ApiError{429,
                           {QStringLiteral("rate.limited"),
                            tr("Too many requests from this device. Wait and retry."),
                            {}},
                           0,
                           wait};
    };

    s.Get(wire::kPathHealth, [this](const httplib::Request& req, httplib::Response& res) {
        guarded(req, res, [&] {
            int schema = 0;
            m_central.db().read([&](db::Connection& c) { schema = db::schemaVersion(c); });
            sendJson(res, 200,
                     QJsonDocument(QJsonObject{{QLatin1String("status"), QStringLiteral("ok")},
                                               {QLatin1String("version"), QStringLiteral(FIELDENROL_VERSION)},
                                               {QLatin1String("protocol"), wire::kProtocolVersion},
                                               {QLatin1String("schema"), schema},
                                               {QLatin1String("database"),
                                                m_central.db().dialect() == db::Dialect::Sqlite
                                                    ? QStringLiteral("sqlite")
                                                    : QStringLiteral("postgresql")},
                                               {QLatin1String("now"), m_central.nowMs()}})
                         .toJson(QJsonDocument::Compact));
        });
    });

    s.Post(wire::kPathEnrol, [this, readBody](const httplib::Request& req, httplib::Response& res,
                                              const httplib::ContentReader& reader) {
        guarded(req, res, [&] {
            const QByteArray body = readBody(reader, res);
            if (const int wait = m_enrolLimiter.take(QStringLiteral("enrol"), m_central.nowMs()))
                throw ApiError{
                    429,
                    {QStringLiteral("rate.limited"), tr("Too many enrolment attempts. Wait and retry."), {}},
                    0,
                    wait};
            const auto request = wire::decodeEnrolRequest(body, m_central.config().limits);
            if (!request.ok())
                throw ApiError{400, request.error()};
            sendJson(res, 201, wire::encode(Enrolment(m_central).enrol(request.value())));
        });
    });

    s.Post(wire::kPathPush, [this, readBody, limitDevice](const httplib::Request& req, httplib::Response& res,
                                                          const httplib::ContentReader& reader) {
        guarded(req, res, [&] {
            const QByteArray body = readBody(reader, res);
            // The service's own time for the request, so a device can tell its link from this
            // office's work (LinkEstimator: how hard to compress).
            const auto received = std::chrono::steady_clock::now();
            const DeviceIdentity device = Auth(m_central).device(header(req, "Authorization"));
            limitDevice(device.id);
            if (!wire::verifySignatureHeader(body, header(req, wire::kSignatureHeader), device.signPublicKey))
                throw error(401, "auth.signature",
                            tr("The batch is not signed with this device's key (header %1).")
                                .arg(QLatin1String(wire::kSignatureHeader)));
            const WorkSlots::Held slot(m_pushSlots);
            const auto request = wire::decodePushRequest(body, m_central.config().limits);
            if (!request.ok())
                throw ApiError{request.error().code == QLatin1String("request.too_many") ? 413 : 400,
                               request.error()};
            wire::PushResponse response = Push(m_central).push(device, request.value());
            if (request.value().pullCursor)
                response.pull =
                    Pull(m_central).changes(device, *request.value().pullCursor, request.value().pullLimit);
            sendJson(res, 200, wire::encode(response));
            const std::chrono::duration<double, std::milli> spent =
                std::chrono::steady_clock::now() - received;
            char timing[48];
            std::snprintf(timing, sizeof timing, "app;dur=%.1f", spent.count());
            res.set_header("Server-Timing", timing);
        });
    });

    s.Get(wire::kPathPull, [this, limitDevice](const httplib::Request& req, httplib::Response& res) {
        guarded(req, res, [&] {
            const DeviceIdentity device = Auth(m_central).device(header(req, "Authorization"));
            limitDevice(device.id);
            const QString district = param(req, "district");
            if (!district.isEmpty() && district != device.district)
                throw error(403, "district.forbidden", tr("This device may only read its own district."),
                            QStringLiteral("district"));
            const qint64 cursor = integerParam(req, "cursor", 0, 9007199254740991LL);
            const int limit =
                static_cast<int>(integerParam(req, "limit", 0, m_central.config().limits.maxPullLimit));
            sendJson(res, 200, wire::encode(Pull(m_central).changes(device, cursor, limit)));
        });
    });

    s.Post(wire::kPathManifest,
           [this, readBody, limitDevice](const httplib::Request& req, httplib::Response& res,
                                         const httplib::ContentReader& reader) {
               guarded(req, res, [&] {
                   const QByteArray body = readBody(reader, res);
                   const DeviceIdentity device = Auth(m_central).device(header(req, "Authorization"));
                   limitDevice(device.id);
                   const auto request = wire::decodeManifestRequest(body, m_central.config().limits);
                   if (!request.ok())
                       throw ApiError{400, request.error()};
                   sendJson(res, 200, wire::encode(Pull(m_central).manifest(device, request.value())));
               });
           });

    s.Get(wire::kPathFleet, [this](const httplib::Request& req, httplib::Response& res) {
        guarded(req, res, [&] {
            const SupervisorIdentity supervisor = Auth(m_central).supervisor(header(req, "Authorization"));
            sendJson(res, 200,
                     QJsonDocument(Supervision(m_central).fleet(supervisor, param(req, "district")))
                         .toJson(QJsonDocument::Compact));
        });
    });

    s.Get(wire::kPathFlags, [this](const httplib::Request& req, httplib::Response& res) {
        guarded(req, res, [&] {
            const SupervisorIdentity supervisor = Auth(m_central).supervisor(header(req, "Authorization"));
            sendJson(res, 200,
                     QJsonDocument(Supervision(m_central).flags(supervisor, param(req, "district"),
                                                                param(req, "state")))
                         .toJson(QJsonDocument::Compact));
        });
    });

    s.Post(R"(/api/v1/flags/(\d{1,15})/resolve)", [this, readBody](const httplib::Request& req,
                                                                   httplib::Response& res,
                                                                   const httplib::ContentReader& reader) {
        guarded(req, res, [&] {
            const QByteArray raw = readBody(reader, res);
            const SupervisorIdentity supervisor = Auth(m_central).supervisor(header(req, "Authorization"));
            const QJsonObject body = jsonObject(raw);
            const qint64 id = QString::fromStdString(req.matches[1].str()).toLongLong();
            sendJson(res, 200,
                     QJsonDocument(Supervision(m_central).resolveFlag(supervisor, id, body))
                         .toJson(QJsonDocument::Compact));
        });
    });

    s.Post(R"(/api/v1/members/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/corrections)",
           [this, readBody](const httplib::Request& req, httplib::Response& res,
                            const httplib::ContentReader& reader) {
               guarded(req, res, [&] {
                   const QByteArray raw = readBody(reader, res);
                   const SupervisorIdentity supervisor =
                       Auth(m_central).supervisor(header(req, "Authorization"));
                   const QJsonObject body = jsonObject(raw);
                   const QString id = QString::fromStdString(req.matches[1].str());
                   sendJson(res, 200,
                            QJsonDocument(Supervision(m_central).correctMember(supervisor, id, body))
                                .toJson(QJsonDocument::Compact));
               });
           });
}

} // namespace fe::central
