#include "FaultProxy.h"

#include <QDateTime>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <deque>

#include <sys/socket.h>

namespace fe::test {
namespace {

// Closing with SO_LINGER 0 sends RST instead of FIN: the peer sees "connection reset".
void hardReset(QTcpSocket* socket)
{
    if (!socket)
        return;
    if (socket->socketDescriptor() >= 0) {
        linger l{1, 0};
        ::setsockopt(static_cast<int>(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &l, sizeof l);
    }
    socket->abort();
}

} // namespace

// One client connection and its upstream connection(s), with one ordered, timed queue per direction.
class FaultProxy::Pipe : public QObject
{
public:
    Pipe(FaultProxy& proxy, QTcpSocket* client) : QObject(&proxy), m_proxy(proxy), m_client(client)
    {
        QRandomGenerator& r = proxy.m_random;
        const FaultPlan& p = proxy.m_plan;
        m_plan = p;
        if (p.resetProbability > 0 && r.generateDouble() < p.resetProbability)
            m_resetAt = static_cast<qint64>(r.bounded(static_cast<quint64>(p.resetMaxBytes + 1)));
        if (p.truncateProbability > 0 && r.generateDouble() < p.truncateProbability)
            m_truncateAt = 1 + static_cast<qint64>(r.bounded(static_cast<quint64>(2048)));
        const bool duplicate = p.duplicateProbability > 0 && r.generateDouble() < p.duplicateProbability;

        client->setParent(this);
        // A network path adds no Nagle delays of its own: without this every small write the proxy
        // passes on waits for the previous segment's (delayed, up to 40 ms) acknowledgement.
        client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_upstream = new QTcpSocket(this);
        connect(m_upstream, &QTcpSocket::connected, this,
                [this] { m_upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1); });
        connect(client, &QTcpSocket::readyRead, this, &Pipe::fromClient);
        connect(client, &QTcpSocket::disconnected, this, &Pipe::close);
        connect(m_upstream, &QTcpSocket::readyRead, this, &Pipe::fromServer);
        connect(m_upstream, &QTcpSocket::disconnected, this, &Pipe::upstreamClosed);
        connect(m_upstream, &QTcpSocket::errorOccurred, this, &Pipe::upstreamClosed);
        m_upstream->connectToHost(QHostAddress::LocalHost, proxy.m_upstreamPort);
        if (duplicate) {
            ++proxy.m_duplicates;
            m_shadow = new QTcpSocket(this);
            connect(m_shadow, &QTcpSocket::readyRead, m_shadow, [s = m_shadow] { s->readAll(); });
            m_shadow->connectToHost(QHostAddress::LocalHost, proxy.m_upstreamPort);
        }
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &Pipe::deliver);
    }

    void close()
    {
        if (m_closed)
            return;
        m_closed = true;
        m_timer.stop();
        if (m_client)
            m_client->disconnectFromHost();
        if (m_upstream)
            m_upstream->abort();
        if (m_shadow)
            m_shadow->abort();
        m_proxy.m_pipes.removeOne(this);
        // Deleted a little later, so the client socket can flush its last bytes and close cleanly.
        QTimer::singleShot(200, this, &QObject::deleteLater);
    }

    void reset()
    {
        if (m_closed)
            return;
        ++m_proxy.m_resets;
        hardReset(m_client);
        hardReset(m_upstream);
        close();
    }

private:
    struct Chunk
    {
        bool up;
        QByteArray data;
        qint64 dueMs;
    };

    static qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

    void enqueue(bool up, QByteArray data)
    {
        const qint64 arrival = nowMs();
        qint64& free = up ? m_upFree : m_downFree;
        // The link is busy until the previous chunk has gone through at the configured rate.
        const qint64 start = std::max(arrival, free);
        const qint64 transfer = m_plan.bytesPerSecond > 0 ? data.size() * 1000 / m_plan.bytesPerSecond : 0;
        free = start + transfer;
        m_queue.push_back({up, std::move(data), start + transfer + m_plan.delayMs});
        schedule();
    }

    void schedule()
    {
        if (m_queue.empty() || m_timer.isActive())
            return;
        m_timer.start(static_cast<int>(std::max<qint64>(0, m_queue.front().dueMs - nowMs())));
    }

    void deliver()
    {
        while (!m_queue.empty() && m_queue.front().dueMs <= nowMs() && !m_closed) {
            Chunk c = std::move(m_queue.front());
            m_queue.pop_front();
            c.up ? forwardUp(c.data) : forwardDown(c.data);
        }
        schedule();
    }

