#include "CatchQt.h"
#include "CentralProcess.h"
#include "PostgresCluster.h"
#include "Scenarios.h"

#include <catch2/catch.hpp>

using namespace fe;

namespace {

struct PostgresCentral
{
    QString url;
    std::unique_ptr<test::CentralProcess> central;
    PostgresCentral()
    {
        test::PostgresCluster& cluster = test::PostgresCluster::shared();
        INFO(cluster.error().toStdString());
        REQUIRE(cluster.ok());
        url = cluster.createDatabase();
        REQUIRE(!url.isEmpty());
        central = std::make_unique<test::CentralProcess>(url);
        REQUIRE(central->start());
    }
};

} // namespace

TEST_CASE("PostgreSQL: push results of every kind, member numbers, pull and manifests")
{
    PostgresCentral s;
    test::pushAndPullScenario(*s.central);
}

TEST_CASE("PostgreSQL: duplicates, flags, the fleet view and central corrections")
{
    PostgresCentral s;
    test::supervisionScenario(*s.central);
}

TEST_CASE("PostgreSQL: USB bundles and exports")
{
    PostgresCentral s;
    test::exportAndBundleScenario(*s.central);
}
