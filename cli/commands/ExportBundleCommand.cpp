#include "Cli.h"
#include "Login.h"
#include "commands/Commands.h"
#include "commands/SyncExitCodes.h"

#include "BundleTransfer.h"
#include "store/Store.h"

namespace fe::cli {

int runExportBundle(const QStringList& arguments)
{
    CommandLine cmd(
        QStringLiteral("export-bundle"),
        Text::tr("Writes the records waiting to be sent as one signed, sealed, compressed file for a USB "
                 "stick, for a central office this device cannot reach. Nothing is marked sent until its "
                 "acknowledgement is imported (import-ack)."));
    cmd.addStoreOption();
    cmd.addLoginOption();
    cmd.addOption({QStringLiteral("out"), Text::tr("The bundle file to write."), Text::tr("FILE")});
    if (const auto done = cmd.parse(arguments))
        return *done;
    if (cmd.value(QStringLiteral("out")).isEmpty())
        return cmd.usageError(Text::tr("export-bundle needs --out FILE."));
    int loginExit = Ok;
    const auto store = openLoggedIn(cmd, loginExit);
    if (!store)
        return loginExit;
    const auto exported = sync::BundleTransfer::exportBundle(*store, cmd.value(QStringLiteral("out")));
    if (!exported.ok()) {
        printError(exported.error());
        if (exported.error().code == QLatin1String("bundle.nothing"))
            return Ok;
        if (exported.error().code == QLatin1String("sync.not_enrolled"))
            return SyncRefused;
        return exported.error().code == QLatin1String("bundle.write") ? IoError
                                                                      : exitCodeFor(exported.error());
    }
    err() << Text::tr("%1 records written to %2.")
                 .arg(exported.value().entries)
                 .arg(cmd.value(QStringLiteral("out")))
          << '\n';
    if (exported.value().remaining > 0)
        err() << Text::tr("%1 more records wait: export another bundle after this one is acknowledged.")
                     .arg(exported.value().remaining)
              << '\n';
    err() << Qt::flush;
    return Ok;
}

} // namespace fe::cli
