#pragma once

#include "common/Clock.h"
#include "operators/Operator.h"

namespace fe {

// How long an unlocked session may stay idle, per role.
struct IdleTimeouts
{
    // Clerks and enumerators work with the public around them; supervisors and administrators
    // mostly at a desk, with longer tasks between clicks.
    qint64 clerkMs = 5 * 60 * 1000;
    qint64 enumeratorMs = 5 * 60 * 1000;
    qint64 supervisorMs = 10 * 60 * 1000;
    qint64 administratorMs = 10 * 60 * 1000;
    qint64 forRole(OperatorRole role) const;
};

// When an unlocked session must lock for lack of activity. Pure logic over the injected clock:
// the application records activity (key presses, clicks) and polls shouldLock(), then wipes the
// data key and asks for the password again.
//
// A wall clock can jump (daylight saving does not apply in either country, but NTP corrections
// and a clerk fixing a wrong date do): a jump in either direction counts as elapsed time, so
// setting the clock back never keeps a session open.
class SessionPolicy
{
public:
    explicit SessionPolicy(const Clock& clock, IdleTimeouts timeouts = {});

    void start(OperatorRole role); // after a successful login
    void recordActivity();         // ignored when no session is active
    void end();                    // after locking or logging out

    bool isActive() const { return m_active; }
    bool shouldLock() const { return m_active && msUntilLock() == 0; }
    // Time left before the session must lock (0 if it must lock now or none is active): the
    // application sets its timer from it.
    qint64 msUntilLock() const;
    qint64 idleTimeoutMs() const { return m_active ? m_timeouts.forRole(m_role) : 0; }

private:
    const Clock& m_clock;
    IdleTimeouts m_timeouts;
    OperatorRole m_role = OperatorRole::Clerk;
    qint64 m_lastActivityMs = 0;
    bool m_active = false;
};

} // namespace fe
