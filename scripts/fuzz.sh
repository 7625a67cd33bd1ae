#!/bin/sh
# Builds the libFuzzer harnesses of tests/fuzz (clang, AddressSanitizer + UBSan) in build/fuzz and
# runs each for a bounded time on a copy of its seed corpus (tests/data/fuzz/NAME).
# Exits non-zero when a harness crashes (the crashing input is kept in build/fuzz/findings).
#   FUZZ_SECONDS=60 (per harness)  FUZZ_JOBS=2 (build)  FUZZ_ONLY="FuzzCsvReader ..." (subset)
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
seconds=${FUZZ_SECONDS:-60}
jobs=${FUZZ_JOBS:-2}
build=$root/build/fuzz
harnesses=${FUZZ_ONLY:-"FuzzTextDecoding FuzzCsvReader FuzzHeaderMap FuzzFieldParsers FuzzImport"}
cxx=${FUZZ_CXX:-$(command -v clang++-14 || command -v clang++)}
cc=${FUZZ_CC:-$(command -v clang-14 || command -v clang)}

launcher=""
if command -v ccache >/dev/null 2>&1; then launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"; fi
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_C_COMPILER="$cc" $launcher \
    -DSL_FUZZ=ON -DSL_WERROR=OFF -DSL_BUILD_TESTS=OFF -DSL_BUILD_BENCH=OFF -DSL_BUILD_GUI=OFF >/dev/null
# shellcheck disable=SC2086
cmake --build "$build" -j"$jobs" --target $harnesses

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen
mkdir -p "$build/findings"
status=0
for h in $harnesses; do
    corpus=$build/corpus/$h
    mkdir -p "$corpus"
    if [ -d "$root/tests/data/fuzz/$h" ]; then cp -n "$root/tests/data/fuzz/$h"/* "$corpus"/ 2>/dev/null || true; fi
    log=$build/$h.log
    echo "== $h: ${seconds}s"
    if "$build/tests/fuzz/$h" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$build/findings/$h-" -print_final_stats=1 "$corpus" >"$log" 2>&1; then
        grep -E '^stat::number_of_executed_units|^#[0-9]+.*DONE' "$log" | tail -2 || true
    else
        echo "!! $h failed; see $log and $build/findings/"
        tail -30 "$log"
        status=1
    fi
done
exit $status
