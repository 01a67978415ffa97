#include "common/Clock.h"

namespace fe {

const SystemClock& SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

} // namespace fe
