#include "store/Schema.h"

#include <QByteArray>

namespace fe::schema {
namespace {

// Version 1: the foundation. Personal data lives only in `payload` blobs; the plain columns are
// the few needed to filter and to keep the invariants in SQL.
const char* const kVersion1 = R"SQL(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE admin_units(
  level INTEGER NOT NULL, code TEXT NOT NULL, parent_code TEXT,
  name_local TEXT NOT NULL, name_latin TEXT NOT NULL,
  PRIMARY KEY(level, code)) WITHOUT ROWID;

CREATE TABLE schemes(code TEXT PRIMARY KEY, definition TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE members(
  id TEXT PRIMARY KEY,
  version INTEGER NOT NULL CHECK(version >= 1),
  district_code TEXT NOT NULL,
  member_number TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  payload BLOB NOT NULL);
CREATE INDEX members_district ON members(district_code);

CREATE TABLE contributions(
  id TEXT PRIMARY KEY,
  member_id TEXT NOT NULL REFERENCES members(id),
  version INTEGER NOT NULL CHECK(version >= 1),
  scheme_code TEXT NOT NULL,
  period_start TEXT NOT NULL,
  period_end TEXT NOT NULL,
  method TEXT NOT NULL,
  voided INTEGER NOT NULL DEFAULT 0,
  recorded_at INTEGER NOT NULL,
  payload BLOB NOT NULL);
CREATE INDEX contributions_member ON contributions(member_id);

-- Exact look-ups (document, phone, receipt, mobile-money code) by normalised key.
CREATE TABLE lookups(
  kind TEXT NOT NULL, key TEXT NOT NULL, entity_id TEXT NOT NULL,
  PRIMARY KEY(kind, key, entity_id)) WITHOUT ROWID;
CREATE UNIQUE INDEX lookups_unique ON lookups(kind, key) WHERE kind IN ('document', 'receipt', 'momo');
CREATE INDEX lookups_entity ON lookups(entity_id);

-- Every version of every record, with the reason for a correction.
CREATE TABLE history(
  id INTEGER PRIMARY KEY,
  entity TEXT NOT NULL, entity_id TEXT NOT NULL, version INTEGER NOT NULL,
  reason TEXT NOT NULL, operator_id TEXT NOT NULL, at INTEGER NOT NULL,
  payload BLOB NOT NULL, payload_hash BLOB NOT NULL,
  UNIQUE(entity, entity_id, version));

-- Append-only, hash-chained: hash = SHA-256(prev_hash | seq | at | operator | action | entity | id | detail).
CREATE TABLE audit(
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at INTEGER NOT NULL, operator_id TEXT NOT NULL, action TEXT NOT NULL,
  entity TEXT, entity_id TEXT, detail TEXT,
  prev_hash BLOB NOT NULL, hash BLOB NOT NULL);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;

-- What the sync engine sends, in sequence order; seq is never reused (AUTOINCREMENT).
CREATE TABLE outbox(
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  entity TEXT NOT NULL, entity_id TEXT NOT NULL, entity_version INTEGER NOT NULL,
  op TEXT NOT NULL, idempotency_key TEXT NOT NULL UNIQUE,
  payload_hash BLOB NOT NULL, created_at INTEGER NOT NULL,
  state TEXT NOT NULL DEFAULT 'pending' CHECK(state IN ('pending', 'sent', 'quarantined')),
  sent_at INTEGER);
CREATE INDEX outbox_pending ON outbox(state, seq);

-- Rows already imported from files, so importing the same file twice creates nothing twice.
CREATE TABLE import_keys(
  key TEXT PRIMARY KEY, entity TEXT NOT NULL, entity_id TEXT NOT NULL, imported_at INTEGER NOT NULL) WITHOUT ROWID;
)SQL";

// Version 2: persisted retry state for the sync engine (attempts and back-off survive restarts),
// the reason a quarantined entry was set aside, and the flags the central office raises.
const char* const kVersion2 = R"SQL(
ALTER TABLE outbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN next_attempt_at INTEGER;
ALTER TABLE outbox ADD COLUMN last_error_code TEXT;
ALTER TABLE outbox ADD COLUMN last_error TEXT;
CREATE TABLE sync_state(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX outbox_due ON outbox(state, next_attempt_at, seq);
-- Flags raised by the central office for a supervisor (probable duplicate, conflict, ...).
CREATE TABLE flags(
  id TEXT PRIMARY KEY, entity TEXT NOT NULL, entity_id TEXT NOT NULL, kind TEXT NOT NULL,
  detail TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'open' CHECK(status IN ('open', 'resolved')),
  received_at INTEGER NOT NULL) WITHOUT ROWID;
)SQL";

// Version 3: local operator accounts and the key hierarchy of encryption at rest
// (docs/SECURITY.md). No secret is stored in readable form: each operator row holds the store's
// data key wrapped under a key derived from their password, with the Argon2id parameters used
// (kept per row so they can be raised later); the display name is sealed with the data key, its
// associated data binding id, user name, role and disabled flag. The failure counters and the
// time before the next attempt are plain and persisted, so restarting does not reset them.
// keyring holds the store's key id, a check value of the data key and the recovery-code wrap.
const char* const kVersion3 = R"SQL(
CREATE TABLE operators(
  id TEXT PRIMARY KEY,
  username TEXT NOT NULL,
  username_key TEXT NOT NULL UNIQUE,
  display_name_sealed BLOB NOT NULL,
  role TEXT NOT NULL CHECK(role IN ('clerk', 'enumerator', 'supervisor', 'administrator')),
  key_wrap BLOB NOT NULL,
  kdf_salt BLOB NOT NULL,
  kdf_opslimit INTEGER NOT NULL,
  kdf_memlimit INTEGER NOT NULL,
  failed_attempts INTEGER NOT NULL DEFAULT 0,
  locked INTEGER NOT NULL DEFAULT 0 CHECK(locked IN (0, 1)),
  next_attempt_not_before INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  password_changed_at INTEGER NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0 CHECK(disabled IN (0, 1)));

CREATE TABLE keyring(
  id INTEGER PRIMARY KEY CHECK(id = 1),
  key_id BLOB NOT NULL,
  key_check BLOB NOT NULL,
  recovery_wrap BLOB NOT NULL,
  recovery_kdf_salt BLOB NOT NULL,
  recovery_kdf_opslimit INTEGER NOT NULL,
  recovery_kdf_memlimit INTEGER NOT NULL,
  recovery_created_at INTEGER NOT NULL,
  recovery_failed_attempts INTEGER NOT NULL DEFAULT 0,
  recovery_next_attempt_not_before INTEGER NOT NULL DEFAULT 0,
  unknown_user_failures INTEGER NOT NULL DEFAULT 0);
)SQL";

