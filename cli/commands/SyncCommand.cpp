#include "Cli.h"
#include "Login.h"
#include "commands/Commands.h"
#include "commands/SyncExitCodes.h"

#include "StoredSettings.h"
#include "SyncEngine.h"
#include "store/Store.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <csignal>

namespace fe::cli {
namespace {

volatile std::sig_atomic_t g_interrupted = 0;

void onInterrupt(int)
{
    g_interrupted = 1;
}

int exitCodeFor(const sync::SyncSummary& s, qint64 quarantined)
{
    switch (s.outcome) {
    case sync::SyncOutcome::Done:
        return s.remainingPending == 0 && quarantined == 0 ? Ok : SyncAttention;
    case sync::SyncOutcome::GaveUp:
        return SyncLinkGaveUp;
    case sync::SyncOutcome::Cancelled:
        return Interrupted;
    case sync::SyncOutcome::StoreFailed:
        return IoError;
    case sync::SyncOutcome::NotEnrolled:
    case sync::SyncOutcome::Unauthorised:
    case sync::SyncOutcome::TlsRefused:
    case sync::SyncOutcome::Refused:
        return SyncRefused;
    }
    return SyncRefused;
}

} // namespace

int runSync(const QStringList& arguments)
{
    CommandLine cmd(
        QStringLiteral("sync"),
        Text::tr("Sends every record waiting in the outbox to the central office and receives member "
                 "numbers, flags and reference data, until nothing is left or the link gives up. "
                 "Progress goes to standard error. Exit codes: 0 all sent, 3 records need attention "
                 "(quarantine list), 4 the store cannot be written, 6 the link gave up (try later), "
                 "7 refused (not enrolled, credential or certificate refused), 130 interrupted."));
    cmd.addStoreOption();
    cmd.addLoginOption();
    cmd.addOption(
        {QStringLiteral("reconcile"),
         Text::tr("Also compare what the central office holds with this device, and re-send what it lost.")});
    cmd.addOption({QStringLiteral("give-up-after"),
                   Text::tr("Transient failures in a row before giving up (default 8)."), Text::tr("N")});
    cmd.addOption({QStringLiteral("json"), Text::tr("Print a summary as JSON on standard output.")});
    if (const auto done = cmd.parse(arguments))
        return *done;
    int loginExit = Ok;
    const auto store = openLoggedIn(cmd, loginExit);
    if (!store)
        return loginExit;
    sync::SyncConfig config = sync::storedConfig(*store, QStringLiteral(FIELDENROL_VERSION));
    if (cmd.isSet(QStringLiteral("give-up-after"))) {
        bool ok = false;
        config.giveUpAfterFailures = cmd.value(QStringLiteral("give-up-after")).toInt(&ok);
        if (!ok || config.giveUpAfterFailures < 1)
            return cmd.usageError(Text::tr("--give-up-after needs a positive number."));
        // A command-line run waits less between attempts than the app does in the background.
    }
    config.backoffMaxMs = 60'000;

    sync::SyncEngine engine(*store, config);
    QEventLoop loop;
    sync::SyncSummary summary;
    QObject::connect(&engine, &sync::SyncEngine::finished, &loop, [&](const sync::SyncSummary& s) {
        summary = s;
        loop.quit();
    });
    QObject::connect(&engine, &sync::SyncEngine::progressChanged, [](const sync::SyncProgress& p) {
        err() << Text::tr("%1 of %2 sent, %3 set aside, %4 waiting; %5 requests, %6 bytes sent")
                     .arg(p.accepted)
                     .arg(p.pendingAtStart)
                     .arg(p.quarantined)
                     .arg(p.waiting)
                     .arg(p.requests)
                     .arg(p.bytesSent)
              << '\n'
              << Qt::flush;
    });
    QObject::connect(&engine, &sync::SyncEngine::errorOccurred, [](const Error& e) {
        err() << Text::tr("Problem (%1): %2").arg(e.code, e.message) << '\n' << Qt::flush;
    });
    std::signal(SIGINT, onInterrupt);
    QTimer interruptWatch;
    QObject::connect(&interruptWatch, &QTimer::timeout, [&engine] {
        if (g_interrupted)
            engine.cancel();
    });
    interruptWatch.start(100);
    if (cmd.isSet(QStringLiteral("reconcile")))
        engine.reconcileNow();
    else
        engine.syncNow();
    loop.exec();
    std::signal(SIGINT, SIG_DFL);

    const StoreStatus status = store->status();
    if (cmd.isSet(QStringLiteral("json"))) {
        const QJsonObject o{{QLatin1String("outcome"), sync::outcomeName(summary.outcome)},
                            {QLatin1String("error"), summary.error.code},
                            {QLatin1String("accepted"), summary.progress.accepted},
                            {QLatin1String("quarantined"), status.outboxQuarantined},
                            {QLatin1String("pending"), status.outboxPending},
                            {QLatin1String("requests"), summary.progress.requests},
                            {QLatin1String("bytesSent"), summary.progress.bytesSent},
                            {QLatin1String("bytesReceived"), summary.progress.bytesReceived}};
        out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n' << Qt::flush;
    }
    if (summary.outcome == sync::SyncOutcome::Done)
        err() << Text::tr("Sync finished: %1 pending, %2 set aside.")
                     .arg(status.outboxPending)
                     .arg(status.outboxQuarantined)
              << '\n'
              << Qt::flush;
    else if (!summary.error.message.isEmpty())
        printError(summary.error);
    return exitCodeFor(summary, status.outboxQuarantined);
}

} // namespace fe::cli
