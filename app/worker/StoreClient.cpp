#include "worker/StoreClient.h"

#include "worker/StoreWorker.h"

#include <QCoreApplication>

namespace fe {
namespace app {

StoreClient::StoreClient(QObject* parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("store"));
    m_worker = new StoreWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);

    connect(m_worker, &StoreWorker::storeOpened, this, [this](quint64 request, const StoreInfo& info) {
        m_info = info;
        m_info.recoveryCode.clear(); // for the one who asked only
        m_open = true;
        if (info.loggedIn) { // created with its first administrator
            m_operator = info.loggedIn;
            m_operatorId = info.loggedIn->id.toString(QUuid::WithoutBraces);
        }
        if (auto p = take(request))
            p->onValue(&info);
        Q_EMIT storeOpened(m_info);
    });
    connect(m_worker, &StoreWorker::loginFinished, this,
            [this](quint64 request, const LoginOutcome& outcome) {
                if (outcome.ok()) {
                    m_operator = outcome.loggedIn;
                    m_operatorId = outcome.loggedIn->id.toString(QUuid::WithoutBraces);
                    m_info.loggedIn = outcome.loggedIn;
                }
                // The answer first (the login screen closes), then the broadcast (the sync side unlocks).
                if (auto p = take(request))
                    p->onValue(&outcome);
                if (outcome.ok())
                    Q_EMIT unlocked(*outcome.loggedIn, outcome.session);
            });
    connect(m_worker, &StoreWorker::storeLocked, this, [this](quint64 request) {
        const bool was = m_operator.has_value();
        m_operator.reset();
        m_info.loggedIn.reset();
        if (auto p = take(request))
            p->onValue(nullptr);
        if (was)
            Q_EMIT locked();
    });
    connect(m_worker, &StoreWorker::operatorsListed, this,
            [this](quint64 request, const QList<Operator>& operators) {
                if (auto p = take(request))
                    p->onValue(&operators);
            });
    connect(m_worker, &StoreWorker::storeClosed, this, [this](quint64 request) {
        m_open = false;
        if (m_operator) {
            m_operator.reset();
            Q_EMIT locked();
        }
        if (auto p = take(request))
            p->onValue(nullptr);
        Q_EMIT storeClosed();
    });
    connect(m_worker, &StoreWorker::requestFailed, this, &StoreClient::deliverError);
    connect(m_worker, &StoreWorker::memberSaved, this, [this](quint64 request, const SaveResult& result) {
        if (auto p = take(request))
            p->onValue(&result);
    });
    connect(m_worker, &StoreWorker::duplicatesChecked, this,
            [this](quint64 request, const DuplicateCheck& check) {
                if (auto p = take(request))
                    p->onValue(&check);
            });
    connect(m_worker, &StoreWorker::decisionsRecorded, this, [this](quint64 request) {
        if (auto p = take(request))
            p->onValue(nullptr);
    });
    connect(m_worker, &StoreWorker::contributionSaved, this,
            [this](quint64 request, const SaveResult& result, const ContributionReceipt& receipt) {
                const std::pair<const SaveResult*, const ContributionReceipt*> both{&result, &receipt};
                if (auto p = take(request))
                    p->onValue(&both);
            });
    connect(m_worker, &StoreWorker::progress, this, [this](quint64 request, qint64 done, qint64 total) {
        const auto it = m_pending.constFind(request);
        if (it != m_pending.constEnd() && it->onProgress && (!it->hasContext || it->context))
            it->onProgress(done, total);
    });
    connect(m_worker, &StoreWorker::directoryChunk, this, &StoreClient::directoryChunk);
    connect(m_worker, &StoreWorker::directoryLoaded, this, [this](quint64 request, bool cancelled) {
        if (auto p = take(request))
            p->onValue(&cancelled);
    });
    connect(m_worker, &StoreWorker::searchFinished, this,
            [this](quint64 request, const QList<MemberSummary>& rows) {
                if (auto p = take(request))
                    p->onValue(&rows);
            });
    connect(m_worker, &StoreWorker::searchSkipped, this,
            [this](quint64 request) { m_pending.remove(request); });
    connect(m_worker, &StoreWorker::memberDetailLoaded, this,
            [this](quint64 request, const MemberDetail& detail) {
                if (auto p = take(request))
                    p->onValue(&detail);
            });
    connect(m_worker, &StoreWorker::contributionsLoaded, this,
            [this](quint64 request, const QList<Contribution>& list) {
                if (auto p = take(request))
                    p->onValue(&list);
            });
    connect(m_worker, &StoreWorker::chartsLoaded, this, [this](quint64 request, const ChartData& data) {
        if (auto p = take(request))
            p->onValue(&data);
    });
    connect(m_worker, &StoreWorker::backupFinished, this, [this](quint64 request, const QString& path) {
        if (auto p = take(request))
            p->onValue(&path);
    });
    connect(m_worker, &StoreWorker::restoreFinished, this,
            [this](quint64 request, const StoreInfo& info, const QString& keptAt) {
                m_info = info;
                m_open = true;
                const bool lostLogin = m_operator && info.encrypted && !info.loggedIn;
                if (lostLogin)
                    m_operator.reset();
                if (auto p = take(request))
                    p->onValue(&keptAt);
                Q_EMIT storeOpened(info);
                if (lostLogin)
                    Q_EMIT locked();
            });
    connect(m_worker, &StoreWorker::memberChanged, this, &StoreClient::memberChanged);
    connect(m_worker, &StoreWorker::statusChanged, this, [this](const StoreStatus& status) {
        m_status = status;
        if (m_open)
            m_info.deviceName = status.deviceName;
        Q_EMIT statusChanged(status);
    });
    m_thread.start();
}

