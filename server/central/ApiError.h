#pragma once

#include "common/Result.h"

namespace fe::central {

// A request refused as a whole: the HTTP status, the machine-readable error, and for a refusal
// caused by one entry of a batch, that entry's seq.
struct ApiError
{
    int status = 400;
    Error error;
    qint64 seq = 0;
    int retryAfterSeconds = 0;
};

} // namespace fe::central
