#!/usr/bin/env bash
# Builds the example package if needed and serves it on 127.0.0.1:PORT until stopped, with the
# credentials of credentials.env.
set -euo pipefail
cd "$(dirname "$0")"
port=${1:?usage: serve.sh PORT}
swift build --product LiveServer >&2
set -a
. ./credentials.env
set +a
exec .build/debug/LiveServer serve --hostname 127.0.0.1 --port "$port" --log warning
