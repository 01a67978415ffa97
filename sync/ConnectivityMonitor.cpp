#include "ConnectivityMonitor.h"

#include "Backoff.h"
#include "HttpClient.h"
#include "NetworkJob.h"
#include "wire/Api.h"

#include <QNetworkInformation>

namespace fe::sync {

QString policyName(NetworkPolicy policy)
{
    switch (policy) {
    case NetworkPolicy::Offline:
        return QStringLiteral("offline");
    case NetworkPolicy::Metered:
        return QStringLiteral("metered");
    case NetworkPolicy::Online:
        return QStringLiteral("online");
    }
    return {};
}

ConnectivityMonitor::ConnectivityMonitor(HttpClient& http, const SyncConfig& config, QObject* parent)
    : QObject(parent), m_http(http), m_config(config),
      m_random(config.jitterSeed ? config.jitterSeed : QRandomGenerator::global()->generate())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectivityMonitor::probeNow);
}

void ConnectivityMonitor::start()
{
    m_running = true;
    // The system's view is a hint only: without a backend the probe alone decides.
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        if (QNetworkInformation* info = QNetworkInformation::instance()) {
            m_systemBackend = true;
            connect(info, &QNetworkInformation::reachabilityChanged, this,
                    &ConnectivityMonitor::onSystemChange);
            connect(info, &QNetworkInformation::isMeteredChanged, this, &ConnectivityMonitor::onSystemChange);
            m_systemOffline = info->reachability() == QNetworkInformation::Reachability::Disconnected;
            m_metered = info->isMetered();
        }
    }
    probeNow();
}

void ConnectivityMonitor::stop()
{
    m_running = false;
    m_timer.stop();
    if (m_probe)
        m_probe->abort();
}

void ConnectivityMonitor::onSystemChange()
{
    QNetworkInformation* info = QNetworkInformation::instance();
    if (!info)
        return;
    m_systemOffline = info->reachability() == QNetworkInformation::Reachability::Disconnected;
    m_metered = info->isMetered();
    if (m_systemOffline)
        update(false);
    else
        probeNow(); // a link appeared or changed: ask the central office now, not after the back-off
}

void ConnectivityMonitor::probeNow()
{
    if (!m_running || m_probe)
        return;
    m_timer.stop();
    if (m_systemOffline) {
        update(false);
        return;
    }
    m_probe = m_http.get(QString::fromLatin1(wire::kPathHealth));
    connect(m_probe, &NetworkJob::finished, this, &ConnectivityMonitor::onProbeFinished);
}

void ConnectivityMonitor::onProbeFinished(NetworkJob* job)
{
    job->deleteLater();
    m_probe = nullptr;
    const bool reachable = job->result().outcome == JobOutcome::Ok;
    m_failures = reachable ? 0 : m_failures + 1;
    update(reachable);
    if (!m_running)
        return;
    // Healthy: look again at the auto-sync interval. Failing: sooner, then less and less often.
    m_timer.start(static_cast<int>(
        reachable ? m_config.autoSyncIntervalMs
                  : backoffDelayMs(m_failures, m_config.probeBaseMs, m_config.probeMaxMs, m_random)));
}

void ConnectivityMonitor::update(bool reachable)
{
    const NetworkPolicy policy =
        !reachable ? NetworkPolicy::Offline : (m_metered ? NetworkPolicy::Metered : NetworkPolicy::Online);
    if (policy == m_policy)
        return;
    m_policy = policy;
    Q_EMIT policyChanged(policy);
}

} // namespace fe::sync
