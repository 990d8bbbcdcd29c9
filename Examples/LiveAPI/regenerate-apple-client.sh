#!/usr/bin/env bash
# Regenerates Sources/AppleClient from docs/openapi.json with Apple's swift-openapi-generator 1.14.3.
# The generated code is committed, so check.sh and CI never build the generator (about 3 minutes on
# two cores); run this after docs/openapi.json changes. The generator builds in a scratch package
# under .build (gitignored).
set -euo pipefail
cd "$(dirname "$0")"
tool=.build/apple-generator
mkdir -p "$tool"
cat > "$tool/Package.swift" <<'PACKAGE'
// swift-tools-version:6.0
import PackageDescription
let package = Package(
    name: "AppleGenerator",
    dependencies: [.package(url: "https://github.com/apple/swift-openapi-generator.git", exact: "1.14.3")],
    targets: []
)
PACKAGE
swift build --package-path "$tool" --product swift-openapi-generator
"$tool/.build/debug/swift-openapi-generator" generate docs/openapi.json \
    --config openapi-generator-config.yaml --output-directory Sources/AppleClient
# check.sh compares this hash with docs/openapi.json's to tell when the code above is stale.
sha256sum docs/openapi.json > Sources/AppleClient/openapi.json.sha256
