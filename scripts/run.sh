#!/usr/bin/env bash
# Sets up, builds (Release) and starts StudyLedger on a demo database, created on first run in
# the user's data folder. Extra arguments go to the application (e.g. --lang en).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build/release"

"$root/scripts/setup.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSL_BUILD_TESTS=OFF \
  -DSL_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" -j "$(nproc)"

data="${XDG_DATA_HOME:-$HOME/.local/share}/studyledger"
db="${STUDYLEDGER_DB:-$data/demo.sqlite}"
mkdir -p "$(dirname "$db")"
# The ledger holds personal data: StudyLedger's own data folder is the owner's alone.
if [ -z "${STUDYLEDGER_DB:-}" ]; then chmod 700 "$data"; fi
if [ ! -s "$db" ]; then
  echo "run: creating the demo database $db"
  "$build/src/cli/studyledger-cli" --db "$db" demo --seed 1
fi

# Without a display (a server, a container) run under a virtual one.
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != offscreen ]; then
  exec xvfb-run -a "$build/src/app/studyledger" --db "$db" "$@"
fi
exec "$build/src/app/studyledger" --db "$db" "$@"
