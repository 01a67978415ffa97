#include "Cli.h"
#include "Login.h"
#include "Secrets.h"
#include "commands/Commands.h"

#include "store/Store.h"

namespace fe::cli {

int runEncrypt(const QStringList& arguments)
{
    CommandLine cmd(QStringLiteral("encrypt"),
                    Text::tr("Seals an unencrypted store (made before encryption at rest) in place and "
                             "creates its first administrator. The password comes from "
                             "$FIELDENROL_PASSWORD, else it is asked twice on the terminal. The recovery "
                             "code is printed once."));
    cmd.addStoreOption();
    cmd.addOption(
        {QStringLiteral("admin"), Text::tr("The first administrator's user name."), Text::tr("USERNAME")});
    cmd.addOption({QStringLiteral("admin-name"),
                   Text::tr("The first administrator's name as people know it (default: the user name)."),
                   Text::tr("NAME")});
    if (const auto done = cmd.parse(arguments))
        return *done;
    const QString admin = cmd.value(QStringLiteral("admin"));
    if (admin.isEmpty())
        return cmd.usageError(Text::tr("Give the first administrator's user name with --admin USERNAME."));
    if (const auto invalid = OperatorDirectory::checkUsername(admin))
        return cmd.usageError(invalid->message);
    const auto store = openStore(cmd.storePath());
    if (!store)
        return StoreUnavailable;
    if (store->isEncrypted()) {
        err() << Text::tr("This store is already encrypted: nothing was changed.") << '\n' << Qt::flush;
        return Rejected;
    }
    const auto password =
        readNewSecret("FIELDENROL_PASSWORD", Text::tr("New password for the administrator %1: ").arg(admin),
                      Text::tr("The same password again: "));
    if (!password)
        return Usage;
    if (const auto weak = OperatorDirectory::checkPassword(*password, admin))
        return cmd.usageError(weak->message);
    const QString adminName = cmd.value(QStringLiteral("admin-name"));
    const auto sealed = store->setUpEncryption(
        {admin, adminName.isEmpty() ? admin : adminName, OperatorRole::Administrator}, *password);
    if (!sealed.ok()) {
        printError(sealed.error());
        return exitCodeFor(sealed.error());
    }
    out() << Text::tr("%1 is now encrypted, with the administrator %2.").arg(cmd.storePath(), admin) << '\n';
    printRecoveryCode(sealed.value());
    return Ok;
}

} // namespace fe::cli
