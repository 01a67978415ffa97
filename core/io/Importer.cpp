#include "io/Importer.h"

#include "io/ImportKeys.h"
#include "io/MemberResolver.h"
#include "io/MemberRowPipeline.h"
#include "io/RecordSource.h"
#include "io/RowParser.h"
#include "store/Store.h"
#include "validation/Normalise.h"

#include <QFile>

#include <memory>
#include <tuple>
#include <vector>

namespace fe {
namespace {

// Thrown inside a row's savepoint to roll that row back; it never leaves the importer.
struct RowFailed
{
    QList<Error> errors;
};

// Thrown when a saved row's import key cannot be written: the whole batch is rolled back, so no
// row is ever saved without its key. Only the disk failing causes it.
struct BatchFailed
{
    Error error;
};

void remember(Store& store, const QStringList& keys, const QString& entity, const QUuid& id)
{
    for (const QString& key : keys)
        if (const Status remembered = store.rememberImport(key, entity, id); !remembered.ok())
            throw BatchFailed{remembered.error()};
}

void rememberStored(Store& store, const QStringList& storedKeys, const QString& entity, const QUuid& id)
{
    for (const QString& key : storedKeys)
        if (const Status remembered = store.rememberImportByStoredKey(key, entity, id); !remembered.ok())
            throw BatchFailed{remembered.error()};
}

QList<Error> errorsOf(const SaveResult& s)
{
    return s.fieldErrors.isEmpty() ? QList<Error>{s.error} : s.fieldErrors;
}

// "household[3].name.given" -> 3; -1 for fields of the member itself.
int householdIndex(const QString& field)
{
    if (!field.startsWith(QLatin1String("household[")))
        return -1;
    const qsizetype close = field.indexOf(QLatin1Char(']'));
    bool ok = false;
    const int index = field.mid(10, close - 10).toInt(&ok);
    return ok ? index : -1;
}

} // namespace

QString toKey(ImportRowResult::Outcome outcome)
{
    switch (outcome) {
    case ImportRowResult::Outcome::Accepted:
        return QStringLiteral("accepted");
    case ImportRowResult::Outcome::Rejected:
        return QStringLiteral("rejected");
    case ImportRowResult::Outcome::AlreadyImported:
        return QStringLiteral("already_imported");
    }
    return {};
}

struct Importer::Run
{
    RecordKind kind;
    RecordSource& source;
    ImportReport& report;
    MemberResolver resolver;
    RowParser parser;
    std::optional<SourceRecord> peeked;
    qint64 rowsRead = 0;
    bool stop = false;
    // The rows a batch read, kept so that it can be done again row by row (Store::kBatchRedo).
    QList<SourceRecord> batchRows;
    qsizetype replayAt = -1; // while doing a batch again: the next of batchRows to hand out
    // Members files: rows read and prepared on a second thread, in the chunks it hands over.
    // The batch's rows are chunks[0] from batchStart on, then the chunks after it, up to
    // (chunkAt, rowAt): doing a batch again goes back to its start.
    std::unique_ptr<MemberRowPipeline> members;
    std::vector<MemberRowPipeline::Chunk> chunks;
    std::size_t chunkAt = 0;
    std::size_t rowAt = 0;
    std::size_t batchStart = 0;

    // The next members row, or null at the end of the file.
    const PreparedMemberRow* nextMember()
    {
        while (chunkAt < chunks.size() && rowAt == chunks[chunkAt].size()) {
            ++chunkAt;
            rowAt = 0;
        }
        if (chunkAt == chunks.size()) {
            MemberRowPipeline::Chunk chunk;
            if (!members->nextChunk(chunk))
                return nullptr;
            chunks.push_back(std::move(chunk)); // moving a chunk leaves its rows where they are
        }
        return &chunks[chunkAt][rowAt++];
    }
    void startMemberBatch()
    {
        while (chunkAt < chunks.size() && rowAt == chunks[chunkAt].size()) {
            ++chunkAt;
            rowAt = 0;
        }
        for (std::size_t i = 0; i < chunkAt; ++i)
            members->recycle(std::move(chunks[i]));
        chunks.erase(chunks.begin(), chunks.begin() + static_cast<std::ptrdiff_t>(chunkAt));
        chunkAt = 0;
        batchStart = rowAt;
    }
    void replayMemberBatch()
    {
        chunkAt = 0;
        rowAt = batchStart;
    }

