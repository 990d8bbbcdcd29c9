#!/usr/bin/env bash
# Runs intxcheck over the shared real-code corpus (../shared/corpus, laid out under
# .build/corpus by its extract.py) with each repository's profile and flags, and prints the
# findings per repository. The corpus is third-party input: it stays under .build, never in git.
#
#   python3 ../shared/corpus/extract.py intxcheck MIRROR .build/corpus/intxcheck
#   python3 ../shared/corpus/extract.py bugs MIRROR .build/corpus/bugs
#   scripts/intxcheck-corpus.sh [BINARY] [OUTDIR]
set -uo pipefail
cd "$(dirname "$0")/.."
binary=$(realpath "${1:-.build/debug/intxcheck}")
out=$(realpath -m "${2:-.build/corpus-out/latest}")
manifest=../shared/corpus/intxcheck/MANIFEST.tsv
[ -f "$manifest" ] || { echo "error: $manifest not found" >&2; exit 2; }
[ -d .build/corpus/intxcheck ] || { echo "error: .build/corpus/intxcheck not found; run extract.py first" >&2; exit 2; }
mkdir -p "$out"
declare -A flags
count() { grep -c -E ": (error|warning): " "$1" | tr -d ' '; }
while IFS=$'\t' read -r repo _commit _license profile extra _rest; do
    name=${repo/\//+}
    args="--profile $profile"
    [ "$extra" != "-" ] && args="$args $extra"
    flags[$name]=$args
    # shellcheck disable=SC2086
    (cd ".build/corpus/intxcheck/$name" && "$binary" --no-cache --no-config $args . > "$out/$name.txt" 2>&1)
    echo "$repo: $(grep -c ': error: ' "$out/$name.txt") errors, $(grep -c ': warning: ' "$out/$name.txt") warnings"
done < <(tail -n +2 "$manifest")
for dir in .build/corpus/bugs/*/; do
    [ -d "$dir" ] || continue
    base=$(basename "$dir")
    # shellcheck disable=SC2086
    (cd "$dir" && "$binary" --no-cache --no-config ${flags[${base%@*}]} . > "$out/bug-$base.txt" 2>&1)
    echo "bug $base: $(grep -v parse-error "$out/bug-$base.txt" | grep -c ': error: ') errors, $(grep -c ': warning: ' "$out/bug-$base.txt") warnings"
done
echo "findings: $out"
