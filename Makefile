# Build, test, lint, format, generate and benchmark. `make lint` is the main job.
SWIFT ?= swift
BIN := .build/debug
RELEASE := .build/release
CORPUS := .build/checkouts/swift-syntax .build/checkouts/swift-argument-parser .build/checkouts/OpenAPIKit

.PHONY: build test lint fmt gen gen-check bench clean

build:
	$(SWIFT) build

test:
	$(SWIFT) test

# Paths and outputs come from .swift-buildtools.json, as they would in a project using the tools.
# intxcheck and importsort --check over this repository's own sources.
lint: build
	$(BIN)/intxcheck
	$(BIN)/importsort --check --diff

fmt: build
	$(BIN)/importsort

# Regenerate the committed API reference from the example API in testdata/apigen.
gen: build
	$(BIN)/apigen

# What CI runs to catch a stale committed reference.
gen-check: build
	$(BIN)/apigen --check

# Parse-only floor vs. intxcheck cold/warm vs. importsort --check over real sources (release build).
bench:
	$(SWIFT) build -c release --product toolbench
	@test -d .build/checkouts/swift-syntax || $(SWIFT) package resolve
	$(RELEASE)/toolbench $(CORPUS)

clean:
	$(SWIFT) package clean
