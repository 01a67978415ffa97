#include "SyncEngine.h"

#include "Backoff.h"
#include "SyncKeys.h"
#include "store/Store.h"
#include "wire/Api.h"

#include <QJsonDocument>
#include <QStorageInfo>

namespace fe::sync {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SyncEngine", text);
}

constexpr qint64 kRequestNumberBlock = 64;

Error badAnswer()
{
    return {
        QStringLiteral("sync.bad_answer"), tr("The central office's answer was cut short or damaged."), {}};
}

// The saved "on the wire" range: entries from `first` to `last` may have reached the central office
// without the device knowing; "0,0" when nothing is unanswered.
QString inflightMarker(qint64 first, qint64 last)
{
    return QStringLiteral("%1,%2").arg(first).arg(last);
}

EntryOutcome outcomeFor(const OutboxEntry& e, EntryOutcome::Kind kind)
{
    EntryOutcome o;
    o.seq = e.seq;
    o.entity = e.entity;
    o.id = e.entityId;
    o.version = e.entityVersion;
    o.kind = kind;
    return o;
}

} // namespace

SyncEngine::SyncEngine(Store& store, SyncConfig config, const Clock& clock, QObject* parent)
    : QObject(parent), m_store(store), m_config(std::move(config)), m_clock(clock), m_http(m_config),
      m_monitor(m_http, m_config), m_link(m_config), m_reconciler(store, m_http),
      m_random(m_config.jitterSeed ? m_config.jitterSeed : QRandomGenerator::global()->generate())
{
    qRegisterMetaType<fe::sync::SyncState>();
    qRegisterMetaType<fe::sync::SyncProgress>();
    qRegisterMetaType<fe::sync::EntryOutcome>();
    qRegisterMetaType<fe::sync::SyncSummary>();
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncEngine::beginPush);
    connect(&m_autoTimer, &QTimer::timeout, this, [this] {
        const NetworkPolicy p = m_monitor.policy();
        if (p == NetworkPolicy::Online || (p == NetworkPolicy::Metered && m_config.syncOnMetered))
            syncNow();
    });
    connect(&m_monitor, &ConnectivityMonitor::policyChanged, this, [this](NetworkPolicy p) {
        Q_EMIT policyChanged(p);
        if (p == NetworkPolicy::Online || (p == NetworkPolicy::Metered && m_config.syncOnMetered)) {
            // Connectivity appeared: sync, unless a persisted back-off says not yet.
            const qint64 retryAt = value(keys::kLinkRetryAt).toLongLong();
            const qint64 wait = retryAt - now();
            if (wait > 0 && wait <= m_config.backoffMaxMs)
                QTimer::singleShot(static_cast<int>(wait), this, &SyncEngine::syncNow);
            else
                syncNow();
        }
    });
    connect(&m_reconciler, &Reconciler::finished, this, [this](const ReconcileReport& r, const JobResult& f) {
        if (m_state == SyncState::Checking)
            onChecked(r, f);
        else
            onReconciled(r, f);
    });
}

SyncEngine::~SyncEngine()
{
    if (m_preparer.joinable())
        m_preparer.join(); // its answer, queued to this object, is dropped with it
    m_monitor.stop();
    if (m_job)
        m_job->disconnect(this);
}

void SyncEngine::start()
{
    if (const Status s = m_http.configurationError(); !s) {
        Q_EMIT errorOccurred(s.error());
        return;
    }
    if (const auto credentials = DeviceCredentials::load(m_store); credentials.ok())
        m_http.setServerUrl(m_config.serverUrl.isValid() ? m_config.serverUrl
                                                         : credentials.value().serverUrl);
    m_autoTimer.start(static_cast<int>(m_config.autoSyncIntervalMs));
    m_monitor.start();
}

void SyncEngine::stop()
{
    m_autoTimer.stop();
    m_monitor.stop();
}

void SyncEngine::syncNow()
{
    if (m_running) {
        m_again = true;
        return;
    }
    // Started from the event loop, so every outcome — even an immediate refusal — reaches the
    // caller's slots after syncNow() has returned.
    m_running = true;
    m_cancelled = false;
    QTimer::singleShot(0, this, &SyncEngine::beginRun);
}

void SyncEngine::reconcileNow()
{
    m_reconcileRequested = true;
    syncNow();
}

void SyncEngine::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_again = false;
    if (m_retryTimer.isActive()) {
        m_retryTimer.stop();
        finishRun(SyncOutcome::Cancelled);
        return;
    }
    if (m_job)
        m_job->abort();
    m_reconciler.cancel();
}

