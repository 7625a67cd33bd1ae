#!/usr/bin/env bash
# Sets up, builds and runs every test of StudyLedger.
#   scripts/test.sh             the suite (build/test), then the .deb (scripts/package-check.sh)
#   scripts/test.sh --sanitize  the suite built with AddressSanitizer and UndefinedBehaviorSanitizer
#                               (build/sanitize); any finding fails the test (docs/testing.md)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

sanitize=0
if [ "${1:-}" = "--sanitize" ]; then
  sanitize=1
  shift
fi
if [ $# -gt 0 ]; then
  echo "usage: scripts/test.sh [--sanitize]" >&2
  exit 1
fi

"$root/scripts/setup.sh"

if [ "$sanitize" = 1 ]; then
  build="${STUDYLEDGER_SANITIZE_BUILD:-$root/build/sanitize}"
  launcher=()
  if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  fi
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSL_SANITIZE=ON \
    -DSL_BUILD_BENCH=OFF "${launcher[@]}" >/dev/null
  cmake --build "$build" -j "$(nproc)"
  # Stop at the first finding with a stack and exit 86, a code no test expects of
  # studyledger-cli (the tests run it as a child process). AddressSanitizer and leak reports go
  # to $build/sanitizer-logs as well, and any report there fails the run even when a test did
  # not look at the exit code (UBSan within the ASan runtime of GCC 12 ignores log_path: its
  # reports go to standard error). Leaks inside the system's libraries, which are not built with
  # the sanitizers, may be suppressed in tests/lsan.supp, never the project's own.
  logs="$build/sanitizer-logs"
  rm -rf "$logs"
  mkdir -p "$logs"
  export ASAN_OPTIONS="halt_on_error=1:exitcode=86:detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1:log_path=$logs/asan:${ASAN_OPTIONS:-}"
  export UBSAN_OPTIONS="halt_on_error=1:exitcode=86:print_stacktrace=1:log_path=$logs/ubsan:${UBSAN_OPTIONS:-}"
  export LSAN_OPTIONS="suppressions=$root/tests/lsan.supp:print_suppressions=0:${LSAN_OPTIONS:-}"
  export QT_QPA_PLATFORM=offscreen
  status=0
  ctest --test-dir "$build" --output-on-failure -j "$(nproc)" || status=$?
  if compgen -G "$logs/*" >/dev/null; then
    cat "$logs"/*
    echo "test.sh: the sanitizers reported the findings above (in $logs)" >&2
    exit 1
  fi
  exit "$status"
fi

build="${STUDYLEDGER_TEST_BUILD:-$root/build/test}"
launcher=()
if command -v ccache >/dev/null; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSL_BUILD_BENCH=ON \
  "${launcher[@]}" >/dev/null
cmake --build "$build" -j "$(nproc)"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" --output-on-failure -j "$(nproc)"
# The .deb of this build, unpacked with dpkg -x: its programs run and say the version.
"$root/scripts/package-check.sh" "$build"