StoreClient::~StoreClient()
{
    m_pending.clear();
    // The store is closed on its own thread, then the thread ends and deletes the worker.
    post([worker = m_worker] { worker->closeStore(0); });
    m_thread.quit();
    m_thread.wait();
}

template <typename F> void StoreClient::post(F&& work)
{
    QMetaObject::invokeMethod(m_worker, std::forward<F>(work), Qt::QueuedConnection);
}

void StoreClient::expect(quint64 request, QObject* context, std::function<void(const void*)> onValue,
                         std::function<void(const Error&)> onError, ProgressCallback onProgress)
{
    Pending p;
    p.context = context;
    p.hasContext = context != nullptr;
    p.onValue = std::move(onValue);
    p.onError = std::move(onError);
    p.onProgress = std::move(onProgress);
    m_pending.insert(request, std::move(p));
}

template <typename T> void StoreClient::expectResult(quint64 request, QObject* context, Callback<T> done)
{
    expect(
        request, context, [done](const void* value) { done(Result<T>(*static_cast<const T*>(value))); },
        [done](const Error& e) { done(Result<T>(e)); });
}

std::optional<StoreClient::Pending> StoreClient::take(quint64 request)
{
    const auto it = m_pending.find(request);
    if (it == m_pending.end())
        return std::nullopt;
    Pending p = std::move(*it);
    m_pending.erase(it);
    if (p.hasContext && !p.context)
        return std::nullopt;
    return p;
}

void StoreClient::deliverError(quint64 request, const Error& error)
{
    if (auto p = take(request))
        p->onError(error);
}

quint64 StoreClient::open(const QString& path, QObject* context, Callback<StoreInfo> done)
{
    const quint64 r = next();
    expectResult<StoreInfo>(r, context, std::move(done));
    post([w = m_worker, r, path] { w->openStore(r, path); });
    return r;
}

quint64 StoreClient::create(const QString& path, const CreateOptions& options, QObject* context,
                            Callback<StoreInfo> done)
{
    const quint64 r = next();
    expectResult<StoreInfo>(r, context, std::move(done));
    post([w = m_worker, r, path, options] { w->createStore(r, path, options); });
    return r;
}

quint64 StoreClient::unlock(const QString& username, const QString& password, QObject* context,
                            std::function<void(const LoginOutcome&)> done)
{
    const quint64 r = next();
    expect(
        r, context, [done](const void* v) { done(*static_cast<const LoginOutcome*>(v)); },
        [done](const Error& e) {
            LoginOutcome failed;
            failed.error = e;
            done(failed);
        });
    post([w = m_worker, r, username, password] { w->unlock(r, username, password); });
    return r;
}

quint64 StoreClient::lock(QObject* context, std::function<void()> done)
{
    const quint64 r = next();
    if (done)
        expect(
            r, context, [done](const void*) { done(); }, [done](const Error&) { done(); });
    post([w = m_worker, r] { w->lock(r); });
    return r;
}

