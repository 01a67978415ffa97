#pragma once

#include "SyncConfig.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslConfiguration>

namespace fe::sync {

class NetworkJob;

// The engine's HTTP side: one QNetworkAccessManager (so requests share one kept-alive connection),
// TLS that trusts only the configured authority, bearer token, request signature and gzip bodies.
class HttpClient : public QObject
{
    Q_OBJECT
public:
    explicit HttpClient(SyncConfig config, QObject* parent = nullptr);

    // Errors in the configuration itself (an unreadable CA file, https without one, a bad URL).
    Status configurationError() const { return m_configError; }
    const SyncConfig& config() const { return m_config; }
    void setServerUrl(const QUrl& url) { m_config.serverUrl = url; }
    void setToken(const QString& token) { m_token = token; }
    void setSigningKey(const QByteArray& signSecretKey) { m_signKey = signSecretKey; }

    // POST of a JSON body, gzip-compressed; signed with the device key when `sign` is set.
    NetworkJob* post(const char* path, const QByteArray& json, bool sign, int compressionLevel = 6);
    // POST of an already compressed (and possibly signed) body: the engine prepares bodies ahead.
    NetworkJob* postPrepared(const char* path, const QByteArray& gzipBody, const QByteArray& signature);
    NetworkJob* get(const QString& pathAndQuery);
    // Opens the connection the next request will use while the caller still prepares it (the
    // TCP handshake; plain HTTP only, see HttpClient.cpp).
    void preconnect();

private:
    QNetworkRequest request(const QString& pathAndQuery, QString& requestId) const;

    SyncConfig m_config;
    QNetworkAccessManager m_manager;
    QSslConfiguration m_tls;
    Status m_configError;
    QString m_token;
    QByteArray m_signKey;
};

} // namespace fe::sync