    bool next(SourceRecord& out)
    {
        if (replayAt >= 0) {
            if (replayAt < batchRows.size()) {
                out = batchRows[replayAt++];
                return true;
            }
            replayAt = -1; // the batch read up to here; what follows comes from the file again
        }
        if (peeked) {
            out = std::move(*peeked);
            peeked.reset();
        } else if (!source.next(out)) {
            return false;
        }
        batchRows.append(out);
        return true;
    }
    void unread(SourceRecord record) { peeked = std::move(record); }

    void add(ImportRowResult r)
    {
        switch (r.outcome) {
        case ImportRowResult::Outcome::Accepted:
            ++report.accepted;
            break;
        case ImportRowResult::Outcome::Rejected:
            ++report.rejected;
            break;
        case ImportRowResult::Outcome::AlreadyImported:
            ++report.alreadyImported;
            break;
        }
        report.rows.append(std::move(r));
    }
    void accept(int line, const QUuid& id, QStringList notes)
    {
        add({line, ImportRowResult::Outcome::Accepted, id, {}, std::move(notes)});
    }
    void reject(int line, QList<Error> errors, QStringList notes = {})
    {
        add({line, ImportRowResult::Outcome::Rejected, {}, std::move(errors), std::move(notes)});
    }
    void already(int line, const QUuid& id)
    {
        add({line, ImportRowResult::Outcome::AlreadyImported, id, {}, {}});
    }
};

Importer::Importer(Store& store, ImportOptions options) : m_store(store), m_options(std::move(options))
{
    m_options.batchSize = qMax(1, m_options.batchSize);
    m_options.progressInterval = qMax(1, m_options.progressInterval);
}

ImportReport Importer::importFile(RecordKind kind, const QString& path)
{
    ImportReport report;
    const auto format = dataFormatForPath(path);
    if (!format) {
        report.fatal = Error{QStringLiteral("import.unknown_format"),
                             tr("%1: the file name must end in .csv or .jsonl.").arg(path),
                             {}};
        return report;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.fatal = Error{QStringLiteral("import.cannot_read"),
                             tr("%1 cannot be read: %2").arg(path, file.errorString()),
                             {}};
        return report;
    }
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        report.fatal = Error{QStringLiteral("import.cannot_read"),
                             tr("%1 cannot be read: %2").arg(path, file.errorString()),
                             {}};
        return report;
    }
    return importData(kind, *format, data);
}

bool Importer::tick(Run& run)
{
    ++run.rowsRead;
    if (m_options.progress && run.rowsRead % m_options.progressInterval == 0 &&
        !m_options.progress({run.rowsRead, run.report.accepted, run.report.rejected,
                             run.report.alreadyImported, run.source.lineCount()}))
        run.stop = true;
    return !run.stop;
}

// One transaction's worth of rows; false when the file has no more.
bool Importer::importBatch(Run& run)
{
    qint64 rows = 0;
    SourceRecord record;
    while (rows < m_options.batchSize && !run.stop) {
        if (run.kind == RecordKind::Members) {
            const PreparedMemberRow* row = run.nextMember();
            if (!row)
                return false;
            importMember(run, *row);
            ++rows;
            tick(run);
            continue;
        }
        if (!run.next(record))
            return false;
        if (run.kind == RecordKind::Households) {
            // Consecutive rows of one member become one correction of that member.
            QList<SourceRecord> group{record};
            const auto owner = [](const SourceRecord& r) {
                return r.error ? QString() : r.values.mid(householdCol::MemberId, 4).join(QChar(0x1F));
            };
            const QString first = owner(record);
            SourceRecord following;
            while (!first.isEmpty() && group.size() < Validator::kMaxHouseholdSize && run.next(following)) {
                if (owner(following) != first) {
                    run.unread(std::move(following));
                    break;
                }
                group.append(std::move(following));
            }
            importHouseholdGroup(run, group);
            rows += group.size();
            for (qsizetype i = 0; i < group.size(); ++i)
                tick(run);
        } else {
            importContribution(run, record);
            ++rows;
            tick(run);
        }
    }
    return true;
}

