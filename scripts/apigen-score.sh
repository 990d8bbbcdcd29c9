#!/usr/bin/env bash
# Scores apigen on a swag project of the shared corpus (../shared/corpus/apigen, converted into
# .build/corpus/apigen by its convert.py): apigen's OpenAPI document against the project's own
# committed swag output. With --config FILE, apigen runs with that configuration instead of the
# scorer's --no-config (how a migrating project downgrades its own annotation mistakes).
#
#   scripts/apigen-score.sh .build/corpus/apigen/1Panel-dev+1Panel --config migrate.json [--compat]
set -euo pipefail
cd "$(dirname "$0")/.."
project=${1:?usage: scripts/apigen-score.sh PROJECT [--config FILE] [--compat]}
shift
config=""
rest=()
while (($#)); do
    case "$1" in
        --config) config=$(realpath "$2"); shift 2 ;;
        *) rest+=("$1"); shift ;;
    esac
done
binary=$(realpath "${APIGEN_BINARY:-.build/debug/apigen}")
wrapper=$(mktemp)
trap 'rm -f "$wrapper"' EXIT
if [ -n "$config" ]; then
    cat > "$wrapper" <<SCRIPT
#!/bin/sh
for arg; do shift; if [ "\$arg" = "--no-config" ]; then set -- "\$@" --config "$config"; else set -- "\$@" "\$arg"; fi; done
exec "$binary" "\$@"
SCRIPT
else
    printf '#!/bin/sh\nexec "%s" "$@"\n' "$binary" > "$wrapper"
fi
chmod +x "$wrapper"
APIGEN=$wrapper python3 ../shared/corpus/apigen/tools/score.py "$project" ${rest[@]+"${rest[@]}"}
