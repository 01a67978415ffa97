#!/usr/bin/env bash
# Builds the libFuzzer target with clang (ASan + UBSan) and runs it for a bounded time over the
# committed seed corpus. Exits non-zero on any crash, leak or sanitizer report.
# Usage: fuzz/run.sh [seconds]   (default 60)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
build=${FIELDENROL_FUZZ_BUILD_DIR:-build-fuzz}
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DFIELDENROL_FUZZ=ON \
  -DFIELDENROL_SANITIZE=ON -DFIELDENROL_BUILD_TESTS=OFF -DFIELDENROL_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" --target fuzz_request --parallel "$(nproc)"
# New inputs go to a scratch folder: the committed corpus only changes on purpose.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
"$build/fuzz/fuzz_request" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
  -print_final_stats=1 -artifact_prefix="$work/" "$work" fuzz/corpus
echo "fuzz: no crash in ${seconds}s"
