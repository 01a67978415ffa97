#include "Cli.h"
#include "commands/Commands.h"
#include "commands/SyncStatus.h"

#include "store/Store.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace fe::cli {

int runStatus(const QStringList& arguments)
{
    CommandLine cmd(
        QStringLiteral("status"),
        Text::tr("Shows what the store holds: counts, the outbox waiting to be sent, the device, whether it "
                 "is encrypted. Counts only, no personal data: no login needed."));
    cmd.addStoreOption();
    cmd.addOption({QStringLiteral("json"), Text::tr("Print one JSON object with stable keys, for scripts.")});
    if (const auto done = cmd.parse(arguments))
        return *done;
    const auto store = openStore(cmd.storePath());
    if (!store)
        return StoreUnavailable;
    const StoreStatus s = store->status();
    const QString oldest = s.oldestPending.isValid() ? s.oldestPending.toString(Qt::ISODate) : QString();
    if (cmd.isSet(QStringLiteral("json"))) {
        const QJsonObject o{{QLatin1String("country"), s.country},
                            {QLatin1String("deviceId"), s.deviceId},
                            {QLatin1String("deviceName"), s.deviceName},
                            {QLatin1String("schemaVersion"), s.schemaVersion},
                            {QLatin1String("encrypted"), store->isEncrypted()},
                            {QLatin1String("members"), s.members},
                            {QLatin1String("contributions"), s.contributions},
                            {QLatin1String("voidedContributions"), s.voidedContributions},
                            {QLatin1String("outboxPending"), s.outboxPending},
                            {QLatin1String("outboxQuarantined"), s.outboxQuarantined},
                            {QLatin1String("oldestPending"), oldest},
                            {QLatin1String("auditEntries"), s.auditEntries},
                            {QLatin1String("sync"), syncStatusJson(*store)}};
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented) << Qt::flush;
        return Ok;
    }
    const auto line = [](const QString& label, const QString& value) {
        out() << (label + QLatin1Char(':')).leftJustified(22) << value << '\n';
    };
    line(Text::tr("Store"), cmd.storePath());
    line(Text::tr("Country"), s.country);
    line(Text::tr("Device"), Text::tr("%1 (%2)").arg(s.deviceName, s.deviceId));
    line(Text::tr("Schema version"), QString::number(s.schemaVersion));
    line(Text::tr("Encrypted"), store->isEncrypted()
                                    ? Text::tr("yes")
                                    : Text::tr("no: seal it with \"fieldenrolctl encrypt\" before use"));
    line(Text::tr("Members"), QString::number(s.members));
    line(Text::tr("Contributions"),
         Text::tr("%1 (and %2 voided)").arg(s.contributions).arg(s.voidedContributions));
    line(Text::tr("Outbox pending"), QString::number(s.outboxPending));
    line(Text::tr("Outbox quarantined"), QString::number(s.outboxQuarantined));
    line(Text::tr("Oldest pending"), oldest.isEmpty() ? Text::tr("none") : oldest);
    line(Text::tr("Audit entries"), QString::number(s.auditEntries));
    printSyncStatus(*store, line);
    out() << Qt::flush;
    return Ok;
}

} // namespace fe::cli
