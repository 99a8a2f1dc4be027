// Size report: raw, gzip -9 and brotli (quality 11) bytes of every file in
// a folder, and the total of what a page downloads (wasm + JS).
//   node scripts/size.mjs dist            the table (run by make dist)
//   node scripts/size.mjs dist --detail   exact bytes too, then, when twiggy
//                                         is installed, the wasm by area and
//                                         its largest items (make size)
// The detail rebuilds the same wasm with its function names kept
// (wasm-bindgen --keep-debug, then wasm-opt with the shipped flags, scripts/wasm-opt.flags, and
// -g) and reads it with twiggy. Sizes there are uncompressed and shallow:
// code inlined into a function counts toward that function.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { sections } from "./wasm-sections.mjs";

const dir = process.argv[2] ?? "dist";
const detail = process.argv.includes("--detail");
const kb = (n) => (n / 1024).toFixed(1).padStart(7) + " KB";
const rows = [];
for (const name of readdirSync(dir).sort()) {
  const bytes = readFileSync(join(dir, name));
  rows.push({
    name,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  });
}
const shipped = rows.filter((r) => /\.(wasm|js)$/.test(r.name));
const total = (key) => shipped.reduce((sum, r) => sum + r[key], 0);
console.log(`${"file".padEnd(22)}${"raw".padStart(10)}${"gzip -9".padStart(10)}${"brotli".padStart(10)}`);
for (const r of rows) console.log(`${r.name.padEnd(22)}${kb(r.raw)}${kb(r.gzip)}${kb(r.brotli)}`);
console.log(`${"wasm + js".padEnd(22)}${kb(total("raw"))}${kb(total("gzip"))}${kb(total("brotli"))}`);
if (!detail) process.exit(0);

console.log(`\nbytes${" ".repeat(17)}${"raw".padStart(10)}${"gzip -9".padStart(10)}${"brotli".padStart(10)}`);
for (const r of shipped) console.log(`${r.name.padEnd(22)}${String(r.raw).padStart(10)}${String(r.gzip).padStart(10)}${String(r.brotli).padStart(10)}`);
console.log(`${"wasm + js".padEnd(22)}${String(total("raw")).padStart(10)}${String(total("gzip")).padStart(10)}${String(total("brotli")).padStart(10)}`);

const has = (tool) => {
  try {
    execFileSync(tool, ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
};
const input = "target/wasm32-unknown-unknown/release/syndicard.wasm";
if (!has("twiggy")) {
  console.log("\n(twiggy is not installed: no attribution; `cargo install twiggy` adds it)");
  process.exit(0);
}
if (!existsSync(input) || !has("wasm-bindgen")) {
  console.log(`\n(no ${input} or no wasm-bindgen: run make dist first)`);
  process.exit(0);
}

const tmp = mkdtempSync(join(tmpdir(), "syndicard-size-"));
try {
  execFileSync("wasm-bindgen", [input, "--target", "web", "--out-dir", tmp, "--out-name", "s", "--no-typescript", "--encode-into", "always", "--keep-debug"]);
  execFileSync("node", ["scripts/short-names.mjs", join(tmp, "s_bg.wasm"), join(tmp, "s.js"), join(tmp, "short.wasm"), join(tmp, "short.js")], { stdio: "ignore" });
  const shipped = readFileSync("scripts/wasm-opt.flags", "utf8").trim().split(/\s+/);
  execFileSync("node_modules/.bin/wasm-opt", [join(tmp, "short.wasm"), ...shipped, "-g", "--strip-dwarf", "--strip-producers", "-o", join(tmp, "named.wasm")]);
  writeFileSync(join(tmp, "named.wasm"), withoutDataCount(readFileSync(join(tmp, "named.wasm"))));
  const csv = execFileSync("twiggy", ["top", "-n", "1000000", "-f", "csv", join(tmp, "named.wasm")], { encoding: "utf8", maxBuffer: 64 << 20 });
  const items = csv
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => {
      const m = line.match(/^("(?:[^"]|"")*"|[^,]*),(\d+),/);
      return { name: m[1].replace(/^"|"$/g, "").replace(/""/g, '"'), size: Number(m[2]) };
    })
    .filter((i) => !/ subsection$|^custom section/.test(i.name));
  const areas = new Map();
  const add = (area, size) => areas.set(area, (areas.get(area) ?? 0) + size);
  for (const { name, size } of items) add(area(name), size);
  const sum = [...areas.values()].reduce((a, b) => a + b, 0);
  console.log(`\nthe wasm by area (twiggy shallow bytes, names kept; ${sum} bytes)`);
  for (const [a, size] of [...areas].sort((x, y) => y[1] - x[1])) {
    console.log(`${String(size).padStart(8)} ${((100 * size) / sum).toFixed(1).padStart(5)}%  ${a}`);
  }
  console.log("\nlargest items");
  for (const { name, size } of items.sort((a, b) => b.size - a.size).slice(0, 25)) {
    console.log(`${String(size).padStart(8)}  ${name.replace(/\[[0-9a-f]{16}\]|::h[0-9a-f]{16}$/g, "").slice(0, 110)}`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

/**
 * The module without its data count section (id 12, a few bytes: the number
 * of data segments, which wasm-opt writes when bulk memory is enabled).
 * twiggy 0.7.0 adds that section twice under one id and panics ("should not
 * parse the same key into multiple items"); nothing else in it is read.
 */
function withoutDataCount(wasm) {
  const kept = [wasm.subarray(0, 8)];
  for (const { id, start, end } of sections(wasm)) if (id !== 12) kept.push(wasm.subarray(start, end));
  return Buffer.concat(kept);
}

/** The area of the crate (or of the module) an item belongs to. */
function area(name) {
  if (/^data(\[\d+\]| segment)/.test(name)) return "data: strings, tables, CSS, panic locations";
  if (/^(import|export|type\[|elem|table|global|memory|"|func\[)/.test(name)) return "module structure: imports, exports, types, tables";
  const crate = name.match(/[a-z_][a-z0-9_]*(?=(\[[0-9a-f]+\])?::)/)?.[0];
  const ours = name.match(/syndicard::([a-z_]+)(?:::([a-z_]+))?/);
  switch (crate) {
    case "syndicard": {
      const [, top, sub] = ours ?? [];
      if (top === "web") return `ours: web::${["widget", "render", "net", "api", "element", "html"].includes(sub) ? sub : "other"} (browser shell)`;
      if (["feed", "anatomy", "sanitize"].includes(top)) return `ours: ${top}`;
      return "ours: view, options, i18n, url, text, markup, unicode";
    }
    case "core":
    case "alloc":
    case "std":
    case "__rustc":
      return "Rust std: core, alloc, std (generics, fmt, panics)";
    case "talc":
    case "allocator_api2":
      return "allocator (talc)";
    case "wasm_bindgen":
    case "wasm_bindgen_futures":
    case "js_sys":
    case "web_sys":
      return "bindings: wasm-bindgen, js-sys, web-sys";
    case "gloo_net":
    case "gloo_utils":
    case "http":
      return "gloo-net (and http)";
    default:
      return "other (closures, shims, unnamed)";
  }
}
