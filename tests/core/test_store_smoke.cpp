#include "TestStore.h"

#include <catch2/catch.hpp>

using namespace fe;

TEST_CASE("a registered member is saved with history, audit and outbox entries")
{
    test::TestStore store(Country::Lao);
    const SaveResult saved = store->registerMember(test::validLaoMember(), QStringLiteral("clerk1"));
    INFO(saved.error.message.toStdString());
    REQUIRE(saved.ok());
    const auto m = store->member(saved.saved->id);
    REQUIRE(m);
    CHECK(m->phone == QStringLiteral("+8562055551234"));
    CHECK(store->history(QStringLiteral("member"), m->id).size() == 1);
    CHECK(store->pendingOutbox(10).size() == 1);
    CHECK(store->check().ok());
    store.reopen();
    CHECK(store->member(saved.saved->id));
    const auto c = store->recordContribution(test::validContribution(*m, Country::Lao), QStringLiteral("clerk1"));
    INFO(c.error.message.toStdString());
    REQUIRE(c.ok());
    CHECK(store->check().problems == QStringList{});
}