// Version 4: the uniqueness of documents, receipts and mobile-money codes, with the same rows, but a
// condition written with `=` and `OR`: SQLite evaluates a three-value `IN` list of a partial index
// by building a temporary table on every insert, which was an eighth of the cost of a bulk import.
const char* const kVersion4 = R"SQL(
DROP INDEX lookups_unique;
CREATE UNIQUE INDEX lookups_unique ON lookups(kind, key)
  WHERE kind = 'document' OR kind = 'receipt' OR kind = 'momo';
)SQL";

// Version 5: less written per saved record, the same guarantees (a bulk import wrote 19 B-tree
// entries per registration; see docs/ARCHITECTURE.md, "The cost of a save").
// - history: the payload of a record's current version lives once, in the record's row; its
//   history row keeps the hash and gets the payload (NULL until then) when a later version
//   supersedes it. Every version still has its history row and hash. `origin` says where a
//   version was made: 'local' (it has its outbox entry) or 'central' (a correction pulled from
//   the central office, which is not sent back).
// - outbox and audit: no AUTOINCREMENT (no sqlite_sequence update per row): neither ever deletes
//   a row (audit has triggers against it), so the largest seq + 1 is never a reused one.
// - outbox: no UNIQUE index on idempotency_key, which is "entity:id:version" and so already
//   unique through history's UNIQUE(entity, entity_id, version) in the same transaction; the
//   retry index only holds the entries that wait for a retry.
// - lookups: no index by entity; a correction deletes its old keys by their primary key.
const char* const kVersion5 = R"SQL(
CREATE TABLE history_v5(
  id INTEGER PRIMARY KEY,
  entity TEXT NOT NULL, entity_id TEXT NOT NULL, version INTEGER NOT NULL,
  reason TEXT NOT NULL, operator_id TEXT NOT NULL, at INTEGER NOT NULL,
  payload BLOB, payload_hash BLOB NOT NULL,
  origin TEXT NOT NULL DEFAULT 'local' CHECK(origin IN ('local', 'central')),
  UNIQUE(entity, entity_id, version));
