#!/usr/bin/env bash
# Run a command inside a cached Debian 13 (trixie) chroot, with this clone
# bind-mounted at /src (the command starts in /src).
#
#   .ci/trixie-chroot.sh CMD [ARGS...]   build/reuse the root, mount, run, unmount
#   .ci/trixie-chroot.sh --prepare       only build/refresh the cached root
#   .ci/trixie-chroot.sh --unmount       only remove stale mounts under the cache
#
# The root lives OUTSIDE the clone, in ${MARGINALIA_CI_CACHE:-/var/cache/marginalia-ci}/trixie-root.
# It is made by `debootstrap --variant=minbase`, configured for apt, has the
# packages of .ci/trixie-packages.txt pre-installed, and is marked complete by
# a marker file written last. A root without a valid marker, that cannot run
# /bin/true, whose dpkg state is broken, or that is older than
# MARGINALIA_CI_ROOT_MAX_AGE_DAYS (default 30) is rebuilt.
#
# Mounts (proc, sys, dev, dev/pts, dev/shm, tmp, src) are always removed on
# exit, failure or signal (lazy unmount as fallback), and nothing under the
# cache is ever deleted while anything is mounted below it.
#
# Environment inside: clean (env -i) plus HOME=/tmp/home (fresh, on tmpfs),
# LANG=C.UTF-8, QT_QPA_PLATFORM=offscreen, XDG_RUNTIME_DIR=/tmp/runtime-root,
# DEBIAN_FRONTEND=noninteractive, CI, CTEST_OUTPUT_ON_FAILURE=1, and every
# MARGINALIA_* variable of the caller (e.g. MARGINALIA_SPELL_BACKEND).
# MARGINALIA_CI_CHROOT_TIMEOUT (seconds, default 2400) bounds the command.
set -euo pipefail

