#!/usr/bin/env bash
# apigen's outputs held against the running example server: the committed outputs up to date and
# the routes verified, then on a free port the generated Swift client (every operation), Apple's
# swift-openapi-generator client, the TypeScript types with node's fetch, and schemathesis over
# the generated openapi.json. One line per step; the server is stopped however this ends.
#
# apigen comes from the root package: `swift build --product apigen` there (a no-op in CI, which
# has built it already), or $APIGEN when set.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$here"
started=$SECONDS
step() { printf '%-22s %s (%ds)\n' "$1:" "$2" "$((SECONDS - step_started))"; step_started=$SECONDS; }
step_started=$SECONDS

# 1. The committed outputs match the annotations, and the annotations match the registered routes.
if [ -z "${APIGEN:-}" ]; then
    swift build --package-path "$root" --product apigen >/dev/null 2>&1 || swift build --package-path "$root" --product apigen >&2
    APIGEN="$(swift build --package-path "$root" --show-bin-path)/apigen"
fi
"$APIGEN" --check --verify-routes --openapi docs/openapi.json --docs docs/reference --typescript docs/api.ts \
    --swift docs/swift/APIClient.swift Sources/LiveServer
operations=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(sum(len([m for m in p if m in ("get","put","post","delete","patch")]) for p in d["paths"].values()))' docs/openapi.json)
# Apple's client is generated code committed with the hash of the document it came from.
if ! sha256sum --status -c Sources/AppleClient/openapi.json.sha256; then
    echo "error: Sources/AppleClient is stale: docs/openapi.json changed; run Examples/LiveAPI/regenerate-apple-client.sh" >&2
    exit 1
fi
step apigen "--check --verify-routes clean: docs/ up to date, $operations operations match the registered routes; Apple's client matches docs/openapi.json"

# 2. One build: the server, the runner, both generated Swift clients.
mkdir -p .build
swift build >.build/check-build.log 2>&1 || { cat .build/check-build.log >&2; exit 1; }
step build "swift build of LiveServer and LiveRunner (apigen's and swift-openapi-generator's clients compiled)"

# 3. The server on a free port, stopped on every exit.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
log="$here/.build/live-server.log"
SERVE_PREBUILT=1 ./serve.sh "$port" >"$log" 2>&1 &
server=$!
stop() { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; }
trap stop EXIT
# Up to a minute: a loaded CI machine starts a debug Vapor server slowly.
for _ in $(seq 1 300); do
    curl -fsS "$base/health" >/dev/null 2>&1 && break
    kill -0 "$server" 2>/dev/null || { cat "$log" >&2; echo "error: the server did not start" >&2; exit 1; }
    sleep 0.2
done
curl -fsS "$base/health" >/dev/null || { cat "$log" >&2; echo "error: the server does not answer on $base" >&2; exit 1; }
step server "listening on $base"

set -a
. ./credentials.env
set +a

# 4. The Swift clients.
output=$(.build/debug/LiveRunner "$base")
while IFS= read -r line; do step swift "$line"; done <<<"$output"

# 5. The TypeScript types, compiled strictly and run by node against the server.
tsc -p ts/tsconfig.json
output=$(node .build/ts/ts/roundtrip.js "$base")
step typescript "tsc --strict clean; $output"

# 6. schemathesis over the generated document: every check but those listed with a reason.
venv="$here/.build/schemathesis-venv"
if [ ! -x "$venv/bin/schemathesis" ]; then
    python3 -m venv "$venv"
    "$venv/bin/python" -m pip install --quiet "schemathesis==4.32.5"
fi
excluded=$( (grep -v '^#' schemathesis-excluded-checks.txt || true) | cut -d: -f1 | paste -sd, -)
report="$here/.build/schemathesis"
rm -rf "$report"
max_examples=${SCHEMATHESIS_MAX_EXAMPLES:-20}
"$venv/bin/schemathesis" --config-file schemathesis.toml run docs/openapi.json --url "$base" \
    --checks all ${excluded:+--exclude-checks "$excluded"} --max-examples "$max_examples" --seed 1 \
    --report ndjson --report-dir "$report" >"$report.log" 2>&1 || { cat "$report.log" >&2; exit 1; }
summary=$(python3 schemathesis-summary.py "$report"/*.ndjson) || { echo "$summary" >&2; cat "$report.log" >&2; exit 1; }
step schemathesis "$summary; at most $max_examples examples per operation and phase; excluded: ${excluded:-none}"
echo "check.sh: all green in $((SECONDS - started))s"
