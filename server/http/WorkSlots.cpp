#include "http/WorkSlots.h"

#include <algorithm>

namespace fe::central {

WorkSlots::WorkSlots(int count) : m_free(std::max(1, count)) {}

void WorkSlots::acquire()
{
    std::unique_lock lock(m_mutex);
    if (m_free > 0 && m_waiting.empty()) {
        --m_free;
        return;
    }
    Waiter me;
    m_waiting.push_back(&me);
    me.granted.wait(lock, [&me] { return me.slot; });
}

void WorkSlots::release()
{
    const std::lock_guard lock(m_mutex);
    if (m_waiting.empty()) {
        ++m_free;
        return;
    }
    // The slot passes straight to the oldest waiter; notified under the lock, so the waiter (whose
    // stack holds `granted`) cannot have returned before this call is done with it.
    Waiter* next = m_waiting.front();
    m_waiting.pop_front();
    next->slot = true;
    next->granted.notify_one();
}

int WorkSlots::waiting() const
{
    const std::lock_guard lock(m_mutex);
    return static_cast<int>(m_waiting.size());
}

} // namespace fe::central