void SyncEngine::setState(SyncState state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

// A new engine starts from what the last one measured, if that was recent: the same office's
// network, most likely. Older than kLinkMemoryMs (or from a clock that moved back), the team may
// have driven out of the office's Wi-Fi since, and the engine starts small and compresses hardest.
void SyncEngine::recallLink()
{
    const QString text = value(keys::kLinkEstimate);
    const qsizetype comma = text.indexOf(QLatin1Char(','));
    bool ok = false;
    const qint64 measuredAt = QStringView(text).left(comma).toLongLong(&ok);
    const qint64 age = now() - measuredAt;
    if (comma > 0 && ok && age >= 0 && age <= kLinkMemoryMs)
        m_link.recall(QStringView(text).mid(comma + 1));
}

QString SyncEngine::value(const char* key) const
{
    return m_store.syncValue(QString::fromLatin1(key));
}

bool SyncEngine::setValue(const char* key, const QString& value)
{
    if (const Status s = m_store.setSyncValue(QString::fromLatin1(key), value); !s) {
        finishRun(SyncOutcome::StoreFailed, s.error());
        return false;
    }
    return true;
}

void SyncEngine::countJob(const JobResult& result)
{
    ++m_progress.requests;
    m_progress.bytesSent += result.bytesSent;
    m_progress.bytesReceived += result.bytesReceived;
}

void SyncEngine::beginRun()
{
    m_again = false;
    m_progress = {};
    m_pushesThisRun = 0;
    m_deferred.clear();
    m_inflight.reset();
    dropPrepared();
    m_pullMore = false;
    if (m_cancelled)
        return finishRun(SyncOutcome::Cancelled);
    if (const Status s = m_http.configurationError(); !s)
        return finishRun(SyncOutcome::TlsRefused, s.error());
    auto credentials = DeviceCredentials::load(m_store);
    if (!credentials.ok())
        return finishRun(SyncOutcome::NotEnrolled, credentials.error());
    m_credentials = std::move(credentials).value();
    m_http.setServerUrl(m_config.serverUrl.isValid() ? m_config.serverUrl : m_credentials.serverUrl);
    m_http.setToken(m_credentials.token);
    m_http.setSigningKey(m_credentials.signSecretKey);
    m_http.preconnect(); // while the first batch is read and sealed
    m_failures = value(keys::kLinkFailures).toInt();
    if (m_link.bytesPerSecond() == 0)
        recallLink();
    m_cursor = value(keys::kPullCursor).toLongLong();
    const QueueStatus queue = m_store.queueStatus();
    m_progress.pendingAtStart = queue.pending;
    m_status = {};
    m_status.queueDepth = queue.pending;
    m_status.oldestPendingSeconds =
        queue.oldestPending.isValid()
            ? std::max<qint64>(0, (now() - queue.oldestPending.toMSecsSinceEpoch()) / 1000)
            : 0;
    m_status.appVersion = m_config.appVersion;
    m_status.freeDiskBytes = QStorageInfo(m_store.path()).bytesAvailable();
    m_progress.batchSize = m_link.batchSize();
    Q_EMIT progressChanged(m_progress);
    beginPush();
}

qint64 SyncEngine::nextRequestNumber()
{
    // Request numbers are reserved in blocks, and a block is saved before a request with one of its
    // numbers is sent (sendNext, with the in-flight marker: one sync): a number is never used
    // twice, even across a crash, so the central office can tell a replay from a new request.
    if (m_requestReserved < 0) {
        m_requestReserved = value(keys::kRequestReserved).toLongLong();
        m_requestNext = m_requestReserved + 1;
    }
    if (m_requestNext > m_requestReserved) {
        m_requestReserved = m_requestNext + kRequestNumberBlock - 1;
        m_reservationUnsaved = true;
    }
    return m_requestNext++;
}

// A batch whose answer was lost (crash, reset, server killed) is settled first: the manifest says
// which of its entries arrived; only the others are sent again.
void SyncEngine::beginPush()
{
    if (m_cancelled)
        return finishRun(SyncOutcome::Cancelled);
    const QString marker = value(keys::kInflight);
    const QStringList bounds = marker.split(QLatin1Char(','));
    if (bounds.size() == 2 && bounds[0].toLongLong() > 0) {
        setState(SyncState::Checking);
        m_reconciler.start(bounds[0].toLongLong(), bounds[1].toLongLong(), bounds[0].toLongLong(),
                           bounds[1].toLongLong());
        return;
    }
    sendNext();
}

void SyncEngine::onChecked(const ReconcileReport& report, const JobResult& failure)
{
    m_progress.requests += report.requests;
    m_progress.bytesSent += report.bytesSent;
    m_progress.bytesReceived += report.bytesReceived;
    if (m_cancelled)
        return finishRun(SyncOutcome::Cancelled);
    if (failure.outcome != JobOutcome::Ok) {
        if (failure.outcome == JobOutcome::Transient)
            return onTransient(failure, {});
        return fail(failure);
    }
    for (qint64 seq : report.confirmed) {
        m_deferred.remove(seq);
        EntryOutcome o;
        o.seq = seq;
        o.kind = EntryOutcome::Kind::Accepted;
        Q_EMIT entryOutcome(o);
    }
    m_progress.accepted += report.confirmed.size();
    if (!setValue(keys::kInflight, QStringLiteral("0,0")))
        return;
    Q_EMIT progressChanged(m_progress);
    sendNext();
}

// What the next batch after `afterSeq` is made of, read from the store; nullopt if the store
// failed. No items (after the run's first request): the run has nothing more to send.
std::optional<SyncEngine::BatchInput> SyncEngine::nextInput(qint64 afterSeq)
{
    BatchInput input;
    input.items = m_store.dueOutboxAfter(afterSeq, m_link.batchSize(), now(), m_config.backoffMaxMs);
    if (input.items.isEmpty() && m_pushesThisRun > 0)
        return input;
    input.options.pullCursor = m_cursor;
    input.options.pullLimit = m_config.pullLimit;
    input.options.payloadCompressionLevel = m_link.payloadCompressionLevel();
    m_status.clockMs = now();
    input.options.status = m_status;
    input.number = nextRequestNumber();
    if (input.number <= 0)
        return std::nullopt;
    return input;
}

std::optional<PreparedBatch> SyncEngine::prepare(qint64 afterSeq)
{
    const std::optional<BatchInput> input = nextInput(afterSeq);
    if (!input)
        return std::nullopt;
    if (input->number == 0)
        return PreparedBatch{};
    return prepareBatch(input->items, m_credentials, input->number, input->options);
}

void SyncEngine::sendNext()
{
    if (m_cancelled)
        return finishRun(SyncOutcome::Cancelled);
    if (!m_prepared && m_preparing) {
        m_sendWhenPrepared = true; // onPrepared sends it
        return;
    }
    if (!m_prepared) {
        m_prepared = prepare(0);
        if (!m_prepared)
            return finishRun(
                SyncOutcome::StoreFailed,
                Error{QStringLiteral("store.failed"), tr("The local store cannot be written."), {}});
    }
    // An empty batch is sent once per run: it reports the device's status and pulls changes, and it
    // is the whole of a sync with nothing to send.
    if (m_prepared->isEmpty() && m_pushesThisRun > 0) {
        dropPrepared();
        return pushDone();
    }
    m_inflight = std::move(m_prepared);
    const bool markerSaved = m_preparedSaved; // prepareAhead saved a marker covering it
    dropPrepared();
    QList<std::pair<QString, QString>> values;
    if (m_reservationUnsaved)
        values.append({QString::fromLatin1(keys::kRequestReserved), QString::number(m_requestReserved)});
    if (!m_inflight->isEmpty() && !markerSaved)
        values.append({QString::fromLatin1(keys::kInflight),
                       inflightMarker(m_inflight->firstSeq(), m_inflight->lastSeq())});
    if (!values.isEmpty()) {
        if (const Status s = m_store.setSyncValues(values, markerDurability()); !s)
            return finishRun(SyncOutcome::StoreFailed, s.error());
        m_reservationUnsaved = false;
    }
    postInflight();
    if (!m_inflight->isEmpty())
        QTimer::singleShot(0, this, &SyncEngine::prepareAhead);
}

// The marker is written before its batch is sent but not synced: the answer's commit syncs it.
// A crash of the program keeps it; a power cut may lose it, and then the batch's entries are sent
// again and answered "already applied" (nothing is applied twice), which costs one batch of bytes,
// where a sync before every request cost ~1 ms each. A new block of request numbers is synced:
// a number used twice would make the central office take a request for a replay.
Store::Durability SyncEngine::markerDurability() const
{
    return m_reservationUnsaved ? Store::Durability::Synced : Store::Durability::Deferred;
}

void SyncEngine::postInflight()
{
    ++m_pushesThisRun;
    setState(SyncState::Pushing);
    m_job = m_http.postPrepared(wire::kPathPush, m_inflight->gzip, m_inflight->signature);
    connect(m_job, &NetworkJob::finished, this, &SyncEngine::onPushAnswer);
}

void SyncEngine::dropPrepared()
{
    m_prepared.reset();
    m_preparedSaved = false;
    m_sendWhenPrepared = false;
    ++m_prepareGeneration; // a preparation under way is for a batch no longer wanted
}

void SyncEngine::abandonJob()
{
    if (!m_job)
        return;
    m_job->disconnect(this);
    m_job->abort();
    m_job->deleteLater();
    m_job = nullptr;
}

// Reads the next batch while this one is on the wire and saves the in-flight marker over both:
// when this batch's answer comes, the next batch can go out at once, before the answer is applied
// (onPushAnswer), and the device is never unaware of a batch that may have arrived. The batch is
// sealed, compressed and signed on a thread of its own (two thirds of a device's work for a
// batch), so this thread stays free to take the central office's answer the moment it comes.
void SyncEngine::prepareAhead()
{
    if (!m_running || m_cancelled || m_prepared || m_preparing || !m_inflight || m_inflight->isEmpty() ||
        !m_job)
        return;
    std::optional<BatchInput> input = nextInput(m_inflight->lastSeq());
    if (!input)
        return; // sendNext tries again, and ends the run if the store still fails
    if (input->number == 0) {
        m_prepared = PreparedBatch{}; // nothing more to send
        return;
    }
    QList<std::pair<QString, QString>> values{
        {QString::fromLatin1(keys::kInflight),
         inflightMarker(m_inflight->firstSeq(), input->items.last().entry.seq)}};
    if (m_reservationUnsaved)
        values.append({QString::fromLatin1(keys::kRequestReserved), QString::number(m_requestReserved)});
    if (const Status s = m_store.setSyncValues(values, markerDurability()); !s)
        return finishRun(SyncOutcome::StoreFailed, s.error());
    m_reservationUnsaved = false;
    m_preparedSaved = true;
    m_preparedFirst = input->items.first().entry.seq;
    m_preparedLast = input->items.last().entry.seq;
    m_preparing = true;
    m_preparer = std::thread([this, in = std::move(*input), credentials = m_credentials,
                              generation = m_prepareGeneration]() mutable {
        PreparedBatch batch = prepareBatch(in.items, credentials, in.number, in.options);
        QMetaObject::invokeMethod(
            this,
            [this, b = std::move(batch), generation]() mutable { onPrepared(std::move(b), generation); },
            Qt::QueuedConnection);
    });
    // The log's pages go into the store file while the central office works on the batch, rather
    // than inside the commit of its answer.
    m_store.checkpointIfDue();
}

void SyncEngine::onPrepared(PreparedBatch batch, quint64 generation)
{
    if (m_preparer.joinable())
        m_preparer.join();
    m_preparing = false;
    if (generation == m_prepareGeneration && m_running && !m_cancelled)
        m_prepared = std::move(batch);
    if (m_sendWhenPrepared) {
        m_sendWhenPrepared = false;
        sendNext();
    }
}

void SyncEngine::onPushAnswer(NetworkJob* job)
{
    // An answer still waiting to be applied is older than this one: it goes first.
    if (!settleAnswer())
        return;
    job->deleteLater();
    m_job = nullptr;
    const JobResult result = job->result();
    countJob(result);
    if (m_cancelled)
        return finishRun(SyncOutcome::Cancelled);
    const PreparedBatch batch = *m_inflight;
    m_inflight.reset();
    switch (result.outcome) {
    case JobOutcome::Ok: {
        // Measured first, kept only if the answer applies: the estimate is saved with the answer.
        LinkEstimator measured = m_link;
        measured.observe(result.bytesSent, static_cast<int>(batch.entries.size()), result.elapsedMs,
                         result.serverMs);
        // The next batch, already covered by the saved marker, goes out before this answer is
        // applied, and the answer is applied once that batch has left the device (Qt hands a
        // request body to the network thread through this thread's event loop, so a commit here
        // would hold the request back): the device's commit overlaps the central office's work.
        if (m_preparedSaved && m_prepared && !m_prepared->isEmpty()) {
            m_inflight = std::move(m_prepared);
            dropPrepared();
            postInflight();
            m_unapplied = UnappliedAnswer{batch, result.body, measured};
            connect(m_job, &NetworkJob::uploaded, this, [this] {
                if (settleAnswer())
                    prepareAhead();
            });
            return;
        }
        if (!applyAnswer(batch, result.body, measured, markerAfterAnswer()))
            return answerNotApplied(batch, result);
        answerApplied(measured);
        return sendNext();
    }
    case JobOutcome::Transient: {
        QList<qint64> seqs;
        for (const OutboxEntry& e : batch.entries)
            seqs.append(e.seq);
        return onTransient(result, seqs);
    }
    case JobOutcome::Refused:
        m_inflight = batch;
        return onRefused(result);
    case JobOutcome::Auth:
    case JobOutcome::Tls:
        return fail(result);
    }
}

// Applies the answer kept while the next batch was sent. The saved marker then covers only the
// batch on the wire. False when the run cannot go on (the answer did not apply).
bool SyncEngine::settleAnswer()
{
    if (!m_unapplied)
        return true;
    const UnappliedAnswer answer = std::move(*m_unapplied);
    m_unapplied.reset();
    if (!applyAnswer(answer.batch, answer.body, answer.measured, markerAfterAnswer())) {
        // The saved marker still covers both batches: the next run asks the manifest about them.
        abandonJob();
        JobResult result;
        result.outcome = JobOutcome::Ok;
        answerNotApplied(answer.batch, result);
        return false;
    }
    answerApplied(answer.measured);
    return true;
}

// The in-flight marker an answer is committed with: the batch already sent after it, or else the one
// being prepared (its marker was saved before it was made), or nothing.
QString SyncEngine::markerAfterAnswer() const
{
    if (m_inflight && !m_inflight->isEmpty())
        return inflightMarker(m_inflight->firstSeq(), m_inflight->lastSeq());
    if (m_preparedSaved)
        return inflightMarker(m_preparedFirst, m_preparedLast);
    return QStringLiteral("0,0");
}

void SyncEngine::answerApplied(const LinkEstimator& measured)
{
    m_link = measured;
    m_progress.batchSize = m_link.batchSize();
    ++m_progress.batches;
    Q_EMIT progressChanged(m_progress);
}

// An answer that does not decode or match its batch is treated as lost: the batch goes again after
// a back-off (the central office says "already applied" for what it has).
void SyncEngine::answerNotApplied(const PreparedBatch& batch, const JobResult& result)
{
    if (!m_running)
        return; // the store failed: the run has ended
    JobResult damaged = result;
    damaged.outcome = JobOutcome::Transient;
    damaged.error = badAnswer();
    QList<qint64> seqs;
    for (const OutboxEntry& e : batch.entries)
        seqs.append(e.seq);
    onTransient(damaged, seqs);
}

bool SyncEngine::applyAnswer(const PreparedBatch& batch, const QByteArray& body, const LinkEstimator& link,
                             const QString& markerAfter)
{
    const auto decoded = wire::decodePushResponse(body);
    if (!decoded.ok() || decoded.value().results.size() != batch.entries.size())
        return false;
    const wire::PushResponse& response = decoded.value();
    QList<OutboxResult> results;
    QList<EntryOutcome> outcomes;
    QList<Flag> conflicts;
    for (qsizetype i = 0; i < batch.entries.size(); ++i) {
        const OutboxEntry& e = batch.entries[i];
        const wire::EntryResult& r = response.results[i];
        if (r.seq != e.seq)
            return false;
        m_deferred.remove(e.seq);
        OutboxResult out{e.seq, OutboxResult::Outcome::Accepted, r.code, r.message, r.memberNumber};
        EntryOutcome o = outcomeFor(e, EntryOutcome::Kind::Accepted);
        switch (r.kind) {
        case wire::ResultKind::Applied:
        case wire::ResultKind::AlreadyApplied:
            ++m_progress.accepted;
            break;
        case wire::ResultKind::Rejected:
            out.outcome = OutboxResult::Outcome::Rejected;
            o.kind = EntryOutcome::Kind::Rejected;
            ++m_progress.quarantined;
            break;
        case wire::ResultKind::Conflict:
            out.outcome = OutboxResult::Outcome::Conflict;
            o.kind = EntryOutcome::Kind::Conflict;
            ++m_progress.quarantined;
            conflicts.append(
                {QStringLiteral("conflict:%1").arg(e.seq),
                 e.entity,
                 e.entityId,
                 QStringLiteral("conflict"),
                 QString::fromUtf8(QJsonDocument(QJsonObject{{QLatin1String("seq"), e.seq},
                                                             {QLatin1String("version"), e.entityVersion},
                                                             {QLatin1String("code"), r.code}})
                                       .toJson(QJsonDocument::Compact)),
                 QStringLiteral("open"),
                 {}});
            break;
        case wire::ResultKind::Waiting:
            out.outcome = OutboxResult::Outcome::Waiting;
            o.kind = EntryOutcome::Kind::Waiting;
            ++m_progress.waiting;
            break;
        }
        o.code = r.code;
        o.message = r.message;
        o.memberNumber = r.memberNumber;
        results.append(out);
        outcomes.append(o);
    }
    // The answer and the end of the batch's "on the wire" state commit together: after this a
    // crash cannot make the engine doubt what arrived. The marker then covers only the batch sent
    // after this one, if it is already on the wire.
    QList<std::pair<QString, QString>> values{
        {QString::fromLatin1(keys::kInflight), markerAfter},
        {QString::fromLatin1(keys::kHighWater), QString::number(response.highWater)}};
    if (m_failures > 0) {
        m_failures = 0;
        values.append({QString::fromLatin1(keys::kLinkFailures), QStringLiteral("0")});
        values.append({QString::fromLatin1(keys::kLinkRetryAt), QStringLiteral("0")});
    }
    if (!batch.isEmpty())
        values.append({QString::fromLatin1(keys::kLastSuccess), QString::number(now())});
    if (const QString learnt = link.remembered(); !learnt.isEmpty())
        values.append(
            {QString::fromLatin1(keys::kLinkEstimate), QStringLiteral("%1,%2").arg(now()).arg(learnt)});
    const std::optional<Page> page =
        response.pull ? newChanges(response.pull->changes, response.pull->cursor) : std::nullopt;
    // One commit (one fsync) for the answer and its page of changes; each stays all-or-nothing on
    // its own (savepoints), so a page that cannot be applied never undoes the answer.
    Status answered;
    Status pulled;
    const Status committed = m_store.inBatch([&] {
        answered = m_store.applyOutboxResults(results, now() + m_config.waitingRetryMs, values);
        if (answered && page)
            pulled = m_store.applyPulledChanges(page->changes, QString::fromLatin1(keys::kPullCursor),
                                                QString::number(page->cursor));
    });
    for (const Status& s : {committed, answered, pulled})
        if (!s) {
            finishRun(SyncOutcome::StoreFailed, s.error());
            return false;
        }
    if (page) {
        m_cursor = page->cursor;
        m_progress.pulledChanges += page->changes.size();
    }
    if (response.pull)
        m_pullMore = response.pull->more;
    for (const Flag& f : std::as_const(conflicts))
        (void)m_store.recordFlag(f); // the quarantine already shows it; the flag is for the supervisor
    for (const EntryOutcome& o : std::as_const(outcomes))
        Q_EMIT entryOutcome(o);
    m_status.queueDepth =
        std::max<qint64>(0, m_progress.pendingAtStart - m_progress.accepted - m_progress.quarantined);
    return true;
}

std::optional<SyncEngine::Page> SyncEngine::newChanges(const QList<wire::Change>& changes,
                                                       qint64 cursor) const
{
    // A page that starts before the cursor (asked for by a batch prepared ahead) repeats changes
    // already applied: they are skipped, and the cursor never goes back.
    Page page;
    for (const wire::Change& c : changes)
        if (c.seq > m_cursor)
            page.changes.append({c.seq, c.kind, c.body});
    page.cursor = std::max(cursor, m_cursor);
    if (page.changes.isEmpty() && page.cursor == m_cursor)
        return std::nullopt;
    return page;
}

bool SyncEngine::applyPage(const QList<wire::Change>& changes, qint64 cursor)
{
    const std::optional<Page> page = newChanges(changes, cursor);
    if (!page)
        return true;
    if (const Status s = m_store.applyPulledChanges(page->changes, QString::fromLatin1(keys::kPullCursor),
                                                    QString::number(page->cursor));
        !s) {
        finishRun(SyncOutcome::StoreFailed, s.error());
        return false;
    }
    m_cursor = page->cursor;
    m_progress.pulledChanges += page->changes.size();
    return true;
}

void SyncEngine::quarantineOne(qint64 seq, const Error& error)
{
    m_deferred.remove(seq);
    for (const OutboxEntry& e : m_inflight->entries) {
        if (e.seq != seq)
            continue;
        EntryOutcome o = outcomeFor(e, EntryOutcome::Kind::Rejected);
        o.code = error.code;
        o.message = error.message;
        if (const Status s = m_store.applyOutboxResults(
                {{seq, OutboxResult::Outcome::Rejected, error.code, error.message, {}}}, 0,
                {{QString::fromLatin1(keys::kInflight), QStringLiteral("0,0")}});
            !s)
            return finishRun(SyncOutcome::StoreFailed, s.error());
        ++m_progress.quarantined;
        Q_EMIT entryOutcome(o);
        return;
    }
}

// The central office refused the request as a whole. When it names the entry at fault, that entry
// alone is quarantined and the others go again; a request too large is split; anything else is
// about the device or the protocol, not a record, and ends the run without touching the queue.
void SyncEngine::onRefused(const JobResult& result)
{
    const PreparedBatch batch = *m_inflight;
    dropPrepared();
    qint64 atFault = 0;
    if (result.errorSeq > 0) {
        atFault = result.errorSeq;
    } else if (result.error.field.startsWith(QLatin1String("e["))) {
        const qsizetype index =
            result.error.field.mid(2, result.error.field.indexOf(QLatin1Char(']')) - 2).toLongLong();
        if (index >= 0 && index < batch.entries.size())
            atFault = batch.entries[index].seq;
    }
    const bool inBatch = std::any_of(batch.entries.begin(), batch.entries.end(),
                                     [atFault](const OutboxEntry& e) { return e.seq == atFault; });
    if (atFault > 0 && inBatch) {
        quarantineOne(atFault, result.error);
    } else if (result.httpStatus == 413 && batch.entries.size() > 1) {
        m_link.tooLarge(static_cast<int>(batch.entries.size()));
        if (!setValue(keys::kInflight, QStringLiteral("0,0")))
            return;
    } else if (result.httpStatus == 413 && batch.entries.size() == 1) {
        quarantineOne(batch.firstSeq(), result.error);
    } else {
        m_inflight.reset();
        return fail(result);
    }
    m_inflight.reset();
    if (!m_running)
        return;
    Q_EMIT errorOccurred(result.error);
    sendNext();
}

void SyncEngine::onTransient(const JobResult& result, const QList<qint64>& deferSeqs)
{
    dropPrepared();
    m_inflight.reset();
    ++m_failures;
    m_link.failed();
    // Retry-After (429, 503) is obeyed as given, within reason; otherwise exponential back-off.
    const qint64 delay =
        std::max(backoffDelayMs(m_failures, m_config.backoffBaseMs, m_config.backoffMaxMs, m_random),
                 std::min<qint64>(result.retryAfterMs, 3600'000));
    // An HTTP answer (429, 5xx) means the request was refused before anything was applied: unlike a
    // lost answer, it leaves nothing to check before sending again.
    if (result.httpStatus != 0 && result.error.code != QLatin1String("sync.bad_answer"))
        if (!setValue(keys::kInflight, QStringLiteral("0,0")))
            return;
    const qint64 retryAt = now() + delay;
    // Persisted, so a restart does not hammer a central office that is struggling.
    if (!deferSeqs.isEmpty())
        if (const Status s = m_store.deferOutbox(deferSeqs, result.error, retryAt); !s)
            return finishRun(SyncOutcome::StoreFailed, s.error());
    for (qint64 seq : deferSeqs)
        m_deferred.insert(seq, retryAt);
    if (!setValue(keys::kLinkFailures, QString::number(m_failures)) ||
        !setValue(keys::kLinkRetryAt, QString::number(retryAt)))
        return;
    Q_EMIT errorOccurred(result.error);
    if (m_failures >= m_config.giveUpAfterFailures)
        return finishRun(SyncOutcome::GaveUp, result.error);
    setState(SyncState::Waiting);
    m_retryTimer.start(static_cast<int>(delay));
}

void SyncEngine::pushDone()
{
    if (m_pullMore)
        return pullNext();
    // Entries deferred after a failure in this run are waited for; entries the central office holds
    // back for a missing dependency are not (they come back on the next run).
    if (!m_deferred.isEmpty()) {
        const qint64 retryAt = *std::min_element(m_deferred.cbegin(), m_deferred.cend());
        setState(SyncState::Waiting);
        m_retryTimer.start(
            static_cast<int>(std::clamp<qint64>(retryAt - now() + 1, 0, m_config.backoffMaxMs)));
        return;
    }
    if (reconcileDue())
        return startReconcile();
    finishRun(SyncOutcome::Done);
}

void SyncEngine::pullNext()
{
    setState(SyncState::Pulling);
    m_job = m_http.get(QStringLiteral("%1?cursor=%2&limit=%3")
                           .arg(QString::fromLatin1(wire::kPathPull))
                           .arg(m_cursor)
                           .arg(m_config.pullLimit));
    connect(m_job, &NetworkJob::finished, this, &SyncEngine::onPullAnswer);
}

void SyncEngine::onPullAnswer(NetworkJob* job)
{
    job->deleteLater();
    m_job = nullptr;
    const JobResult result = job->result();
    countJob(result);
    if (m_cancelled)
        return finishRun(SyncOutcome::Cancelled);
    if (result.outcome == JobOutcome::Transient)
        return onTransient(result, {});
    if (result.outcome != JobOutcome::Ok)
        return fail(result);
    const auto page = wire::decodeChangesPage(result.body);
    if (!page.ok()) {
        JobResult damaged = result;
        damaged.outcome = JobOutcome::Transient;
        damaged.error = badAnswer();
        return onTransient(damaged, {});
    }
    if (!applyPage(page.value().changes, page.value().cursor))
        return;
    m_pullMore = page.value().more && page.value().cursor > 0;
    Q_EMIT progressChanged(m_progress);
    pushDone();
}

bool SyncEngine::reconcileDue()
{
    if (m_reconcileRequested)
        return true;
    const qint64 last = value(keys::kLastReconcile).toLongLong();
    if (last == 0) {
        // A new device starts counting now: nothing it sent can have been lost yet.
        (void)m_store.setSyncValue(QString::fromLatin1(keys::kLastReconcile), QString::number(now()));
        return false;
    }
    // A clock set back must not postpone reconciliation for a year.
    return now() - last >= m_config.reconcileIntervalMs || now() < last;
}

void SyncEngine::startReconcile()
{
    m_reconcileRequested = false;
    setState(SyncState::Reconciling);
    m_reconciler.start(1, m_store.lastOutboxSeq());
}

void SyncEngine::onReconciled(const ReconcileReport& report, const JobResult& failure)
{
    m_progress.requests += report.requests;
    m_progress.bytesSent += report.bytesSent;
    m_progress.bytesReceived += report.bytesReceived;
    if (m_cancelled)
        return finishRun(SyncOutcome::Cancelled);
    if (failure.outcome == JobOutcome::Transient) {
        m_reconcileRequested = true;
        return onTransient(failure, {});
    }
    if (failure.outcome != JobOutcome::Ok)
        return fail(failure);
    for (qint64 seq : report.requeued) {
        EntryOutcome o;
        o.seq = seq;
        o.kind = EntryOutcome::Kind::Requeued;
        Q_EMIT entryOutcome(o);
    }
    m_progress.requeued += report.requeued.size();
    m_progress.accepted += report.confirmed.size();
    if (!setValue(keys::kLastReconcile, QString::number(now())))
        return;
    Q_EMIT progressChanged(m_progress);
    if (!report.requeued.isEmpty()) {
        // Send what the central office lost, in this same run.
        m_pushesThisRun = 0;
        return sendNext();
    }
    finishRun(SyncOutcome::Done);
}

void SyncEngine::fail(const JobResult& result)
{
    switch (result.outcome) {
    case JobOutcome::Auth:
        return finishRun(SyncOutcome::Unauthorised, result.error);
    case JobOutcome::Tls:
        return finishRun(SyncOutcome::TlsRefused, result.error);
    default:
        return finishRun(SyncOutcome::Refused, result.error);
    }
}

void SyncEngine::finishRun(SyncOutcome outcome, const Error& error)
{
    if (!m_running)
        return;
    m_running = false;
    m_retryTimer.stop();
    dropPrepared();
    m_inflight.reset();
    m_unapplied.reset(); // its batch stays covered by the saved marker
    abandonJob();
    SyncSummary summary;
    summary.outcome = outcome;
    summary.error = error;
    summary.progress = m_progress;
    summary.remainingPending = m_store.queueStatus().pending;
    if (outcome != SyncOutcome::Done && outcome != SyncOutcome::Cancelled && !error.code.isEmpty())
        Q_EMIT errorOccurred(error);
    setState(SyncState::Idle);
    Q_EMIT finished(summary);
    if (m_again && outcome == SyncOutcome::Done)
        QTimer::singleShot(0, this, &SyncEngine::syncNow);
    m_again = false;
}

} // namespace fe::sync
