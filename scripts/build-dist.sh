#!/usr/bin/env bash
# Builds dist/: syndicard.js, syndicard_bg.wasm, syndicard.d.ts, embed.js,
# custom-elements.json, package.json, README.md and the licence files.
#   cargo (release, size-tuned) → wasm-bindgen (--target web) → short
#   import/export names (scripts/short-names.mjs) → wasm-opt -Oz → the glue
#   with its exports made internal and js/bootstrap.js appended
#   (scripts/entry-module.mjs), whole-line comments dropped
#   (scripts/strip-comments.mjs) → the element's manifest and types from
#   js/element.json (scripts/element-meta.mjs) → size report.
set -euo pipefail
cd "$(dirname "$0")/.."

# Sizes and what each flag saves: SIZE.md.
#   --encode-into always   strings go in with TextEncoder.encodeInto only
#                          (every browser the widget runs in has it), no
#                          TextEncoder.encode fallback in the glue.
#   --low-memory-unused    lets wasm-opt fold constant offsets into loads
#                          and stores, assuming addresses below 1 KiB are
#                          never used: true of rustc's wasm32 layout (the
#                          1 MiB stack grows down from 1 MiB toward 0; data
#                          and heap lie above it).

cargo build --lib --release --target wasm32-unknown-unknown
rm -rf build/bindgen build/short.wasm build/short.js build/syndicard.js dist
mkdir -p build/bindgen dist
wasm-bindgen target/wasm32-unknown-unknown/release/syndicard.wasm \
  --target web --out-dir build/bindgen --out-name syndicard --no-typescript \
  --encode-into always
node scripts/short-names.mjs build/bindgen/syndicard_bg.wasm build/bindgen/syndicard.js \
  build/short.wasm build/short.js
node_modules/.bin/wasm-opt build/short.wasm -Oz --converge --low-memory-unused \
  --strip-debug --strip-producers --strip-target-features \
  -o dist/syndicard_bg.wasm
node scripts/entry-module.mjs build/short.js js/bootstrap.js build/syndicard.js
node scripts/strip-comments.mjs build/syndicard.js dist/syndicard.js
node scripts/strip-comments.mjs js/embed.js dist/embed.js
node scripts/element-meta.mjs dts js/syndicard.d.ts > dist/syndicard.d.ts
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
node scripts/element-meta.mjs manifest "$version" > dist/custom-elements.json
node scripts/package-json.mjs > dist/package.json
cp LICENSE-MIT LICENSE-APACHE dist/
cp docs/package-readme.md dist/README.md
node scripts/size.mjs dist
