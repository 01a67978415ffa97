#include "LinkEstimator.h"

#include <algorithm>
#include <cmath>

namespace fe::sync {

LinkEstimator::LinkEstimator(const SyncConfig& config)
    : m_config(config), m_cap(config.maxBatch),
      m_current(std::clamp(config.initialBatch, config.minBatch, config.maxBatch))
{}

void LinkEstimator::observe(qint64 bytesSent, int entries, qint64 elapsedMs)
{
    const double ms = std::max<double>(1.0, static_cast<double>(elapsedMs));
    if (entries == 0) {
        // A request without entries measures the fixed cost: round trip and server time.
        m_overheadMs = m_overheadMs == 0 ? ms : 0.7 * m_overheadMs + 0.3 * ms;
        return;
    }
    m_cap = std::min(m_config.maxBatch, m_cap * 2); // a cap from a split recovers as batches succeed
    m_bytesPerEntry = 0.7 * m_bytesPerEntry + 0.3 * (static_cast<double>(bytesSent) / entries);
    // Rate of the part that grows with the batch; the fixed part is what a request costs anyway.
    const double variableMs = std::max(ms - m_overheadMs, ms * 0.5);
    const double rate = static_cast<double>(bytesSent) * 1000.0 / variableMs;
    m_bytesPerSecond = m_bytesPerSecond == 0 ? rate : 0.6 * m_bytesPerSecond + 0.4 * rate;
    const double fit = m_bytesPerSecond * m_config.targetBatchSeconds / std::max(1.0, m_bytesPerEntry);
    // Grow at most fourfold per batch so one lucky measurement does not overshoot a slow link.
    const int proposed = static_cast<int>(std::min(fit, static_cast<double>(m_current) * 4.0));
    m_current = std::clamp(proposed, m_config.minBatch, std::max(m_config.minBatch, m_cap));
}

void LinkEstimator::tooLarge(int entries)
{
    m_cap = std::max(1, entries / 2);
    m_current = std::min(m_current, m_cap);
}

void LinkEstimator::failed()
{
    m_current = std::max(m_config.minBatch, m_current / 2);
}

int LinkEstimator::payloadCompressionLevel() const
{
    // The rate is measured from send to the complete answer, so it includes the central office's
    // time and understates the link: the choice errs towards fewer bytes.
    return m_bytesPerSecond >= kFastLinkBytesPerSecond ? 6 : 9;
}

int LinkEstimator::batchSize() const
{
    return std::max(1, std::min(m_current, m_cap));
}

} // namespace fe::sync
