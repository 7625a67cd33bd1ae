#!/usr/bin/env bash
# Sets up, builds and runs every test of StudyLedger.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${STUDYLEDGER_TEST_BUILD:-$root/build/test}"

"$root/scripts/setup.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSL_BUILD_BENCH=ON >/dev/null
cmake --build "$build" -j "$(nproc)"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" --output-on-failure -j "$(nproc)"
