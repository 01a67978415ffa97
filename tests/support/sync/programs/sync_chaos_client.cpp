// A device that only syncs: `sync_chaos_client STORE URL SEED` (FIELDENROL_USER and
// FIELDENROL_PASSWORD in the environment for an encrypted store). The chaos test starts it and kills
// it (SIGKILL) at random moments. Exit code: 0 done with nothing pending, 3 done with entries
// still held back, 1 any other outcome.
#include "SyncEngine.h"
#include "store/Store.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fputs("usage: sync_chaos_client STORE URL SEED\n", stderr);
        return 2;
    }
    auto store = fe::Store::open(args[1]);
    if (!store.ok()) {
        std::fprintf(stderr, "store: %s\n", qPrintable(store.error().code));
        return 1;
    }
    // The engine reads payloads: an encrypted store is unlocked with the account the test gives
    // in the environment, as fieldenrolctl does.
    if (store.value()->isEncrypted()) {
        const fe::Status unlocked = store.value()->unlock(qEnvironmentVariable("FIELDENROL_USER"),
                                                          qEnvironmentVariable("FIELDENROL_PASSWORD"));
        if (!unlocked.ok()) {
            std::fprintf(stderr, "login: %s\n", qPrintable(unlocked.error().code));
            return 1;
        }
    }
    fe::sync::SyncConfig config;
    config.serverUrl = QUrl(args[2]);
    config.appVersion = QStringLiteral("chaos");
    config.inactivityTimeoutMs = 2000;
    config.backoffBaseMs = 20;
    config.backoffMaxMs = 300;
    config.giveUpAfterFailures = 1000;
    config.waitingRetryMs = 100;
    config.initialBatch = 20;
    config.maxBatch = 200;
    config.jitterSeed = args[3].toUInt() + 1;
    fe::sync::SyncEngine engine(*store.value(), config);
    int code = 1;
    QObject::connect(&engine, &fe::sync::SyncEngine::finished, &app, [&](const fe::sync::SyncSummary& s) {
        code = s.outcome == fe::sync::SyncOutcome::Done ? (s.remainingPending == 0 ? 0 : 3) : 1;
        if (s.outcome != fe::sync::SyncOutcome::Done)
            std::fprintf(stderr, "sync: %s %s\n", qPrintable(fe::sync::outcomeName(s.outcome)),
                         qPrintable(s.error.code));
        app.quit();
    });
    engine.syncNow();
    app.exec();
    return code;
}
