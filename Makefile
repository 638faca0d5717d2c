# sitegen: the two commands a fresh machine needs are `make site` and `make test`.
SWIFT ?= swift
SITEGEN_RELEASE := .build/release/sitegen
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?=

SITE_BASE_URL ?=

.PHONY: site test e2e lint build release deps bench fuzz dist dist-check clean

## Install what the build needs (libcmark-dev) when pkg-config cannot find it.
deps:
	@if ! pkg-config --exists libcmark 2>/dev/null; then \
		echo "Installing libcmark-dev and pkg-config with apt-get"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq libcmark-dev pkg-config; \
	fi

## Build the example site in content/ into output/ (SITE_BASE_URL=... overrides base_url).
site: deps
	$(SWIFT) build -c release --product sitegen
	$(SITEGEN_RELEASE) build --strict $(if $(SITE_BASE_URL),--base-url "$(SITE_BASE_URL)")

## Run the whole test suite.
test: deps
	$(SWIFT) build --product sitegen
	$(SWIFT) test

## Real-browser tests of `sitegen serve` (headless Chromium; installs it and selenium).
e2e: deps
	$(SWIFT) build --product sitegen
	e2e/run.sh

## Check formatting and doc comments with the toolchain's swift-format (.swift-format), and
## the GitHub workflows against GitHub's schema and with shellcheck.
lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests fuzz/Package.swift fuzz/Sources
	tools/lint-workflows.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product sitegen

## Benchmark sitegen against Hugo and the cmark floor (never part of `make test`).
bench: deps
	bench/run.sh

## Coverage-guided fuzzing with libFuzzer and AddressSanitizer (never part of `make test`):
## every target for FUZZ_SECONDS (default 60) each; see fuzz/run.sh.
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_TARGETS="$(FUZZ_TARGETS)" fuzz/run.sh

## The release archive dist/sitegen-<version>-linux-<arch>.tar.gz: Swift runtime and
## libcmark linked in, so CI can download sitegen instead of compiling it.
dist: deps
	SWIFT=$(SWIFT) tools/dist.sh

## Build the example site with the packed binary in a clean environment (Swift hidden).
dist-check: dist
	tools/dist-check.sh

clean:
	rm -rf .build output dist
