#!/usr/bin/env bash
# Runs every command plugin of swift-buildtools on a copy of this consumer package and checks what
# each one does: findings fail the command, the check modes change nothing, the rewriting modes
# change what they should. The fixture itself is never modified. Run by .ci/run, on this package
# and, as `run-plugins.sh binary`, on dist/plugins (the same plugins running the prebuilt tools).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -R "$here/." "$work/"
rm -f "$work/run-plugins.sh"
if [ "${1:-}" = binary ]; then
    # The binary plugin package (`make dist` first): the tools come from the artifact bundle, and a
    # cold scratch directory each run shows what a consumer's first run costs.
    sed -i.orig "s|.package(name: \"swift-buildtools\", path: \"../..\")|.package(name: \"swift-buildtools-plugins\", path: \"$repo/dist/plugins\")|" "$work/Package.swift"
    scratch="$work/.build"
else
    sed -i.orig "s|path: \"../..\"|path: \"$repo\"|" "$work/Package.swift"
    # Builds of the tools the plugins run are kept between runs, apart from the main build.
    scratch="$repo/.build/plugin-consumer"
fi
rm -f "$work/Package.swift.orig"
swiftpm=(swift package --package-path "$work" --scratch-path "$scratch")

fail() { echo "plugin-consumer: $*" >&2; exit 1; }
# Runs a plugin, keeping its combined output in $out and its exit status in $status. SwiftPM 6.3
# itself sometimes crashes (signal 11 in its dispatch event loop) while it reports a plugin's
# failure, and the plugin's output is lost with it: such a run is made once more, and said so.
run() {
    set +e
    out="$("${swiftpm[@]}" "$@" 2>&1)"
    status=$?
    if grep -q "Program crashed" <<<"$out"; then
        echo "(swift package $1 crashed in SwiftPM itself; running it again)"
        out="$("${swiftpm[@]}" "$@" 2>&1)"
        status=$?
    fi
    set -e
}

echo "== swift package intxcheck"
started=$(date +%s%N)
run intxcheck
elapsed=$((($(date +%s%N) - started) / 100000000))
echo "(took $((elapsed / 10)).$((elapsed % 10)) s, building whatever the scratch directory lacked)"
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
