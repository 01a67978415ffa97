#pragma once

#include "common/Result.h"
#include "domain/Contribution.h"
#include "domain/Member.h"
#include "refdata/ReferenceData.h"
#include "store/Store.h"

#include <QDateTime>
#include <QString>

namespace fe::test {

// Plausible members for screenshots and GUI tests: Lao names in Lao script with their usual
// romanisation, Kenyan names from several communities, real administrative units, incomes,
// schemes and consent that pass the validator. Deterministic: member `index` is always the same.
Member sampleMember(Country country, int index, const ReferenceData& reference);
// A valid payment of the member's first scheme for `month`; mobile money every other one.
Contribution sampleContribution(const Member& member, Country country, int index, const QDate& month);

// The administrator every sample and test store is created with (user "admin"), and the cheap
// password derivation they use: logging in to them is quick even under sanitizers.
FirstAdministrator sampleAdministrator();
StoreOptions sampleStoreOptions();

// Creates a store at `path`, encrypted for sampleAdministrator(), with `members` sample members
// registered over the 30 days before `end`, each with one payment. Fails if the file exists.
Status createSampleStore(const QString& path, Country country, int members, const QDateTime& end,
                         const QString& deviceName);

} // namespace fe::test
