#include "Cli.h"
#include "commands/Commands.h"

#include <QCoreApplication>

using namespace fe::cli;

namespace {

void printHelp()
{
    QTextStream& o = out();
    o << Text::tr("Usage: fieldenrolctl <command> --store PATH [--user NAME] [options]") << "\n\n"
      << Text::tr("FieldEnrol's command line over a local store.") << "\n\n"
      << Text::tr("Commands:") << '\n';
    qsizetype width = 0;
    for (const Command& c : commands())
        width = qMax(width, static_cast<qsizetype>(qstrlen(c.name)));
    for (const Command& c : commands())
        o << "  " << QString::fromLatin1(c.name).leftJustified(width + 2) << Text::tr(c.summary) << '\n';
    o << '\n'
      << Text::tr("Run \"fieldenrolctl <command> --help\" for a command's options.") << '\n'
      << Text::tr("Commands that read or write personal data log in first: --user NAME (or "
                  "$FIELDENROL_USER), the password from $FIELDENROL_PASSWORD or typed on the terminal; "
                  "never on the command line.")
      << '\n'
      << Text::tr(
             "Exit codes: 0 ok, 1 usage, 2 store cannot be opened or created, 3 rows rejected or problems "
             "found, 4 file or disk error, 5 not found, 6 and 7 see sync, 8 wrong user name or password, "
             "9 account locked or disabled, 10 too many failed logins (wait), 11 store not encrypted, 12 not "
             "permitted for this operator, 130 interrupted.")
      << '\n'
      << Qt::flush;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fieldenrolctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FIELDENROL_VERSION));
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    if (arguments.isEmpty()) {
        printHelp();
        return Usage;
    }
    const QString name = arguments.takeFirst();
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        printHelp();
        return Ok;
    }
    if (name == QLatin1String("--version")) {
        out() << "fieldenrolctl " << QCoreApplication::applicationVersion() << '\n' << Qt::flush;
        return Ok;
    }
    for (const Command& c : commands())
        if (name == QLatin1String(c.name))
            return c.run(arguments);
    err() << Text::tr("Unknown command \"%1\". Run \"fieldenrolctl --help\" for the list of commands.")
                 .arg(name)
          << '\n'
          << Qt::flush;
    return Usage;
}
