#include "db/Migrations.h"

#include <iterator>

namespace fe::db {
namespace {

// {ID}: an auto-incrementing primary key. Everything else is spelled the same in both dialects.
// Personal data lives only in the payload columns (compact JSON as the device sealed it).
const char* const kVersion1 = R"SQL(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE enrolment_codes(
  code_hash TEXT PRIMARY KEY,
  country TEXT NOT NULL, district TEXT NOT NULL,
  created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL,
  used_at BIGINT, device_id TEXT);

CREATE TABLE devices(
  id TEXT PRIMARY KEY, country TEXT NOT NULL, district TEXT NOT NULL, name TEXT NOT NULL,
  sign_key TEXT NOT NULL, token_hash TEXT NOT NULL,
  enrolled_at BIGINT NOT NULL, revoked_at BIGINT,
  last_request BIGINT NOT NULL DEFAULT 0, high_water BIGINT NOT NULL DEFAULT 0,
  last_contact BIGINT, queue_depth BIGINT, oldest_pending_s BIGINT, app_version TEXT,
  free_disk BIGINT, clock_skew_ms BIGINT,
  rejected BIGINT NOT NULL DEFAULT 0, conflicts BIGINT NOT NULL DEFAULT 0, last_error TEXT);
CREATE INDEX devices_scope ON devices(country, district);

CREATE TABLE supervisors(
  id TEXT PRIMARY KEY, name TEXT NOT NULL, country TEXT NOT NULL, token_hash TEXT NOT NULL,
  created_at BIGINT NOT NULL, revoked_at BIGINT);
CREATE TABLE supervisor_districts(
  supervisor_id TEXT NOT NULL REFERENCES supervisors(id), district TEXT NOT NULL,
  PRIMARY KEY(supervisor_id, district));

CREATE TABLE members(
  id TEXT PRIMARY KEY, country TEXT NOT NULL, district TEXT NOT NULL, version BIGINT NOT NULL,
  member_number TEXT UNIQUE, payload TEXT NOT NULL, payload_hash TEXT NOT NULL, device_id TEXT NOT NULL,
  created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL);
CREATE INDEX members_scope ON members(country, district);

CREATE TABLE contributions(
  id TEXT PRIMARY KEY, member_id TEXT NOT NULL REFERENCES members(id),
  country TEXT NOT NULL, district TEXT NOT NULL, version BIGINT NOT NULL, voided BIGINT NOT NULL DEFAULT 0,
  payload TEXT NOT NULL, payload_hash TEXT NOT NULL, device_id TEXT NOT NULL,
  created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL);
CREATE INDEX contributions_member ON contributions(member_id);

-- Every version ever accepted and where it came from: what makes a retry "already applied" and what
-- a reconciliation manifest is computed from.
CREATE TABLE record_versions(
  entity TEXT NOT NULL, entity_id TEXT NOT NULL, version BIGINT NOT NULL,
  payload_hash TEXT NOT NULL, payload TEXT NOT NULL,
  source TEXT NOT NULL, device_id TEXT NOT NULL, device_seq BIGINT NOT NULL, received_at BIGINT NOT NULL,
  PRIMARY KEY(entity, entity_id, version));
CREATE INDEX record_versions_device ON record_versions(device_id, device_seq);

-- Each device entry's latest result: the high-water mark and the fleet's error counts.
CREATE TABLE device_entries(
  device_id TEXT NOT NULL, seq BIGINT NOT NULL,
  entity TEXT NOT NULL, entity_id TEXT NOT NULL, version BIGINT NOT NULL,
  result TEXT NOT NULL, code TEXT, at BIGINT NOT NULL,
  PRIMARY KEY(device_id, seq));

-- Entries that arrived before a record they depend on; applied when it arrives.
CREATE TABLE parked(
  entity TEXT NOT NULL, entity_id TEXT NOT NULL, version BIGINT NOT NULL,
  waits_for TEXT NOT NULL, op TEXT NOT NULL,
  payload TEXT NOT NULL, payload_hash TEXT NOT NULL,
  device_id TEXT NOT NULL, device_seq BIGINT NOT NULL, parked_at BIGINT NOT NULL,
  PRIMARY KEY(entity, entity_id, version));
CREATE INDEX parked_waits ON parked(waits_for);

-- First holder of a document number, a probable-match key or a mobile-money code: a later record
-- with the same key is flagged (members) or refused (payments). Uniqueness comes from this table's
-- key, so it holds across service instances.
CREATE TABLE claims(
  kind TEXT NOT NULL, key TEXT NOT NULL, owner_id TEXT NOT NULL,
  PRIMARY KEY(kind, key));
CREATE INDEX claims_owner ON claims(owner_id);

CREATE TABLE flags(
  id {ID}, country TEXT NOT NULL, district TEXT NOT NULL,
  member_id TEXT NOT NULL, other_id TEXT NOT NULL, reason TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'open', created_at BIGINT NOT NULL,
  resolved_at BIGINT, resolved_by TEXT, decision TEXT,
  UNIQUE(member_id, other_id, reason));
CREATE INDEX flags_scope ON flags(country, district, state);

-- What devices pull: member numbers, flags, central corrections, reference data. district '*'
-- reaches every device of the country.
CREATE TABLE changes(
  seq {ID}, country TEXT NOT NULL, district TEXT NOT NULL, kind TEXT NOT NULL,
  entity_id TEXT, body TEXT NOT NULL, at BIGINT NOT NULL);
CREATE INDEX changes_scope ON changes(country, district, seq);

CREATE TABLE counters(name TEXT PRIMARY KEY, value BIGINT NOT NULL);
)SQL";

