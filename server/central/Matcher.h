#pragma once

#include "central/MatchKeys.h"
#include "db/Sql.h"

#include <QString>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace fe::central {

class Central;

// Duplicate detection across devices, after the push that brought the member. A push queues each
// new or changed member with its match keys (match_queue, appended in the push's transaction, so
// a member accepted is a member that will be matched, whatever happens next); the matcher takes
// the queue in order, claims the keys, and flags for a supervisor the member whose key another
// member already holds. Matching in the push's transaction cost the push most of its pages (the
// claims index is keyed by hash: every claim lands on a random page) - see docs/CENTRAL.md.
class Matcher
{
public:
    explicit Matcher(Central& central) : m_central(central) {}

    // Queues members for matching, inside the caller's (the push's) transaction.
    struct Queued
    {
        QString memberId;
        QString district;
        bool replaces = false; // an update: the member's earlier keys are released first
        QList<Claim> claims;
    };
    static void enqueue(db::Connection& c, const QString& country, const QList<Queued>& members, qint64 now);

    // Matches up to `limit` queued members, oldest first, in one transaction; returns how many.
    // One matcher runs at a time across every instance sharing the database.
    int matchQueued(int limit = kBatch);
    // Matches until the queue is empty (import-bundle, which runs without the service).
    int drain();

    static constexpr int kBatch = 2000;

private:
    Central& m_central;
};

// Runs the matcher on a thread of its own while the service runs: at once when a push queued
// members (wake), and every second for what another instance sharing the database queued (or
// what a failed attempt left).
class MatcherThread
{
public:
    explicit MatcherThread(Central& central);
    ~MatcherThread(); // finishes the transaction under way, then stops
    MatcherThread(const MatcherThread&) = delete;
    MatcherThread& operator=(const MatcherThread&) = delete;

    void wake();

    // How long a wake waits for more pushes to match together.
    static constexpr std::chrono::milliseconds kGather{100};

private:
    void run();

    Matcher m_matcher;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_woken = false;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace fe::central
