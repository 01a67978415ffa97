#pragma once

#include "central/Central.h"
#include "central/Push.h"

namespace fe::central {

struct BundleImportResult
{
    QString deviceId;
    wire::PushResponse response;
    QByteArray ack; // the signed acknowledgement file's bytes
};

// Imports a USB bundle exactly like a push from its device, after checking that it is whole,
// comes from a device enrolled here (not revoked) and carries that device's signature. Importing
// the same bundle again changes nothing (every entry is then "already applied").
class BundleImport
{
    Q_DECLARE_TR_FUNCTIONS(BundleImport)
public:
    explicit BundleImport(Central& central) : m_central(central) {}

    // Errors: bundle.not_a_bundle, bundle.damaged, bundle.too_large, bundle.malformed,
    // bundle.foreign (unknown device), bundle.revoked, bundle.tampered (signature), and the push's
    // own refusals (district.forbidden, ...).
    Result<BundleImportResult> import(const QByteArray& file);

private:
    Central& m_central;
};

} // namespace fe::central
