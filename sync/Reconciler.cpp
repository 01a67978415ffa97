#include "Reconciler.h"

#include "HttpClient.h"
#include "wire/Api.h"
#include "wire/Manifest.h"

#include <algorithm>

namespace fe::sync {
namespace {

constexpr int kInitialRanges = 64;
constexpr int kSplit = 16;

} // namespace

Reconciler::Reconciler(Store& store, HttpClient& http, QObject* parent)
    : QObject(parent), m_store(store), m_http(http)
{}

void Reconciler::start(qint64 fromSeq, qint64 toSeq, qint64 claimFrom, qint64 claimTo)
{
    m_report = {};
    m_items.clear();
    m_queue.clear();
    for (const OutboxEntry& e : m_store.outboxRange(fromSeq, toSeq)) {
        const auto entity = wire::entityFromName(e.entity);
        if (!entity)
            continue;
        const bool claimed = e.state == QLatin1String("pending") && e.seq >= claimFrom && e.seq <= claimTo;
        m_items.push_back(
            {e.seq, wire::ManifestHasher::line({e.seq, *entity, e.entityId, e.entityVersion, e.payloadHash}),
             e.state, e.state == QLatin1String("sent") || claimed});
    }
    if (toSeq >= fromSeq)
        split({fromSeq, toSeq}, kInitialRanges);
    nextRound();
}

void Reconciler::cancel()
{
    if (m_job)
        m_job->abort();
}

void Reconciler::split(const Range& r, int parts)
{
    const qint64 width = r.to - r.from + 1;
    parts = static_cast<int>(std::min<qint64>(parts, width));
    qint64 from = r.from;
    for (int i = 0; i < parts; ++i) {
        const qint64 to = i == parts - 1 ? r.to : from + width / parts - 1 + (i < width % parts ? 1 : 0);
        m_queue.push_back({from, to});
        from = to + 1;
    }
}

std::pair<std::vector<Reconciler::Item>::const_iterator, std::vector<Reconciler::Item>::const_iterator>
Reconciler::itemsIn(const Range& r) const
{
    const auto begin = std::lower_bound(m_items.begin(), m_items.end(), r.from,
                                        [](const Item& i, qint64 seq) { return i.seq < seq; });
    const auto end = std::upper_bound(m_items.begin(), m_items.end(), r.to,
                                      [](qint64 seq, const Item& i) { return seq < i.seq; });
    return {begin, end};
}

void Reconciler::nextRound()
{
    if (m_queue.empty()) {
        complete({});
        return;
    }
    wire::ManifestRequest request;
    request.by = wire::ManifestRequest::By::Seq;
    QList<Range> asked;
    while (!m_queue.empty() && asked.size() < wire::Limits{}.maxManifestRanges) {
        asked.append(m_queue.front());
        request.seqRanges.append({m_queue.front().from, m_queue.front().to});
        m_queue.pop_front();
    }
    m_job = m_http.post(wire::kPathManifest, wire::encode(request), true);
    ++m_report.requests;
    connect(m_job, &NetworkJob::finished, this, [this, asked](NetworkJob* job) { onAnswer(job, asked); });
}

void Reconciler::onAnswer(NetworkJob* job, const QList<Range>& asked)
{
    job->deleteLater();
    const JobResult result = job->result();
    m_report.bytesSent += result.bytesSent;
    m_report.bytesReceived += result.bytesReceived;
    if (result.outcome != JobOutcome::Ok)
        return complete(result);
    const auto answer = wire::decodeManifestResponse(result.body);
    if (!answer.ok() || answer.value().ranges.size() != asked.size()) {
        JobResult failure = result;
        failure.outcome = JobOutcome::Transient;
        failure.error = {QStringLiteral("sync.bad_answer"),
                         tr("The central office's answer was cut short or damaged."),
                         {}};
        return complete(failure);
    }
    for (qsizetype i = 0; i < asked.size(); ++i)
        settle(asked[i], answer.value().ranges[i].count, answer.value().ranges[i].hashHex);
    nextRound();
}

void Reconciler::settle(const Range& range, qint64 serverCount, const QByteArray& serverHash)
{
    const auto [begin, end] = itemsIn(range);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 count = 0;
    for (auto it = begin; it != end; ++it)
        if (it->expected) {
            hash.addData(it->line);
            ++count;
        }
    const bool equal = count == serverCount && hash.result().toHex() == serverHash;
    if (equal) {
        for (auto it = begin; it != end; ++it)
            if (it->expected && it->state == QLatin1String("pending"))
                m_report.confirmed.append(it->seq);
        return;
    }
    if (serverCount == 0 || range.from == range.to) {
        // Nothing of it is held, or one entry: decide per entry.
        for (auto it = begin; it != end; ++it) {
            if (serverCount == 1 && range.from == range.to) {
                QCryptographicHash single(QCryptographicHash::Sha256);
                single.addData(it->line);
                if (single.result().toHex() == serverHash) {
                    // Held as the device has it: a pending entry whose answer was lost.
                    if (it->state == QLatin1String("pending"))
                        m_report.confirmed.append(it->seq);
                    continue;
                }
            }
            if (it->state == QLatin1String("sent"))
                m_report.requeued.append(it->seq); // lost (or changed) at the central office: send again
        }
        return;
    }
    split(range, kSplit);
}

void Reconciler::complete(const JobResult& failure)
{
    m_job = nullptr;
    if (failure.outcome == JobOutcome::Ok) {
        QList<OutboxResult> accepted;
        for (qint64 seq : std::as_const(m_report.confirmed))
            accepted.append({seq, OutboxResult::Outcome::Accepted, {}, {}, {}});
        Status s = accepted.isEmpty() ? Status() : m_store.applyOutboxResults(accepted, 0);
        if (s && !m_report.requeued.isEmpty())
            s = m_store.requeueOutbox(m_report.requeued);
        if (!s) {
            JobResult stored;
            stored.outcome = JobOutcome::Refused;
            stored.error = s.error();
            Q_EMIT finished(m_report, stored);
            return;
        }
    }
    Q_EMIT finished(m_report, failure);
}

} // namespace fe::sync
