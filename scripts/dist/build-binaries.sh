#!/usr/bin/env bash
# Builds the three tools in release mode for this machine and copies them to dist/bin/<triple>/,
# with the version they report. On Linux the Swift runtime and Foundation are linked statically
# (--static-swift-stdlib), so the binaries run where no Swift is installed; SQLite stays the
# system's libsqlite3. On macOS one universal (arm64 + x86_64) binary per tool, against the
# system's Swift runtime. A separate scratch path keeps this build apart from .build.
#
#   scripts/dist/build-binaries.sh          # prints the output directory last
set -euo pipefail
cd "$(dirname "$0")/../.."
swift=${SWIFT:-swift}
scratch=${DIST_SCRATCH:-.build-dist}
tools=(intxcheck importsort apigen)

if [ "$(uname -s)" = Darwin ]; then
    triple=universal-apple-macosx
    flags=(--arch arm64 --arch x86_64)
else
    triple=$("$swift" -print-target-info | sed -n 's/^ *"unversionedTriple": "\(.*\)",*$/\1/p' | head -n 1)
    flags=(--static-swift-stdlib)
fi
[ -n "$triple" ] || { echo "error: could not read the target triple from swift -print-target-info" >&2; exit 2; }

# One product at a time: `swift build` builds only the last --product it is given, and building
# every product would also build the plugins' host copies of the tools, doubling the time.
for tool in "${tools[@]}"; do
    "$swift" build -c release "${flags[@]}" --scratch-path "$scratch" --product "$tool" >&2
done
bindir=$("$swift" build -c release "${flags[@]}" --scratch-path "$scratch" --show-bin-path)

out=dist/bin/$triple
rm -rf "$out"
mkdir -p "$out"
for tool in "${tools[@]}"; do
    install -m 755 "$bindir/$tool" "$out/$tool"
    # Symbols and debug info are most of a static binary (about 125 MB unstripped).
    if [ "$(uname -s)" != Darwin ] && command -v strip >/dev/null 2>&1; then strip "$out/$tool"; fi
done
# Every tool reports BuildTools.version; the bundle's info.json takes it from here.
"$out/intxcheck" --version >"$out/VERSION"
echo "$out"
