#include "Cli.h"
#include "Login.h"
#include "commands/Commands.h"

#include "io/Exporter.h"
#include "store/Store.h"

#include <QJsonDocument>

namespace fe::cli {

int runExport(const QStringList& arguments)
{
    CommandLine cmd(
        QStringLiteral("export"),
        Text::tr("Exports all members, household members or contributions in the import format "
                 "(a file that imports into another store), or with --subject everything the store holds "
                 "about one person, as JSON, for a data-subject access request. The output file appears "
                 "only when complete."));
    cmd.addStoreOption();
    cmd.addLoginOption();
    cmd.addOption(
        {QStringLiteral("kind"), Text::tr("members, households or contributions."), Text::tr("KIND")});
    cmd.addOption({QStringLiteral("format"), Text::tr("csv or jsonl (default: from the file name)."),
                   Text::tr("FORMAT")});
    cmd.addOption({QStringLiteral("out"),
                   Text::tr("The file to write; with --subject, standard output if omitted."),
                   Text::tr("FILE")});
    cmd.addOption(
        {QStringLiteral("subject"), Text::tr("A member's id: export that person's data."), Text::tr("ID")});
    if (const auto done = cmd.parse(arguments))
        return *done;
    const QString path = cmd.value(QStringLiteral("out"));

    if (!cmd.value(QStringLiteral("subject")).isEmpty()) {
        const QUuid id = QUuid::fromString(cmd.value(QStringLiteral("subject")));
        if (id.isNull())
            return cmd.usageError(Text::tr("--subject needs a member's id."));
        int loginExit = Ok;
        const auto store = openLoggedIn(cmd, loginExit);
        if (!store)
            return loginExit;
        Exporter exporter(*store);
        if (path.isEmpty() || path == QLatin1String("-")) {
            const auto request = exporter.subjectAccessRequest(id);
            if (!request.ok()) {
                printError(request.error());
                return NotFound;
            }
            out() << QJsonDocument(request.value()).toJson(QJsonDocument::Indented) << Qt::flush;
            return Ok;
        }
        const Status written = exporter.writeSubjectAccessRequest(id, path);
        if (!written.ok()) {
            printError(written.error());
            return written.error().code == QLatin1String("export.no_such_member")
                       ? NotFound
                       : exitCodeFor(written.error());
        }
        err() << Text::tr("Wrote the data of one member to %1.").arg(path) << '\n' << Qt::flush;
        return Ok;
    }

    const auto kind = recordKindFromKey(cmd.value(QStringLiteral("kind")));
    if (!kind)
        return cmd.usageError(
            Text::tr("Give --kind members, households or contributions (or --subject ID)."));
    if (path.isEmpty())
        return cmd.usageError(Text::tr("Give the file to write with --out FILE."));
    std::optional<DataFormat> format = dataFormatForPath(path);
    const QString formatName = cmd.value(QStringLiteral("format")).toLower();
    if (formatName == QLatin1String("csv"))
        format = DataFormat::Csv;
    else if (formatName == QLatin1String("jsonl"))
        format = DataFormat::JsonLines;
    else if (!formatName.isEmpty())
        return cmd.usageError(Text::tr("--format must be csv or jsonl."));
    if (!format)
        return cmd.usageError(
            Text::tr("Give --format csv or jsonl, or a file name ending in .csv or .jsonl."));

    int loginExit = Ok;
    const auto store = openLoggedIn(cmd, loginExit);
    if (!store)
        return loginExit;
    const auto written = Exporter(*store).exportToFile(*kind, *format, path);
    if (!written.ok()) {
        printError(written.error());
        return exitCodeFor(written.error());
    }
    err() << Text::tr("Exported %1 %2 to %3.").arg(written.value()).arg(toKey(*kind), path) << '\n'
          << Qt::flush;
    return Ok;
}

} // namespace fe::cli
