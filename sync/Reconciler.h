#pragma once

#include "NetworkJob.h"
#include "store/Store.h"

#include <QObject>
#include <QPointer>

#include <deque>
#include <vector>

namespace fe::sync {

class HttpClient;

struct ReconcileReport
{
    QList<qint64> confirmed; // pending entries the central office turned out to hold: now sent
    QList<qint64> requeued;  // sent entries it does not hold (or holds differently): pending again
    int requests = 0;
    qint64 bytesSent = 0;
    qint64 bytesReceived = 0;
};

// Compares what the device believes the central office holds with the central office's compact
// manifest (count and hash per sequence range) and narrows differences down range by range, so a
// device with 100,000 records finds one lost record in a few small requests. Used periodically, and
// after a crash or a lost answer to learn which entries of the batch on the wire arrived.
class Reconciler : public QObject
{
    Q_OBJECT
public:
    Reconciler(Store& store, HttpClient& http, QObject* parent = nullptr);

    // Checks [fromSeq, toSeq]. Sent entries are expected there; so are pending entries within
    // [claimFrom, claimTo] (a batch whose answer was lost).
    void start(qint64 fromSeq, qint64 toSeq, qint64 claimFrom = 0, qint64 claimTo = -1);
    void cancel();

Q_SIGNALS:
    // `failure.outcome` is Ok when the comparison completed and its findings were committed.
    void finished(const fe::sync::ReconcileReport& report, const fe::sync::JobResult& failure);

private:
    struct Item
    {
        qint64 seq;
        QByteArray line; // manifest line, as the central office would hash it
        QString state;
        bool expected;
    };
    struct Range
    {
        qint64 from;
        qint64 to;
    };

    void nextRound();
    void onAnswer(NetworkJob* job, const QList<Range>& asked);
    void settle(const Range& range, qint64 serverCount, const QByteArray& serverHash);
    std::pair<std::vector<Item>::const_iterator, std::vector<Item>::const_iterator>
    itemsIn(const Range& r) const;
    void split(const Range& r, int parts);
    void complete(const JobResult& failure);

    Store& m_store;
    HttpClient& m_http;
    std::vector<Item> m_items;
    std::deque<Range> m_queue;
    ReconcileReport m_report;
    QPointer<NetworkJob> m_job;
};

} // namespace fe::sync
