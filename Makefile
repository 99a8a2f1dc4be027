# syndicard: the two commands a fresh machine needs are `make demo` and
# `make test`; `make dist` builds dist/ alone. Each installs what it lacks.
PORT ?= 8080
# The relay (make relay): its port and its upstream allowlist.
RELAY_PORT ?= 8787
RELAY_ALLOW ?=
export CHROMEDRIVER ?= /usr/bin/chromedriver
WASM := --target wasm32-unknown-unknown

.PHONY: demo dist size test test-native test-browser test-page lint setup bench fuzz-smoke clean relay test-relay

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
	$(MAKE) lint test-native test-browser dist test-page test-relay

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
	node --test --test-concurrency=1 tests/relay/

clean:
	rm -rf dist build target/wasm32-unknown-unknown
