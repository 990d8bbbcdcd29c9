#!/usr/bin/env bash
# Checks what `make dist` wrote for this machine's triple: no Swift runtime library among the
# dynamic dependencies, each binary runs from an empty directory with LD_LIBRARY_PATH cleared and
# no Swift on PATH, every --version matches the bundle's info.json, and the checksum file is what
# `swift package compute-checksum` says of the zip. Run by .ci/run (through `make dist-check`).
set -euo pipefail
cd "$(dirname "$0")/../.."
swift=${SWIFT:-swift}
tools=(intxcheck importsort apigen)
bundle=dist/swift-buildtools.artifactbundle
fail() { echo "dist-check: $*" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
info=$work/info.json
empty=$work/empty
mkdir "$empty" "$work/bin"
unzip -p "$bundle.zip" swift-buildtools.artifactbundle/info.json >"$info" || fail "the zip has no info.json"
[ "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["schemaVersion"])' "$info")" = 1.0 ] \
    || fail "info.json schemaVersion is not 1.0"
triple=$("$swift" -print-target-info | sed -n 's/^ *"unversionedTriple": "\(.*\)",*$/\1/p' | head -n 1)

for tool in "${tools[@]}"; do
    # The variant for this machine, as SwiftPM would pick it: the path its triple lists.
    found=$(python3 - "$info" "$tool" "$triple" <<'PY'
import json, sys
path, tool, triple = sys.argv[1:]
artifact = json.load(open(path))["artifacts"][tool]
print(next(v["path"] for v in artifact["variants"] if triple in v["supportedTriples"]), artifact["version"])
PY
) || fail "info.json has no $tool variant for this machine"
    read -r variant version <<<"$found"
    binary=$work/bin/$tool
    unzip -p "$bundle.zip" "swift-buildtools.artifactbundle/$variant" >"$binary"
    chmod +x "$binary"

    if [ "$(uname -s)" != Darwin ]; then
        deps=$(ldd "$binary" 2>&1 || true)
        if grep -E 'libswift|libFoundation|libdispatch|libBlocksRuntime|lib_FoundationICU' <<<"$deps"; then
            fail "$tool links the Swift runtime dynamically"
        fi
        if grep -q 'not found' <<<"$deps"; then
            fail "$tool needs a library that is not installed: $deps"
        fi
    fi
    # From the empty directory, with nothing of Swift's on PATH or LD_LIBRARY_PATH.
    reported=$(cd "$empty" && env -i PATH=/usr/bin:/bin "$binary" --version) || fail "$tool does not run on its own"
    [ "$reported" = "$version" ] || fail "$tool --version says $reported, info.json $version"
    echo "$tool $reported: $variant, no Swift runtime library, runs on its own"
done

[ "$("$swift" package compute-checksum "$bundle.zip")" = "$(cat "$bundle.zip.checksum")" ] \
    || fail "$bundle.zip.checksum does not match the zip"
echo "dist-check: $bundle.zip checksum $(cat "$bundle.zip.checksum")"
