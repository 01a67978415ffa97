#include "operators/SessionPolicy.h"

#include <QtGlobal>

#include <algorithm>

namespace fe {

qint64 IdleTimeouts::forRole(OperatorRole role) const
{
    switch (role) {
    case OperatorRole::Clerk:
        return clerkMs;
    case OperatorRole::Enumerator:
        return enumeratorMs;
    case OperatorRole::Supervisor:
        return supervisorMs;
    case OperatorRole::Administrator:
        return administratorMs;
    }
    return std::min({clerkMs, enumeratorMs, supervisorMs, administratorMs});
}

SessionPolicy::SessionPolicy(const Clock& clock, IdleTimeouts timeouts) : m_clock(clock), m_timeouts(timeouts)
{}

void SessionPolicy::start(OperatorRole role)
{
    m_role = role;
    m_lastActivityMs = m_clock.nowMs();
    m_active = true;
}

void SessionPolicy::recordActivity()
{
    if (m_active && msUntilLock() > 0)
        m_lastActivityMs = m_clock.nowMs();
}

void SessionPolicy::end()
{
    m_active = false;
    m_lastActivityMs = 0;
}

qint64 SessionPolicy::msUntilLock() const
{
    if (!m_active)
        return 0;
    const qint64 idle = qAbs(m_clock.nowMs() - m_lastActivityMs);
    return std::max<qint64>(0, m_timeouts.forRole(m_role) - idle);
}

} // namespace fe
