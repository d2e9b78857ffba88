#!/usr/bin/env bash
# Takes the README and AppStream screenshots from the real window, light and
# dark, into docs/screenshots/: builds Marginalia (scripts/quickstart.sh
# build), then runs tests/screenshots under a virtual X server so that the
# window is drawn by the same xcb platform a desktop uses.
#
#   scripts/screenshots.sh [OUTPUT_DIR]
#
# Installs xvfb (for xvfb-run) from Debian's archive when it is missing.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
output=${1:-$root/docs/screenshots}

as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }
if ! command -v xvfb-run >/dev/null; then
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends xvfb xauth >/dev/null
fi

"$root/scripts/quickstart.sh" build
. /etc/os-release
build="$root/build/debian${VERSION_ID:-unknown}-${MARGINALIA_SPELL_BACKEND:-auto}"
cmake --build "$build" --target marginalia-screenshots >/dev/null

mkdir -p "$output"
# A fixed font size and scale, whatever the machine: the shots compare.
QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=1 xvfb-run -a -s "-screen 0 1400x900x24 -dpi 96" \
    "$build/bin/marginalia-screenshots" --sample "$root/resources/samples/fr-51.txt" --output "$output"