quint64 StoreClient::setUpEncryption(const NewOperator& admin, const QString& password, QObject* context,
                                     std::function<void(const LoginOutcome&)> done)
{
    const quint64 r = next();
    expect(
        r, context, [done](const void* v) { done(*static_cast<const LoginOutcome*>(v)); },
        [done](const Error& e) {
            LoginOutcome failed;
            failed.error = e;
            done(failed);
        });
    post([w = m_worker, r, admin, password] { w->setUpEncryption(r, admin, password); });
    return r;
}

quint64 StoreClient::listOperators(QObject* context, OperatorsCallback done)
{
    const quint64 r = next();
    expectResult<QList<Operator>>(r, context, std::move(done));
    post([w = m_worker, r] { w->listOperators(r); });
    return r;
}

quint64 StoreClient::addOperator(const NewOperator& account, const QString& password, QObject* context,
                                 OperatorsCallback done)
{
    const quint64 r = next();
    expectResult<QList<Operator>>(r, context, std::move(done));
    post([w = m_worker, r, account, password] { w->addOperator(r, account, password); });
    return r;
}

quint64 StoreClient::resetOperatorPassword(const QUuid& id, const QString& password, QObject* context,
                                           OperatorsCallback done)
{
    const quint64 r = next();
    expectResult<QList<Operator>>(r, context, std::move(done));
    post([w = m_worker, r, id, password] { w->resetOperatorPassword(r, id, password); });
    return r;
}

quint64 StoreClient::setOperatorLocked(const QUuid& id, bool locked, QObject* context, OperatorsCallback done)
{
    const quint64 r = next();
    expectResult<QList<Operator>>(r, context, std::move(done));
    post([w = m_worker, r, id, locked] { w->setOperatorLocked(r, id, locked); });
    return r;
}

void StoreClient::setKdfCost(KdfCost cost)
{
    post([w = m_worker, cost] { w->setKdfCost(cost); });
}

quint64 StoreClient::close(QObject* context, std::function<void()> done)
{
    const quint64 r = next();
    expect(
        r, context, [done](const void*) { done(); }, [done](const Error&) { done(); });
    post([w = m_worker, r] { w->closeStore(r); });
    return r;
}

quint64 StoreClient::registerMember(const Member& member, QObject* context,
                                    std::function<void(const SaveResult&)> done)
{
    return registerMember(member, {}, context, std::move(done));
}

quint64 StoreClient::checkDuplicates(const Member& member, QObject* context, Callback<DuplicateCheck> done)
{
    const quint64 r = next();
    expectResult<DuplicateCheck>(r, context, std::move(done));
    post([w = m_worker, r, member] { w->checkDuplicates(r, member); });
    return r;
}

quint64 StoreClient::recordDuplicateDecisions(const QUuid& memberId,
                                              const QList<DuplicateDecision>& decisions, QObject* context,
                                              std::function<void(const Status&)> done)
{
    const quint64 r = next();
    const QString op = operatorId();
    expect(
        r, context, [done](const void*) { done(Status::success()); },
        [done](const Error& e) { done(Status(e)); });
    post([w = m_worker, r, memberId, decisions, op] {
        w->recordDuplicateDecisions(r, memberId, decisions, op);
    });
    return r;
}

quint64 StoreClient::registerMember(const Member& member, const QList<DuplicateDecision>& decisions,
                                    QObject* context, std::function<void(const SaveResult&)> done)
{
    const quint64 r = next();
    const QString op = operatorId();
    expect(
        r, context, [done](const void* v) { done(*static_cast<const SaveResult*>(v)); },
        [done](const Error& e) {
            SaveResult failed;
            failed.error = e;
            done(failed);
        });
    post([w = m_worker, r, member, op, decisions] { w->registerMember(r, member, op, decisions); });
    return r;
}

quint64 StoreClient::correctMember(const Member& member, const QString& reason, QObject* context,
                                   std::function<void(const SaveResult&)> done)
{
    const quint64 r = next();
    const QString op = operatorId();
    expect(
        r, context, [done](const void* v) { done(*static_cast<const SaveResult*>(v)); },
        [done](const Error& e) {
            SaveResult failed;
            failed.error = e;
            done(failed);
        });
    post([w = m_worker, r, member, reason, op] { w->correctMember(r, member, reason, op); });
    return r;
}

