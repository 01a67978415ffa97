#pragma once

#include "SyncConfig.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QObject>
#include <QPointer>

#include <memory>

namespace fe {
namespace sync {
class HttpClient;
class NetworkJob;
} // namespace sync

namespace app {

// The central office's supervisor API (docs/PROTOCOL.md "Supervisors"): the fleet of devices and
// the open duplicate flags of the supervisor's districts, and resolving a flag. Requests are
// asynchronous (the GUI thread never waits on the network); the answers come as signals.
class SupervisorClient : public QObject
{
    Q_OBJECT
public:
    explicit SupervisorClient(QObject* parent = nullptr);
    ~SupervisorClient() override;

    // The central office's address and trust as the device stores them, and the supervisor's token.
    void configure(const sync::SyncConfig& connection, const QString& token);
    bool isConfigured() const;

    void loadFleet();
    void loadFlags();
    // `sameperson`: the two records are the same person; otherwise distinct people.
    void resolveFlag(qint64 flagId, bool samePerson);

Q_SIGNALS:
    void fleetLoaded(const QJsonArray& devices);
    void flagsLoaded(const QJsonArray& flags);
    void flagResolved(qint64 flagId);
    void failed(const fe::Error& error);

private:
    bool ready();
    template <typename F> void watch(sync::NetworkJob* job, F onBody);

    std::unique_ptr<sync::HttpClient> m_http;
    QString m_token;
};

} // namespace app
} // namespace fe
