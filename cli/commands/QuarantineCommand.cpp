#include "Cli.h"
#include "Login.h"
#include "commands/Commands.h"

#include "common/Uuid.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fe::cli {

int runQuarantine(const QStringList& arguments)
{
    CommandLine cmd(
        QStringLiteral("quarantine"),
        Text::tr("Lists the records the central office refused or found in conflict, with the reason "
                 "(list), or puts them back in the queue after the cause was fixed (retry)."));
    cmd.addStoreOption();
    cmd.addLoginOption();
    cmd.addPositional(QStringLiteral("action"), Text::tr("list or retry."), QStringLiteral("list|retry"));
    cmd.addOption({QStringLiteral("seq"),
                   Text::tr("retry: only these outbox entries, comma-separated (default all)."),
                   Text::tr("N")});
    cmd.addOption({QStringLiteral("json"), Text::tr("list: one JSON array, for scripts.")});
    if (const auto done = cmd.parse(arguments))
        return *done;
    const QStringList positional = cmd.positional();
    const QString action = positional.value(0);
    if (positional.size() != 1 || (action != QLatin1String("list") && action != QLatin1String("retry")))
        return cmd.usageError(Text::tr("quarantine needs list or retry."));
    int loginExit = Ok;
    const auto store = openLoggedIn(cmd, loginExit);
    if (!store)
        return loginExit;

    if (action == QLatin1String("list")) {
        const QList<QuarantinedEntry> entries = store->quarantinedOutbox();
        if (cmd.isSet(QStringLiteral("json"))) {
            QJsonArray a;
            for (const QuarantinedEntry& q : entries)
                a.append(QJsonObject{{QLatin1String("seq"), q.entry.seq},
                                     {QLatin1String("entity"), q.entry.entity},
                                     {QLatin1String("id"), uuidText(q.entry.entityId)},
                                     {QLatin1String("version"), q.entry.entityVersion},
                                     {QLatin1String("code"), q.code},
                                     {QLatin1String("message"), q.message},
                                     {QLatin1String("attempts"), q.attempts}});
            out() << QJsonDocument(a).toJson(QJsonDocument::Compact) << '\n' << Qt::flush;
            return Ok;
        }
        for (const QuarantinedEntry& q : entries)
            out() << q.entry.seq << '\t' << q.entry.entity << '\t' << uuidText(q.entry.entityId) << '\t'
                  << 'v' << q.entry.entityVersion << '\t' << q.code << '\t' << q.message << '\n';
        out() << Qt::flush;
        err() << Text::tr("%n record(s) set aside.", nullptr, static_cast<int>(entries.size())) << '\n'
              << Qt::flush;
        return Ok;
    }

    QList<qint64> seqs;
    if (cmd.isSet(QStringLiteral("seq"))) {
        for (const QString& part :
             cmd.value(QStringLiteral("seq")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 seq = part.trimmed().toLongLong(&ok);
            if (!ok || seq <= 0)
                return cmd.usageError(Text::tr("--seq needs outbox entry numbers, e.g. --seq 12,15."));
            seqs.append(seq);
        }
    }
    const qsizetype before = store->quarantinedOutbox().size();
    if (const Status s = store->retryQuarantined(seqs, auditName(*store)); !s) {
        printError(s.error());
        return exitCodeFor(s.error());
    }
    const qsizetype after = store->quarantinedOutbox().size();
    err() << Text::tr("%n record(s) put back in the queue; they are sent with the next sync.", nullptr,
                      static_cast<int>(before - after))
          << '\n'
          << Qt::flush;
    return before == after && !seqs.isEmpty() ? NotFound : Ok;
}

} // namespace fe::cli
