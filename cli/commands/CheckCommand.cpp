#include "Cli.h"
#include "Login.h"
#include "commands/Commands.h"

#include "store/Store.h"

namespace fe::cli {

int runCheck(const QStringList& arguments)
{
    CommandLine cmd(
        QStringLiteral("check"),
        Text::tr("Checks the store: SQLite integrity, that every record has its history and outbox "
                 "entries, and that the audit chain is unbroken. Exits with 3 on any problem."));
    cmd.addStoreOption();
    cmd.addLoginOption();
    if (const auto done = cmd.parse(arguments))
        return *done;
    int loginExit = Ok;
    const auto store = openLoggedIn(cmd, loginExit);
    if (!store)
        return loginExit;
    const CheckReport report = store->check();
    if (report.ok()) {
        out() << Text::tr("ok") << '\n' << Qt::flush;
        return Ok;
    }
    for (const QString& problem : report.problems)
        out() << problem << '\n';
    out() << Qt::flush;
    err() << Text::tr("%n problem(s) found. Restore the store from a backup or contact support.", nullptr,
                      static_cast<int>(report.problems.size()))
          << '\n'
          << Qt::flush;
    return Rejected;
}

} // namespace fe::cli
