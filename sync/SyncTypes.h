#pragma once

#include "common/Result.h"

#include <QMetaType>
#include <QString>
#include <QUuid>

namespace fe::sync {

enum class SyncState {
    Idle,        // no run in progress
    Checking,    // finding out what arrived of a batch whose answer was lost
    Pushing,     // sending outbox entries
    Pulling,     // receiving member numbers, flags, corrections, reference data
    Reconciling, // comparing manifests with the central office
    Waiting,     // backing off after a transient failure
};

// Why a run ended; the CLI's exit code follows it.
enum class SyncOutcome {
    Done,   // nothing due is left (entries the central office holds back may remain)
    GaveUp, // too many transient failures in a row: try again later
    Cancelled,
    NotEnrolled,
    Unauthorised, // the device's credential was refused (revoked?)
    TlsRefused,   // the server's certificate is not trusted
    Refused,      // the central office refused the request itself (not one record)
    StoreFailed,  // the local store could not record a result
};

QString stateName(SyncState state);
QString outcomeName(SyncOutcome outcome);

struct SyncProgress
{
    qint64 pendingAtStart = 0;
    qint64 accepted = 0;    // marked sent in this run
    qint64 quarantined = 0; // rejected or in conflict
    qint64 waiting = 0;     // held back by the central office (dependency missing)
    qint64 requeued = 0;    // found missing by reconciliation
    qint64 pulledChanges = 0;
    int requests = 0;
    int batches = 0;
    qint64 bytesSent = 0;     // request bodies, compressed
    qint64 bytesReceived = 0; // response bodies
    int batchSize = 0;        // the size the link estimator proposes now
};

struct EntryOutcome
{
    enum class Kind { Accepted, Rejected, Conflict, Waiting, Requeued };
    qint64 seq = 0;
    QString entity;
    QUuid id;
    int version = 0;
    Kind kind = Kind::Accepted;
    QString code;
    QString message;
    QString memberNumber;
};

struct SyncSummary
{
    SyncOutcome outcome = SyncOutcome::Done;
    Error error;
    SyncProgress progress;
    qint64 remainingPending = 0;
};

} // namespace fe::sync

Q_DECLARE_METATYPE(fe::sync::SyncState)
Q_DECLARE_METATYPE(fe::sync::SyncProgress)
Q_DECLARE_METATYPE(fe::sync::EntryOutcome)
Q_DECLARE_METATYPE(fe::sync::SyncSummary)
