#!/bin/sh
# Renders every area of the window in Chinese and English, offscreen, from a demo ledger, into
# docs/images/areas/<lang>/<view>.png (the pictures of docs/screenshots.md).
# Usage: scripts/screenshots.sh [BUILD_DIR]   (default build/test; build it first)
set -eu
cd "$(dirname "$0")/.."
build=${1:-build/test}
app="$build/src/app/studyledger"
cli="$build/src/cli/studyledger-cli"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/demo.sqlite"
"$cli" --db "$db" demo --seed 1 --year 2026 >/dev/null 2>&1
export QT_QPA_PLATFORM=offscreen
# Each run keeps its settings to itself, so that one picture's choices do not reach the next.
export XDG_CONFIG_HOME="$work/config"
views="home home-member home-leader plan sessions attendance makeup registers selfstudy writings
my-year assessment archive bulletin dashboard members audit settings"
for lang in zh en; do
    mkdir -p "docs/images/areas/$lang"
    for view in $views; do
        "$app" --db "$db" --lang "$lang" --size 1280x720 --view "$view" \
            --screenshot "docs/images/areas/$lang/$view.png" >/dev/null 2>&1 ||
            echo "screenshot of $view ($lang) failed" >&2
    done
done
