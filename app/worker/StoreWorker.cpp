#include "worker/StoreWorker.h"

#include "common/Allocator.h"
#include "store/Backup.h"

#include <QCollator>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <limits>
#include <map>
#include <vector>

namespace fe {
namespace app {
namespace {

constexpr int kChunkRows = 10000;
constexpr int kProgressEvery = 5000;
// Search results shown at most: several screenfuls. Each is read from the store on every keystroke.
constexpr int kSearchLimit = 100;

Error noStore()
{
    return {QStringLiteral("app.no_store"),
            QCoreApplication::translate("StoreWorker", "No store is open. Open or create one first."),
            {}};
}

} // namespace

StoreWorker::StoreWorker(QObject* parent) : QObject(parent) {}

StoreWorker::~StoreWorker() = default;

bool StoreWorker::requireStore(quint64 request)
{
    if (m_store)
        return true;
    Q_EMIT requestFailed(request, noStore());
    return false;
}

void StoreWorker::adopt(std::unique_ptr<fe::Store> store)
{
    m_store = std::move(store);
    // Made once: building a time zone from its name costs more than summarising a member.
    if (m_store)
        m_zone = QTimeZone(m_store->country().timeZoneId.toLatin1());
    m_pendingMembers.clear();
    m_quarantinedMembers.clear();
    m_syncStatesKnown = false;
}

void StoreWorker::ensureSyncStates()
{
    if (m_syncStatesKnown || !m_store)
        return;
    // The pending outbox names the records not yet sent; the sync engine will keep these sets
    // current once it exists. Until then only this worker writes, and it updates them itself.
    m_pendingMembers = m_store->pendingEntityIds(QStringLiteral("member"));
    for (const QuarantinedEntry& q : m_store->quarantinedOutbox())
        if (q.entry.entity == QLatin1String("member"))
            m_quarantinedMembers.insert(q.entry.entityId, q.message.isEmpty() ? q.code : q.message);
    m_syncStatesKnown = true;
}

StoreInfo StoreWorker::info() const
{
    StoreInfo i;
    i.path = m_store->path();
    i.country = m_store->country();
    i.reference = m_store->reference();
    for (const Scheme& s : m_store->schemes())
        if (s.country == m_store->country().country)
            i.schemes.append(s);
    i.deviceId = m_store->deviceId();
    i.encrypted = m_store->isEncrypted();
    i.loggedIn = m_store->currentOperator();
    // The device name comes with the first status (counting a large store takes a moment, and
    // the window should not wait for it).
    return i;
}

SyncState StoreWorker::syncStateOf(const Member& member) const
{
    if (m_quarantinedMembers.contains(member.id))
        return SyncState::NeedsAttention;
    if (m_pendingMembers.contains(member.id))
        return SyncState::SavedLocally;
    return member.memberNumber.isEmpty() ? SyncState::Sent : SyncState::Accepted;
}

MemberSummary StoreWorker::summaryOf(const Member& m) const
{
    MemberSummary s;
    s.id = m.id;
    s.name = m.name.displayLocal();
    s.nameLatin = m.name.displayLatin();
    s.districtCode = m.address.districtCode;
    const QList<Scheme>& schemes = m_store->schemes();
    for (const SchemeEnrolment& e : m.schemes)
        for (qsizetype i = 0, bit = 0; i < schemes.size(); ++i) {
            if (schemes[i].country != m_store->country().country)
                continue;
            if (schemes[i].code == e.schemeCode && bit < 32)
                s.schemeMask |= 1u << bit;
            ++bit;
        }
    s.registeredOn = m.createdAt.toTimeZone(m_zone).date();
    s.memberNumber = m.memberNumber;
    s.sync = syncStateOf(m);
    return s;
}

void StoreWorker::openStore(quint64 request, const QString& path)
{
    m_store.reset();
    auto opened = Store::open(path, storeOptions());
    if (!opened.ok()) {
        Q_EMIT requestFailed(request, opened.error());
        return;
    }
    adopt(std::move(opened).value());
    Q_EMIT storeOpened(request, info());
    refreshStatus();
}

void StoreWorker::createStore(quint64 request, const QString& path, const fe::CreateOptions& options)
{
    const QFileInfo file(path);
    if (!file.absoluteDir().exists() && !file.absoluteDir().mkpath(QStringLiteral("."))) {
        Q_EMIT requestFailed(request, {QStringLiteral("app.folder"),
                                       tr("The folder %1 cannot be created.").arg(file.absolutePath()),
                                       QStringLiteral("path")});
        return;
    }
    auto created = Store::create(path, options, storeOptions());
    if (!created.ok()) {
        Q_EMIT requestFailed(request, created.error());
        return;
    }
    m_store.reset();
    adopt(std::move(created).value());
    // Created with its first administrator: encrypted and already unlocked for them. The answer
    // carries the recovery code (shown once); then the login is broadcast (request 0) so that
    // the sync thread, which opens the store on storeOpened, gets the session after it.
    StoreInfo opened = info();
    opened.recoveryCode = m_store->takeRecoveryCode();
    Q_EMIT storeOpened(request, opened);
    if (m_store->isEncrypted() && m_store->isUnlocked())
        Q_EMIT loginFinished(0, loggedIn());
    refreshStatus();
}

StoreOptions StoreWorker::storeOptions() const
{
    StoreOptions options;
    options.kdfCost = m_kdfCost;
    return options;
}

LoginOutcome StoreWorker::loggedIn(QString recoveryCode) const
{
    LoginOutcome outcome;
    outcome.loggedIn = m_store->currentOperator();
    outcome.recoveryCode = std::move(recoveryCode);
    if (auto session = m_store->shareSession())
        outcome.session = std::make_shared<OperatorSession>(std::move(*session));
    return outcome;
}

void StoreWorker::unlock(quint64 request, const QString& username, const QString& password)
{
    if (!requireStore(request))
        return;
    LoginOutcome outcome;
    if (const Status status = m_store->unlock(username, password); !status.ok()) {
        outcome.error = status.error();
        outcome.retryAfterMs = m_store->retryAfterMs();
        Q_EMIT loginFinished(request, outcome);
        return;
    }
    // Whatever was read while locked (nothing: every read was empty) is read again.
    adopt(std::move(m_store));
    Q_EMIT loginFinished(request, loggedIn());
    refreshStatus();
}

void StoreWorker::lock(quint64 request)
{
    if (m_store) {
        m_store->lock();
        adopt(std::move(m_store)); // drops the worker's own index and sync states
    }
    fe::releaseFreeMemory();
    Q_EMIT storeLocked(request);
}

void StoreWorker::setUpEncryption(quint64 request, const fe::NewOperator& admin, const QString& password)
{
    if (!requireStore(request))
        return;
    auto sealed = m_store->setUpEncryption(admin, password);
    if (!sealed.ok()) {
        LoginOutcome outcome;
        outcome.error = sealed.error();
        Q_EMIT loginFinished(request, outcome);
        return;
    }
    Q_EMIT loginFinished(request, loggedIn(sealed.value()));
    refreshStatus();
}

void StoreWorker::answerOperators(quint64 request, const Status& change)
{
    if (!change.ok()) {
        Q_EMIT requestFailed(request, change.error());
        return;
    }
    auto listed = m_store->listOperators();
    if (!listed.ok()) {
        Q_EMIT requestFailed(request, listed.error());
        return;
    }
    Q_EMIT operatorsListed(request, listed.value());
}

void StoreWorker::listOperators(quint64 request)
{
    if (requireStore(request))
        answerOperators(request, Status::success());
}

void StoreWorker::addOperator(quint64 request, const fe::NewOperator& account, const QString& password)
{
    if (!requireStore(request))
        return;
    const auto added = m_store->addOperator(account, password);
    answerOperators(request, added.ok() ? Status::success() : Status(added.error()));
}

void StoreWorker::resetOperatorPassword(quint64 request, const QUuid& id, const QString& password)
{
    if (requireStore(request))
        answerOperators(request, m_store->resetOperatorPassword(id, password));
}

void StoreWorker::setOperatorLocked(quint64 request, const QUuid& id, bool locked)
{
    if (requireStore(request))
        answerOperators(request, m_store->setOperatorLocked(id, locked));
}

void StoreWorker::closeStore(quint64 request)
{
    m_store.reset();
    m_pendingMembers.clear();
    m_quarantinedMembers.clear();
    Q_EMIT storeClosed(request);
}

void StoreWorker::registerMember(quint64 request, const fe::Member& member, const QString& operatorId,
                                 const QList<fe::DuplicateDecision>& decisions)
{
    if (!requireStore(request))
        return;
    ensureSyncStates();
    SaveResult result = m_store->registerMember(member, operatorId);
    if (result.ok()) {
        m_pendingMembers.insert(result.saved->id);
        if (const auto saved = m_store->member(result.saved->id))
            Q_EMIT memberChanged(summaryOf(*saved));
        if (!decisions.isEmpty()) {
            // The member is saved either way; a decision that could not be kept is said so in the
            // saved notes rather than losing the registration.
            if (const Status kept =
                    m_store->recordDuplicateDecisions(result.saved->id, decisions, operatorId);
                !kept.ok())
                result.saved->notes.append(
                    tr("The decision about possible duplicates could not be recorded: %1")
                        .arg(kept.error().message));
        }
    }
    Q_EMIT memberSaved(request, result);
    if (result.ok())
        refreshStatus();
}

void StoreWorker::checkDuplicates(quint64 request, const fe::Member& member)
{
    if (!requireStore(request))
        return;
    // The store's index (built at login) holds every member; a duplicate must not slip through
    // because it could not be built, so that is an error, not "no candidates".
    const QList<DuplicateCandidate> candidates = m_store->duplicateCandidates(member);
    if (!m_store->searchIndex()) {
        Q_EMIT requestFailed(request, {QStringLiteral("store.search_unavailable"),
                                       tr("The check for possible duplicates could not run. Try again; if it "
                                          "keeps failing, lock and log in again."),
                                       {}});
        return;
    }
    DuplicateCheck check;
    for (const DuplicateCandidate& candidate : candidates) {
        const auto existing = m_store->member(candidate.id);
        if (!existing)
            continue; // gone meanwhile (a restore): nothing to show
        check.candidates.append(candidate);
        check.existing.append(*existing);
    }
    Q_EMIT duplicatesChecked(request, check);
}

void StoreWorker::recordDuplicateDecisions(quint64 request, const QUuid& memberId,
                                           const QList<fe::DuplicateDecision>& decisions,
                                           const QString& operatorId)
{
    if (!requireStore(request))
        return;
    if (const Status kept = m_store->recordDuplicateDecisions(memberId, decisions, operatorId); !kept.ok()) {
        Q_EMIT requestFailed(request, kept.error());
        return;
    }
    Q_EMIT decisionsRecorded(request);
    refreshStatus();
}

void StoreWorker::correctMember(quint64 request, const fe::Member& member, const QString& reason,
                                const QString& operatorId)
{
    if (!requireStore(request))
        return;
    ensureSyncStates();
    const SaveResult result = m_store->correctMember(member, reason, operatorId);
    if (result.ok()) {
        m_pendingMembers.insert(result.saved->id);
        m_quarantinedMembers.remove(result.saved->id);
        if (const auto saved = m_store->member(result.saved->id))
            Q_EMIT memberChanged(summaryOf(*saved));
    }
    Q_EMIT memberSaved(request, result);
    if (result.ok())
        refreshStatus();
}

void StoreWorker::recordContribution(quint64 request, const fe::Contribution& contribution,
                                     const QString& operatorId)
{
    if (!requireStore(request))
        return;
    const SaveResult result = m_store->recordContribution(contribution, operatorId);
    ContributionReceipt receipt;
    if (result.ok()) {
        if (auto c = m_store->contribution(result.saved->id))
            receipt.contribution = *c;
        if (auto m = m_store->member(contribution.memberId))
            receipt.member = *m;
    }
    Q_EMIT contributionSaved(request, result, receipt);
    if (result.ok())
        refreshStatus();
}

void StoreWorker::voidContribution(quint64 request, const QUuid& id, const QString& reason,
                                   const QString& operatorId)
{
    if (!requireStore(request))
        return;
    const SaveResult result = m_store->voidContribution(id, reason, operatorId);
    ContributionReceipt receipt;
    if (result.ok())
        if (auto c = m_store->contribution(id)) {
            receipt.contribution = *c;
            if (auto m = m_store->member(c->memberId))
                receipt.member = *m;
        }
    Q_EMIT contributionSaved(request, result, receipt);
    if (result.ok())
        refreshStatus();
}

void StoreWorker::loadDirectory(quint64 request, const QLocale& collation, const CancelFlag& cancel)
{
    if (!requireStore(request))
        return;
    ensureSyncStates();
    const qint64 total = m_store->status().members;
    // Sort keys apart from the rows, so that they can be freed before the rows go out to the
    // screen: the list's peak memory with 250,000 members is what counts.
    std::vector<QCollatorSortKey> keys;
    std::vector<MemberSummary> rows;
    keys.reserve(static_cast<size_t>(total));
    rows.reserve(static_cast<size_t>(total));
    QCollator collator(collation);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    QHash<QString, QString> districts; // one shared copy of each district code
    bool cancelled = false;
    m_store->setSearchLocale(collation); // name results in the same order as the list
    const Status status = m_store->forEachMember([&](const Member& m) {
        if (cancel && cancel->load()) {
            cancelled = true;
            return false;
        }
        MemberSummary s = summaryOf(m);
        auto d = districts.constFind(s.districtCode);
        if (d == districts.constEnd())
            d = districts.insert(s.districtCode, s.districtCode);
        s.districtCode = *d;
        keys.push_back(collator.sortKey(s.name));
        rows.push_back(std::move(s));
        if (rows.size() % kProgressEvery == 0)
            Q_EMIT progress(request, static_cast<qint64>(rows.size()), total);
        return true;
    });
    if (!status.ok()) {
        Q_EMIT requestFailed(request, status.error());
        return;
    }
    if (cancelled) {
        Q_EMIT directoryLoaded(request, true);
        return;
    }
    std::vector<quint32> order(rows.size());
    for (quint32 i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
        const int c = keys[a].compare(keys[b]);
        return c != 0 ? c < 0 : rows[a].id < rows[b].id;
    });
    std::vector<QCollatorSortKey>().swap(keys);
    QList<MemberSummary> chunk;
    chunk.reserve(kChunkRows);
    // The first letter of the first name in the list: what the warm-up below searches for.
    const QString warmUpQuery = order.empty() ? QString() : rows[order.front()].name.left(1);
    for (const quint32 i : order) {
        chunk.append(std::move(rows[i]));
        if (chunk.size() == kChunkRows) {
            Q_EMIT directoryChunk(request, chunk);
            chunk = QList<MemberSummary>();
            chunk.reserve(kChunkRows);
        }
    }
    if (!chunk.isEmpty())
        Q_EMIT directoryChunk(request, chunk);
    std::vector<MemberSummary>().swap(rows);
    std::vector<quint32>().swap(order);
    // After the rows are out, before "loaded": what the index would build on the first search.
    if (const SearchIndex* index = m_store->searchIndex())
        index->prepareForSearch();
    // The pass freed far more than it keeps (decoded records, sort keys): give it back.
    fe::releaseFreeMemory();
    // One search, its answer dropped, before the list says it is ready: the operator's first
    // keystroke otherwise pays for what any first search does once (the index's memory brought
    // back into the processor's caches, scratch memory the system must first hand out, SQLite's
    // page cache that the pass emptied): 80 ms instead of 20 with 250,000 members.
    if (!warmUpQuery.isEmpty())
        (void)findMembers(warmUpQuery);
    Q_EMIT directoryLoaded(request, false);
}

void StoreWorker::search(quint64 request, const QString& text, quint64 generation,
                         const std::shared_ptr<std::atomic<quint64>>& latest)
{
    if (latest && latest->load() != generation) {
        Q_EMIT searchSkipped(request);
        return;
    }
    if (!requireStore(request))
        return;
    Q_EMIT searchFinished(request, findMembers(text));
}

QList<MemberSummary> StoreWorker::findMembers(const QString& text)
{
    ensureSyncStates();
    const QString query = text.trimmed();
    QList<MemberSummary> out;
    QSet<QUuid> seen;
    const auto addId = [&](const QUuid& id) {
        if (seen.contains(id))
            return;
        if (const auto m = m_store->member(id)) {
            seen.insert(id);
            out.append(summaryOf(*m));
        }
    };
    // Member numbers and corrections the sync thread wrote since the last search.
    m_store->refreshSearchIndex();
    if (const SearchIndex* index = m_store->searchIndex(); index && !query.isEmpty()) {
        // A document, phone, member number or receipt identifies one person: those first.
        for (const QUuid& id : index->findByDocument(query))
            addId(id);
        for (const QUuid& id : index->findByPhone(query))
            addId(id);
        for (const QUuid& id : index->findByMemberNumber(query))
            addId(id);
        if (const auto payer = index->findByReceipt(query))
            addId(*payer);
        for (const SearchHit& hit : index->searchNames(query, kSearchLimit).hits)
            if (out.size() < kSearchLimit)
                addId(hit.id);
    } else if (!query.isEmpty()) {
        // No index (an unencrypted store before its encryption is set up): the store itself.
        // Exact look-ups first: a document or phone number identifies one person.
        for (const QUuid& id : m_store->findByDocument(query))
            addId(id);
        for (const QUuid& id : m_store->findByPhone(query))
            addId(id);
        // Names never contain digits (the validator refuses them): a query with a digit is a
        // document or phone number, and scanning every name for it would find nothing.
        const bool hasDigit = std::any_of(query.begin(), query.end(), [](QChar c) { return c.isDigit(); });
        if (!hasDigit)
            for (const Member& m : m_store->searchByNamePrefix(query, kSearchLimit))
                if (!seen.contains(m.id)) {
                    seen.insert(m.id);
                    out.append(summaryOf(m));
                }
    }
    return out;
}

void StoreWorker::loadMemberDetail(quint64 request, const QUuid& id)
{
    if (!requireStore(request))
        return;
    ensureSyncStates();
    const auto m = m_store->member(id);
    if (!m) {
        Q_EMIT requestFailed(request, {QStringLiteral("member.missing"), tr("There is no such member."), {}});
        return;
    }
    MemberDetail d;
    d.member = *m;
    d.contributions = m_store->contributionsOf(id);
    d.history = m_store->history(QStringLiteral("member"), id);
    d.sync = syncStateOf(*m);
    d.syncProblem = m_quarantinedMembers.value(id);
    Q_EMIT memberDetailLoaded(request, d);
}

void StoreWorker::loadMemberContributions(quint64 request, const QUuid& id)
{
    if (!requireStore(request))
        return;
    Q_EMIT contributionsLoaded(request, m_store->contributionsOf(id));
}

void StoreWorker::loadCharts(quint64 request, const CancelFlag& cancel)
{
    if (!requireStore(request))
        return;
    const QTimeZone zone(m_store->country().timeZoneId.toLatin1());
    std::map<QDate, int> perDay;
    bool cancelled = false;
    Status status = m_store->forEachMember([&](const Member& m) {
        if (cancel && cancel->load()) {
            cancelled = true;
            return false;
        }
        ++perDay[m.createdAt.toTimeZone(zone).date()];
        return true;
    });
    std::map<QString, SchemeTotal> perScheme;
    if (status.ok() && !cancelled)
        status = m_store->forEachContribution([&](const Contribution& c) {
            if (cancel && cancel->load()) {
                cancelled = true;
                return false;
            }
            if (c.isVoided())
                return true;
            SchemeTotal& t = perScheme[c.schemeCode];
            t.schemeCode = c.schemeCode;
            t.total.currency = c.amount.currency;
            t.total.minor += c.amount.minor;
            ++t.payments;
            return true;
        });
    if (!status.ok()) {
        Q_EMIT requestFailed(request, status.error());
        return;
    }
    if (cancelled) {
        Q_EMIT requestFailed(request, {QStringLiteral("app.cancelled"), tr("Cancelled."), {}});
        return;
    }
    ChartData data;
    for (const auto& [day, count] : perDay)
        data.registrationsPerDay.append({day, count});
    for (const Scheme& s : m_store->schemes()) {
        if (s.country != m_store->country().country)
            continue;
        const auto it = perScheme.find(s.code);
        data.contributionsByScheme.append(
            it != perScheme.end() ? it->second
                                  : SchemeTotal{s.code, Money{0, m_store->country().currency}, 0});
    }
    Q_EMIT chartsLoaded(request, data);
}

void StoreWorker::backup(quint64 request, const QString& folder, const CancelFlag& cancel)
{
    if (!requireStore(request))
        return;
    const auto result = Backup::create(m_store->path(), folder, [&](qint64 done, qint64 total) {
        Q_EMIT progress(request, done, total);
        return !(cancel && cancel->load());
    });
    if (!result.ok()) {
        Q_EMIT requestFailed(request, result.error());
        return;
    }
    Q_EMIT backupFinished(request, result.value());
}

void StoreWorker::restore(quint64 request, const QString& backupFile)
{
    if (!requireStore(request))
        return;
    const QString path = m_store->path();
    const Country country = m_store->country().country;
    // The operator stays logged in across the restore when the backup has the same data key and
    // still knows them; otherwise the store reopens locked and the login screen asks again.
    std::optional<OperatorSession> session = m_store->shareSession();
    m_store.reset(); // the file is replaced only while closed
    const auto restored = Backup::restore(backupFile, path, country);
    auto reopened = Store::open(path, storeOptions());
    if (!reopened.ok()) {
        Q_EMIT requestFailed(request, reopened.error());
        return;
    }
    if (session && reopened.value()->isEncrypted())
        (void)reopened.value()->unlock(std::move(*session));
    adopt(std::move(reopened).value());
    if (!restored.ok())
        Q_EMIT requestFailed(request, restored.error());
    else
        Q_EMIT restoreFinished(request, info(), restored.value());
    // Still logged in: the sync thread, which reopens the store after the restore (or after a
    // failed one), gets the session again.
    if (m_store->isEncrypted() && m_store->isUnlocked())
        Q_EMIT loginFinished(0, loggedIn());
    if (restored.ok())
        refreshStatus();
}

void StoreWorker::reloadSyncStates()
{
    if (!m_store)
        return;
    // Members that were on their way may have been sent, set aside or numbered since: their rows
    // in the members list are sent again.
    QSet<QUuid> before = m_pendingMembers;
    for (auto it = m_quarantinedMembers.cbegin(); it != m_quarantinedMembers.cend(); ++it)
        before.insert(it.key());
    const bool known = m_syncStatesKnown;
    m_pendingMembers.clear();
    m_quarantinedMembers.clear();
    m_syncStatesKnown = false;
    if (known) {
        ensureSyncStates();
        for (auto it = m_quarantinedMembers.cbegin(); it != m_quarantinedMembers.cend(); ++it)
            before.insert(it.key());
        for (const QUuid& id : std::as_const(before))
            if (const auto m = m_store->member(id))
                Q_EMIT memberChanged(summaryOf(*m));
    }
    refreshStatus();
}

void StoreWorker::refreshStatus()
{
    if (!m_store)
        return;
    Q_EMIT statusChanged(m_store->status());
    // After a change, its answer already on its way to the window: the write-ahead log goes into
    // the store file now rather than inside a later save (Store::checkpointIfDue).
    m_store->checkpointIfDue();
}

} // namespace app
} // namespace fe
