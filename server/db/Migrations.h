#pragma once

#include "db/Database.h"

namespace fe::db {

// The schema of the central office: one list of migrations for SQLite and PostgreSQL alike (the
// few type spellings that differ are filled in per dialect; a step may concern one dialect only).
// Applied one version at a time, each in its own transaction together with the version bump;
// several service instances starting at once on one PostgreSQL database take turns (advisory lock).
inline constexpr int kSchemaVersion = 4;

// Returns the version found before migrating. Throws Failure; refuses (Failure::Other with a
// "schema.newer" detail) a database written by a newer version.
int migrate(Database& db);
int schemaVersion(Connection& c);

// The SQL of one migration for a dialect (exposed for tests).
QByteArray migrationSql(int version, Dialect dialect);

} // namespace fe::db
