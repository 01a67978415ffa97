#include "Cli.h"

#include "store/Store.h"

#include <cstdio>

namespace fe::cli {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

CommandLine::CommandLine(const QString& command, const QString& description) : m_command(command)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
}

void CommandLine::addStoreOption()
{
    m_needsStore = true;
    m_parser.addOption({QStringLiteral("store"), Text::tr("The store file."), Text::tr("PATH")});
}

void CommandLine::addLoginOption()
{
    m_needsLogin = true;
    m_parser.addOption({QStringLiteral("user"),
                        Text::tr("Your operator user name (default: $FIELDENROL_USER). The password comes "
                                 "from $FIELDENROL_PASSWORD, else it is asked on the terminal."),
                        Text::tr("NAME")});
}

std::optional<int> CommandLine::parse(const QStringList& arguments)
{
    if (!m_parser.parse(QStringList{QStringLiteral("fieldenrolctl")} + arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        // Qt names the program by its full path: name it, and the command, as people type them.
        const QString help = m_parser.helpText();
        const qsizetype firstLineEnd = help.indexOf(QLatin1Char('\n'));
        const QString firstLine = help.left(firstLineEnd);
        const qsizetype options = firstLine.indexOf(QLatin1String(" [options]"));
        out() << Text::tr("Usage: fieldenrolctl %1").arg(m_command)
              << (options < 0 ? QString() : firstLine.mid(options)) << help.mid(firstLineEnd) << Qt::flush;
        return Ok;
    }
    if (m_needsStore && storePath().isEmpty())
        return usageError(Text::tr("Give the store file with --store PATH."));
    if (m_needsLogin && userName().isEmpty())
        return usageError(Text::tr("Give your user name with --user NAME (or set FIELDENROL_USER)."));
    return std::nullopt;
}

QString CommandLine::userName() const
{
    if (m_needsLogin && m_parser.isSet(QStringLiteral("user")))
        return m_parser.value(QStringLiteral("user")).trimmed();
    return qEnvironmentVariable("FIELDENROL_USER").trimmed();
}

int CommandLine::usageError(const QString& message) const
{
    err() << message << QLatin1Char('\n')
          << Text::tr("Run \"fieldenrolctl %1 --help\" for the options.").arg(m_command) << QLatin1Char('\n')
          << Qt::flush;
    return Usage;
}

StoreOptions storeOptions()
{
    return {};
}

std::unique_ptr<Store> openStore(const QString& path)
{
    auto opened = Store::open(path, storeOptions());
    if (!opened.ok()) {
        printError(opened.error());
        return nullptr;
    }
    return std::move(opened).value();
}

void printError(const Error& error)
{
    err() << error.message << QLatin1Char('\n') << Qt::flush;
}

int exitCodeFor(const Error& error)
{
    const QString& code = error.code;
    if (code == QLatin1String("operator.wrong_credentials") ||
        code == QLatin1String("operator.recovery_code_invalid"))
        return LoginRefused;
    if (code == QLatin1String("operator.locked") || code == QLatin1String("operator.disabled"))
        return AccountBlocked;
    if (code == QLatin1String("operator.too_soon"))
        return TryLater;
    if (code == QLatin1String("store.not_encrypted"))
        return NotEncrypted;
    if (code == QLatin1String("operator.not_allowed") || code == QLatin1String("operator.not_permitted") ||
        code == QLatin1String("operator.not_administrator") || code == QLatin1String("operator.not_on_self"))
        return NotPermitted;
    if (code == QLatin1String("operator.not_found"))
        return NotFound;
    // What the person entered for an account: user name, display name, password rules.
    if (code == QLatin1String("operator.username_invalid") ||
        code == QLatin1String("operator.display_name_invalid") ||
        code.startsWith(QLatin1String("operator.password_")))
        return Usage;
    if (code == QLatin1String("store.disk_full") || code == QLatin1String("store.io_error") ||
        code == QLatin1String("store.read_only") || code.endsWith(QLatin1String("cannot_read")) ||
        code.endsWith(QLatin1String("cannot_write")) || code.endsWith(QLatin1String("write_failed")))
        return IoError;
    if (code.startsWith(QLatin1String("store.")))
        return StoreUnavailable;
    return Rejected;
}

} // namespace fe::cli
