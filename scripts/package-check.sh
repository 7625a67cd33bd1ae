#!/usr/bin/env bash
# Builds the Debian package of a build folder (cpack) and tries it without root or container:
# unpacks it with `dpkg -x` into a scratch folder, checks what it lays out and its Depends, and
# runs both programs' --version from there against project(VERSION) of CMakeLists.txt.
#   scripts/package-check.sh [BUILD]      (default build/test; scripts/test.sh runs it)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/build/test}" && pwd)
version=$(sed -n 's/^project(StudyLedger VERSION \([0-9][0-9.]*\).*/\1/p' "$root/CMakeLists.txt")
if [ -z "$version" ]; then
  echo "package-check: no project(StudyLedger VERSION …) in CMakeLists.txt" >&2
  exit 1
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() {
  echo "package-check: $*" >&2
  exit 1
}

(cd "$build" && cpack -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1) ||
  { cat "$scratch/cpack.log" >&2; fail "cpack failed"; }
debs=("$scratch"/out/studyledger_"$version"_*.deb)
[ -f "${debs[0]}" ] || fail "no studyledger_${version}_*.deb from cpack"
deb=${debs[0]}

depends=$(dpkg-deb --field "$deb" Depends)
for needed in libqt6widgets6 libqt6sql6-sqlite qt6-qpa-plugins libxlsxwriter4 fonts-noto-cjk; do
  [[ ", $depends," == *", $needed"[\ ,]* ]] || fail "Depends lacks $needed: $depends"
done

dpkg -x "$deb" "$scratch/root"
usr="$scratch/root/usr"
for file in bin/studyledger bin/studyledger-cli \
  share/studyledger/translations/studyledger_zh_CN.qm \
  share/applications/studyledger.desktop \
  share/icons/hicolor/16x16/apps/studyledger.png \
  share/icons/hicolor/256x256/apps/studyledger.png \
  share/icons/hicolor/scalable/apps/studyledger.svg; do
  [ -f "$usr/$file" ] || fail "the package lacks /usr/$file"
done

got=$("$usr/bin/studyledger-cli" --version) || fail "studyledger-cli --version failed"
[ "$got" = "studyledger-cli $version" ] || fail "studyledger-cli --version: '$got', not $version"
got=$(QT_QPA_PLATFORM=offscreen "$usr/bin/studyledger" --version 2>/dev/null) ||
  fail "studyledger --version failed"
[ "$got" = "studyledger $version" ] || fail "studyledger --version: '$got', not $version"
echo "package-check: $(basename "$deb") installs and runs (version $version)"