// Version 2: a version's payload lives once. `record_versions.payload` is NULL for the current
// version of a record, whose payload is in its row (members, contributions), and filled in when a
// later version supersedes it: every accepted record's ~1.8 KiB payload was written twice, to the
// log and again by the checkpoint (a tenth of the pages a push wrote with SQLite). Rows written
// before keep their payloads. SQLite cannot drop a column's NOT NULL: the table is rebuilt.
const char* const kVersion2Sqlite = R"SQL(
CREATE TABLE record_versions_v2(
  entity TEXT NOT NULL, entity_id TEXT NOT NULL, version BIGINT NOT NULL,
  payload_hash TEXT NOT NULL, payload TEXT,
  source TEXT NOT NULL, device_id TEXT NOT NULL, device_seq BIGINT NOT NULL, received_at BIGINT NOT NULL,
  PRIMARY KEY(entity, entity_id, version));
INSERT INTO record_versions_v2(entity, entity_id, version, payload_hash, payload, source, device_id, device_seq,
  received_at)
  SELECT entity, entity_id, version, payload_hash, payload, source, device_id, device_seq, received_at
  FROM record_versions ORDER BY entity, entity_id, version;
DROP TABLE record_versions;
ALTER TABLE record_versions_v2 RENAME TO record_versions;
CREATE INDEX record_versions_device ON record_versions(device_id, device_seq);
)SQL";

// Version 2, PostgreSQL: the same for record_versions (a constraint dropped, no copy); and member
// numbers from a sequence per country, carrying on from the counter. A push now numbers its new
// members when it inserts them (an UPDATE afterwards wrote each row twice); drawing from the counter
// row there held its lock from the insert to the commit, and concurrent pushes queued on it. A
// sequence hands out numbers without a lock; the numbers of a push that rolls back are skipped,
// never reused. SQLite has one writer: it keeps the counter.
const char* const kVersion2Postgres = R"SQL(
ALTER TABLE record_versions ALTER COLUMN payload DROP NOT NULL;
CREATE SEQUENCE member_serial_la;
CREATE SEQUENCE member_serial_ke;
SELECT setval('member_serial_la', value) FROM counters WHERE name = 'member:LA' AND value > 0;
SELECT setval('member_serial_ke', value) FROM counters WHERE name = 'member:KE' AND value > 0;
)SQL";

