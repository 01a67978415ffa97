#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QTcpServer>

#include <memory>

namespace fe::test {

// What the proxy does to each connection. Every fault is drawn per connection from the proxy's
// seeded generator, so a seed replays the same faults.
struct FaultPlan
{
    double resetProbability = 0;     // reset the connection (RST) after k bytes, k in [0, resetMaxBytes]
    qint64 resetMaxBytes = 4096;     // counted over both directions, so answers get cut too
    double truncateProbability = 0;  // forward only part of the response, then close cleanly
    double duplicateProbability = 0; // deliver the client's bytes twice (a second upstream connection)
    int delayMs = 0;                 // one-way latency added to every chunk
    qint64 bytesPerSecond = 0;       // per direction; 0: unlimited

    // 2G as field teams meet it: ~40 kbit/s, 500 ms round trip.
    static FaultPlan twoG() { return {0, 0, 0, 0, 250, 5000}; }
};

// A TCP proxy on 127.0.0.1 between the sync engine and the central office that injects the faults
// a field link produces: resets after k bytes, truncated answers, delays, a slow link, requests
// delivered twice. It also counts the bytes that cross it, which the benchmark reports.
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    FaultProxy(quint16 upstreamPort, quint32 seed, QObject* parent = nullptr);
    ~FaultProxy() override;

    bool listen(quint16 port = 0);
    quint16 port() const { return m_server.serverPort(); }
    void setUpstreamPort(quint16 port) { m_upstreamPort = port; }
    void setPlan(const FaultPlan& plan) { m_plan = plan; }
    const FaultPlan& plan() const { return m_plan; }
    // Drops every open connection (as a link going away does).
    void dropAll();

    qint64 bytesUp() const { return m_bytesUp; }     // client -> server
    qint64 bytesDown() const { return m_bytesDown; } // server -> client
    int connections() const { return m_connections; }
    int resets() const { return m_resets; }
    int truncations() const { return m_truncations; }
    int duplicates() const { return m_duplicates; }
    void resetCounters();

    class Pipe;

Q_SIGNALS:
    // Client bytes reached the server on a connection that had no answer pending: a request began.
    void requestForwarded();

private:
    void onNewConnection();

    QTcpServer m_server;
    quint16 m_upstreamPort;
    QRandomGenerator m_random;
    FaultPlan m_plan;
    QList<Pipe*> m_pipes;
    qint64 m_bytesUp = 0;
    qint64 m_bytesDown = 0;
    int m_connections = 0;
    int m_resets = 0;
    int m_truncations = 0;
    int m_duplicates = 0;
    friend class Pipe;
};

} // namespace fe::test
