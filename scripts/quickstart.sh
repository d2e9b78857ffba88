#!/usr/bin/env bash
# Marginalia's quick start, for a fresh Debian 12 or 13 machine.
#
#   scripts/quickstart.sh run [ARTICLE]   install what is missing, build, launch on the sample article
#   scripts/quickstart.sh test            install what is missing, build, run every test
#
# Root or sudo is needed only to install Debian packages. MARGINALIA_SPELL_BACKEND
# (auto|sonnet|hunspell, default auto) picks the spell backend; auto prefers KDE
# Sonnet (KF6) and falls back to Hunspell where KF6 is not packaged (Debian 12).
set -euo pipefail

mode=${1:-}
[[ $# -gt 0 ]] && shift
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
backend=${MARGINALIA_SPELL_BACKEND:-auto}

case "$mode" in
run | test | build) ;;
*)
    echo "usage: $0 run [ARTICLE] | test | build" >&2
    exit 2
    ;;
esac
case "$backend" in
auto | sonnet | hunspell) ;;
*)
    echo "MARGINALIA_SPELL_BACKEND must be auto, sonnet or hunspell" >&2
    exit 2
    ;;
esac

. /etc/os-release
debian=${VERSION_ID:-unknown}

as_root() {
    if [[ $(id -u) -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null; then
        sudo "$@"
    else
        echo "Installing packages needs root: run this as root or install sudo." >&2
        exit 1
    fi
}

packages=(
    cmake ninja-build g++ pkg-config file
    qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins libgl-dev qt6-charts-dev
    libsqlite3-dev sqlite3 libedlib-dev
    libhunspell-dev hunspell-fr-comprehensive hunspell-en-us hunspell-en-gb hunspell-de-de hunspell-es hunspell-uk
    clang-format cppcheck clang-tidy shared-mime-info python3-jsonschema
    clang libclang-rt-dev
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    librsvg2-bin desktop-file-utils appstream man-db dpkg-dev
)
sonnet_available() { apt-cache show libkf6sonnet-dev >/dev/null 2>&1; }

missing=()
is_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
# A fresh machine may not have package lists yet.
compgen -G '/var/lib/apt/lists/*_Packages' >/dev/null || as_root apt-get update -qq
want_sonnet=no
if [[ $backend == sonnet ]]; then
    want_sonnet=yes
elif [[ $backend == auto ]]; then
    sonnet_available && want_sonnet=yes
fi
[[ $want_sonnet == yes ]] && packages+=(libkf6sonnet-dev sonnet6-plugins)
# Qt Charts needs Qt6OpenGL's CMake package, which Debian 12 ships in
# libqt6opengl6-dev and which qt6-charts-dev does not pull in there.
apt-cache show libqt6opengl6-dev >/dev/null 2>&1 && packages+=(libqt6opengl6-dev)

for p in "${packages[@]}"; do is_installed "$p" || missing+=("$p"); done
if ((${#missing[@]})); then
    echo "== Installing: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

build="$root/build/debian$debian-$backend"
mkdir -p "$build"
echo "== Building in $build (spell backend requested: $backend)"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DMARGINALIA_SPELL_BACKEND="$backend" >"$build.configure.log" 2>&1 || {
    cat "$build.configure.log"
    exit 1
}
grep -E "spell backend" "$build.configure.log" || true
cmake --build "$build" --parallel "$(nproc)"
echo "Spell backend: $("$build/bin/marginalia-cli" --version)"

case "$mode" in
run)
    if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
        echo "No display (DISPLAY/WAYLAND_DISPLAY unset): Marginalia needs a desktop session." >&2
    fi
    article=${1:-$root/resources/samples/fr-51.txt}
    exec "$build/bin/marginalia" "$article"
    ;;
test)
    (cd "$build" && ctest --output-on-failure --parallel "$(nproc)" --timeout 600)
    # The Debian package: built and inspected; installed, run and purged
    # when MARGINALIA_PACKAGE_INSTALL=yes (CI's disposable systems).
    bash "$root/scripts/package-test.sh" "$build"
    # A second build with Clang, AddressSanitizer and UndefinedBehaviorSanitizer
    # (every object, the program and the tests): the whole suite again, then
    # the libFuzzer targets, a bounded run each (MARGINALIA_FUZZ_SECONDS,
    # default 30). MARGINALIA_SANITIZED=no leaves it out (CI's second leg:
    # this build is the same Hunspell one in both).
    if [[ ${MARGINALIA_SANITIZED:-yes} != no ]]; then
        sanitized="$root/build/debian$debian-sanitize"
        echo "== The test suite under ASan and UBSan, then fuzzing (${MARGINALIA_FUZZ_SECONDS:-30} s each), in $sanitized"
        CC=clang CXX=clang++ cmake -S "$root" -B "$sanitized" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DMARGINALIA_FUZZ=ON -DMARGINALIA_BUILD_TESTS=ON -DMARGINALIA_SPELL_BACKEND=hunspell \
            -DMARGINALIA_FUZZ_SECONDS="${MARGINALIA_FUZZ_SECONDS:-30}" >"$sanitized.configure.log" 2>&1 || {
            cat "$sanitized.configure.log"
            exit 1
        }
        cmake --build "$sanitized" --parallel "$(nproc)"
        (cd "$sanitized" && ASAN_OPTIONS=detect_leaks=0 ctest --output-on-failure --parallel "$(nproc)" --timeout 900 -LE 'fuzz|lint')
        (cd "$sanitized" && ctest --output-on-failure --parallel "$(nproc)" -L fuzz)
    fi
    ;;
build) ;;
esac
