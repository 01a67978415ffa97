#include "Cli.h"
#include "commands/Commands.h"

#include "store/Store.h"

namespace fe::cli {

int runInit(const QStringList& arguments)
{
    CommandLine cmd(QStringLiteral("init"),
                    Text::tr("Creates a new, empty store for one country and device."));
    cmd.addStoreOption();
    cmd.addOption({QStringLiteral("country"), Text::tr("LA (Lao PDR) or KE (Kenya)."), Text::tr("CODE")});
    cmd.addOption({QStringLiteral("device-name"),
                   Text::tr("A name people recognise, e.g. \"Xaythany team 2\"."), Text::tr("NAME")});
    if (const auto done = cmd.parse(arguments))
        return *done;
    const auto country = CountryProfile::fromCode(cmd.value(QStringLiteral("country")));
    if (!country)
        return cmd.usageError(Text::tr("Give the country with --country LA or --country KE."));
    if (cmd.value(QStringLiteral("device-name")).isEmpty())
        return cmd.usageError(Text::tr("Give the device a name with --device-name NAME."));

    auto created =
        Store::create(cmd.storePath(), {country->country, cmd.value(QStringLiteral("device-name"))});
    if (!created.ok()) {
        printError(created.error());
        return created.error().code == QLatin1String("store.device_name") ? Usage : StoreUnavailable;
    }
    const StoreStatus status = created.value()->status();
    out() << Text::tr("Created %1 for %2, device %3 (%4).")
                 .arg(cmd.storePath(), status.country, status.deviceName, status.deviceId)
          << '\n'
          << Qt::flush;
    return Ok;
}

} // namespace fe::cli
