#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "PostgresCluster.h"

#include <QCoreApplication>

// Catch2 main for the sync tests: a QCoreApplication (event loop for sockets and child processes);
// the shared PostgreSQL cluster, if a test started one, is stopped and deleted at the end.
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int result = Catch::Session().run(argc, argv);
    fe::test::PostgresCluster::shutdownShared();
    return result;
}
