#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace fe {
namespace app {

// The sync library's and the central office's errors in the clerk's language. Their own messages
// are English (the sync library is not among the translated sources) or in the central office's
// language, so the screens show these, by stable code, and fall back to the original text.
class SyncMessages
{
    Q_DECLARE_TR_FUNCTIONS(SyncMessages)
public:
    static QString text(const Error& error);
};

} // namespace app
} // namespace fe
