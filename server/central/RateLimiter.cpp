#include "central/RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace fe::central {

int RateLimiter::take(const QString& key, qint64 nowMs)
{
    std::lock_guard lock(m_mutex);
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        // Forget idle buckets now and then so the table does not grow with every id ever seen.
        if (m_buckets.size() > 100000)
            m_buckets.clear();
        it = m_buckets.insert(key, Bucket{static_cast<double>(m_burst), nowMs});
    }
    Bucket& b = *it;
    b.tokens = std::min<double>(m_burst, b.tokens + (nowMs - b.updatedMs) / 1000.0 * m_perSecond);
    b.updatedMs = nowMs;
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return 0;
    }
    return std::max(1, static_cast<int>(std::ceil((1.0 - b.tokens) / m_perSecond)));
}

} // namespace fe::central
