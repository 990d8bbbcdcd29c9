# Build, test, lint, format, generate and benchmark. `make lint` is the main job.
SWIFT ?= swift
BIN := .build/debug
RELEASE := .build/release
CORPUS := .build/checkouts/swift-syntax .build/checkouts/swift-argument-parser .build/checkouts/OpenAPIKit
PREFIX ?= /usr/local

.PHONY: build test lint fmt gen gen-check bench dist dist-binaries dist-check install clean

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

# Prebuilt tools (scripts/dist): static release binaries for this machine in dist/bin/<triple>/
# (scratch path .build-dist), then the artifact bundle, its checksum and a tar.gz per triple.
dist-binaries:
	SWIFT=$(SWIFT) scripts/dist/build-binaries.sh

dist: dist-binaries
	SWIFT=$(SWIFT) scripts/dist/bundle.sh

# No Swift runtime library linked, runs on its own, --version matches info.json, checksum matches.
dist-check: dist
	SWIFT=$(SWIFT) scripts/dist/check.sh

# The static binaries into $(DESTDIR)$(PREFIX)/bin, for the pre-commit `-system` hooks and CI.
install:
	dir=$$(SWIFT=$(SWIFT) scripts/dist/build-binaries.sh) && \
		install -d $(DESTDIR)$(PREFIX)/bin && \
		install -m 755 "$$dir/intxcheck" "$$dir/importsort" "$$dir/apigen" $(DESTDIR)$(PREFIX)/bin/

clean:
	$(SWIFT) package clean
