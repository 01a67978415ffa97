#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "PostgresCluster.h"

#include <QCoreApplication>

// Catch2 main with a QCoreApplication (QProcess needs one); the shared PostgreSQL cluster, if a
// test started it, is stopped and deleted before the process ends.
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int result = Catch::Session().run(argc, argv);
    fe::test::PostgresCluster::shutdownShared();
    return result;
}
