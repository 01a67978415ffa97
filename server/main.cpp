#include "cli/Cli.h"

#include <QCoreApplication>

#include <malloc.h>

int main(int argc, char* argv[])
{
#if !defined(FIELDENROL_TCMALLOC)
    // Hundreds of connection threads would otherwise each grow a glibc malloc arena of their own
    // that is never given back: a few shared arenas keep the service's peak memory near its live data.
    // (tcmalloc bounds its threads' caches together: 32 MiB by default.)
    mallopt(M_ARENA_MAX, 2);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fieldenrol-central"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FIELDENROL_VERSION));
    return fe::central::runCli(QCoreApplication::arguments());
}
