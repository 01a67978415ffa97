#include "Cli.h"

#include "store/Store.h"
#include "validation/Normalise.h"

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

void CommandLine::addOperatorOption()
{
    m_hasOperator = true;
    m_parser.addOption(
        {QStringLiteral("operator"),
         Text::tr("Who does this, for the audit log (default: $FIELDENROL_OPERATOR, else \"cli\")."),
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
    const QString op = operatorId();
    if (op.isEmpty() || op.size() > 64 || hasControlCharacters(op))
        return usageError(Text::tr("The operator name must have 1 to 64 characters."));
    return std::nullopt;
}

QString CommandLine::operatorId() const
{
    if (m_hasOperator && m_parser.isSet(QStringLiteral("operator")))
        return normaliseName(m_parser.value(QStringLiteral("operator")));
    const QString fromEnvironment = normaliseName(qEnvironmentVariable("FIELDENROL_OPERATOR"));
    return fromEnvironment.isEmpty() ? QStringLiteral("cli") : fromEnvironment;
}

int CommandLine::usageError(const QString& message) const
{
    err() << message << QLatin1Char('\n')
          << Text::tr("Run \"fieldenrolctl %1 --help\" for the options.").arg(m_command) << QLatin1Char('\n')
          << Qt::flush;
    return Usage;
}

std::unique_ptr<Store> openStore(const QString& path)
{
    auto opened = Store::open(path);
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
    if (code == QLatin1String("store.disk_full") || code == QLatin1String("store.io_error") ||
        code == QLatin1String("store.read_only") || code.endsWith(QLatin1String("cannot_read")) ||
        code.endsWith(QLatin1String("cannot_write")) || code.endsWith(QLatin1String("write_failed")))
        return IoError;
    if (code.startsWith(QLatin1String("store.")))
        return StoreUnavailable;
    return Rejected;
}

} // namespace fe::cli