    // Counts bytes against the reset point; returns how many of `size` may still pass.
    qint64 allowance(qint64 size)
    {
        if (m_resetAt < 0)
            return size;
        return std::max<qint64>(0, std::min(size, m_resetAt - m_moved));
    }

    void forwardUp(const QByteArray& data)
    {
        const qint64 pass = allowance(data.size());
        if (pass > 0) {
            if (!m_answerPending) {
                m_answerPending = true;
                Q_EMIT m_proxy.requestForwarded();
            }
            writeUpstream(data.left(pass));
            m_proxy.m_bytesUp += pass;
            m_moved += pass;
        }
        if (pass < data.size())
            reset();
    }

    void forwardDown(const QByteArray& data)
    {
        m_answerPending = false;
        qint64 pass = allowance(data.size());
        const bool truncate = m_truncateAt >= 0 && m_down + pass >= m_truncateAt;
        if (truncate)
            pass = std::max<qint64>(0, m_truncateAt - m_down);
        if (pass > 0 && m_client) {
            m_client->write(data.left(pass));
            m_proxy.m_bytesDown += pass;
            m_moved += pass;
            m_down += pass;
        }
        if (truncate) {
            ++m_proxy.m_truncations;
            close(); // disconnectFromHost flushes what was written before closing
        } else if (pass < data.size()) {
            reset();
        }
    }

    void writeUpstream(const QByteArray& data)
    {
        if (m_upstream->state() == QAbstractSocket::ConnectedState) {
            m_upstream->write(data);
        } else {
            m_pendingUp += data;
            connect(m_upstream, &QTcpSocket::connected, this, &Pipe::flushPending, Qt::UniqueConnection);
        }
        if (m_shadow) {
            if (m_shadow->state() == QAbstractSocket::ConnectedState)
                m_shadow->write(data);
            else {
                m_pendingShadow += data;
                connect(m_shadow, &QTcpSocket::connected, this, &Pipe::flushPending, Qt::UniqueConnection);
            }
        }
    }

    void flushPending()
    {
        if (m_upstream && m_upstream->state() == QAbstractSocket::ConnectedState && !m_pendingUp.isEmpty()) {
            m_upstream->write(m_pendingUp);
            m_pendingUp.clear();
        }
        if (m_shadow && m_shadow->state() == QAbstractSocket::ConnectedState && !m_pendingShadow.isEmpty()) {
            m_shadow->write(m_pendingShadow);
            m_pendingShadow.clear();
        }
    }

    void fromClient()
    {
        if (!m_closed)
            enqueue(true, m_client->readAll());
    }

    void fromServer()
    {
        if (!m_closed)
            enqueue(false, m_upstream->readAll());
    }

    void upstreamClosed()
    {
        // Let what the server already sent reach the client, then close.
        if (m_closed)
            return;
        if (m_queue.empty())
            return close();
        QTimer::singleShot(static_cast<int>(std::max<qint64>(0, m_queue.back().dueMs - nowMs()) + 1), this,
                           [this] {
                               deliver();
                               close();
                           });
    }

    FaultProxy& m_proxy;
    FaultPlan m_plan;
    QPointer<QTcpSocket> m_client;
    QPointer<QTcpSocket> m_upstream;
    QPointer<QTcpSocket> m_shadow;
    QByteArray m_pendingUp;
    QByteArray m_pendingShadow;
    std::deque<Chunk> m_queue;
    QTimer m_timer;
    qint64 m_upFree = 0;
    qint64 m_downFree = 0;
    qint64 m_resetAt = -1;
    qint64 m_truncateAt = -1;
    qint64 m_moved = 0;
    qint64 m_down = 0;
    bool m_answerPending = false;
    bool m_closed = false;
};

FaultProxy::FaultProxy(quint16 upstreamPort, quint32 seed, QObject* parent)
    : QObject(parent), m_upstreamPort(upstreamPort), m_random(seed)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
}

FaultProxy::~FaultProxy()
{
    m_server.close();
    m_pipes.clear(); // the pipes are children: deleted with the proxy
}

bool FaultProxy::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        ++m_connections;
        m_pipes.append(new Pipe(*this, client));
    }
}

void FaultProxy::dropAll()
{
    const QList<Pipe*> pipes = m_pipes;
    for (Pipe* p : pipes)
        p->reset();
}

void FaultProxy::resetCounters()
{
    m_bytesUp = m_bytesDown = 0;
    m_connections = m_resets = m_truncations = m_duplicates = 0;
}

} // namespace fe::test