namespace {
using ContributionDone = std::function<void(const SaveResult&, const ContributionReceipt&)>;

std::function<void(const void*)> unpackContribution(ContributionDone done)
{
    return [done](const void* v) {
        const auto* both = static_cast<const std::pair<const SaveResult*, const ContributionReceipt*>*>(v);
        done(*both->first, *both->second);
    };
}

std::function<void(const Error&)> contributionError(ContributionDone done)
{
    return [done](const Error& e) {
        SaveResult failed;
        failed.error = e;
        done(failed, {});
    };
}
} // namespace

quint64 StoreClient::recordContribution(const Contribution& contribution, QObject* context,
                                        ContributionDone done)
{
    const quint64 r = next();
    const QString op = operatorId();
    expect(r, context, unpackContribution(done), contributionError(done));
    post([w = m_worker, r, contribution, op] { w->recordContribution(r, contribution, op); });
    return r;
}

quint64 StoreClient::voidContribution(const QUuid& id, const QString& reason, QObject* context,
                                      ContributionDone done)
{
    const quint64 r = next();
    const QString op = operatorId();
    expect(r, context, unpackContribution(done), contributionError(done));
    post([w = m_worker, r, id, reason, op] { w->voidContribution(r, id, reason, op); });
    return r;
}

quint64 StoreClient::loadDirectory(const QLocale& collation, const CancelFlag& cancel, QObject* context,
                                   ProgressCallback progress, std::function<void(bool)> done)
{
    const quint64 r = next();
    expect(
        r, context, [done](const void* v) { done(*static_cast<const bool*>(v)); },
        [done](const Error&) { done(true); }, std::move(progress));
    post([w = m_worker, r, collation, cancel] { w->loadDirectory(r, collation, cancel); });
    return r;
}

quint64 StoreClient::search(const QString& text, QObject* context, Callback<QList<MemberSummary>> done)
{
    const quint64 r = next();
    m_latestSearch->store(r);
    expectResult<QList<MemberSummary>>(r, context, std::move(done));
    post([w = m_worker, r, text, latest = m_latestSearch] { w->search(r, text, r, latest); });
    return r;
}

quint64 StoreClient::loadMemberDetail(const QUuid& id, QObject* context, Callback<MemberDetail> done)
{
    const quint64 r = next();
    expectResult<MemberDetail>(r, context, std::move(done));
    post([w = m_worker, r, id] { w->loadMemberDetail(r, id); });
    return r;
}

quint64 StoreClient::loadMemberContributions(const QUuid& id, QObject* context,
                                             Callback<QList<Contribution>> done)
{
    const quint64 r = next();
    expectResult<QList<Contribution>>(r, context, std::move(done));
    post([w = m_worker, r, id] { w->loadMemberContributions(r, id); });
    return r;
}

quint64 StoreClient::loadCharts(const CancelFlag& cancel, QObject* context, Callback<ChartData> done)
{
    const quint64 r = next();
    expectResult<ChartData>(r, context, std::move(done));
    post([w = m_worker, r, cancel] { w->loadCharts(r, cancel); });
    return r;
}

quint64 StoreClient::backup(const QString& folder, const CancelFlag& cancel, QObject* context,
                            ProgressCallback progress, Callback<QString> done)
{
    const quint64 r = next();
    expect(
        r, context, [done](const void* v) { done(Result<QString>(*static_cast<const QString*>(v))); },
        [done](const Error& e) { done(Result<QString>(e)); }, std::move(progress));
    post([w = m_worker, r, folder, cancel] { w->backup(r, folder, cancel); });
    return r;
}

quint64 StoreClient::restore(const QString& backupFile, QObject* context, Callback<QString> done)
{
    const quint64 r = next();
    expectResult<QString>(r, context, std::move(done));
    post([w = m_worker, r, backupFile] { w->restore(r, backupFile); });
    return r;
}

void StoreClient::refreshStatus()
{
    post([w = m_worker] { w->refreshStatus(); });
}

void StoreClient::reloadSyncStates()
{
    post([w = m_worker] { w->reloadSyncStates(); });
}

void StoreClient::waitForIdle()
{
    QMetaObject::invokeMethod(
        m_worker, [] {}, Qt::BlockingQueuedConnection);
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    QCoreApplication::processEvents();
}

} // namespace app
} // namespace fe
