#pragma once

#include "common/Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <memory>
#include <optional>

namespace fe {
class Store;
struct StoreOptions;
} // namespace fe

namespace fe::cli {

// Exit codes (docs/CLI.md). Scripts rely on them: never renumber.
enum ExitCode : int {
    Ok = 0,
    Usage = 1,            // wrong or missing options
    StoreUnavailable = 2, // the store cannot be opened or created
    Rejected = 3,         // rows rejected, a file refused, problems found by check
    IoError = 4,          // a file cannot be read or written, the store cannot save
    NotFound = 5,         // no such record, no match
    // 6 and 7 belong to the sync commands (commands/SyncExitCodes.h).
    LoginRefused = 8,   // wrong user name or password (or recovery code)
    AccountBlocked = 9, // the account is locked or disabled: an administrator must act
    TryLater = 10,      // too many failed logins just now: wait, then try again
    NotEncrypted = 11,  // the store is not encrypted yet: "fieldenrolctl encrypt" first
    NotPermitted = 12,  // the logged-in operator's role may not do this
    Interrupted = 130,  // stopped by Ctrl-C; what was saved until then is kept
};

// Translation context of the command line tool.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(fieldenrolctl)
};

// Standard output carries results (may hold personal data the user asked for); standard error
// carries progress, summaries and errors, never personal data.
QTextStream& out();
QTextStream& err();

// One command's options: --help, and the shared --store and --user when the command uses them.
class CommandLine
{
public:
    CommandLine(const QString& command, const QString& description);

    void addStoreOption();
    // --user: the command logs in (Login.h) before it touches personal data.
    void addLoginOption();
    void addOption(const QCommandLineOption& option) { m_parser.addOption(option); }
    void addPositional(const QString& name, const QString& description, const QString& syntax)
    {
        m_parser.addPositionalArgument(name, description, syntax);
    }

    // Prints the help (the result is then Ok) or a usage error (Usage); nullopt: go on.
    std::optional<int> parse(const QStringList& arguments);
    bool isSet(const QString& name) const { return m_parser.isSet(name); }
    QString value(const QString& name) const { return m_parser.value(name).trimmed(); }
    QStringList positional() const { return m_parser.positionalArguments(); }
    QString storePath() const { return value(QStringLiteral("store")); }
    // --user, else FIELDENROL_USER.
    QString userName() const;

    // Prints the message and how to get help; returns Usage.
    int usageError(const QString& message) const;

private:
    QString m_command;
    QCommandLineParser m_parser;
    bool m_needsStore = false;
    bool m_needsLogin = false;
};

// How fieldenrolctl opens and creates stores (production password derivation cost).
StoreOptions storeOptions();

// Opens the store, or prints why not (nullptr: exit with StoreUnavailable). Encrypted stores open
// locked: commands that touch personal data use openLoggedIn (Login.h) instead.
std::unique_ptr<Store> openStore(const QString& path);

// Prints an error (message only: messages never hold personal data).
void printError(const Error& error);

// The exit code for an error the store or a file operation reported.
int exitCodeFor(const Error& error);

} // namespace fe::cli
