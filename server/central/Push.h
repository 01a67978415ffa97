#pragma once

#include "central/Auth.h"
#include "central/Central.h"
#include "wire/Messages.h"

namespace fe::central {

// Applies push batches: authenticates nothing itself (the caller passes the device), opens and
// validates every record outside the transaction, then applies the batch in one transaction and
// answers per entry. Idempotency and uniqueness rest on database keys and on transaction-scoped
// locks of the records involved, never on this process's memory, so any number of instances can
// share one PostgreSQL database.
class Push
{
    Q_DECLARE_TR_FUNCTIONS(Push)
public:
    explicit Push(Central& central) : m_central(central) {}

    // Throws ApiError (403 for another device's or district's data, with the entry's seq) and
    // db::Failure. The response is built after the commit.
    wire::PushResponse push(const DeviceIdentity& device, const wire::PushRequest& request);

private:
    Central& m_central;
};

} // namespace fe::central
