#include "Cli.h"
#include "Login.h"
#include "Secrets.h"
#include "commands/Commands.h"

#include "store/Store.h"

namespace fe::cli {

int runRecover(const QStringList& arguments)
{
    CommandLine cmd(QStringLiteral("recover"),
                    Text::tr("Sets a new password for an administrator who forgot theirs, with the store's "
                             "recovery code ($FIELDENROL_RECOVERY_CODE, else asked on the terminal). The new "
                             "password comes from $FIELDENROL_NEW_PASSWORD, else it is asked twice. The code "
                             "works once: a new one is printed."));
    cmd.addStoreOption();
    cmd.addOption(
        {QStringLiteral("admin"), Text::tr("The administrator's user name."), Text::tr("USERNAME")});
    if (const auto done = cmd.parse(arguments))
        return *done;
    const QString admin = cmd.value(QStringLiteral("admin"));
    if (admin.isEmpty())
        return cmd.usageError(Text::tr("Give the administrator's user name with --admin USERNAME."));
    int exitCode = Ok;
    const auto store = openEncrypted(cmd.storePath(), exitCode);
    if (!store)
        return exitCode;
    const auto code = readSecret("FIELDENROL_RECOVERY_CODE", Text::tr("Recovery code: "));
    if (!code)
        return Usage;
    const auto password =
        readNewSecret("FIELDENROL_NEW_PASSWORD", Text::tr("New password for %1: ").arg(admin),
                      Text::tr("The same password again: "));
    if (!password)
        return Usage;
    if (const auto weak = OperatorDirectory::checkPassword(*password, admin))
        return cmd.usageError(weak->message);
    const auto recovered = store->recover(code->trimmed(), admin, *password);
    if (!recovered.ok()) {
        printError(recovered.error());
        return exitCodeFor(recovered.error());
    }
    out() << Text::tr("%1 has a new password. The old recovery code no longer works.").arg(admin) << '\n';
    printRecoveryCode(recovered.value());
    return Ok;
}

} // namespace fe::cli