ImportReport Importer::importData(RecordKind kind, DataFormat format, const QByteArray& data)
{
    ImportReport report;
    RecordSource source(kind, format, data);
    if (const auto problem = source.open()) {
        report.fatal = problem;
        return report;
    }
    Run run{kind,
            source,
            report,
            MemberResolver(m_store),
            RowParser(m_store.country()),
            {},
            0,
            false,
            {},
            -1,
            {},
            {},
            0,
            0,
            0};
    if (kind == RecordKind::Members)
        run.members = std::make_unique<MemberRowPipeline>(source, m_store, m_options.operatorId);
    report.rows.reserve(source.lineCount()); // an upper bound: growing it moved every row again and again
    const Store::BulkWrites bulk(m_store);
    bool more = true;
    while (more && !run.stop) {
        const qsizetype batchStart = report.rows.size();
        const auto counts = std::tuple{report.accepted, report.rejected, report.alreadyImported};
        const qint64 rowsReadBefore = run.rowsRead;
        run.batchRows.clear();
        if (run.members)
            run.startMemberBatch();
        run.replayAt = -1;
        Status committed;
        // Rows are validated and checked for uniqueness before they are written, so a batch is
        // saved without a savepoint per row; if one fails anyway, the batch is rolled back and
        // done again with savepoints, where that row fails alone.
        for (const Store::BatchGuard guard : {Store::BatchGuard::WholeBatch, Store::BatchGuard::EachSave}) {
            try {
                committed = m_store.inBatch([&] { more = importBatch(run); }, guard);
            } catch (const BatchFailed& failed) {
                committed = failed.error; // the transaction was rolled back on the way out
            }
            if (committed.ok() || committed.error().code != QLatin1String(Store::kBatchRedo))
                break;
            report.rows.resize(batchStart);
            std::tie(report.accepted, report.rejected, report.alreadyImported) = counts;
            run.rowsRead = rowsReadBefore;
            run.peeked.reset(); // it is the last of batchRows, read again
            run.replayAt = 0;
            if (run.members)
                run.replayMemberBatch();
            run.stop = false;
            run.resolver.forget(); // it may name members of the rolled-back batch
        }
        if (!committed.ok()) {
            // Nothing of this batch was saved: its accepted rows are not.
            for (qsizetype i = batchStart; i < report.rows.size(); ++i) {
                ImportRowResult& r = report.rows[i];
                if (r.outcome != ImportRowResult::Outcome::Accepted)
                    continue;
                r.outcome = ImportRowResult::Outcome::Rejected;
                r.id = QUuid();
                r.errors = {committed.error()};
                --report.accepted;
                ++report.rejected;
            }
            report.fatal = committed.error();
            break;
        }
    }
    SourceRecord rest;
    report.cancelled = run.stop && !report.fatal &&
                       (kind == RecordKind::Members ? run.nextMember() != nullptr : run.next(rest));
    report.warnings = source.warnings();
    if (m_options.progress)
        (void)m_options.progress(
            {run.rowsRead, report.accepted, report.rejected, report.alreadyImported, source.lineCount()});
    return report;
}

void Importer::importMember(Run& run, const PreparedMemberRow& row)
{
    if (row.readError)
        return run.reject(row.line, {*row.readError});
    const bool storedKeys = row.storedImportKeys.size() == row.importKeys.size();
    if (storedKeys && row.errors.isEmpty() && row.registration && row.registration->report.ok() &&
        !row.registration->refused)
        return importReadyMember(run, row);
    for (qsizetype i = 0; i < row.importKeys.size(); ++i)
        if (const auto id = storedKeys ? m_store.importedEntityByStoredKey(row.storedImportKeys[i])
                                       : m_store.importedEntity(row.importKeys[i]))
            return run.already(row.line, *id);
    if (const auto id = savedWithoutImport(run, row))
        return run.already(row.line, *id);
    if (!row.errors.isEmpty() || !row.registration)
        return run.reject(row.line, row.errors, row.notes);

    // registerPrepared saves the record in a savepoint of its own: all of it or nothing.
    const SaveResult saved = m_store.registerPrepared(*row.registration);
    if (!saved.ok())
        return run.reject(row.line, errorsOf(saved), row.notes);
    if (storedKeys)
        rememberStored(m_store, row.storedImportKeys, QStringLiteral("member"), saved.saved->id);
    else
        remember(m_store, row.importKeys, QStringLiteral("member"), saved.saved->id);
    run.resolver.noteMember(row.sourceId, saved.saved->id);
    run.accept(row.line, saved.saved->id, row.notes + saved.saved->notes);
}

