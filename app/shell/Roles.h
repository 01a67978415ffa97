#pragma once

#include "operators/Operator.h"

#include <optional>

namespace fe {
namespace app {

// What an operator may do in the application, decided from their role in this one place. The
// main window creates only the pages and actions the role allows, so a hidden page cannot be
// reached by a shortcut either. (The store itself enforces only that operator management is
// done by an administrator.)
enum class Capability {
    Register,        // registration, corrections
    Members,         // members list and detail
    Contributions,   // record payments
    Sync,            // sync page, automatic sync
    Supervise,       // supervision page (fleet, duplicate flags), resolving flags
    VoidPayments,    // void a recorded payment
    ManageOperators, // operators page
    Administer,      // backup, restore, settings
};

inline bool may(OperatorRole role, Capability capability)
{
    switch (capability) {
    case Capability::Register:
    case Capability::Members:
    case Capability::Contributions:
    case Capability::Sync:
        return true;
    case Capability::Supervise:
    case Capability::VoidPayments:
        return role == OperatorRole::Supervisor || role == OperatorRole::Administrator;
    case Capability::ManageOperators:
    case Capability::Administer:
        return role == OperatorRole::Administrator;
    }
    return false;
}

// No one logged in (a locked or not yet encrypted store): nothing.
inline bool may(const std::optional<Operator>& op, Capability capability)
{
    return op.has_value() && may(op->role, capability);
}

} // namespace app
} // namespace fe