INSERT INTO history_v5(id, entity, entity_id, version, reason, operator_id, at, payload, payload_hash)
  SELECT h.id, h.entity, h.entity_id, h.version, h.reason, h.operator_id, h.at,
    CASE WHEN EXISTS (SELECT 1 FROM members m WHERE h.entity = 'member' AND m.id = h.entity_id
                        AND m.version = h.version AND m.payload = h.payload)
           OR EXISTS (SELECT 1 FROM contributions c WHERE h.entity = 'contribution'
                        AND c.id = h.entity_id AND c.version = h.version AND c.payload = h.payload)
         THEN NULL ELSE h.payload END,
    h.payload_hash
  FROM history h ORDER BY h.id;
DROP TABLE history;
ALTER TABLE history_v5 RENAME TO history;

CREATE TABLE outbox_v5(
  seq INTEGER PRIMARY KEY,
  entity TEXT NOT NULL, entity_id TEXT NOT NULL, entity_version INTEGER NOT NULL,
  op TEXT NOT NULL, idempotency_key TEXT NOT NULL,
  payload_hash BLOB NOT NULL, created_at INTEGER NOT NULL,
  state TEXT NOT NULL DEFAULT 'pending' CHECK(state IN ('pending', 'sent', 'quarantined')),
  sent_at INTEGER,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER,
  last_error_code TEXT,
  last_error TEXT);
INSERT INTO outbox_v5 SELECT seq, entity, entity_id, entity_version, op, idempotency_key, payload_hash,
  created_at, state, sent_at, attempts, next_attempt_at, last_error_code, last_error FROM outbox ORDER BY seq;
DROP TABLE outbox;
ALTER TABLE outbox_v5 RENAME TO outbox;
CREATE INDEX outbox_pending ON outbox(state, seq);
CREATE INDEX outbox_retry ON outbox(next_attempt_at) WHERE next_attempt_at IS NOT NULL;

CREATE TABLE audit_v5(
  seq INTEGER PRIMARY KEY,
  at INTEGER NOT NULL, operator_id TEXT NOT NULL, action TEXT NOT NULL,
  entity TEXT, entity_id TEXT, detail TEXT,
  prev_hash BLOB NOT NULL, hash BLOB NOT NULL);
INSERT INTO audit_v5 SELECT seq, at, operator_id, action, entity, entity_id, detail, prev_hash, hash
  FROM audit ORDER BY seq;
DROP TABLE audit;
ALTER TABLE audit_v5 RENAME TO audit;
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;

DROP INDEX lookups_entity;
)SQL";

// Version 6: the search index's sealed snapshot, so unlocking a large store decodes only what
// changed since it was written (saves: outbox entries after covered_seq; member numbers and
// corrections from the central office: search_stale rows after covered_stale). The snapshot is
// sealed with the data key like a payload; search_stale holds record ids only, its numbers never
// reused (AUTOINCREMENT) because rows covered by a snapshot are deleted.
const char* const kVersion6 = R"SQL(
CREATE TABLE search_snapshot(
  id INTEGER PRIMARY KEY CHECK(id = 1),
  covered_seq INTEGER NOT NULL, covered_stale INTEGER NOT NULL, blob BLOB NOT NULL);
CREATE TABLE search_stale(seq INTEGER PRIMARY KEY AUTOINCREMENT, member_id TEXT NOT NULL);
)SQL";