// The member the row names when it is in the store without an import key of this row: exported from
// this very store (its id), or registered by hand with the programme's reference (the reference's
// import key is looked up, or claimed, before this).
std::optional<QUuid> Importer::savedWithoutImport(Run& run, const PreparedMemberRow& row)
{
    if (!row.sourceId.isNull() && m_store.member(row.sourceId))
        return row.sourceId;
    return run.resolver.registeredWithExternalRef(row.externalRef);
}

// The usual row, ready to save: its import keys are claimed first, one look-up each, and given
// back (in the same transaction) if the row turns out to be saved already or is refused. The
// outcomes are those of the general path above, in the same order of checks.
void Importer::importReadyMember(Run& run, const PreparedMemberRow& row)
{
    const QUuid newId = row.registration->member.id;
    qsizetype claimed = 0;
    const auto giveBack = [&] {
        for (qsizetype i = 0; i < claimed; ++i)
            if (const Status forgotten = m_store.forgetImportByStoredKey(row.storedImportKeys[i]);
                !forgotten.ok())
                throw BatchFailed{forgotten.error()};
    };
    for (const QString& key : row.storedImportKeys) {
        const Result<bool> claim = m_store.claimImportByStoredKey(key, QStringLiteral("member"), newId);
        if (!claim.ok())
            throw BatchFailed{claim.error()};
        if (!claim.value()) {
            const auto id = m_store.importedEntityByStoredKey(key);
            giveBack();
            return run.already(row.line, id.value_or(QUuid()));
        }
        ++claimed;
    }
    if (const auto id = savedWithoutImport(run, row)) {
        giveBack();
        return run.already(row.line, *id);
    }
    const SaveResult saved = m_store.registerPrepared(*row.registration);
    if (!saved.ok()) {
        giveBack();
        return run.reject(row.line, errorsOf(saved), row.notes);
    }
    run.resolver.noteMember(row.sourceId, saved.saved->id);
    run.accept(row.line, saved.saved->id, row.notes + saved.saved->notes);
}

void Importer::importContribution(Run& run, const SourceRecord& record)
{
    if (record.error)
        return run.reject(record.line, {*record.error});
    ParsedContribution p =
        record.structured ? run.parser.contribution(record.object) : run.parser.contribution(record.values);
    const QString externalRef = normaliseName(p.contribution.externalRef);
    QStringList keys;
    if (!externalRef.isEmpty())
        keys.append(QLatin1String("contribution:ref:") + externalRef);
    if (!p.sourceId.isNull())
        keys.append(QLatin1String("contribution:id:") + p.sourceId.toString(QUuid::WithoutBraces));
    if (keys.isEmpty())
        keys.append(record.structured ? contentKey(QStringLiteral("contribution:row:"), record.object)
                                      : contentKey(QStringLiteral("contribution:row:"), record.values));
    for (const QString& key : keys)
        if (const auto id = m_store.importedEntity(key))
            return run.already(record.line, *id);
    if (!p.sourceId.isNull() && m_store.contribution(p.sourceId))
        return run.already(record.line, p.sourceId);
    if (!p.errors.isEmpty())
        return run.reject(record.line, p.errors);
    const Result<QUuid> owner = run.resolver.resolve(p.owner);
    if (!owner.ok())
        return run.reject(record.line, {owner.error()});
    p.contribution.memberId = owner.value();

    if (!p.voidedAt.isValid()) {
        const SaveResult saved = m_store.recordContribution(p.contribution, m_options.operatorId);
        if (!saved.ok())
            return run.reject(record.line, errorsOf(saved));
        remember(m_store, keys, QStringLiteral("contribution"), saved.saved->id);
        return run.accept(record.line, saved.saved->id, saved.saved->notes);
    }
    // Recorded and voided again: both in one savepoint, so a row is never half done.
    std::optional<Saved> saved;
    QList<Error> errors;
    try {
        const Status committed = m_store.inBatch([&] {
            const SaveResult s = m_store.recordContribution(p.contribution, m_options.operatorId);
            if (!s.ok())
                throw RowFailed{errorsOf(s)};
            const SaveResult voided =
                m_store.voidContribution(s.saved->id, p.voidReason, m_options.operatorId);
            if (!voided.ok())
                throw RowFailed{errorsOf(voided)};
            remember(m_store, keys, QStringLiteral("contribution"), s.saved->id);
            saved = s.saved;
        });
        if (!committed.ok())
            errors = {committed.error()};
    } catch (const RowFailed& failed) {
        errors = failed.errors;
    }
    if (!saved || !errors.isEmpty())
        return run.reject(record.line, errors);
    run.accept(record.line, saved->id, saved->notes);
}

