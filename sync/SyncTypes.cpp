#include "SyncTypes.h"

namespace fe::sync {

QString stateName(SyncState state)
{
    switch (state) {
    case SyncState::Idle:
        return QStringLiteral("idle");
    case SyncState::Checking:
        return QStringLiteral("checking");
    case SyncState::Pushing:
        return QStringLiteral("pushing");
    case SyncState::Pulling:
        return QStringLiteral("pulling");
    case SyncState::Reconciling:
        return QStringLiteral("reconciling");
    case SyncState::Waiting:
        return QStringLiteral("waiting");
    }
    return {};
}

QString outcomeName(SyncOutcome outcome)
{
    switch (outcome) {
    case SyncOutcome::Done:
        return QStringLiteral("done");
    case SyncOutcome::GaveUp:
        return QStringLiteral("gave_up");
    case SyncOutcome::Cancelled:
        return QStringLiteral("cancelled");
    case SyncOutcome::NotEnrolled:
        return QStringLiteral("not_enrolled");
    case SyncOutcome::Unauthorised:
        return QStringLiteral("unauthorised");
    case SyncOutcome::TlsRefused:
        return QStringLiteral("tls_refused");
    case SyncOutcome::Refused:
        return QStringLiteral("refused");
    case SyncOutcome::StoreFailed:
        return QStringLiteral("store_failed");
    }
    return {};
}

} // namespace fe::sync
