#pragma once

#include "CentralProcess.h"
#include "DeviceClient.h"
#include "wire/Messages.h"

#include <optional>

namespace fe::test {

// End-to-end walks through the API against a running service, the same for every database:
// enrolment, push results of every kind, member numbers, duplicates, pull paging, manifests,
// the fleet view, central corrections, exports and USB bundles. Each step CHECKs what it expects.
void pushAndPullScenario(CentralProcess& central);
void supervisionScenario(CentralProcess& central);
void exportAndBundleScenario(CentralProcess& central);

// Pushes `entries` (with a pull from `cursor` if given) and returns the decoded answer; REQUIREs a
// 200 with one result per entry.
wire::PushResponse pushed(DeviceClient& client, EnrolledDevice& device, const QList<wire::PushEntry>& entries,
                          std::optional<qint64> cursor = std::nullopt);

} // namespace fe::test
