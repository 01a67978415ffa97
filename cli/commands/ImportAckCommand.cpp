#include "Cli.h"
#include "Login.h"
#include "commands/Commands.h"
#include "commands/SyncExitCodes.h"

#include "BundleTransfer.h"
#include "store/Store.h"

namespace fe::cli {

int runImportAck(const QStringList& arguments)
{
    CommandLine cmd(
        QStringLiteral("import-ack"),
        Text::tr("Imports the central office's acknowledgement of a bundle: the records it accepted are "
                 "marked sent, those it refused are set aside with the reason. Importing it twice "
                 "changes nothing; a file not signed by this device's central office is refused."));
    cmd.addStoreOption();
    cmd.addLoginOption();
    cmd.addPositional(QStringLiteral("file"), Text::tr("The acknowledgement file."), Text::tr("FILE"));
    if (const auto done = cmd.parse(arguments))
        return *done;
    if (cmd.positional().size() != 1)
        return cmd.usageError(Text::tr("import-ack needs the acknowledgement file."));
    int loginExit = Ok;
    const auto store = openLoggedIn(cmd, loginExit);
    if (!store)
        return loginExit;
    const auto imported = sync::BundleTransfer::importAck(*store, cmd.positional().first());
    if (!imported.ok()) {
        printError(imported.error());
        if (imported.error().code == QLatin1String("ack.read"))
            return IoError;
        if (imported.error().code == QLatin1String("sync.not_enrolled"))
            return SyncRefused;
        return imported.error().code.startsWith(QLatin1String("store.")) ? exitCodeFor(imported.error())
                                                                         : Rejected;
    }
    const sync::AckImport& r = imported.value();
    if (r.alreadyImported) {
        err() << Text::tr("This acknowledgement was imported before: nothing changed.") << '\n' << Qt::flush;
        return Ok;
    }
    err() << Text::tr("%1 records marked sent, %2 set aside, %3 held back, %4 already settled.")
                 .arg(r.accepted)
                 .arg(r.quarantined)
                 .arg(r.waiting)
                 .arg(r.unchanged)
          << '\n'
          << Qt::flush;
    return r.quarantined > 0 ? SyncAttention : Ok;
}

} // namespace fe::cli
