#!/usr/bin/env bash
# Builds the Debian package of a Marginalia build and checks it:
#
#   scripts/package-test.sh BUILD_DIR            make the .deb, check its metadata and contents
#   MARGINALIA_PACKAGE_INSTALL=yes scripts/package-test.sh BUILD_DIR
#                                                also install it with apt (root), run both
#                                                programs from /usr, and purge it
#
# The install is meant for disposable systems: CI's Debian 13 root and its
# Debian 12 machine. Run by `scripts/quickstart.sh test`; .ci/run asks for the
# install.
set -euo pipefail

build=$(cd "${1:?usage: package-test.sh BUILD_DIR}" && pwd -P)
out="$build/package"
fail() { echo "package-test: FAILED: $*" >&2; exit 1; }

echo "== Packaging $build"
rm -rf "$out"
(cd "$build" && cpack -G DEB -B "$out" >"$out.log" 2>&1) || { cat "$out.log"; fail "cpack"; }
deb=$(ls "$out"/marginalia_*.deb)
echo "package: $(basename "$deb")"

depends=$(dpkg-deb --field "$deb" Depends)
echo "Depends: $depends"
# dpkg-shlibdeps computed the libraries; the plugins and a dictionary are named.
for want in libqt6widgets6 libsqlite3 qt6-qpa-plugins hunspell; do
    grep -q "$want" <<<"$depends" || fail "Depends lacks $want"
done
contents=$(dpkg-deb --contents "$deb")
for path in ./usr/bin/marginalia ./usr/bin/marginalia-cli \
    ./usr/share/applications/org.marginalia.Marginalia.desktop \
    ./usr/share/metainfo/org.marginalia.Marginalia.metainfo.xml \
    ./usr/share/mime/packages/org.marginalia.Marginalia.xml \
    ./usr/share/icons/hicolor/scalable/apps/org.marginalia.Marginalia.svg \
    ./usr/share/marginalia/translations/marginalia_fr.qm \
    ./usr/share/man/man1/marginalia-cli.1 ./usr/share/marginalia/samples/fr-51.txt; do
    grep -q " $path\$" <<<"$contents" || fail "the package lacks $path"
done
echo "package: metadata and contents as expected"

[[ ${MARGINALIA_PACKAGE_INSTALL:-} == yes ]] || exit 0
[[ $(id -u) -eq 0 ]] || fail "installing the package needs root"
if dpkg-query -W -f='${Status}' marginalia 2>/dev/null | grep -q 'install ok installed'; then
    fail "a marginalia package is already installed here: not touching it"
fi

echo "== Installing $(basename "$deb") with apt"
export DEBIAN_FRONTEND=noninteractive
trap 'apt-get purge -y -qq marginalia >/dev/null 2>&1 || true' EXIT
apt-get install -y -qq --no-install-recommends "$deb" >"$out/install.log" 2>&1 ||
    { cat "$out/install.log"; fail "apt-get install"; }

echo "installed: $(/usr/bin/marginalia-cli --version)"
rc=0
/usr/bin/marginalia-cli check /usr/share/marginalia/samples/fr-51.txt >"$out/check.txt" || rc=$?
[[ $rc -le 1 ]] || fail "marginalia-cli check exited with $rc"
grep -q toutesles "$out/check.txt" || fail "marginalia-cli check did not find the merged word in the sample"
echo "installed marginalia-cli check: $(wc -l <"$out/check.txt") lines, exit $rc"
own="Check an article stored in this project."
LC_ALL=C.UTF-8 /usr/bin/marginalia-cli check --help | grep -q "$own" || fail "English help"
if LC_ALL=fr_FR.UTF-8 /usr/bin/marginalia-cli check --help | grep -q "$own"; then
    fail "the installed CLI does not speak French"
fi
# The window starts (offscreen), opens the sample and keeps running.
home=$(mktemp -d)
rc=0
HOME=$home QT_QPA_PLATFORM=offscreen timeout 8 /usr/bin/marginalia \
    --project "$home/p.marginalia" /usr/share/marginalia/samples/fr-51.txt >"$out/window.log" 2>&1 || rc=$?
[[ $rc -eq 124 ]] || { cat "$out/window.log"; fail "the window exited ($rc) instead of running"; }
[[ -s $home/p.marginalia ]] || fail "the window wrote no project"
rm -rf "$home"
echo "installed marginalia: started, opened the sample, ran until stopped"
desktop-file-validate /usr/share/applications/org.marginalia.Marginalia.desktop
appstreamcli validate --no-net /usr/share/metainfo/org.marginalia.Marginalia.metainfo.xml >/dev/null

apt-get purge -y -qq marginalia >"$out/purge.log" 2>&1 || { cat "$out/purge.log"; fail "apt-get purge"; }
trap - EXIT
for path in /usr/bin/marginalia /usr/bin/marginalia-cli /usr/share/marginalia; do
    [[ ! -e $path ]] || fail "$path is left after purge"
done
echo "package: installed, ran and purged cleanly"
