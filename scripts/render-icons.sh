#!/usr/bin/env bash
# Renders the application icon's PNG sizes from resources/icons/studyledger.svg. The PNGs are
# committed: neither the build nor the program needs this tool (rsvg-convert, Debian package
# librsvg2-bin). Run it after changing the SVG.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
icons="$root/resources/icons"
if ! command -v rsvg-convert >/dev/null; then
  echo "render-icons: rsvg-convert is missing (apt-get install librsvg2-bin)" >&2
  exit 1
fi
for size in 16 22 24 32 48 64 128 256; do
  rsvg-convert -w "$size" -h "$size" "$icons/studyledger.svg" -o "$icons/studyledger-$size.png"
done
