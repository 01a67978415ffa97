#pragma once

#include "SyncConfig.h"

#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

namespace fe::sync {

class HttpClient;
class NetworkJob;

// What the link allows, as the engine decides on automatic syncs.
enum class NetworkPolicy {
    Offline, // no network, or the central office does not answer
    Metered, // reachable over a link the operator pays per byte for (mobile data)
    Online,  // reachable over an unmetered link
};

QString policyName(NetworkPolicy policy); // "offline" / "metered" / "online"

// Connectivity as the engine needs it: the operating system's view (QNetworkInformation, when a
// backend loads — it may not, e.g. without D-Bus) combined with a probe of the central office's
// health endpoint. While the probe fails it is repeated with a growing back-off; a change reported
// by the system triggers a probe at once.
class ConnectivityMonitor : public QObject
{
    Q_OBJECT
public:
    ConnectivityMonitor(HttpClient& http, const SyncConfig& config, QObject* parent = nullptr);

    void start();
    void stop();
    void probeNow();
    NetworkPolicy policy() const { return m_policy; }
    bool hasSystemBackend() const { return m_systemBackend; }

Q_SIGNALS:
    void policyChanged(fe::sync::NetworkPolicy policy);

private:
    void onSystemChange();
    void onProbeFinished(NetworkJob* job);
    void update(bool reachable);

    HttpClient& m_http;
    SyncConfig m_config;
    QTimer m_timer;
    QRandomGenerator m_random;
    QPointer<NetworkJob> m_probe;
    NetworkPolicy m_policy = NetworkPolicy::Offline;
    bool m_systemBackend = false;
    bool m_systemOffline = false;
    bool m_metered = false;
    int m_failures = 0;
    bool m_running = false;
};

} // namespace fe::sync
