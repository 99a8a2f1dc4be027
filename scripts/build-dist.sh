#!/usr/bin/env bash
# Builds dist/: syndicard.js, syndicard_bg.wasm, syndicard.d.ts, package.json.
#   cargo (release, size-tuned) → wasm-bindgen (--target web) → its JS
#   snippets inlined into the glue (scripts/inline-snippets.mjs) → short
#   import/export names (scripts/short-names.mjs) → wasm-opt -Oz → the glue
#   with js/bootstrap.js appended, whole-line comments dropped
#   (scripts/strip-comments.mjs) → size report.
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
node scripts/inline-snippets.mjs build/bindgen/syndicard.js
node scripts/short-names.mjs build/bindgen/syndicard_bg.wasm build/bindgen/syndicard.js \
  build/short.wasm build/short.js
node_modules/.bin/wasm-opt build/short.wasm -Oz --converge --low-memory-unused \
  --strip-debug --strip-producers --strip-target-features \
  -o dist/syndicard_bg.wasm
cat build/short.js js/bootstrap.js > build/syndicard.js
node scripts/strip-comments.mjs build/syndicard.js dist/syndicard.js
cp js/syndicard.d.ts dist/syndicard.d.ts
node scripts/package-json.mjs > dist/package.json
node scripts/size.mjs dist
