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
# The demo district of each country: its store's members live there, and the enrolment code below is for it
# (the central office accepts a device's records only for the district it was enrolled for).
demo_district() { [ "$1" = KE ] && echo 001 || echo 0101; }
# The demo stores are encrypted like every store, with the administrator "admin" and this demo password
# (printed at the end so you can log in to the app). fieldenrolctl reads passwords from the environment
# or the terminal, never from its command line.
demo_user=admin
demo_password=${FIELDENROL_DEMO_PASSWORD:-fieldenrol-demo}
export FIELDENROL_USER="$demo_user" FIELDENROL_PASSWORD="$demo_password"
for c in LA KE; do
  store="$demo/demo-$c.fieldenrol"
  if [ ! -f "$store" ]; then
    "$ctl" init --store "$store" --country "$c" --device-name "Demo $c" --admin "$demo_user" \
      --admin-name "Demo administrator"
    "$ctl" generate --store "$store" --members 500 --seed 42 --district "$(demo_district "$c")"
  elif [[ $("$ctl" status --store "$store" --json) == *'"encrypted": false'* ]]; then
    # A demo store made before encryption at rest: sealed in place, same administrator and password.
    "$ctl" encrypt --store "$store" --admin "$demo_user" --admin-name "Demo administrator"
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
district=$(demo_district "$country")
echo "A device enrolment code for district $district; use it once, in the app (Settings -> Central office:"
echo "address $url and the code, then Sync -> Sync now), or with"
echo "  FIELDENROL_USER=$demo_user FIELDENROL_PASSWORD=... $ctl enrol-device --store $store --server $url --code CODE"
echo "then $ctl sync --store $store (logged in the same way) sends the demo records:"
"$central" enrolment-code --db "$db" --country "$country" --district "$district"

echo "Demo stores: $demo/demo-LA.fieldenrol and $demo/demo-KE.fieldenrol."
echo "Log in (app and fieldenrolctl) as \"$demo_user\" with the demo password: $demo_password"
# The app asks for the password on its login screen: the variable is for fieldenrolctl only.
unset FIELDENROL_PASSWORD

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  "$build/app/fieldenrol" --store "$store"
else
  echo "No display: the desktop app was not started. The central office runs until Ctrl+C."
  wait "$central_pid"
fi
