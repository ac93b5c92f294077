#!/usr/bin/env bash
# System packages the tests use, from Debian's archive: Chromium for the e2e suite (Playwright never downloads a
# browser here), fonts with Vietnamese glyphs for its screenshots, and poppler-utils (pdftotext) to read back the
# PDF slips. Installs what is missing when run as root; otherwise says what to install.
set -euo pipefail
missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
[ -d /usr/share/fonts/truetype/noto ] || missing+=(fonts-noto-core)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing ${missing[*]} for the tests…"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "Missing system packages: ${missing[*]}. Install them (Debian: sudo apt-get install ${missing[*]})." >&2
exit 1
