# china-rok-explainer: build, serve and test. `make help` lists the targets.
#
# Every target that needs a tool first runs .ci/install-tools, which installs
# what is missing at the exact version (and is quick when all is present).

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

# Tools installed by .ci/install-tools: cargo-installed (trunk, wasm-bindgen,
# wasm-bindgen-test-runner) and the npm wasm-opt in .tools/bin.
export PATH := $(CURDIR)/.tools/bin:$(HOME)/.cargo/bin:$(PATH)
export CARGO_TERM_COLOR ?= never

WASM_TARGET := wasm32-unknown-unknown
CHROMEDRIVER ?= /usr/bin/chromedriver
CHROME_BIN ?= /usr/bin/chromium
# axe-core for the e2e accessibility tests (installed by .ci/install-tools e2e).
AXE_JS ?= $(CURDIR)/.tools/axe/node_modules/axe-core/axe.min.js
export CHROMEDRIVER CHROME_BIN AXE_JS

# `make serve RELEASE=false` for a faster debug build while developing.
RELEASE ?= true
PORT ?= 8080

INSTALL := .ci/install-tools

.PHONY: help serve build bench test test-native test-components test-e2e \
        fmt lint clean tools tools-build tools-browser tools-e2e

help: ## list the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-z][a-zA-Z0-9_-]*:.*## / {printf "  make %-16s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

# ---- tools -----------------------------------------------------------------

tools-build:
	@$(INSTALL) build

tools-browser:
	@$(INSTALL) browser

tools-e2e:
	@$(INSTALL) e2e

tools: ## install every tool needed to build and test (skips what is present)
	@$(INSTALL) test

# ---- app -------------------------------------------------------------------

serve: tools-build ## build and serve the app with live reload at http://127.0.0.1:8080/
	@echo
	@echo "  Serving china-rok-explainer at  http://127.0.0.1:$(PORT)/   (Ctrl-C stops)"
	@echo
	trunk serve --release $(RELEASE) --port $(PORT)

build: tools-build ## release build into dist/ (works at / and under any sub-path)
	trunk build --release
	@test -f dist/index.html || { echo "trunk build did not produce dist/index.html" >&2; exit 1; }
	@echo "dist/:" && ls -l dist

bench: tools-build ## release build, then sizes, Lighthouse and click latency (.ci/bench)
	@.ci/bench

# ---- tests -----------------------------------------------------------------

test: tools ## all three test layers: native, components (wasm in Chromium), e2e (browser)
	@.ci/test-layers

test-native: ## layer 1: native `cargo test` (e2e tests show as ignored here)
	@$(INSTALL) rust
	cargo test

test-components: tools-build tools-browser ## layer 2: wasm tests in headless Chromium (wasm-bindgen-test-runner)
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	WASM_BINDGEN_TEST_TIMEOUT=60 \
	cargo test --target $(WASM_TARGET) --no-default-features --features csr --test components

test-e2e: tools-e2e build ## layer 3: end-to-end tests of dist/ in headless Chromium
	@test -f dist/index.html || { echo "ERROR: dist/index.html is missing; the e2e layer tests the release build (make build)" >&2; exit 1; }
	cargo test --test e2e -- --ignored --test-threads=1

# ---- code quality ----------------------------------------------------------

fmt: ## check formatting (cargo fmt --check); `cargo fmt` fixes it
	cargo fmt --all --check

lint: fmt ## fmt check + clippy (native and wasm32), warnings are errors
	@$(INSTALL) rust
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --target $(WASM_TARGET) --no-default-features --features hydrate -- -D warnings
	cargo clippy --lib --tests --target $(WASM_TARGET) --no-default-features --features csr -- -D warnings

clean: ## remove build output (target/, dist/); keeps installed tools
	cargo clean
	rm -rf dist
