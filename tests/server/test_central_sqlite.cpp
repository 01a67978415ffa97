#include "CatchQt.h"
#include "CentralProcess.h"
#include "Scenarios.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace fe;

namespace {

struct SqliteCentral
{
    QTemporaryDir dir;
    test::CentralProcess central{dir.filePath(QStringLiteral("central.sqlite"))};
    SqliteCentral()
    {
        REQUIRE(dir.isValid());
        REQUIRE(central.start());
    }
};

} // namespace

TEST_CASE("SQLite: push results of every kind, member numbers, pull and manifests")
{
    SqliteCentral s;
    test::pushAndPullScenario(s.central);
}

TEST_CASE("SQLite: duplicates, flags, the fleet view and central corrections")
{
    SqliteCentral s;
    test::supervisionScenario(s.central);
}

TEST_CASE("SQLite: USB bundles and exports")
{
    SqliteCentral s;
    test::exportAndBundleScenario(s.central);
}
