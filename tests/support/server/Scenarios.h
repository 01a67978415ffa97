#pragma once

#include "CentralProcess.h"

namespace fe::test {

// End-to-end walks through the API against a running service, the same for every database:
// enrolment, push results of every kind, member numbers, duplicates, pull paging, manifests,
// the fleet view, central corrections, exports and USB bundles. Each step CHECKs what it expects.
void pushAndPullScenario(CentralProcess& central);
void supervisionScenario(CentralProcess& central);
void exportAndBundleScenario(CentralProcess& central);

} // namespace fe::test
