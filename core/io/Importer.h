#pragma once

#include "common/Result.h"
#include "io/RecordFormat.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QUuid>

#include <functional>
#include <optional>

namespace fe {

class Store;
class MemberResolver;
class RecordSource;
struct PreparedMemberRow;
struct SourceRecord;

// What happened to one row of an import file.
struct ImportRowResult
{
    enum class Outcome { Accepted, Rejected, AlreadyImported };

    int line = 0; // 1-based line of the file the row starts on
    Outcome outcome = Outcome::Rejected;
    QUuid id;            // the record saved (or found, when already imported); households: the member
    QList<Error> errors; // when rejected: stable codes, translated messages, fields
    QStringList notes;   // translated: things changed on the way in (e.g. a Buddhist-era year)
};

QString toKey(ImportRowResult::Outcome outcome); // "accepted" / "rejected" / "already_imported"

struct ImportProgress
{
    qint64 rows = 0; // rows read so far
    qint64 accepted = 0;
    qint64 rejected = 0;
    qint64 alreadyImported = 0;
    qint64 estimatedRows = 0; // from the file's line count: an upper bound
};

struct ImportOptions
{
    QString operatorId = QStringLiteral("import");
    // Rows per transaction: a crash loses at most one batch (imported again without duplicates);
    // fewer, larger commits rewrite the random-key index pages less often: 100,000 registrations
    // wrote 38,000 pages to the log in batches of 5,000 and 25,000 in batches of 20,000 (which
    // need the larger page cache of Store::BulkWrites; bench_store: +6-8 % records/s).
    int batchSize = 20000;
    int progressInterval = 500;
    // Called every progressInterval rows and at the end; returning false stops the import after
    // the current row. Rows saved until then are kept.
    std::function<bool(const ImportProgress&)> progress;
};

struct ImportReport
{
    QList<ImportRowResult> rows; // in file order
    qint64 accepted = 0;
    qint64 rejected = 0;
    qint64 alreadyImported = 0;
    bool cancelled = false;
    std::optional<Error> fatal; // the file as a whole could not be (fully) imported
    QStringList warnings;       // translated, e.g. columns that were ignored

    bool ok() const { return !fatal && !cancelled && rejected == 0; }
};

// Imports members, household members and contributions from CSV or JSON Lines files
// (docs/IMPORT_FORMAT.md) through the store's normal save path, so every row is validated and gets
// its history, audit and outbox entries. Members rows are read and prepared on a second thread
// (MemberRowPipeline) while this one writes. Each row is saved all or nothing: rows are committed in
// batches, and a batch in which a row failed after it began writing is done again with a savepoint
// per row (Store::BatchGuard). A bad row never blocks the good ones. Importing a file again
// creates nothing twice: each row's import key (from its external_ref or id, else a hash of its
// content) is remembered in the same transaction as the row.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
public:
    explicit Importer(Store& store, ImportOptions options = {});

    // The format comes from the extension (.csv, .jsonl).
    ImportReport importFile(RecordKind kind, const QString& path);
    ImportReport importData(RecordKind kind, DataFormat format, const QByteArray& data);

private:
    struct Run;
    bool importBatch(Run& run);
    void importMember(Run& run, const PreparedMemberRow& row);
    void importReadyMember(Run& run, const PreparedMemberRow& row);
    std::optional<QUuid> savedWithoutImport(Run& run, const PreparedMemberRow& row);
    void importContribution(Run& run, const SourceRecord& record);
    void importHouseholdGroup(Run& run, QList<SourceRecord>& group);
    bool tick(Run& run);

    Store& m_store;
    ImportOptions m_options;
};

} // namespace fe
