#include "LinkEstimator.h"

#include <algorithm>
#include <cmath>

namespace fe::sync {

LinkEstimator::LinkEstimator(const SyncConfig& config)
    : m_config(config), m_cap(config.maxBatch),
      m_current(std::clamp(config.initialBatch, config.minBatch, config.maxBatch))
{}

void LinkEstimator::observe(qint64 bytesSent, int entries, qint64 elapsedMs, double serverMs)
{
    const double ms = std::max<double>(1.0, static_cast<double>(elapsedMs));
    if (entries > 0 && serverMs > 0 && std::isfinite(serverMs)) {
        const double linkRate = static_cast<double>(bytesSent) * 1000.0 / std::max(1.0, ms - serverMs);
        m_linkBytesPerSecond =
            m_linkBytesPerSecond == 0 ? linkRate : 0.6 * m_linkBytesPerSecond + 0.4 * linkRate;
    }
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
    if (m_linkBytesPerSecond >= kLanBytesPerSecond)
        return 3;
    return m_bytesPerSecond >= kFastLinkBytesPerSecond ? 6 : 9;
}

QString LinkEstimator::remembered() const
{
    if (m_bytesPerSecond <= 0)
        return {};
    // A fifth field, the link alone, once a central office reported its own time.
    const QString kept = QStringLiteral("%1,%2,%3,%4")
                             .arg(m_bytesPerSecond, 0, 'f', 0)
                             .arg(m_bytesPerEntry, 0, 'f', 1)
                             .arg(m_overheadMs, 0, 'f', 1)
                             .arg(m_current);
    return m_linkBytesPerSecond > 0 ? kept + QStringLiteral(",%1").arg(m_linkBytesPerSecond, 0, 'f', 0)
                                    : kept;
}

bool LinkEstimator::recall(QStringView text)
{
    const auto parts = text.split(QLatin1Char(','));
    if (parts.size() != 4 && parts.size() != 5)
        return false;
    bool linkOk = true;
    const double linkBytesPerSecond = parts.size() == 5 ? parts[4].toDouble(&linkOk) : 0;
    if (!linkOk || !std::isfinite(linkBytesPerSecond) || linkBytesPerSecond < 0)
        return false;
    bool ok[4] = {};
    const double bytesPerSecond = parts[0].toDouble(&ok[0]);
    const double bytesPerEntry = parts[1].toDouble(&ok[1]);
    const double overheadMs = parts[2].toDouble(&ok[2]);
    const int current = parts[3].toInt(&ok[3]);
    // A damaged value never sizes a batch: finite, positive, or the estimate is not taken.
    const bool finite =
        std::isfinite(bytesPerSecond) && std::isfinite(bytesPerEntry) && std::isfinite(overheadMs);
    if (!ok[0] || !ok[1] || !ok[2] || !ok[3] || !finite || bytesPerSecond <= 0 || bytesPerEntry <= 0 ||
        overheadMs < 0 || current < 1)
        return false;
    m_bytesPerSecond = bytesPerSecond;
    m_linkBytesPerSecond = linkBytesPerSecond;
    m_bytesPerEntry = bytesPerEntry;
    m_overheadMs = overheadMs;
    m_current = std::clamp(current, m_config.minBatch, m_config.maxBatch);
    return true;
}

int LinkEstimator::batchSize() const
{
    return std::max(1, std::min(m_current, m_cap));
}

} // namespace fe::sync