// Version 7: documents, receipts and mobile-money codes, which name one record each, in a table of
// their own keyed by (kind, key). The same uniqueness as version 4's partial index with one B-tree
// instead of two: a registration wrote its document's key into both, at a random place of each,
// and a bulk import rewrote most pages of both at every commit.
const char* const kVersion7 = R"SQL(
CREATE TABLE unique_lookups(
  kind TEXT NOT NULL, key TEXT NOT NULL, entity_id TEXT NOT NULL,
  PRIMARY KEY(kind, key)) WITHOUT ROWID;
INSERT INTO unique_lookups(kind, key, entity_id)
  SELECT kind, key, entity_id FROM lookups WHERE kind = 'document' OR kind = 'receipt' OR kind = 'momo';
DELETE FROM lookups WHERE kind = 'document' OR kind = 'receipt' OR kind = 'momo';
DROP INDEX lookups_unique;
)SQL";

// Version 8: no index of members by district. No query reads members by district (duplicate
// checks compare districts in the in-memory search index), and it was one more B-tree written per
// registration and correction, at the district's place rather than at the end.
const char* const kVersion8 = R"SQL(
DROP INDEX members_district;
)SQL";

// Version 9: payments counted without reading them. Store::status(), which the app runs after
// every save, counted active and voided payments with a scan of the whole table (payloads
// included): ~0.3 s with 300,000 payments, the page cache emptied each time. The smallest index
// makes count(*) walk ~600 pages instead, and the voided ones are a short range of it.
const char* const kVersion9 = R"SQL(
CREATE INDEX contributions_voided ON contributions(voided);
)SQL";

// Version 10: the outbox's state checked with `=` and `OR`. SQLite evaluates a CHECK's `IN` list
// of three or more values by building a temporary B-tree each time the statement runs (as version 4
// found for a partial index): every outbox entry written, and every state the sync engine sets,
// opened and freed one. In a bulk import that was a fifth of the writing thread's instructions.
// A constraint cannot be changed in place: the table is rebuilt with the same rows and indexes.
const char* const kVersion10 = R"SQL(
CREATE TABLE outbox_v10(
  seq INTEGER PRIMARY KEY,
  entity TEXT NOT NULL, entity_id TEXT NOT NULL, entity_version INTEGER NOT NULL,
  op TEXT NOT NULL, idempotency_key TEXT NOT NULL,
  payload_hash BLOB NOT NULL, created_at INTEGER NOT NULL,
  state TEXT NOT NULL DEFAULT 'pending' CHECK(state = 'pending' OR state = 'sent' OR state = 'quarantined'),
  sent_at INTEGER,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER,
  last_error_code TEXT,
  last_error TEXT);
INSERT INTO outbox_v10 SELECT seq, entity, entity_id, entity_version, op, idempotency_key, payload_hash,
  created_at, state, sent_at, attempts, next_attempt_at, last_error_code, last_error FROM outbox ORDER BY seq;
DROP TABLE outbox;
ALTER TABLE outbox_v10 RENAME TO outbox;
CREATE INDEX outbox_pending ON outbox(state, seq);
CREATE INDEX outbox_retry ON outbox(next_attempt_at) WHERE next_attempt_at IS NOT NULL;
)SQL";

const char* const kMigrations[] = {kVersion1, kVersion2, kVersion3, kVersion4, kVersion5,
                                   kVersion6, kVersion7, kVersion8, kVersion9, kVersion10};
static_assert(std::size(kMigrations) == kCurrentVersion);

} // namespace

int version(sql::Database& db)
{
    return static_cast<int>(db.scalar("PRAGMA user_version"));
}

void migrate(sql::Database& db, int targetVersion)
{
    for (int v = version(db); v < targetVersion; ++v) {
        sql::Transaction tx(db);
        db.exec(kMigrations[v]);
        db.exec(QByteArray("PRAGMA user_version = " + QByteArray::number(v + 1)).constData());
        tx.commit();
    }
}

} // namespace fe::schema
