#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>

namespace fe::central {

// At most `count` holders at once; the others wait in a queue and a released slot is handed to the
// longest waiter, waking that one thread only. std::counting_semaphore was used before: libstdc++ 12
// spins with sched_yield and wakes the waiters of a futex bucket together, and with ~200 device
// connections queued on 4 push slots the service spent a large share of its CPU in the scheduler.
class WorkSlots
{
public:
    explicit WorkSlots(int count);
    WorkSlots(const WorkSlots&) = delete;
    WorkSlots& operator=(const WorkSlots&) = delete;

    void acquire();
    void release();
    int waiting() const; // threads queued for a slot now

    // Holds a slot for the lifetime of the object.
    class Held
    {
    public:
        explicit Held(WorkSlots& slots) : m_slots(slots) { m_slots.acquire(); }
        ~Held() { m_slots.release(); }
        Held(const Held&) = delete;
        Held& operator=(const Held&) = delete;

    private:
        WorkSlots& m_slots;
    };

private:
    struct Waiter
    {
        std::condition_variable granted;
        bool slot = false;
    };

    mutable std::mutex m_mutex;
    int m_free;
    std::deque<Waiter*> m_waiting; // oldest first
};

} // namespace fe::central
