#!/usr/bin/env bash
# Compiles the clients apigen generates for a swag project of the shared corpus (converted into
# .build/corpus/apigen by ../shared/corpus/apigen/tools/convert.py): for the converted tree and,
# when there is one, its --compat twin, apigen writes the OpenAPI document, the TypeScript types and
# the Swift client, then `swiftc -typecheck` and `tsc --strict --noEmit` check them. One line per
# tree; exit 1 if any client fails. With --config FILE apigen runs with that configuration instead
# of --no-config (1Panel needs its annotation mistakes made warnings; see docs/swag-compatibility.md).
#
#   scripts/apigen-clients.sh .build/corpus/apigen/1Panel-dev+1Panel --config migrate.json
set -uo pipefail
cd "$(dirname "$0")/.."
project=${1:?usage: scripts/apigen-clients.sh PROJECT [--config FILE]}
config=(--no-config)
[ "${2:-}" != --config ] || config=(--config "$(realpath "${3:?--config needs a file}")")
apigen=$(realpath "${APIGEN_BINARY:-.build/debug/apigen}")
keys=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("keyStrategy","default"))' "$project/project.json")
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
failed=0
for tree in swift swift-compat; do
    [ -d "$project/$tree" ] || continue
    dir="$out/$tree"
    mkdir -p "$dir"
    if ! "$apigen" "${config[@]}" --key-strategy "$keys" --openapi "$dir/openapi.json" --typescript "$dir/api.ts" \
        --swift "$dir/APIClient.swift" "$project/$tree" >"$dir/apigen.log" 2>&1; then
        echo "$(basename "$project") $tree: apigen failed ($(grep -c ': error:' "$dir/apigen.log") errors), no client"
        failed=1
        continue
    fi
    operations=$(python3 -c 'import json,sys; print(sum(len([m for m in p if m in ("get","put","post","delete","patch","head","options")]) for p in json.load(open(sys.argv[1]))["paths"].values()))' "$dir/openapi.json")
    swiftc -typecheck "$dir/APIClient.swift" >"$dir/swiftc.log" 2>&1
    swift_status=$?
    tsc --strict --noEmit "$dir/api.ts" >"$dir/tsc.log" 2>&1
    ts_status=$?
    echo "$(basename "$project") $tree: $operations operations, $(grep -c ': warning:' "$dir/apigen.log") apigen warnings;" \
        "swiftc -typecheck: $(grep -c 'error:' "$dir/swiftc.log") errors, $(grep -c 'warning:' "$dir/swiftc.log") warnings;" \
        "tsc --strict: $(grep -c 'error TS' "$dir/tsc.log") errors"
    if [ "$swift_status" -ne 0 ] || [ "$ts_status" -ne 0 ]; then
        head -n 20 "$dir/swiftc.log" "$dir/tsc.log"
        failed=1
    fi
done
exit "$failed"
