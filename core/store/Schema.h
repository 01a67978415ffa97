#pragma once

#include "store/Database.h"

namespace fe::schema {

// The schema version this build writes. Stores with a higher user_version are refused.
constexpr int kCurrentVersion = 10;

// Applies migrations one version at a time, each inside its own transaction that rolls back
// unless the version bump commits with it. Throws sql::Failure on error.
void migrate(sql::Database& db, int targetVersion = kCurrentVersion);

int version(sql::Database& db);

} // namespace fe::schema
