#pragma once

#include <QString>

namespace fe {
namespace app {

// Who may see what. Operators and their roles do not exist in the app yet, so everyone may use
// the supervisor pages for now; the login work replaces this one function.
inline bool maySupervise(const QString& operatorId)
{
    Q_UNUSED(operatorId);
    return true;
}

} // namespace app
} // namespace fe