// Version 3: duplicate matching after the push (central/Matcher.h). A push queues each member it
// accepted with its match keys; the matcher claims them in queue order and flags duplicates.
const char* const kVersion3 = R"SQL(
CREATE TABLE match_queue(
  seq {ID}, member_id TEXT NOT NULL, country TEXT NOT NULL, district TEXT NOT NULL,
  replaces BIGINT NOT NULL, claims TEXT NOT NULL, queued_at BIGINT NOT NULL);
)SQL";

// Version 4: a member's number is news for the device that registered the member only (no other
// device holds it: a device's members are the ones it registered), so its change names that device
// and the others' pulls skip it. Every other change (flags, corrections, reference data) keeps
// device_id NULL and reaches the district as before; so do the member numbers written before.
const char* const kVersion4 = R"SQL(
ALTER TABLE changes ADD COLUMN device_id TEXT;
)SQL";

struct Migration
{
    const char* both;
    const char* sqliteOnly;
    const char* postgresOnly;
};

const Migration kMigrations[] = {{kVersion1, nullptr, nullptr},
                                 {nullptr, kVersion2Sqlite, kVersion2Postgres},
                                 {kVersion3, nullptr, nullptr},
                                 {kVersion4, nullptr, nullptr}};
static_assert(std::size(kMigrations) == kSchemaVersion);

constexpr qint64 kMigrationLock = 0x4645'4d49'4752; // "FEMIGR"

} // namespace

QByteArray migrationSql(int version, Dialect dialect)
{
    const Migration& m = kMigrations[version - 1];
    QByteArray sql(m.both ? m.both : "");
    if (const char* own = dialect == Dialect::Sqlite ? m.sqliteOnly : m.postgresOnly)
        sql += own;
    sql.replace("{ID}", dialect == Dialect::Sqlite ? "INTEGER PRIMARY KEY AUTOINCREMENT"
                                                   : "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");
    return sql;
}

int schemaVersion(Connection& c)
{
    const Rows exists =
        c.dialect() == Dialect::Sqlite
            ? c.query("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'")
            : c.query(
                  "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND "
                  "table_name = 'meta'");
    if (exists.int64(0, 0) == 0)
        return 0;
    const Rows v = c.query("SELECT value FROM meta WHERE key = 'schema_version'");
    return v.empty() ? 0 : static_cast<int>(v.int64(0, 0));
}

int migrate(Database& db)
{
    int before = 0;
    db.session([&](Connection& c) {
        if (c.dialect() == Dialect::Postgres)
            c.query("SELECT pg_advisory_lock(?)", {kMigrationLock});
        try {
            before = schemaVersion(c);
            if (before > kSchemaVersion)
                throw Failure{Failure::Kind::Other,
                              QStringLiteral("schema.newer: the database has schema %1, this build knows %2")
                                  .arg(before)
                                  .arg(kSchemaVersion)};
            for (int v = before + 1; v <= kSchemaVersion; ++v) {
                c.begin();
                try {
                    if (const QByteArray sql = migrationSql(v, c.dialect()); !sql.isEmpty())
                        c.execScript(sql);
                    c.query("INSERT INTO meta(key, value) VALUES('schema_version', ?) "
                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                            {QString::number(v)});
                    c.commit();
                } catch (...) {
                    c.rollback();
                    throw;
                }
            }
        } catch (...) {
            if (c.dialect() == Dialect::Postgres)
                c.query("SELECT pg_advisory_unlock(?)", {kMigrationLock});
            throw;
        }
        if (c.dialect() == Dialect::Postgres)
            c.query("SELECT pg_advisory_unlock(?)", {kMigrationLock});
    });
    return before;
}

} // namespace fe::db