void Importer::importHouseholdGroup(Run& run, QList<SourceRecord>& group)
{
    // Each row's outcome, decided in several passes but reported in file order.
    QList<std::optional<ImportRowResult>> results(group.size());
    QList<ParsedHouseholdMember> parsed(group.size());
    QList<QString> keys(group.size());
    QList<qsizetype> candidates;
    const auto reject = [&](qsizetype i, QList<Error> errors) {
        results[i] = ImportRowResult{
            group[i].line, ImportRowResult::Outcome::Rejected, {}, std::move(errors), parsed[i].notes};
    };
    for (qsizetype i = 0; i < group.size(); ++i) {
        const SourceRecord& record = group[i];
        if (record.error) {
            reject(i, {*record.error});
            continue;
        }
        parsed[i] = run.parser.householdMember(record.values);
        const QString externalRef = normaliseName(record.values.value(householdCol::ExternalRef));
        keys[i] = externalRef.isEmpty() ? contentKey(QStringLiteral("household:row:"), record.values)
                                        : QLatin1String("household:ref:") + externalRef;
        if (const auto id = m_store.importedEntity(keys[i]))
            results[i] = ImportRowResult{record.line, ImportRowResult::Outcome::AlreadyImported, *id, {}, {}};
        else if (!parsed[i].errors.isEmpty())
            reject(i, parsed[i].errors);
        else
            candidates.append(i);
    }

    if (!candidates.isEmpty()) {
        const Result<QUuid> owner = run.resolver.resolve(parsed[candidates.first()].owner);
        const std::optional<Member> member = owner.ok() ? m_store.member(owner.value()) : std::nullopt;
        if (!member) {
            for (qsizetype i : candidates)
                reject(i, {owner.ok()
                               ? Error{QStringLiteral("import.member_not_found"),
                                       tr("No member of this store matches the member named in this row."),
                                       QStringLiteral("member_id")}
                               : owner.error()});
            candidates.clear();
        } else {
            // Validate the member with all new rows at once; each error names the row's index.
            const qsizetype base = member->household.size();
            Member trial = *member;
            for (qsizetype i : candidates)
                trial.household.append(parsed[i].person);
            const ValidationReport report = m_store.validator().normaliseAndValidate(trial);
            QList<Error> memberErrors;
            QHash<qsizetype, QList<Error>> rowErrors;
            for (const Error& e : report.errors) {
                const int index = householdIndex(e.field);
                if (index >= base)
                    rowErrors[index - base].append(e);
                else if (e.field == QLatin1String("household") && e.code == QLatin1String("too_many"))
                    rowErrors[candidates.size() - 1].append(e);
                else
                    memberErrors.append(e);
            }
            Member updated = *member;
            QList<qsizetype> good;
            for (qsizetype n = 0; n < candidates.size(); ++n) {
                const qsizetype i = candidates[n];
                if (!memberErrors.isEmpty())
                    reject(i, memberErrors);
                else if (rowErrors.contains(n) || base + good.size() >= Validator::kMaxHouseholdSize)
                    reject(i, rowErrors.value(n, {Error{QStringLiteral("household.too_many"),
                                                        tr("The household already has %n members, the most a "
                                                           "household can have.",
                                                           nullptr, Validator::kMaxHouseholdSize),
                                                        QStringLiteral("household")}}));
                else {
                    good.append(i);
                    updated.household.append(parsed[i].person);
                }
            }
            if (!good.isEmpty()) {
                const SaveResult s = m_store.correctMember(
                    updated, tr("Household members added from an import file"), m_options.operatorId);
                QStringList goodKeys;
                for (qsizetype i : good)
                    goodKeys.append(keys[i]);
                if (s.ok())
                    remember(m_store, goodKeys, QStringLiteral("household"), member->id);
                for (qsizetype i : good) {
                    if (s.ok())
                        results[i] = ImportRowResult{group[i].line,
                                                     ImportRowResult::Outcome::Accepted,
                                                     member->id,
                                                     {},
                                                     parsed[i].notes};
                    else
                        reject(i, errorsOf(s));
                }
            }
        }
    }
    for (std::optional<ImportRowResult>& r : results)
        run.add(std::move(*r));
}

} // namespace fe
