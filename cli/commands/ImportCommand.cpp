#include "Cli.h"
#include "Login.h"
#include "commands/Commands.h"

#include "common/Uuid.h"
#include "io/Importer.h"
#include "store/Store.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <csignal>
#include <unistd.h>

namespace fe::cli {
namespace {

volatile std::sig_atomic_t g_interrupted = 0;

void onInterrupt(int)
{
    g_interrupted = 1;
}

// One line per row, tab-separated: file, line, outcome, id, codes, messages.
void printRow(const QString& file, const ImportRowResult& row)
{
    QStringList codes;
    QStringList messages;
    for (const Error& e : row.errors) {
        codes.append(e.field.isEmpty() ? e.code : e.field + QLatin1Char(':') + e.code);
        messages.append(e.message);
    }
    messages += row.notes;
    const QString id = row.id.isNull() ? QString() : uuidText(row.id);
    out() << file << '\t' << row.line << '\t' << toKey(row.outcome) << '\t' << id << '\t'
          << codes.join(QLatin1Char(',')) << '\t'
          << messages.join(QLatin1String(" ")).replace(QLatin1Char('\t'), QLatin1Char(' ')) << '\n';
}

} // namespace

int runImport(const QStringList& arguments)
{
    CommandLine cmd(
        QStringLiteral("import"),
        Text::tr("Imports records from CSV (.csv) or JSON Lines (.jsonl) files, in the format of "
                 "docs/IMPORT_FORMAT.md: members first, then households, then contributions. Prints one "
                 "tab-separated line per row (file, line, outcome, id, codes, messages) and a summary "
                 "on standard error. Rows already imported are recognised and not imported twice."));
    cmd.addStoreOption();
    cmd.addLoginOption();
    cmd.addOption({QStringLiteral("members"), Text::tr("A file of members."), Text::tr("FILE")});
    cmd.addOption({QStringLiteral("households"), Text::tr("A file of household members."), Text::tr("FILE")});
    cmd.addOption({QStringLiteral("contributions"), Text::tr("A file of contributions."), Text::tr("FILE")});
    const int defaultBatch = ImportOptions{}.batchSize;
    cmd.addOption({QStringLiteral("batch-size"),
                   Text::tr("Rows per transaction (default %1).").arg(defaultBatch), Text::tr("N"),
                   QString::number(defaultBatch)});
    cmd.addOption({QStringLiteral("quiet"), Text::tr("Print rejected rows only.")});
    if (const auto done = cmd.parse(arguments))
        return *done;
    QList<std::pair<RecordKind, QString>> files;
    for (const RecordKind kind : {RecordKind::Members, RecordKind::Households, RecordKind::Contributions})
        if (!cmd.value(toKey(kind)).isEmpty())
            files.append({kind, cmd.value(toKey(kind))});
    if (files.isEmpty())
        return cmd.usageError(
            Text::tr("Name at least one file with --members, --households or --contributions."));
    bool batchOk = false;
    const int batchSize = cmd.value(QStringLiteral("batch-size")).toInt(&batchOk);
    if (!batchOk || batchSize < 1 || batchSize > 100'000)
        return cmd.usageError(Text::tr("--batch-size must be a number from 1 to 100000."));
    for (const auto& [kind, path] : files)
        if (!dataFormatForPath(path))
            return cmd.usageError(Text::tr("%1: the file name must end in .csv or .jsonl.").arg(path));

    int loginExit = Ok;
    const auto store = openLoggedIn(cmd, loginExit);
    if (!store)
        return loginExit;

    std::signal(SIGINT, onInterrupt);
    const bool showProgress = isatty(STDERR_FILENO) == 1;
    ImportOptions options;
    options.operatorId = auditName(*store);
    options.batchSize = batchSize;
    options.progressInterval = 1000;
    options.progress = [showProgress](const ImportProgress& p) {
        if (showProgress)
            err() << '\r' << Text::tr("%1 of about %2 rows").arg(p.rows).arg(p.estimatedRows) << Qt::flush;
        return g_interrupted == 0;
    };

    const bool quiet = cmd.isSet(QStringLiteral("quiet"));
    out() << "file\tline\toutcome\tid\tcodes\tmessages\n";
    int exitCode = Ok;
    for (const auto& [kind, path] : files) {
        QElapsedTimer timer;
        timer.start();
        const ImportReport report = Importer(*store, options).importFile(kind, path);
        if (showProgress)
            err() << '\r';
        const QString name = QFileInfo(path).fileName();
        for (const ImportRowResult& row : report.rows)
            if (!quiet || row.outcome == ImportRowResult::Outcome::Rejected)
                printRow(name, row);
        out() << Qt::flush;
        for (const QString& warning : report.warnings)
            err() << name << ": " << warning << '\n';
        err() << Text::tr("%1: %2 accepted, %3 rejected, %4 already imported (%5 s).")
                     .arg(name)
                     .arg(report.accepted)
                     .arg(report.rejected)
                     .arg(report.alreadyImported)
                     .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1)
              << '\n';
        if (report.fatal) {
            err() << name << ": " << report.fatal->message << '\n' << Qt::flush;
            return exitCodeFor(*report.fatal);
        }
        if (report.cancelled) {
            err()
                << Text::tr(
                       "Interrupted: the rows reported above were saved; import the file again to finish it.")
                << '\n'
                << Qt::flush;
            return Interrupted;
        }
        if (report.rejected > 0)
            exitCode = Rejected;
    }
    if (exitCode == Rejected)
        err() << Text::tr(
                     "Correct the rejected rows (see the codes in docs/IMPORT_FORMAT.md) and import the file "
                     "again: rows already imported are skipped.")
              << '\n';
    err() << Qt::flush;
    return exitCode;
}

} // namespace fe::cli
