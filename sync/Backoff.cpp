#include "Backoff.h"

#include <algorithm>

namespace fe::sync {

qint64 backoffDelayMs(int failures, qint64 baseMs, qint64 maxMs, QRandomGenerator& random)
{
    if (failures <= 0 || baseMs <= 0)
        return 0;
    qint64 delay = baseMs;
    for (int i = 1; i < failures && delay < maxMs; ++i)
        delay *= 2;
    delay = std::min(delay, maxMs);
    const qint64 half = delay / 2;
    return half + static_cast<qint64>(random.bounded(static_cast<quint64>(delay - half + 1)));
}

} // namespace fe::sync
