#include "cli/Cli.h"

#include <QCoreApplication>

#include <malloc.h>

int main(int argc, char* argv[])
{
    // Hundreds of connection threads would otherwise each grow a glibc malloc arena of their own
    // that is never given back: a few shared arenas keep the service's peak memory near its live data.
    mallopt(M_ARENA_MAX, 2);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fieldenrol-central"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FIELDENROL_VERSION));
    return fe::central::runCli(QCoreApplication::arguments());
}
