#include "Secrets.h"

#include "Cli.h"

#include <array>
#include <csignal>
#include <cstdio>

#include <termios.h>
#include <unistd.h>

namespace fe::cli {
namespace {

// The terminal's settings while echo is off, so Ctrl-C at the prompt gives the echo back.
termios g_savedTerminal{};

void restoreTerminalAndExit(int)
{
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
    _exit(Interrupted);
}

void wipe(std::array<char, 4096>& buffer)
{
    volatile char* p = buffer.data();
    for (std::size_t i = 0; i < buffer.size(); ++i)
        p[i] = 0;
}

// One line from the terminal with echo off.
std::optional<QString> promptHidden(const QString& prompt)
{
    err() << prompt << Qt::flush;
    if (tcgetattr(STDIN_FILENO, &g_savedTerminal) != 0)
        return std::nullopt;
    termios quiet = g_savedTerminal;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    auto* previousHandler = std::signal(SIGINT, restoreTerminalAndExit);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    std::array<char, 4096> buffer{};
    const bool read = std::fgets(buffer.data(), static_cast<int>(buffer.size()), stdin) != nullptr;
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
    std::signal(SIGINT, previousHandler);
    err() << '\n' << Qt::flush; // the Enter the person typed was not echoed
    if (!read) {
        wipe(buffer);
        err() << Text::tr("No password was entered.") << '\n' << Qt::flush;
        return std::nullopt;
    }
    QString line = QString::fromUtf8(buffer.data());
    wipe(buffer);
    if (!line.endsWith(QLatin1Char('\n'))) {
        err() << Text::tr("That is too long for a password.") << '\n' << Qt::flush;
        return std::nullopt;
    }
    line.chop(1);
    if (line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

// Where the secret comes from: the environment variable when it is set (not empty), else the
// terminal; with neither, the reason is printed.
enum class Source { Environment, Terminal, Unavailable };

Source sourceOf(const char* environmentVariable)
{
    if (!qEnvironmentVariable(environmentVariable).isEmpty())
        return Source::Environment;
    if (isatty(STDIN_FILENO) == 1)
        return Source::Terminal;
    err() << Text::tr(
                 "Set %1, or run this in a terminal to type it: it is never taken from the command line.")
                 .arg(QString::fromLatin1(environmentVariable))
          << '\n'
          << Qt::flush;
    return Source::Unavailable;
}

} // namespace

std::optional<QString> readSecret(const char* environmentVariable, const QString& prompt)
{
    switch (sourceOf(environmentVariable)) {
    case Source::Environment:
        return qEnvironmentVariable(environmentVariable);
    case Source::Terminal:
        return promptHidden(prompt);
    case Source::Unavailable:
        break;
    }
    return std::nullopt;
}

std::optional<QString> readNewSecret(const char* environmentVariable, const QString& prompt,
                                     const QString& confirmationPrompt)
{
    const Source source = sourceOf(environmentVariable);
    if (source != Source::Terminal)
        return source == Source::Environment ? std::optional(qEnvironmentVariable(environmentVariable))
                                             : std::nullopt;
    const auto first = promptHidden(prompt);
    if (!first)
        return std::nullopt;
    const auto second = promptHidden(confirmationPrompt);
    if (!second)
        return std::nullopt;
    if (*first != *second) {
        err() << Text::tr("The two passwords are not the same. Nothing was changed.") << '\n' << Qt::flush;
        return std::nullopt;
    }
    return first;
}

} // namespace fe::cli
