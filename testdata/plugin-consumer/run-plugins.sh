#!/usr/bin/env bash
# Runs every plugin of swift-buildtools on copies of the consumer packages and checks what each one
# does. Build tool plugins (../build-plugin-consumer): `swift build` shows the transaction bug and
# the unsorted imports as errors at their file and line and fails, shows them as warnings and
# succeeds once the configuration makes them warnings; the clean twin
# (../build-plugin-consumer-clean) builds with nothing from them. Command plugins (this package):
# findings fail the command, the check modes change nothing, the rewriting modes change what they
# should. The fixtures themselves are never modified. Run by .ci/run, on this package and, as
# `run-plugins.sh binary`, on dist/plugins (the same plugins running the prebuilt tools).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
copies="$(mktemp -d)"
trap 'rm -rf "$copies"' EXIT
# The build prints paths with symbolic links resolved.
copies="$(cd "$copies" && pwd -P)"
work="$copies/plugin-consumer"
checked="$copies/build-plugin-consumer"
clean="$copies/build-plugin-consumer-clean"
cp -R "$here" "$work"
rm -f "$work/run-plugins.sh"
cp -R "$here/../build-plugin-consumer" "$checked"
cp -R "$here/../build-plugin-consumer-clean" "$clean"
for package in "$work" "$checked" "$clean"; do
    if [ "${1:-}" = binary ]; then
        # The binary plugin package (`make dist` first): the tools come from the artifact bundle.
        sed -i.orig -e "s|.package(name: \"swift-buildtools\", path: \"../..\")|.package(name: \"swift-buildtools-plugins\", path: \"$repo/dist/plugins\")|" \
            -e 's|package: "swift-buildtools")|package: "swift-buildtools-plugins")|' "$package/Package.swift"
    else
        sed -i.orig "s|path: \"../..\"|path: \"$repo\"|" "$package/Package.swift"
    fi
    rm -f "$package/Package.swift.orig"
done
if [ "${1:-}" = binary ]; then
    # A cold scratch directory each run shows what a consumer's first run costs.
    scratch="$copies/scratch"
else
    # Builds of the tools the plugins run are kept between runs, apart from the main build.
    scratch="$repo/.build/plugin-consumer"
fi
swiftpm=(swift package --package-path "$work" --scratch-path "$scratch")

fail() { echo "plugin-consumer: $*" >&2; exit 1; }
# Runs a command, keeping its combined output in $out and its exit status in $status. SwiftPM 6.3
# itself sometimes crashes (signal 11 in its dispatch event loop) while it reports a plugin's
# failure, and the plugin's output is lost with it: such a run is made once more, and said so.
attempt() {
    set +e
    out="$("$@" 2>&1)"
    status=$?
    if grep -q "Program crashed" <<<"$out"; then
        echo "(SwiftPM itself crashed; running it again)"
        out="$("$@" 2>&1)"
        status=$?
    fi
    set -e
}
run() { attempt "${swiftpm[@]}" "$@"; }
# `swift build` of a package, in the same scratch directory as the command plugins' runs, so the
# tools are compiled once. A build of another root package than the last one there makes SwiftPM's
# build manifest afresh (`fresh`): the cached one would build the other package.
build() {
    local caching=()
    [ "${2:-}" != fresh ] || caching=(--disable-build-manifest-caching)
    attempt swift build --package-path "$1" --scratch-path "$scratch" "${caching[@]}"
}
timed() {
    local started elapsed
    started=$(date +%s%N)
    "$@"
    elapsed=$((($(date +%s%N) - started) / 100000000))
    echo "(took $((elapsed / 10)).$((elapsed % 10)) s)"
}
# The lines the build tool plugins print: the findings and their notes (the compiler's own
# diagnostics would look the same, and there are none).
findings() { grep -E "^/.*:[0-9]+:[0-9]+: (error|warning|note): " <<<"$out" || true; }
# Sets the two rules' severities in the copy's configuration, which the build tool plugins read.
configure() {
    python3 - "$checked/.swift-buildtools.json" "$1" "$2" <<'PY'
import json, sys
path, tx, imports = sys.argv[1:]
rules = {"intxcheck": {"rules": {"outer-store-in-tx": tx}}, "importsort": {"rules": {"import-order": imports}}}
json.dump(rules, open(path, "w"), indent=2)
PY
}
# The start of each finding line: file, line, column, severity (filled in) and message.
intxcheck_finding="$checked/Sources/Orders/OrderService.swift:12:17: %s: 'recordAudit()' uses outer store 'store' (OrderService+Audit.swift:6)"
importsort_finding="$checked/Sources/Orders/OrderService.swift:1:1: %s: imports are not grouped and sorted"
# Whether the build printed a line that starts with this finding, with this severity.
shows() {
    local prefix line
    prefix="$(printf "$1" "$2")"
    while IFS= read -r line; do [[ "$line" == "$prefix"* ]] && return 0; done <<<"$out"
    return 1
}

