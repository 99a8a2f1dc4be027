#!/usr/bin/env bash
# Builds dist/: syndicard.js, syndicard_bg.wasm, syndicard.d.ts, embed.js,
# custom-elements.json, package.json, README.md and the licence files.
#   cargo (release, size-tuned) → wasm-bindgen (--target web) → its JS
#   snippets inlined into the glue (scripts/inline-snippets.mjs) → short
#   import/export names (scripts/short-names.mjs) → wasm-opt -Oz → the glue
#   with its exports made internal and js/bootstrap.js appended
#   (scripts/entry-module.mjs), whole-line comments dropped
#   (scripts/strip-comments.mjs), minified with esbuild (names of locals
#   shortened, unused glue such as initSync dropped; exports, the wasm's
#   import names and property names kept) → the element's manifest and types from
#   js/element.json (scripts/element-meta.mjs) → size report.
set -euo pipefail
cd "$(dirname "$0")/.."

# Sizes and what each flag saves: SIZE.md.
#   --encode-into always   strings go in with TextEncoder.encodeInto only
#                          (every browser the widget runs in has it), no
#                          TextEncoder.encode fallback in the glue.
#   esbuild --minify      the shipped JS, minified (build/syndicard.js is
#                          the readable module before it).
#   wasm-opt (scripts/wasm-opt.flags):
#   --low-memory-unused    lets wasm-opt fold constant offsets into loads
#                          and stores, assuming addresses below 1 KiB are
#                          never used: true of rustc's wasm32 layout (the
#                          stack grows down from STACK_BYTES toward 0; data
#                          and heap lie above it; only a stack within 1 KiB
#                          of STACK_BYTES deep would touch them).
#   -Oz --flatten --rereloop -Oz
#                          control flow rebuilt by the relooper after a
#                          first -Oz, then optimized again: smaller, no
#                          speed change beyond the noise (SIZE.md, size3).

# Each step runs only when its output is missing or older than one of its
# inputs (this script included): with nothing changed, only cargo's own
# check and the size report run. A step that fails removes its outputs.
stale() {
  local out=$1 f
  shift
  [ -e "$out" ] || return 0
  for f in "$@" scripts/build-dist.sh; do
    [ "$f" -nt "$out" ] && return 0
  done
  return 1
}
making=()
trap 'rm -f "${making[@]}"' ERR

# The shadow stack: 128 KiB instead of rustc's 1 MiB (linker flag for the
# widget alone, so no dependency is rebuilt). The deepest use measured is
# about 47 KB (bench/browser/stack.mjs: every hostile vector and nesting
# 5,000 deep, every layout; BENCHMARKS.md). `STACK_BYTES=1048576 make
# dist` builds with rustc's default, for comparison.
STACK_BYTES=${STACK_BYTES:-131072}
cargo rustc --lib --release --target wasm32-unknown-unknown --crate-type cdylib -- \
  -C link-arg=-zstack-size=$STACK_BYTES
mkdir -p build/bindgen dist
making=(build/bindgen/syndicard_bg.wasm build/bindgen/syndicard.js)
if stale build/bindgen/syndicard.js target/wasm32-unknown-unknown/release/syndicard.wasm "$(command -v wasm-bindgen)" js/flatten.js js/builder.js scripts/inline-snippets.mjs; then
wasm-bindgen target/wasm32-unknown-unknown/release/syndicard.wasm \
  --target web --out-dir build/bindgen --out-name syndicard --no-typescript \
  --encode-into always
node scripts/inline-snippets.mjs build/bindgen/syndicard.js
fi
making=(build/short.wasm build/short.js)
if stale build/short.js build/bindgen/syndicard_bg.wasm build/bindgen/syndicard.js scripts/short-names.mjs scripts/wasm-sections.mjs; then
node scripts/short-names.mjs build/bindgen/syndicard_bg.wasm build/bindgen/syndicard.js \
  build/short.wasm build/short.js
fi
making=(dist/syndicard_bg.wasm)
# The optimization flags, one list for this build and make size's named
# copy (scripts/size.mjs).
read -ra WASM_OPT_FLAGS < scripts/wasm-opt.flags
if stale dist/syndicard_bg.wasm build/short.wasm node_modules/.bin/wasm-opt scripts/wasm-opt.flags; then
node_modules/.bin/wasm-opt build/short.wasm "${WASM_OPT_FLAGS[@]}" \
  --strip-debug --strip-producers --strip-target-features \
  -o dist/syndicard_bg.wasm
fi
meta=(js/element.json scripts/element-meta.mjs src/options.rs src/status.rs src/web/styles.css Cargo.toml src/i18n/dates.rs)
making=(build/syndicard.js build/syndicard.stripped.js dist/syndicard.js)
if stale dist/syndicard.js build/short.js js/bootstrap.js scripts/entry-module.mjs scripts/strip-comments.mjs "${meta[@]}"; then
node scripts/entry-module.mjs build/short.js js/bootstrap.js build/syndicard.js
node scripts/strip-comments.mjs build/syndicard.js build/syndicard.stripped.js
node_modules/.bin/esbuild build/syndicard.stripped.js --bundle --minify --format=esm \
  --target=es2022 --log-level=warning --outfile=dist/syndicard.js
fi
making=(dist/embed.js)
if stale dist/embed.js js/embed.js scripts/strip-comments.mjs; then
node scripts/strip-comments.mjs js/embed.js dist/embed.js
fi
making=(dist/syndicard.d.ts)
if stale dist/syndicard.d.ts js/syndicard.d.ts "${meta[@]}"; then
node scripts/element-meta.mjs dts js/syndicard.d.ts > dist/syndicard.d.ts
fi
making=(dist/custom-elements.json)
if stale dist/custom-elements.json "${meta[@]}"; then
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
node scripts/element-meta.mjs manifest "$version" > dist/custom-elements.json
fi
making=(dist/package.json)
if stale dist/package.json scripts/package-json.mjs Cargo.toml; then
node scripts/package-json.mjs > dist/package.json
fi
making=()
cp LICENSE-MIT LICENSE-APACHE dist/
cp docs/package-readme.md dist/README.md
node scripts/size.mjs dist
