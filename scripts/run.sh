#!/usr/bin/env bash
# Installs what is missing, builds Release, creates a demo store with realistic data for both
# countries (once) and shows it. Usage: scripts/run.sh [LA|KE]
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
for c in LA KE; do
  store="$demo/demo-$c.fieldenrol"
  if [ ! -f "$store" ]; then
    "$ctl" init --store "$store" --country "$c" --device-name "Demo $c"
    "$ctl" generate --store "$store" --members 500 --seed 42
  fi
done
"$ctl" status --store "$demo/demo-$country.fieldenrol"
