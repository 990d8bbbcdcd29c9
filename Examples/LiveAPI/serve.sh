#!/usr/bin/env bash
# Builds the example package if needed and serves it on 127.0.0.1:PORT until stopped, with the
# credentials of credentials.env. SERVE_PREBUILT=1 skips the build (check.sh has just built it:
# a no-op swift build still takes up to a minute on a loaded machine).
set -euo pipefail
cd "$(dirname "$0")"
port=${1:?usage: serve.sh PORT}
[ "${SERVE_PREBUILT:-}" = 1 ] || swift build --product LiveServer >&2
set -a
. ./credentials.env
set +a
exec .build/debug/LiveServer serve --hostname 127.0.0.1 --port "$port" --log warning