SUITE=trixie
MIRROR=${MARGINALIA_CI_MIRROR:-http://deb.debian.org/debian}
SECURITY_MIRROR=${MARGINALIA_CI_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
CACHE=${MARGINALIA_CI_CACHE:-/var/cache/marginalia-ci}
ROOT="$CACHE/$SUITE-root"
PARTIAL="$CACHE/$SUITE-root.partial"
# Bump when the way the root is prepared changes: forces a rebuild.
ROOT_FORMAT=1
MARKER_REL=var/lib/marginalia-ci/root-complete
PKG_STAMP_REL=var/lib/marginalia-ci/packages.sha256
MAX_AGE_DAYS=${MARGINALIA_CI_ROOT_MAX_AGE_DAYS:-30}
CMD_TIMEOUT=${MARGINALIA_CI_CHROOT_TIMEOUT:-2400}

CI_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
REPO=$(cd "$CI_DIR/.." && pwd -P)
PKG_FILE="$CI_DIR/$SUITE-packages.txt"

log() { printf '[trixie-chroot] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# ---------------------------------------------------------------- mounts ---

MOUNTED=()   # mount points made by this process, in mounting order

do_mount() { # do_mount TARGET mount-args...
    local target=$1; shift
    mkdir -p "$target"
    mount "$@" "$target"
    MOUNTED+=("$target")
}

# Mount points strictly below $1, deepest first (findmnt escapes odd
# characters, which is why the cache path is refused if it contains any).
# $1 itself is left alone: the cache folder may be a mount of its own.
mounts_under() {
    findmnt -rn -o TARGET | awk -v p="$1" 'index($0, p "/") == 1' | sort -r
}

# Processes whose root directory is inside $1 (left over from the chroot).
procs_in() {
    local p link
    for p in /proc/[0-9]*; do
        link=$(readlink "$p/root" 2>/dev/null) || continue
        if [[ $link == "$1" || $link == "$1"/* ]]; then echo "${p#/proc/}"; fi
    done
}

kill_procs_in() {
    local pids
    pids=$(procs_in "$1")
    [[ -z $pids ]] && return 0
    log "stopping leftover processes in $1: $(tr '\n' ' ' <<<"$pids")"
    for pid in $pids; do kill -TERM "$pid" 2>/dev/null || true; done
    sleep 2
    pids=$(procs_in "$1")
    for pid in $pids; do kill -KILL "$pid" 2>/dev/null || true; done
}

umount_one() {
    umount "$1" 2>/dev/null && return 0
    sleep 1
    umount "$1" 2>/dev/null && return 0
    log "umount $1 failed, lazy unmount"
    umount -l "$1"
}

# Unmount everything below $1; fails if anything is still mounted there.
umount_all_under() {
    local dir=$1 m
    kill_procs_in "$dir"
    while read -r m; do
        [[ -n $m ]] && { umount_one "$m" || true; }
    done < <(mounts_under "$dir")
    if [[ -n $(mounts_under "$dir") ]]; then
        log "still mounted under $dir:"; mounts_under "$dir" >&2
        return 1
    fi
}

# shellcheck disable=SC2317  # invoked by trap
cleanup() {
    local rc=$? i
    trap - EXIT INT TERM
    set +e
    kill_procs_in "$CACHE"
    for ((i = ${#MOUNTED[@]} - 1; i >= 0; i--)); do
        findmnt -rn --mountpoint "${MOUNTED[i]}" >/dev/null && umount_one "${MOUNTED[i]}"
    done
    MOUNTED=()
    if ! umount_all_under "$CACHE"; then
        log "ERROR: could not unmount everything under $CACHE; do NOT delete it before unmounting"
        [[ $rc -eq 0 ]] && rc=1
    fi
    exit "$rc"
}

# Refuse to delete anything that still has a mount below it (a bind mount of
# the clone is on the same file system, so rm --one-file-system would not help).
safe_rm() {
    local dir=$1
    [[ -e $dir ]] || return 0
    umount_all_under "$dir" || die "refusing to delete $dir: mounts remain below it"
    ! findmnt -rn --mountpoint "$dir" >/dev/null || die "refusing to delete $dir: it is a mount point"
    rm -rf --one-file-system -- "$dir"
}

mount_root() { # mount_root ROOTDIR [with-src]
    local r=$1
    do_mount "$r/proc" -t proc proc
    do_mount "$r/sys" -t sysfs -o ro,nosuid,nodev,noexec sysfs
    do_mount "$r/dev" --bind /dev
    do_mount "$r/dev/pts" --bind /dev/pts
    do_mount "$r/dev/shm" -t tmpfs -o mode=1777,nosuid,nodev shm
    do_mount "$r/tmp" -t tmpfs -o mode=1777,nosuid,nodev,size=8g tmp
    if [[ ${2:-} == with-src ]]; then
        do_mount "$r/src" --bind "$REPO"
    fi
    # Fresh per run: the host's DNS settings and a throw-away HOME.
    cp -L /etc/resolv.conf "$r/etc/resolv.conf"
    cp -L /etc/hosts "$r/etc/hosts" 2>/dev/null || true
    mkdir -m 0700 "$r/tmp/home" "$r/tmp/runtime-root"
}

umount_root() {
    local i
    for ((i = ${#MOUNTED[@]} - 1; i >= 0; i--)); do umount_one "${MOUNTED[i]}"; done
    MOUNTED=()
    umount_all_under "$1"
}

# ------------------------------------------------------------ inside root ---

in_root() { # in_root ROOTDIR cmd... (clean environment)
    local r=$1; shift
    local envs=(
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
        HOME=/tmp/home USER=root LOGNAME=root
        LANG=C.UTF-8
        QT_QPA_PLATFORM=offscreen
        XDG_RUNTIME_DIR=/tmp/runtime-root
        DEBIAN_FRONTEND=noninteractive
        CTEST_OUTPUT_ON_FAILURE=1
        "CI=${CI:-}"
        "TERM=${TERM:-dumb}"
    )
    local v
    while read -r v; do envs+=("$v=${!v}"); done < <(compgen -e | grep '^MARGINALIA_' || true)
    # In the background + wait, so that a signal to this script is handled at
    # once (bash defers traps until a foreground child ends). The lock fd 9 is
    # not passed on: leftovers of a killed run must not hold the cache lock.
    chroot "$r" /usr/bin/env -i "${envs[@]}" "$@" 9>&- &
    wait "$!"
}

pkg_list() { sed -e 's/#.*//' "$PKG_FILE" | tr -s ' \t' '\n' | sed '/^$/d'; }
pkg_hash() { pkg_list | sha256sum | cut -d' ' -f1; }

install_packages() { # ROOTDIR (mounted)
    local r=$1 t0=$SECONDS
    log "apt-get update + install of $(pkg_list | wc -l) packages from ${PKG_FILE#"$REPO"/}"
    local pkgs apt_log="$CACHE/apt.log"
    mapfile -t pkgs < <(pkg_list)
    if ! { in_root "$r" apt-get update -q &&
        in_root "$r" apt-get install -y -q --no-install-recommends "${pkgs[@]}" &&
        in_root "$r" apt-get clean; } > "$apt_log" 2>&1; then
        tail -n 40 "$apt_log" >&2
        die "apt-get failed in the $SUITE root (full log: $apt_log)"
    fi
    grep -E '^[0-9]+ upgraded' "$apt_log" >&2 || true
    pkg_hash > "$r/$PKG_STAMP_REL"
    log "packages installed in $((SECONDS - t0)) s"
}

configure_root() { # ROOTDIR (not mounted)
    local r=$1
    rm -f "$r/etc/apt/sources.list"
    cat > "$r/etc/apt/sources.list.d/debian.sources" <<EOF
Types: deb
URIs: $MIRROR
Suites: $SUITE $SUITE-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: $SECURITY_MIRROR
Suites: $SUITE-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
    cat > "$r/etc/apt/apt.conf.d/90marginalia-ci" <<'EOF'
Acquire::Retries "3";
Acquire::Languages "none";
APT::Get::Assume-Yes "true";
EOF
    # Never start services inside the chroot.
    printf '#!/bin/sh\nexit 101\n' > "$r/usr/sbin/policy-rc.d"
    chmod 0755 "$r/usr/sbin/policy-rc.d"
    mkdir -p "$r/src" "$r/var/lib/marginalia-ci"
}

build_root() {
    local t0=$SECONDS
    log "building a fresh $SUITE root in $PARTIAL (debootstrap --variant=minbase)"
    if ! command -v debootstrap >/dev/null; then
        log "installing debootstrap on the host"
        { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null; } ||
            die "debootstrap is missing and could not be installed"
    fi
    safe_rm "$PARTIAL"
    if ! debootstrap --variant=minbase "$SUITE" "$PARTIAL" "$MIRROR" > "$CACHE/debootstrap.log" 2>&1; then
        tail -n 40 "$CACHE/debootstrap.log" >&2
        die "debootstrap failed (full log: $CACHE/debootstrap.log)"
    fi
    log "debootstrap done in $((SECONDS - t0)) s"
    configure_root "$PARTIAL"
    mount_root "$PARTIAL"
    if ! { in_root "$PARTIAL" apt-get update -q &&
        in_root "$PARTIAL" apt-get dist-upgrade -y -q; } > "$CACHE/apt.log" 2>&1; then
        tail -n 40 "$CACHE/apt.log" >&2
        die "apt-get update/dist-upgrade failed in the new $SUITE root (full log: $CACHE/apt.log)"
    fi
    install_packages "$PARTIAL"
    umount_root "$PARTIAL"
    printf 'format=%s\nsuite=%s\ncreated=%s\nversion=%s\n' "$ROOT_FORMAT" "$SUITE" \
        "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$(cat "$PARTIAL/etc/debian_version")" > "$PARTIAL/$MARKER_REL"
    safe_rm "$ROOT"
    mv "$PARTIAL" "$ROOT"
    log "root ready in $((SECONDS - t0)) s: $ROOT (Debian $(cat "$ROOT/etc/debian_version"))"
}

# Why the cached root cannot be reused (empty output: it can).
root_problem() {
    [[ -d $ROOT ]] || { echo "no cached root"; return; }
    [[ -f $ROOT/$MARKER_REL ]] || { echo "no completion marker (incomplete build)"; return; }
    grep -qx "format=$ROOT_FORMAT" "$ROOT/$MARKER_REL" || { echo "root format changed"; return; }
    if [[ -n $(find "$ROOT/$MARKER_REL" -mtime "+$MAX_AGE_DAYS") ]]; then
        echo "older than $MAX_AGE_DAYS days"; return
    fi
    [[ -x $ROOT/usr/bin/apt-get ]] || { echo "apt-get missing"; return; }
    chroot "$ROOT" /bin/true 2>/dev/null || { echo "chroot /bin/true fails"; return; }
    [[ -z $(chroot "$ROOT" dpkg --audit 2>&1) ]] || { echo "dpkg --audit reports broken packages"; return; }
}

ensure_root() {
    local why
    why=$(root_problem)
    if [[ -z $why ]]; then
        log "reusing cached root $ROOT ($(grep '^created=' "$ROOT/$MARKER_REL"), Debian $(cat "$ROOT/etc/debian_version"))"
    else
        log "cached root not usable: $why"
        build_root
    fi
}

# ------------------------------------------------------------------- main ---

[[ $(id -u) -eq 0 ]] || die "must run as root (debootstrap, mount, chroot)"
[[ $CACHE == /* && $CACHE != *[[:space:]\\]* ]] || die "MARGINALIA_CI_CACHE must be an absolute path without spaces: $CACHE"
CACHE=$(mkdir -p "$CACHE" && cd "$CACHE" && pwd -P)
ROOT="$CACHE/$SUITE-root"
PARTIAL="$CACHE/$SUITE-root.partial"
case "$REPO/" in "$CACHE"/*) die "the clone ($REPO) must not be inside the cache ($CACHE)";; esac
case "$CACHE/" in "$REPO"/*) die "the cache ($CACHE) must be outside the clone ($REPO)";; esac
[[ $# -gt 0 ]] || die "usage: $0 CMD [ARGS...] | --prepare | --unmount"

# One user of the cache at a time (a developer run and CI on one machine).
exec 9>"$CACHE/.lock"
flock -w 900 9 || die "cache $CACHE is locked by another run for 15 min"

trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Mounts left by a killed earlier run.
umount_all_under "$CACHE" || die "stale mounts under $CACHE cannot be removed"

case "$1" in
    --unmount) exit 0 ;;
    --prepare) ensure_root; exit 0 ;;
esac

ensure_root
mount_root "$ROOT" with-src
if [[ $(cat "$ROOT/$PKG_STAMP_REL" 2>/dev/null) != "$(pkg_hash)" ]]; then
    install_packages "$ROOT"
fi
log "running in $SUITE chroot (Debian $(cat "$ROOT/etc/debian_version")), cwd /src: $*"
rc=0
in_root "$ROOT" /usr/bin/timeout --kill-after=30 "$CMD_TIMEOUT" \
    /bin/bash -c 'cd /src && exec "$@"' bash "$@" || rc=$?
if [[ $rc -eq 124 ]]; then log "command timed out after $CMD_TIMEOUT s"; fi
if [[ $rc -eq 137 ]]; then log "command was killed (SIGKILL: timeout grace expired, or out of memory)"; fi
log "command exited with $rc"
exit "$rc"
