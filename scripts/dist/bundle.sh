#!/usr/bin/env bash
# Assembles the SwiftPM artifact bundle from every dist/bin/<triple>/ present (one variant per
# triple: x86_64 and aarch64 Linux, universal-apple-macosx for both Mac architectures), zips it,
# writes its checksum with `swift package compute-checksum`, and packs each triple's binaries
# into a plain tar.gz. A release job downloads the other platforms' dist/bin/<triple>/ first.
#
#   dist/swift-buildtools.artifactbundle.zip
#   dist/swift-buildtools.artifactbundle.zip.checksum
#   dist/swift-buildtools-<triple>.tar.gz
set -euo pipefail
cd "$(dirname "$0")/../.."
swift=${SWIFT:-swift}
tools=(intxcheck importsort apigen)
name=swift-buildtools.artifactbundle

triples=()
for dir in dist/bin/*/; do
    [ -f "$dir/VERSION" ] && triples+=("$(basename "$dir")")
done
((${#triples[@]})) || { echo "error: no dist/bin/<triple>/ built; run scripts/dist/build-binaries.sh" >&2; exit 2; }

version=$(cat "dist/bin/${triples[0]}/VERSION")
for triple in "${triples[@]}"; do
    [ "$(cat "dist/bin/$triple/VERSION")" = "$version" ] \
        || { echo "error: dist/bin/$triple reports $(cat "dist/bin/$triple/VERSION"), dist/bin/${triples[0]} $version" >&2; exit 2; }
done

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
bundle=$stage/$name
mkdir -p "$bundle"
# Layout: <tool>/<triple>/<tool>, one artifact per tool, one variant per triple.
for tool in "${tools[@]}"; do
    for triple in "${triples[@]}"; do
        mkdir -p "$bundle/$tool/$triple"
        install -m 755 "dist/bin/$triple/$tool" "$bundle/$tool/$triple/$tool"
    done
done
python3 - "$bundle/info.json" "$version" "${triples[@]}" <<'PY'
import json, sys
path, version, triples = sys.argv[1], sys.argv[2], sys.argv[3:]
# The universal macOS binary serves both Mac architectures.
supported = {"universal-apple-macosx": ["arm64-apple-macosx", "x86_64-apple-macosx"]}
info = {
    "schemaVersion": "1.0",
    "artifacts": {
        tool: {
            "type": "executable",
            "version": version,
            "variants": [
                {"path": f"{tool}/{triple}/{tool}", "supportedTriples": supported.get(triple, [triple])}
                for triple in sorted(triples)
            ],
        }
        for tool in ("intxcheck", "importsort", "apigen")
    },
}
with open(path, "w") as f:
    json.dump(info, f, indent=2, sort_keys=True)
    f.write("\n")
PY

rm -rf "dist/$name" "dist/$name.zip"
cp -R "$bundle" "dist/$name"
# -X: no extra file attributes (uid/gid), only what unzip needs: paths, modes, times.
(cd "$stage" && zip -q -r -X "$OLDPWD/dist/$name.zip" "$name")
"$swift" package compute-checksum "dist/$name.zip" >"dist/$name.zip.checksum"

for triple in "${triples[@]}"; do
    tar -C "dist/bin/$triple" -czf "dist/swift-buildtools-$triple.tar.gz" "${tools[@]}"
done
echo "dist/$name.zip $(cat "dist/$name.zip.checksum")"
