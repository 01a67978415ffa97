#include "sync/SyncClient.h"

#include <QCoreApplication>

namespace fe {
namespace app {

SyncClient::SyncClient(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<fe::app::SyncOverview>();
    qRegisterMetaType<fe::sync::SyncState>();
    qRegisterMetaType<fe::sync::SyncProgress>();
    qRegisterMetaType<fe::sync::SyncSummary>();
    qRegisterMetaType<fe::Error>();
    m_thread.setObjectName(QStringLiteral("sync"));
    m_worker = new SyncWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);

    connect(m_worker, &SyncWorker::policyChanged, this, [this](sync::NetworkPolicy p) {
        m_policy = p;
        Q_EMIT policyChanged(p);
    });
    connect(m_worker, &SyncWorker::stateChanged, this, [this](sync::SyncState s) {
        m_state = s;
        Q_EMIT stateChanged(s);
    });
    connect(m_worker, &SyncWorker::progressChanged, this, [this](const sync::SyncProgress& p) {
        if (!m_running) {
            // Automatic runs start on their own: the first progress says one is going.
            m_running = true;
            Q_EMIT runStarted();
        }
        m_progress = p;
        Q_EMIT progressChanged(p);
    });
    connect(m_worker, &SyncWorker::runFinished, this, [this](const sync::SyncSummary& summary) {
        m_running = false;
        m_lastRun = summary;
        m_progress = summary.progress;
        Q_EMIT runFinished(summary);
    });
    connect(m_worker, &SyncWorker::overviewChanged, this, [this](const SyncOverview& o) {
        m_overview = o;
        Q_EMIT overviewChanged(o);
    });
    connect(m_worker, &SyncWorker::actionFinished, this, &SyncClient::actionFinished);
    m_thread.start();
}

SyncClient::~SyncClient()
{
    // The engine's network objects belong to the sync thread: they are destroyed there.
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

template <typename F> void SyncClient::post(F&& work)
{
    QMetaObject::invokeMethod(m_worker, std::forward<F>(work), Qt::QueuedConnection);
}

void SyncClient::open(const QString& path, AutoSync autoSync)
{
    const QString version = QCoreApplication::applicationVersion();
    post([w = m_worker, path, version, autoSync] { w->open(path, version, autoSync); });
}

void SyncClient::unlock(const std::shared_ptr<OperatorSession>& session)
{
    post([w = m_worker, session] { w->unlock(session); });
}

void SyncClient::lock()
{
    post([w = m_worker] { w->lock(); });
    if (m_running) {
        // The engine goes with the key: no run will report its end.
        m_running = false;
        sync::SyncSummary summary;
        summary.outcome = sync::SyncOutcome::Cancelled;
        summary.progress = m_progress;
        m_lastRun = summary;
        Q_EMIT runFinished(summary);
    }
}

void SyncClient::close()
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->close(); }, Qt::BlockingQueuedConnection);
    if (m_running) {
        // The engine went with the connection: no run will report its end.
        m_running = false;
        sync::SyncSummary summary;
        summary.outcome = sync::SyncOutcome::Cancelled;
        summary.progress = m_progress;
        m_lastRun = summary;
        Q_EMIT runFinished(summary);
    }
}

void SyncClient::setAutoSync(AutoSync autoSync)
{
    post([w = m_worker, autoSync] { w->setAutoSync(autoSync); });
}

void SyncClient::syncNow()
{
    if (!m_running) {
        m_running = true;
        m_progress = {};
        Q_EMIT runStarted();
    }
    post([w = m_worker] { w->syncNow(); });
}

void SyncClient::cancel()
{
    post([w = m_worker] { w->cancel(); });
}

void SyncClient::retry(const QList<qint64>& seqs, const QString& operatorId)
{
    post([w = m_worker, seqs, operatorId] { w->retry(seqs, operatorId); });
}

void SyncClient::exportBundle(const QString& path)
{
    post([w = m_worker, path] { w->exportBundle(path); });
}

void SyncClient::importAck(const QString& path)
{
    post([w = m_worker, path] { w->importAck(path); });
}

void SyncClient::enrol(const QUrl& server, const QString& caFile, const QString& code,
                       const QString& deviceName)
{
    post([w = m_worker, server, caFile, code, deviceName] { w->enrol(server, caFile, code, deviceName); });
}

void SyncClient::setSupervisorToken(const QString& token)
{
    post([w = m_worker, token] { w->setSupervisorToken(token); });
}

void SyncClient::refresh()
{
    post([w = m_worker] { w->refresh(); });
}

void SyncClient::waitForIdle()
{
    QMetaObject::invokeMethod(
        m_worker, [] {}, Qt::BlockingQueuedConnection);
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    QCoreApplication::processEvents();
}

} // namespace app
} // namespace fe
