#pragma once

#include "central/Auth.h"
#include "central/Central.h"
#include "wire/Manifest.h"
#include "wire/Messages.h"

namespace fe::central {

// What devices read: changes for their district since a cursor (paged; a member's number only for
// the device that registered the member), and reconciliation
// manifests of what the central office holds from them.
class Pull
{
    Q_DECLARE_TR_FUNCTIONS(Pull)
public:
    explicit Pull(Central& central) : m_central(central) {}

    // `limit` 0 means the configured page size; larger than the protocol limit is clamped.
    wire::ChangesPage changes(const DeviceIdentity& device, qint64 cursor, int limit);
    wire::ManifestResponse manifest(const DeviceIdentity& device, const wire::ManifestRequest& request);

    // Rows a page may read past (other devices' member numbers) per change it can hold.
    static constexpr int kReadPastFactor = 8;

private:
    Central& m_central;
};

} // namespace fe::central
