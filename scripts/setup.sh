#!/usr/bin/env bash
# Installs every Debian package that building, testing and running StudyLedger needs.
# Idempotent: asks apt-get only for the packages that are missing.
set -euo pipefail

packages=(
  cmake ninja-build g++ clang-format pkg-config
  qt6-base-dev libqt6opengl6-dev libqt6sql6-sqlite qt6-charts-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-5compat-dev
  libboost-date-time-dev libgl-dev libsqlite3-dev sqlite3
  xvfb xauth poppler-utils qt6-translations-l10n
  python3-icalendar
  # QuaZip: the ODT package is rewritten to carry the official page (src/report/OdtPageStyle.h).
  libquazip1-qt6-dev
  fonts-noto-cjk fonts-arphic-uming fonts-arphic-ukai
  # 黑体 for document headings whose PDF text extracts cleanly (Noto CJK maps ideographs to
  # Kangxi radicals; see src/report/DocumentFonts.h).
  fonts-wqy-zenhei
  # The bookmarks of the ledger volume's PDF (src/report/PdfOutline), and the qpdf tool that
  # reads them back in the tests.
  libqpdf-dev qpdf
  # Argon2id password hashes of the accounts (src/services/PasswordHash).
  libsodium-dev
  # XLSX export (src/exchange/XlsxFileWriter, loaded at run time: XlsxLibrary.h); openpyxl
  # writes and reads workbooks in the XLSX tests (tests/exchange/xlsx_fixtures.py).
  libxlsxwriter-dev python3-openpyxl
  # The .deb: cpack's dpkg-shlibdeps finds the library packages (cmake/Packaging.cmake); the
  # menu entry is checked by desktop-file-validate (tests/CMakeLists.txt).
  dpkg-dev desktop-file-utils
  # The pinyin initials of names (src/domain/PinyinInitials: ICU's Han-Latin transliteration).
  libicu-dev
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "setup: installing ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
