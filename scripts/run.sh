#!/usr/bin/env bash
# Installs what is missing, builds Release, starts the central office service on its embedded
# default (SQLite, loopback) and the desktop application on a demo store with realistic data.
# Usage: scripts/run.sh [LA|KE]
# Stopping the app stops the central office too. Without a display (no $DISPLAY or
# $WAYLAND_DISPLAY) the app is not started: the script says so and leaves the service running
# until Ctrl+C.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh

build=${FIELDENROL_BUILD_DIR:-build-release}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DFIELDENROL_BUILD_TESTS=OFF
cmake --build "$build" --parallel "$(nproc)"

country=${1:-LA}
demo=${FIELDENROL_DEMO_DIR:-$HOME/.local/share/fieldenrol/demo}
mkdir -p "$demo"
ctl="$build/cli/fieldenrolctl"
central="$build/server/fieldenrol-central"
for c in LA KE; do
  store="$demo/demo-$c.fieldenrol"
  if [ ! -f "$store" ]; then
    "$ctl" init --store "$store" --country "$c" --device-name "Demo $c"
    "$ctl" generate --store "$store" --members 500 --seed 42
  fi
done
store="$demo/demo-$country.fieldenrol"
"$ctl" status --store "$store"

# The central office: one SQLite file next to the demo stores, loopback only.
db="$demo/central.sqlite"
port_file="$demo/central.port"
rm -f "$port_file"
"$central" serve --db "$db" --listen 127.0.0.1:0 --port-file "$port_file" --quiet &
central_pid=$!
trap 'kill "$central_pid" 2>/dev/null || true; wait "$central_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  [ -s "$port_file" ] && break
  sleep 0.1
done
[ -s "$port_file" ] || { echo "The central office did not start." >&2; exit 1; }
url="http://127.0.0.1:$(cat "$port_file")"
echo "Central office: $url (database $db)"
district=$([ "$country" = KE ] && echo 001 || echo 0101)
echo "A device enrolment code for district $district (Settings > Central office in the app, or"
echo "fieldenrolctl enrol-device --store FILE --server $url --code CODE):"
"$central" enrolment-code --db "$db" --country "$country" --district "$district"

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  "$build/app/fieldenrol" --store "$store"
else
  echo "No display: the desktop app was not started. The central office runs until Ctrl+C."
  wait "$central_pid"
fi
