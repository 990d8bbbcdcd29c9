# Build, test, lint, format, generate and benchmark. `make lint` is the main job.
SWIFT ?= swift
BIN := .build/debug
RELEASE := .build/release
LINT_PATHS := Sources Tests Package.swift
CORPUS := .build/checkouts/swift-syntax .build/checkouts/swift-argument-parser .build/checkouts/OpenAPIKit
API_OUT := docs/reference/api

.PHONY: build test lint fmt gen gen-check bench clean

build:
	$(SWIFT) build

test:
	$(SWIFT) test

# intxcheck and importsort --check over this repository's own sources.
lint: build
	$(BIN)/intxcheck $(LINT_PATHS)
	$(BIN)/importsort --check --diff $(LINT_PATHS)

fmt: build
	$(BIN)/importsort $(LINT_PATHS)

# Regenerate the committed API reference from the example API in testdata/apigen.
gen: build
	$(BIN)/apigen --openapi $(API_OUT)/openapi.json --docs $(API_OUT) \
		--typescript $(API_OUT)/sdk/api.ts --swift $(API_OUT)/sdk/APIClient.swift testdata/apigen/example

# What CI runs to catch a stale committed reference.
gen-check: build
	$(BIN)/apigen --check --openapi $(API_OUT)/openapi.json --docs $(API_OUT) \
		--typescript $(API_OUT)/sdk/api.ts --swift $(API_OUT)/sdk/APIClient.swift testdata/apigen/example

# Parse-only floor vs. intxcheck cold/warm vs. importsort --check over real sources (release build).
bench:
	$(SWIFT) build -c release --product toolbench
	@test -d .build/checkouts/swift-syntax || $(SWIFT) package resolve
	$(RELEASE)/toolbench $(CORPUS)

clean:
	$(SWIFT) package clean
