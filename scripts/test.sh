#!/usr/bin/env bash
# Installs what is missing, builds a Debug build with AddressSanitizer and UBSan, and runs the
# whole CTest suite. Usage: scripts/test.sh [extra ctest args]
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh

build=${FIELDENROL_TEST_BUILD_DIR:-build-test}
jobs=$(nproc)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DFIELDENROL_SANITIZE=ON -DFIELDENROL_WERROR=ON
cmake --build "$build" --parallel "$jobs"
cmake --build "$build" --target check-format

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen

# --- central office fuzzing (added with fieldenrol-central): libFuzzer (clang, ASan + UBSan) over the
# request decoding and validation path, bounded, from the committed seed corpus. See fuzz/run.sh.
bash fuzz/run.sh "${FIELDENROL_FUZZ_SECONDS:-60}"
# --- end of central office fuzzing

cd "$build"
ctest --output-on-failure --parallel "$jobs" --timeout 900 "$@"
