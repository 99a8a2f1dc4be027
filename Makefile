# syndicard: the two commands a fresh machine needs are `make demo` and
# `make test`; `make dist` builds dist/ alone. Each installs what it lacks.
PORT ?= 8080
export CHROMEDRIVER ?= /usr/bin/chromedriver
WASM := --target wasm32-unknown-unknown

.PHONY: demo dist size test test-native test-browser test-page test-engines lint setup bench fuzz-smoke clean

## Build dist/ and serve the demo page on http://127.0.0.1:$(PORT)/
demo: dist
	node scripts/serve.mjs $(PORT)

## Build dist/ (syndicard.js, syndicard_bg.wasm, syndicard.d.ts, package.json)
dist:
	bash scripts/setup.sh build
	bash scripts/build-dist.sh

## Build dist/, then the size report in bytes, the wasm by area and its
## largest items (twiggy, when installed); see SIZE.md
size: dist
	node scripts/size.mjs dist --detail

## Every test: lint, native core, in-browser (wasm-bindgen-test), page-level
test:
	bash scripts/setup.sh browser
	$(MAKE) lint test-native test-browser dist test-page test-engines

lint:
	cargo fmt --all --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets $(WASM) -- -D warnings

test-native:
	cargo test

test-browser:
	cargo test $(WASM) --test 'web_*'

test-page:
	node --test --test-concurrency=1 tests/page/

## The cross-engine page tests (tests/engines/) in Chromium, Firefox and
## WebKit, then each engine's wall time; ENGINES=webkit narrows them
test-engines:
	rm -f test-results/engine-times.jsonl
	node --test --test-concurrency=1 tests/engines/
	node tests/engines/times.mjs

clean:
	rm -rf dist build target/wasm32-unknown-unknown
