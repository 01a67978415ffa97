#include "Cli.h"
#include "Login.h"
#include "Secrets.h"
#include "commands/Commands.h"

#include "common/Uuid.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fe::cli {
namespace {

const char* const kNewPassword = "FIELDENROL_NEW_PASSWORD";

std::optional<QString> newPasswordFor(const QString& username)
{
    return readNewSecret(kNewPassword, Text::tr("New password for %1: ").arg(username),
                         Text::tr("The same password again: "));
}

int failed(const Error& error)
{
    printError(error);
    return exitCodeFor(error);
}

bool isAdministrator(const Store& store)
{
    const auto current = store.currentOperator();
    return current && current->role == OperatorRole::Administrator;
}

int notAdministrator()
{
    err() << Text::tr("Only an administrator may add operators, set their passwords or lock them.") << '\n'
          << Qt::flush;
    return NotPermitted;
}

// The account with this user name (any case), or the exit code after printing why not.
std::optional<Operator> findOperator(Store& store, const QString& username, int& exitCode)
{
    auto listed = store.listOperators();
    if (!listed.ok()) {
        exitCode = failed(listed.error());
        return std::nullopt;
    }
    for (const Operator& op : listed.value())
        if (op.username.compare(username, Qt::CaseInsensitive) == 0)
            return op;
    err() << Text::tr("There is no operator with the user name %1.").arg(username) << '\n' << Qt::flush;
    exitCode = NotFound;
    return std::nullopt;
}

QString stateOf(const Operator& op)
{
    if (op.disabled)
        return QStringLiteral("disabled");
    return op.locked ? QStringLiteral("locked") : QStringLiteral("active");
}

int list(Store& store, bool json)
{
    auto listed = store.listOperators();
    if (!listed.ok())
        return failed(listed.error());
    if (json) {
        QJsonArray a;
        for (const Operator& op : listed.value())
            a.append(QJsonObject{{QLatin1String("id"), uuidText(op.id)},
                                 {QLatin1String("username"), op.username},
                                 {QLatin1String("displayName"), op.displayName},
                                 {QLatin1String("role"), toKey(op.role)},
                                 {QLatin1String("state"), stateOf(op)},
                                 {QLatin1String("failedAttempts"), op.failedAttempts}});
        out() << QJsonDocument(a).toJson(QJsonDocument::Indented) << Qt::flush;
        return Ok;
    }
    // Stable keys (not translated) in the columns, so scripts can read the table too.
    out() << "username\tname\trole\tstate\tfailed_attempts\n";
    for (const Operator& op : listed.value())
        out() << op.username << '\t' << op.displayName << '\t' << toKey(op.role) << '\t' << stateOf(op)
              << '\t' << op.failedAttempts << '\n';
    out() << Qt::flush;
    return Ok;
}

int add(Store& store, const NewOperator& account)
{
    const auto password = newPasswordFor(account.username);
    if (!password)
        return Usage;
    const auto added = store.addOperator(account, *password);
    if (!added.ok())
        return failed(added.error());
    err() << Text::tr("Added %1 (%2).").arg(added.value().username, roleLabel(added.value().role)) << '\n'
          << Qt::flush;
    return Ok;
}

// An administrator sets another operator's password; anyone changes their own (the password they
// logged in with is the old one).
int passwd(Store& store, const QString& username, const QString& loginPassword)
{
    const Operator self = *store.currentOperator();
    if (username.isEmpty() || username.compare(self.username, Qt::CaseInsensitive) == 0) {
        const auto password = newPasswordFor(self.username);
        if (!password)
            return Usage;
        if (const Status changed = store.changeOwnPassword(loginPassword, *password); !changed.ok())
            return failed(changed.error());
        err() << Text::tr("Your password was changed.") << '\n' << Qt::flush;
        return Ok;
    }
    if (!isAdministrator(store))
        return notAdministrator();
    int exitCode = Ok;
    const auto target = findOperator(store, username, exitCode);
    if (!target)
        return exitCode;
    const auto password = newPasswordFor(target->username);
    if (!password)
        return Usage;
    if (const Status reset = store.resetOperatorPassword(target->id, *password); !reset.ok())
        return failed(reset.error());
    err() << Text::tr("The password of %1 was set.").arg(target->username) << '\n' << Qt::flush;
    return Ok;
}

int setState(Store& store, const QString& action, const QString& username)
{
    if (!isAdministrator(store))
        return notAdministrator();
    int exitCode = Ok;
    const auto target = findOperator(store, username, exitCode);
    if (!target)
        return exitCode;
    Status done;
    if (action == QLatin1String("lock") || action == QLatin1String("unlock"))
        done = store.setOperatorLocked(target->id, action == QLatin1String("lock"));
    else
        done = store.setOperatorDisabled(target->id, action == QLatin1String("disable"));
    if (!done.ok())
        return failed(done.error());
    if (action == QLatin1String("lock"))
        err() << Text::tr("%1 is locked: they cannot log in until an administrator unlocks the account.")
                     .arg(target->username);
    else if (action == QLatin1String("unlock"))
        err() << Text::tr("%1 is unlocked.").arg(target->username);
    else if (action == QLatin1String("disable"))
        err() << Text::tr("%1 is disabled.").arg(target->username);
    else
        err() << Text::tr("%1 is enabled again.").arg(target->username);
    err() << '\n' << Qt::flush;
    return Ok;
}

} // namespace

