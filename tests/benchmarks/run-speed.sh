#!/usr/bin/env bash
# How fast `marginalia-cli check` is next to `hunspell -l` and `aspell list`
# on ≈2.5 MB of French news, and how its cost grows from 0.25 to 25 MB.
#
#   tests/benchmarks/run-speed.sh [--runs N] [--timeout S] [--no-build]
#
# The text is every WMT22 de-fr French file (../shared/eval/wmt22-de-fr/docs/
# *.fr.txt: references and MT outputs), concatenated and repeated, under a
# title line. It is built once into $SPEED_CORPUS_DIR (default
# <build>/speed-corpus) and reused while the source files stay the same; the
# data never enters the repository. The peers (hunspell, aspell, aspell-fr,
# hunspell-fr) are installed with apt when missing, because nothing installed
# by hand survives on a fresh machine.
#
# Environment: BUILD_DIR (default <repo>/build/bench), MARGINALIA_SHARED_DIR,
# MARGINALIA_EVAL_DIR, SPEED_CORPUS_DIR. Exits 0 with a message when the data
# is missing.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${BUILD_DIR:-$root/build/bench}
shared=${MARGINALIA_SHARED_DIR:-$root/../shared}
docs=${MARGINALIA_EVAL_DIR:-$shared/eval}/wmt22-de-fr/docs
corpus=${SPEED_CORPUS_DIR:-$build/speed-corpus}
runs=5
timeout=600
do_build=1

while [ $# -gt 0 ]; do
    case $1 in
    --runs) runs=$2; shift 2 ;;
    --timeout) timeout=$2; shift 2 ;;
    --no-build) do_build=0; shift ;;
    *) echo "usage: $0 [--runs N] [--timeout S] [--no-build]" >&2; exit 2 ;;
    esac
done

skip() {
    echo "**Skipped:** $*"
    exit 0
}

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_peers() {
    local missing=()
    command -v hunspell >/dev/null || missing+=(hunspell)
    [ -f /usr/share/hunspell/fr_FR.dic ] || missing+=(hunspell-fr-comprehensive)
    command -v aspell >/dev/null || missing+=(aspell)
    aspell dump dicts 2>/dev/null | grep -qx fr || missing+=(aspell-fr)
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing ${missing[*]} with apt ..." >&2
    as_root apt-get update -qq >&2
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

build_tools() {
    if [ ! -f "$build/build.ninja" ]; then
        cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
            -DMARGINALIA_BUILD_BENCHMARKS=ON -DMARGINALIA_BUILD_TESTS=OFF >&2
    fi
    cmake --build "$build" --target marginalia-cli bench_speed >&2
}

# Writes $2: a title line, then the French files repeated, cut to about $1
# bytes at a line boundary (so no UTF-8 sequence is split).
make_text() {
    local bytes=$1 out=$2 base=$corpus/all-french.txt
    local repeats=$((bytes / $(stat -c %s "$base") + 1))
    {
        printf 'Corpus de vitesse : actualités WMT22 traduites en français\n\n'
        for _ in $(seq "$repeats"); do cat "$base"; done
    } >"$out.full"
    # Via a file: piping the repeats into head would end the writer with
    # SIGPIPE, which pipefail turns into a failure.
    head -c "$bytes" "$out.full" | sed '$d' >"$out.tmp"
    rm "$out.full"
    mv "$out.tmp" "$out"
}

build_corpus() {
    mkdir -p "$corpus"
    # The stamp names every source file with its size and time, so a changed
    # data set rebuilds the texts and an unchanged one reuses them.
    local stamp
    stamp=$(cd "$docs" && ls -l --time-style=+%s -- *.fr.txt | md5sum | cut -d' ' -f1)
    if [ -f "$corpus/stamp" ] && [ "$(cat "$corpus/stamp")" = "$stamp" ] && [ -f "$corpus/fr-25MB.txt" ]; then
        return 0
    fi
    echo "Building the French texts in $corpus ..." >&2
    for f in "$docs"/*.fr.txt; do
        cat "$f"
        printf '\n'
    done >"$corpus/all-french.txt"
    make_text 250000 "$corpus/fr-0.25MB.txt"
    make_text 2500000 "$corpus/fr-2.5MB.txt"
    make_text 25000000 "$corpus/fr-25MB.txt"
    echo "$stamp" >"$corpus/stamp"
}

compgen -G "$docs/*.fr.txt" >/dev/null || skip "$docs has no *.fr.txt files (set MARGINALIA_SHARED_DIR or MARGINALIA_EVAL_DIR)."
install_peers
[ "$do_build" -eq 1 ] && build_tools
[ -x "$build/bin/marginalia-cli" ] && [ -x "$build/bin/bench_speed" ] || {
    echo "run-speed.sh: $build/bin has no marginalia-cli or bench_speed; build first or drop --no-build" >&2
    exit 2
}
build_corpus

start=$(date +%s%N)
"$build/bin/bench_speed" --cli "$build/bin/marginalia-cli" --runs "$runs" --timeout "$timeout" \
    "$corpus/fr-2.5MB.txt" "$corpus/fr-0.25MB.txt" "$corpus/fr-2.5MB.txt" "$corpus/fr-25MB.txt"
echo
echo "Whole benchmark: $((($(date +%s%N) - start) / 1000000)) ms."
