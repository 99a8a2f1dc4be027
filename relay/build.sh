#!/usr/bin/env bash
# Builds the relay into build/relay/: the core compiled to wasm
# (syndicard-relay, release) → wasm-bindgen (--target web: the worker
# instantiates the module workerd hands it with initSync) → worker.mjs and
# the workerd config beside it. dist/ (the widget) is not touched.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build -p syndicard-relay --lib --release --target wasm32-unknown-unknown
mkdir -p build/relay
wasm-bindgen target/wasm32-unknown-unknown/release/syndicard_relay.wasm \
  --target web --out-dir build/relay --out-name relay --no-typescript
cp relay/worker.mjs relay/config.capnp build/relay/
printf 'relay: build/relay/relay_bg.wasm %s bytes\n' "$(wc -c < build/relay/relay_bg.wasm)"
