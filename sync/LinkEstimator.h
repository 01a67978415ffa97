#pragma once

#include "SyncConfig.h"

#include <QString>

namespace fe::sync {

// Sizes push batches to the link: it learns the upload rate and the fixed cost of a request from
// the requests it sees, and proposes as many entries as fit in the configured time per batch — a
// handful on 2G, the protocol's maximum on a LAN. A refused-as-too-large request halves the cap.
class LinkEstimator
{
public:
    explicit LinkEstimator(const SyncConfig& config);

    // One finished request: bytes sent, entries in it, time from send to the complete answer, and
    // the part of it the central office said it spent on the request (Server-Timing; 0: unknown).
    void observe(qint64 bytesSent, int entries, qint64 elapsedMs, double serverMs = 0);
    void tooLarge(int entries); // 413, or a request that must be split to find a poison record
    void failed();              // a transient failure: start smaller next time
    int batchSize() const;
    // How hard to compress a batch's payloads: 9 (the fewest bytes) until the link is measured and
    // on anything slower than kFastLinkBytesPerSecond; 6 above it. Level 9 saves ~11 bytes per
    // registration and costs ~25 us more of the device's CPU (bench_sync: 178 against 189 bytes,
    // 120 against 96 us), so it pays on links slower than ~440 KB/s. 3 on a LAN: the link itself
    // (the time the central office did not report as its own) moves at least kLanBytesPerSecond.
    // Level 3 sends ~45 bytes more per registration than 6 and saves ~13 us of the device's CPU
    // (100 registrations: 214 against 169 bytes, 0.9 against 2.2 ms), which pays above ~3.5 MB/s.
    int payloadCompressionLevel() const;
    static constexpr double kFastLinkBytesPerSecond = 512 * 1024;
    static constexpr double kLanBytesPerSecond = 4 * 1024 * 1024;

    // What was learnt, as text the engine keeps in the store so that the next engine (the next
    // `fieldenrolctl sync`, the app started again) starts from it; empty until measured.
    QString remembered() const;
    // Starts from remembered(); false, changing nothing, for anything else.
    bool recall(QStringView text);

    double bytesPerSecond() const { return m_bytesPerSecond; }
    double linkBytesPerSecond() const { return m_linkBytesPerSecond; }
    double bytesPerEntry() const { return m_bytesPerEntry; }
    double overheadMs() const { return m_overheadMs; }

private:
    SyncConfig m_config;
    double m_bytesPerSecond = 0; // 0: not measured yet
    // Without the central office's own time: the link alone; 0 until a central office reports it.
    double m_linkBytesPerSecond = 0;
    double m_bytesPerEntry = 300;
    double m_overheadMs = 0;
    int m_cap;
    int m_current;
};

} // namespace fe::sync
