#include "TestStore.h"
#include "common/Uuid.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace fe;
using namespace fe::test;

TEST_CASE("a pulled page is applied in one transaction with its cursor: all of it or none of it")
{
    TestStore store(Country::Lao);
    const SaveResult saved = store->registerMember(validMember(Country::Lao), QStringLiteral("op"));
    REQUIRE(saved.ok());
    const QString id = uuidText(saved.saved->id);
    const PulledChange number{1, QStringLiteral("member_number"),
                              QJsonObject{{QLatin1String("member"), id},
                                          {QLatin1String("number"), QStringLiteral("01-0000001-8")}}};
    const PulledChange flag{
        2, QStringLiteral("flag"),
        QJsonObject{{QLatin1String("flag"), 17},
                    {QLatin1String("member"), id},
                    {QLatin1String("other"), QStringLiteral("0190a000-0000-7000-8000-000000000001")},
                    {QLatin1String("reason"), QStringLiteral("document")},
                    {QLatin1String("state"), QStringLiteral("open")}}};
    // A reference-data change with a unit the store cannot take (no local name): the page fails.
    const PulledChange broken{
        3, QStringLiteral("refdata"),
        QJsonObject{{QLatin1String("country"), QStringLiteral("LA")},
                    {QLatin1String("units"),
                     QJsonArray{QJsonObject{{QLatin1String("level"), 1},
                                            {QLatin1String("code"), QStringLiteral("99")}}}}}};

    const Status failed =
        store->applyPulledChanges({number, flag, broken}, QStringLiteral("pull.cursor"), QStringLiteral("3"));
    CHECK(!failed.ok());
    CHECK(store->member(saved.saved->id)->memberNumber.isEmpty());
    CHECK(store->openFlags().isEmpty());
    CHECK(store->syncValue(QStringLiteral("pull.cursor")).isEmpty());
    CHECK(store->reference().units().size() > 100);

    REQUIRE(
        store->applyPulledChanges({number, flag}, QStringLiteral("pull.cursor"), QStringLiteral("2")).ok());
    CHECK(store->member(saved.saved->id)->memberNumber == QStringLiteral("01-0000001-8"));
    const QList<Flag> flags = store->openFlags();
    REQUIRE(flags.size() == 1);
    CHECK(flags.first().kind == QStringLiteral("document"));
    CHECK(flags.first().entityId == saved.saved->id);
    CHECK(store->syncValue(QStringLiteral("pull.cursor")) == QStringLiteral("2"));

    // The same page again (a batch prepared ahead asked from an older cursor): nothing changes.
    REQUIRE(
        store->applyPulledChanges({number, flag}, QStringLiteral("pull.cursor"), QStringLiteral("2")).ok());
    CHECK(store->openFlags().size() == 1);
    CHECK(store->check().ok());

    // A resolved flag closes the local one.
    PulledChange resolved = flag;
    resolved.seq = 4;
    resolved.body.insert(QLatin1String("state"), QStringLiteral("resolved"));
    REQUIRE(store->applyPulledChanges({resolved}, QStringLiteral("pull.cursor"), QStringLiteral("4")).ok());
    CHECK(store->openFlags().isEmpty());
}
