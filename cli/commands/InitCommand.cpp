#include "Cli.h"
#include "Login.h"
#include "Secrets.h"
#include "commands/Commands.h"

#include "store/Store.h"

#include <QFileInfo>

namespace fe::cli {

int runInit(const QStringList& arguments)
{
    CommandLine cmd(QStringLiteral("init"),
                    Text::tr("Creates a new, empty, encrypted store for one country and device, with its "
                             "first administrator. The administrator's password comes from "
                             "$FIELDENROL_PASSWORD, else it is asked twice on the terminal. The recovery "
                             "code is printed once."));
    cmd.addStoreOption();
    cmd.addOption({QStringLiteral("country"), Text::tr("LA (Lao PDR) or KE (Kenya)."), Text::tr("CODE")});
    cmd.addOption({QStringLiteral("device-name"),
                   Text::tr("A name people recognise, e.g. \"Xaythany team 2\"."), Text::tr("NAME")});
    cmd.addOption(
        {QStringLiteral("admin"), Text::tr("The first administrator's user name."), Text::tr("USERNAME")});
    cmd.addOption({QStringLiteral("admin-name"),
                   Text::tr("The first administrator's name as people know it (default: the user name)."),
                   Text::tr("NAME")});
    if (const auto done = cmd.parse(arguments))
        return *done;
    const auto country = CountryProfile::fromCode(cmd.value(QStringLiteral("country")));
    if (!country)
        return cmd.usageError(Text::tr("Give the country with --country LA or --country KE."));
    if (cmd.value(QStringLiteral("device-name")).isEmpty())
        return cmd.usageError(Text::tr("Give the device a name with --device-name NAME."));
    const QString admin = cmd.value(QStringLiteral("admin"));
    if (admin.isEmpty())
        return cmd.usageError(Text::tr("Give the first administrator's user name with --admin USERNAME: "
                                       "every store is created with one, and its data is encrypted."));
    if (const auto invalid = OperatorDirectory::checkUsername(admin))
        return cmd.usageError(invalid->message);
    // Before asking for a password that could not be used.
    if (QFileInfo::exists(cmd.storePath())) {
        err() << Text::tr("%1 already exists: init never overwrites a store.").arg(cmd.storePath()) << '\n'
              << Qt::flush;
        return StoreUnavailable;
    }
    const auto password =
        readNewSecret("FIELDENROL_PASSWORD", Text::tr("New password for the administrator %1: ").arg(admin),
                      Text::tr("The same password again: "));
    if (!password)
        return Usage;
    if (const auto weak = OperatorDirectory::checkPassword(*password, admin))
        return cmd.usageError(weak->message);

    const QString adminName = cmd.value(QStringLiteral("admin-name"));
    CreateOptions create{country->country, cmd.value(QStringLiteral("device-name")), {}};
    create.administrator = FirstAdministrator{
        {admin, adminName.isEmpty() ? admin : adminName, OperatorRole::Administrator}, *password};
    auto created = Store::create(cmd.storePath(), create, storeOptions());
    if (!created.ok()) {
        printError(created.error());
        const int code = exitCodeFor(created.error());
        return created.error().code == QLatin1String("store.device_name") || code == Usage ? Usage
                                                                                           : StoreUnavailable;
    }
    Store& store = *created.value();
    const StoreStatus status = store.status();
    out() << Text::tr("Created %1 for %2, device %3 (%4), encrypted, with the administrator %5.")
                 .arg(cmd.storePath(), status.country, status.deviceName, status.deviceId, admin)
          << '\n';
    printRecoveryCode(store.takeRecoveryCode());
    return Ok;
}

} // namespace fe::cli
