#pragma once

#include <QRandomGenerator>

namespace fe::sync {

// Delay before attempt `failures` + 1: base · 2^(failures−1), capped, with "equal jitter" (half
// fixed, half random) so a fleet that lost the link together does not come back in lock step.
qint64 backoffDelayMs(int failures, qint64 baseMs, qint64 maxMs, QRandomGenerator& random);

} // namespace fe::sync
