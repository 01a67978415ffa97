#include "http/WorkSlots.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

using fe::central::WorkSlots;

namespace {

// Waits (bounded) until `slots` has `count` threads queued.
bool waitForQueue(const WorkSlots& slots, int count)
{
    QElapsedTimer timer;
    timer.start();
    while (slots.waiting() != count) {
        if (timer.elapsed() > 10000)
            return false;
        std::this_thread::yield();
    }
    return true;
}

} // namespace

TEST_CASE("no more threads than there are slots hold one at once, and every one gets its turn")
{
    WorkSlots slots(4);
    std::atomic<int> holding{0};
    std::atomic<int> mostAtOnce{0};
    std::atomic<int> turns{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 32; ++t)
        threads.emplace_back([&] {
            for (int i = 0; i < 200; ++i) {
                const WorkSlots::Held slot(slots);
                const int now = ++holding;
                int seen = mostAtOnce.load();
                while (now > seen && !mostAtOnce.compare_exchange_weak(seen, now)) {
                }
                ++turns;
                --holding;
            }
        });
    for (std::thread& t : threads)
        t.join();
    CHECK(turns == 32 * 200);
    CHECK(mostAtOnce <= 4);
    CHECK(mostAtOnce >= 1);
    CHECK(slots.waiting() == 0);
}

TEST_CASE("a released slot goes to the thread that has waited longest")
{
    WorkSlots slots(1);
    slots.acquire();
    std::mutex orderMutex;
    std::vector<int> order;
    std::vector<std::thread> threads;
    for (int t = 0; t < 5; ++t) {
        threads.emplace_back([&, t] {
            const WorkSlots::Held slot(slots);
            const std::lock_guard lock(orderMutex);
            order.push_back(t);
        });
        REQUIRE(waitForQueue(slots, t + 1)); // queued in this order
    }
    slots.release();
    for (std::thread& t : threads)
        t.join();
    CHECK(order == std::vector<int>{0, 1, 2, 3, 4});
    CHECK(slots.waiting() == 0);
}

TEST_CASE("a free slot is taken at once, and a slot count below one means one")
{
    WorkSlots slots(0);
    slots.acquire();
    CHECK(slots.waiting() == 0);
    std::atomic<bool> entered{false};
    std::thread second([&] {
        const WorkSlots::Held slot(slots);
        entered = true;
    });
    REQUIRE(waitForQueue(slots, 1)); // the one slot is held: the second thread waits
    CHECK_FALSE(entered);
    slots.release();
    second.join();
    CHECK(entered);
}