int runOperator(const QStringList& arguments)
{
    CommandLine cmd(
        QStringLiteral("operator"),
        Text::tr("Manages the store's operator accounts as the logged-in operator: add, passwd (an "
                 "administrator sets another operator's password; anyone changes their own), lock, unlock, "
                 "disable, enable (administrators only), list (administrators and supervisors). New "
                 "passwords come from $FIELDENROL_NEW_PASSWORD, else they are asked twice on the "
                 "terminal."));
    cmd.addStoreOption();
    cmd.addLoginOption();
    cmd.addPositional(QStringLiteral("action"),
                      Text::tr("add, passwd, lock, unlock, disable, enable or list."),
                      QStringLiteral("add|passwd|lock|unlock|disable|enable|list"));
    cmd.addOption({QStringLiteral("username"), Text::tr("The operator's user name."), Text::tr("USERNAME")});
    cmd.addOption({QStringLiteral("name"),
                   Text::tr("add: the operator's name as people know it (default: the user name)."),
                   Text::tr("NAME")});
    cmd.addOption({QStringLiteral("role"), Text::tr("add: clerk, enumerator, supervisor or administrator."),
                   Text::tr("ROLE")});
    cmd.addOption({QStringLiteral("json"), Text::tr("list: one JSON array, for scripts.")});
    if (const auto done = cmd.parse(arguments))
        return *done;
    const QStringList positional = cmd.positional();
    const QString action = positional.value(0);
    static const QStringList kActions{
        QStringLiteral("add"),     QStringLiteral("passwd"), QStringLiteral("lock"), QStringLiteral("unlock"),
        QStringLiteral("disable"), QStringLiteral("enable"), QStringLiteral("list")};
    if (positional.size() != 1 || !kActions.contains(action))
        return cmd.usageError(Text::tr("operator needs add, passwd, lock, unlock, disable, enable or list."));
    const QString username = cmd.value(QStringLiteral("username"));
    const bool needsUsername = action != QLatin1String("list") && action != QLatin1String("passwd");
    if (needsUsername && username.isEmpty())
        return cmd.usageError(Text::tr("Give the operator's user name with --username USERNAME."));

    // What can be checked before logging in is checked first.
    NewOperator account;
    if (action == QLatin1String("add")) {
        const auto role = operatorRoleFromKey(cmd.value(QStringLiteral("role")));
        if (!role)
            return cmd.usageError(
                Text::tr("Give the role with --role clerk, enumerator, supervisor or administrator."));
        if (const auto invalid = OperatorDirectory::checkUsername(username))
            return cmd.usageError(invalid->message);
        const QString name = cmd.value(QStringLiteral("name"));
        account = {username, name.isEmpty() ? username : name, *role};
    }

    int exitCode = Ok;
    const auto store = openEncrypted(cmd.storePath(), exitCode);
    if (!store)
        return exitCode;
    const auto password =
        readSecret("FIELDENROL_PASSWORD", Text::tr("Password for %1: ").arg(cmd.userName()));
    if (!password)
        return Usage;
    if (const int login = logIn(*store, cmd.userName(), *password); login != Ok)
        return login;
    if (action == QLatin1String("list"))
        return list(*store, cmd.isSet(QStringLiteral("json")));
    if (action == QLatin1String("passwd"))
        return passwd(*store, username, *password);
    if (!isAdministrator(*store))
        return notAdministrator();
    if (action == QLatin1String("add"))
        return add(*store, account);
    return setState(*store, action, username);
}

} // namespace fe::cli
