#!/usr/bin/env bash
# What PostgreSQL alone costs per row on this machine, for the least a received record must write:
# its row (a ~1.7 KB payload under a text id, the primary key that makes a retry "already applied")
# and its duplicate-rule claims (kind, SHA-256 key, owner; the central office's `claims` table).
# A throw-away cluster configured as bench_central's (fsync on, shared_buffers 256 MB), transactions
# of 100 rows from two clients, PostgreSQL's CPU time read from /proc (the postmaster and its
# children, exited backends included). The expressions that make the rows are timed on their own and
# taken off. Prints microseconds of PostgreSQL CPU per row: the floor under bench_central's
# "db us/rec" (docs/CENTRAL.md, "A floor under PostgreSQL's share").
#
# Usage: bench/postgres_floor.sh [transactions per client, default 1000]
set -euo pipefail

transactions=${1:-1000}
bin=$(printf "%s\n" /usr/lib/postgresql/*/bin | sort -V | tail -1)
user=fieldenrol-test
if [ "$(id -u)" = 0 ]; then
    id -u "$user" > /dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$user"
    as() { runuser -u "$user" -- "$@"; }
else
    as() { "$@"; }
fi
dir=$(mktemp -d /tmp/fieldenrol-pgfloor-XXXXXX)
if [ "$(id -u)" = 0 ]; then chown "$user" "$dir"; fi
port=$((40000 + RANDOM % 20000))
cleanup() {
    as "$bin/pg_ctl" -D "$dir/data" -m immediate stop > /dev/null 2>&1 || true
    rm -rf "$dir"
}
trap cleanup EXIT
as "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C --no-sync > "$dir/initdb.log"
as "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
    -o "-c listen_addresses= -p $port -k $dir -c shared_buffers=256MB" start > /dev/null

psql_() { as psql -h "$dir" -p "$port" -U postgres -d postgres -q -v ON_ERROR_STOP=1 "$@"; }
psql_ -c "CREATE TABLE records(id TEXT PRIMARY KEY, payload TEXT NOT NULL);
          CREATE TABLE claims(kind TEXT NOT NULL, key TEXT NOT NULL, owner_id TEXT NOT NULL, PRIMARY KEY(kind, key));
          CREATE INDEX claims_owner ON claims(owner_id);"

record_rows="gen_random_uuid()::text, repeat(md5(random()::text), 53)"
claim_rows="'doc', encode(sha256(gen_random_uuid()::text::bytea), 'hex'), gen_random_uuid()::text"
cat > "$dir/records_expr.sql" << EOF
SELECT count(*) FROM (SELECT $record_rows FROM generate_series(1, 100)) AS s;
EOF
cat > "$dir/records.sql" << EOF
INSERT INTO records SELECT $record_rows FROM generate_series(1, 100);
EOF
cat > "$dir/claims_expr.sql" << EOF
SELECT count(*) FROM (SELECT $claim_rows FROM generate_series(1, 100)) AS s;
EOF
cat > "$dir/claims.sql" << EOF
INSERT INTO claims SELECT $claim_rows FROM generate_series(1, 100) ON CONFLICT(kind, key) DO NOTHING;
EOF
if [ "$(id -u)" = 0 ]; then chown "$user" "$dir"/*.sql; fi

postgres_cpu_ticks() {
    local total=0 pid postmaster
    postmaster=$(head -1 "$dir/data/postmaster.pid")
    for pid in $postmaster $(pgrep -P "$postmaster"); do
        # utime, stime, cutime, cstime: fields 14-17 (after the command name, which has no spaces here)
        read -r -a f < "/proc/$pid/stat" || continue
        total=$((total + f[13] + f[14] + f[15] + f[16]))
    done
    echo "$total"
}

cpu_per_row() { # script -> microseconds of PostgreSQL CPU per row
    local before after
    before=$(postgres_cpu_ticks)
    as pgbench -h "$dir" -p "$port" -U postgres -n -c 2 -j 1 -t "$transactions" -f "$dir/$1" postgres > /dev/null
    after=$(postgres_cpu_ticks)
    echo "$before $after $(getconf CLK_TCK) $((transactions * 2 * 100))" |
        awk '{ printf "%.1f", ($2 - $1) / $3 * 1e6 / $4 }'
}

rows=$((transactions * 2 * 100))
echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}'), $rows rows per kind, transactions of 100 from 2 clients, fsync on"
for kind in records claims; do
    expr=$(cpu_per_row "${kind}_expr.sql")
    insert=$(cpu_per_row "$kind.sql")
    echo "$kind $expr $insert" | awk '{ printf "  %-8s %6.1f us of PostgreSQL CPU per row (%.1f with making the row, %.1f making it alone)\n", $1, $3 - $2, $3, $2 }'
done