# SwiftPM stops a build at the first command that fails, so each error is seen in a build of its
# own, with the other rule made a warning.
echo "== swift build (build tool plugins): intxcheck's error; building whatever the scratch directory lacked"
configure error warning
timed build "$checked" fresh
findings
[ "$status" -ne 0 ] || fail "the build must fail on intxcheck's error"
shows "$intxcheck_finding" error || fail "the build does not show intxcheck's error at its file and line: $out"

echo "== swift build: importsort's error"
configure warning error
timed build "$checked"
findings
[ "$status" -ne 0 ] || fail "the build must fail on importsort's error"
shows "$importsort_finding" error || fail "the build does not show importsort's error at its file and line: $out"

echo "== swift build: both as warnings"
configure warning warning
timed build "$checked"
findings
[ "$status" -eq 0 ] || fail "warnings alone must not fail the build: $out"
shows "$intxcheck_finding" warning || fail "the build does not show intxcheck's finding as a warning: $out"
shows "$importsort_finding" warning || fail "the build does not show importsort's finding as a warning: $out"

echo "== swift build of the clean twin"
timed build "$clean" fresh
[ "$status" -eq 0 ] || fail "the clean twin must build: $out"
grep -q "intxcheck Ledger" <<<"$out" && grep -q "importsort Ledger" <<<"$out" \
    || fail "the build tool plugins did not run on the clean twin: $out"
[ -z "$(findings)" ] || fail "the clean twin's build shows findings: $out"
echo "(no finding)"

echo "== swift package intxcheck"
# The first command plugin run after the builds of other packages: the build manifest made afresh.
timed attempt "${swiftpm[@]}" --disable-build-manifest-caching intxcheck
echo "$out" | tail -n 4
[ "$status" -ne 0 ] || fail "intxcheck must fail on the transaction bug"
grep -q "^Sources/Orders/OrderService.swift:12:17: error: 'recordAudit()' uses outer store 'store' (OrderService+Audit.swift:6)" <<<"$out" \
    || fail "intxcheck did not report the helper in the other file with a package-relative path"
run intxcheck --target API
[ "$status" -eq 0 ] || fail "intxcheck --target API must pass (the bug is in Orders): $out"
run intxcheck --target Orders --format github
grep -q "^::error file=Sources/Orders/OrderService.swift,line=12,col=17" <<<"$out" || fail "other arguments must reach the tool: $out"

echo "== swift package importsort (check)"
before="$(cat "$work/Sources/Orders/OrderService.swift")"
run importsort
[ "$status" -ne 0 ] || fail "the import check must fail on unsorted imports"
grep -q "^+import Foundation" <<<"$out" || fail "the import check prints no diff: $out"
[ "$before" = "$(cat "$work/Sources/Orders/OrderService.swift")" ] || fail "the import check changed a file"

echo "== swift package --allow-writing-to-package-directory format-source-code"
run --allow-writing-to-package-directory format-source-code --target Orders
[ "$status" -eq 0 ] || fail "format-source-code failed: $out"
[ "$(head -n 2 "$work/Sources/Orders/OrderService.swift")" = $'import Dispatch\nimport Foundation' ] \
    || fail "format-source-code did not sort the imports"
run importsort
[ "$status" -eq 0 ] || fail "the import check must pass after the rewrite: $out"

echo "== swift package apigen-check / apigen"
run apigen-check
[ "$status" -eq 0 ] || fail "the committed docs are up to date, apigen-check must pass: $out"
rm -rf "$work/docs"
run apigen-check
[ "$status" -ne 0 ] || fail "apigen-check must fail when the docs are missing"
run --allow-writing-to-package-directory apigen
[ "$status" -eq 0 ] || fail "apigen failed: $out"
diff -r "$here/docs" "$work/docs" || fail "apigen wrote docs that differ from the committed ones"

echo "plugin-consumer: all plugins behave"
