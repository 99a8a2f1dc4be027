# syndicard: the two commands a fresh machine needs are `make demo` and
# `make test`; `make dist` builds dist/ alone. Each installs what it lacks.
# `make check` is the inner loop (format, lints, native tests).
PORT ?= 8080
# The relay (make relay): its port and its upstream allowlist.
RELAY_PORT ?= 8787
RELAY_ALLOW ?=
export CHROMEDRIVER ?= /usr/bin/chromedriver
# How long wasm-bindgen-test-runner waits for one test binary's whole run
# (its default, 20 s, is short for a loaded machine). Every in-browser test
# yields to the page between steps, so no single browser call is long; this
# is the budget of a whole file (web_sanitize: about 15 s idle, 80 s at a
# load average of 20 on 2 cores).
export WASM_BINDGEN_TEST_TIMEOUT ?= 300
WASM := --target wasm32-unknown-unknown
# Runs a command that starts browsers so that nothing it started outlives it.
ISOLATED := bash scripts/isolated.sh

.PHONY: demo dist size test check lint test-native test-browser test-page test-engines bench bench-browser fuzz-smoke clean relay test-relay

## Build dist/ and serve the demo page on http://127.0.0.1:$(PORT)/
demo: dist
	node scripts/serve.mjs $(PORT)

## Build dist/ (syndicard.js, syndicard_bg.wasm, syndicard.d.ts, package.json);
## each step reruns only when its inputs changed (scripts/build-dist.sh)
dist:
	bash scripts/setup.sh build
	bash scripts/build-dist.sh

## Build dist/, then the size report in bytes, the wasm by area and its
## largest items (twiggy, when installed); see SIZE.md
size: dist
	node scripts/size.mjs dist --detail

## Every test: lint, native core, in-browser (wasm-bindgen-test), page-level;
## each layer's wall time is printed as it ends (README, Tests)
test:
	bash scripts/setup.sh browser
	@for layer in lint test-native test-browser dist test-page test-engines test-relay; do \
	  start=$$(date +%s); \
	  $(MAKE) --no-print-directory $$layer || exit 1; \
	  echo "make test: $$layer took $$(( $$(date +%s) - start )) s"; \
	done

## The inner loop: format, clippy on both targets, native tests
check: lint test-native

lint:
	cargo fmt --all --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets $(WASM) -- -D warnings

test-native:
	cargo test

test-browser:
	$(ISOLATED) cargo test $(WASM) --test 'web_*'

test-page:
	$(ISOLATED) node --test --test-concurrency=1 tests/page/

## Native parse throughput against feed-rs (BENCHMARKS.md)
bench:
	cargo bench --bench parse

## syndicard against a plain-JS widget in Chromium, interleaved, on
## generated wire feeds (BENCHMARKS.md); BENCH_QUICK=1 for a short run
bench-browser: dist
	$(ISOLATED) node bench/browser/run.mjs

## A short cargo-fuzz run of every target (fuzz/README.md), seeded with the
## fixture feeds; FUZZ_SECONDS per target (default 20)
FUZZ_SECONDS ?= 20
fuzz-smoke:
	@command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
	@for target in parse chunked bytes; do \
	  mkdir -p fuzz/corpus/$$target && cp tests/feeds/*.xml tests/feeds/*.json fuzz/corpus/$$target/ && \
	  (cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run $$target corpus/$$target -- \
	    -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=5) || exit 1; \
	done

## Build the relay (build/relay/) and serve it with workerd on
## 127.0.0.1:$(RELAY_PORT), fetching only the hosts in $(RELAY_ALLOW)
## (comma-separated host or host:port)
relay:
	bash scripts/setup.sh build
	bash relay/build.sh
	RELAY_PORT='$(RELAY_PORT)' RELAY_ALLOW='$(RELAY_ALLOW)' node relay/serve.mjs

## The relay's native tests and lint, then the relay on workerd (endpoints,
## refusals, load) and the widget reading through it (needs dist/)
test-relay:
	bash scripts/setup.sh build
	cargo clippy -p syndicard-relay --all-targets -- -D warnings
	cargo clippy -p syndicard-relay $(WASM) -- -D warnings
	cargo test -p syndicard-relay
	bash relay/build.sh
	$(ISOLATED) node --test --test-concurrency=1 tests/relay/

## The cross-engine page tests (tests/engines/) in Chromium, Firefox and
## WebKit, then each engine's wall time; ENGINES=webkit narrows them
test-engines:
	rm -f test-results/engine-times.jsonl
	$(ISOLATED) node --test --test-concurrency=1 --test-timeout=300000 tests/engines/
	node tests/engines/times.mjs

clean:
	rm -rf dist build target/wasm32-unknown-unknown
