#include "TestStore.h"

#include "operators/SessionPolicy.h"

#include <catch2/catch.hpp>

using namespace fe;

namespace {

constexpr qint64 kMinute = 60 * 1000;

} // namespace

TEST_CASE("idle timeouts: five minutes for clerks and enumerators, ten for supervisors and administrators")
{
    const IdleTimeouts t;
    CHECK(t.forRole(OperatorRole::Clerk) == 5 * kMinute);
    CHECK(t.forRole(OperatorRole::Enumerator) == 5 * kMinute);
    CHECK(t.forRole(OperatorRole::Supervisor) == 10 * kMinute);
    CHECK(t.forRole(OperatorRole::Administrator) == 10 * kMinute);
}

TEST_CASE("an idle session locks when its role's timeout has passed, not before")
{
    for (const OperatorRole role : kAllOperatorRoles) {
        FixedClock clock(test::testNow());
        SessionPolicy policy(clock);
        policy.start(role);
        const qint64 timeout = IdleTimeouts{}.forRole(role);
        INFO(toKey(role).toStdString());
        CHECK(policy.isActive());
        CHECK(policy.idleTimeoutMs() == timeout);
        CHECK(policy.msUntilLock() == timeout);
        clock.advanceMs(timeout - 1);
        CHECK_FALSE(policy.shouldLock());
        CHECK(policy.msUntilLock() == 1);
        clock.advanceMs(1);
        CHECK(policy.shouldLock());
        CHECK(policy.msUntilLock() == 0);
    }
}

TEST_CASE("activity keeps a session open")
{
    FixedClock clock(test::testNow());
    SessionPolicy policy(clock);
    policy.start(OperatorRole::Clerk);
    for (int i = 0; i < 10; ++i) {
        clock.advanceMs(4 * kMinute);
        REQUIRE_FALSE(policy.shouldLock());
        policy.recordActivity();
    }
    CHECK(policy.msUntilLock() == 5 * kMinute);
    clock.advanceMs(5 * kMinute);
    CHECK(policy.shouldLock());
}

TEST_CASE("activity after the timeout does not reopen the session")
{
    FixedClock clock(test::testNow());
    SessionPolicy policy(clock);
    policy.start(OperatorRole::Enumerator);
    clock.advanceMs(6 * kMinute);
    policy.recordActivity();
    CHECK(policy.shouldLock());
}

TEST_CASE("setting the clock back does not keep a session open")
{
    FixedClock clock(test::testNow());
    SessionPolicy policy(clock);
    policy.start(OperatorRole::Supervisor);
    clock.advanceMs(-365LL * 24 * 60 * kMinute);
    CHECK(policy.shouldLock());

    // A small correction counts as the time it moved.
    policy.start(OperatorRole::Supervisor);
    clock.advanceMs(-2000);
    CHECK_FALSE(policy.shouldLock());
    CHECK(policy.msUntilLock() == 10 * kMinute - 2000);
}

TEST_CASE("no session, nothing to lock; ending a session deactivates it")
{
    FixedClock clock(test::testNow());
    SessionPolicy policy(clock);
    CHECK_FALSE(policy.isActive());
    CHECK_FALSE(policy.shouldLock());
    CHECK(policy.msUntilLock() == 0);
    policy.recordActivity();
    CHECK_FALSE(policy.isActive());

    policy.start(OperatorRole::Administrator);
    policy.end();
    CHECK_FALSE(policy.isActive());
    clock.advanceMs(60 * kMinute);
    CHECK_FALSE(policy.shouldLock());
}

TEST_CASE("custom idle timeouts are used per role")
{
    FixedClock clock(test::testNow());
    IdleTimeouts timeouts;
    timeouts.clerkMs = 90 * 1000;
    SessionPolicy policy(clock, timeouts);
    policy.start(OperatorRole::Clerk);
    clock.advanceMs(90 * 1000);
    CHECK(policy.shouldLock());
    policy.start(OperatorRole::Supervisor);
    clock.advanceMs(90 * 1000);
    CHECK_FALSE(policy.shouldLock());
}
