// Shortens the wasm's internal import and export names, in the wasm and in
// wasm-bindgen's glue alike. wasm-bindgen names every import after the JS
// it calls plus a 16-digit hash (`__wbg_appendChild_8f5a…`), and closure
// shims after a hash too; each name is spelled in the wasm's import (or
// export) section and again in the glue, and hashes do not compress: about
// 4.5 KB of gzip across the two files. Renamed here, consistently:
//   - every function import (they come from the glue's own import object,
//     never from the page);
//   - the exported closure shims (`wasm_bindgen__convert__closures_…`),
//     which only the glue calls.
// Public exports (mount, parse, Handle methods, __wbindgen_malloc…) keep
// their names. The new names are `$` and a base-36 number; the glue uses no
// identifier of that form (checked), and each old name must be found in
// the glue and gone afterwards, else the build fails.
//   node scripts/short-names.mjs in.wasm in.js out.wasm out.js
import { readFileSync, writeFileSync } from "node:fs";
import { leb, sections } from "./wasm-sections.mjs";

const [inWasm, inJs, outWasm, outJs] = process.argv.slice(2);
if (!outJs) throw new Error("usage: short-names.mjs in.wasm in.js out.wasm out.js");

const fail = (why) => {
  throw new Error(`short-names: ${why}`);
};

function encodeLeb(value) {
  const out = [];
  do {
    let b = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) b |= 0x80;
    out.push(b);
  } while (value > 0);
  return out;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });
const encoder = new TextEncoder();

/** A name (vec of bytes) at `pos`: [string, next position]. */
function readName(bytes, pos) {
  const [len, start] = leb(bytes, pos);
  return [utf8.decode(bytes.subarray(start, start + len)), start + len];
}

function name(s) {
  const b = encoder.encode(s);
  return [...encodeLeb(b.length), ...b];
}

/** Skips an import description (function, table, memory, global or tag) at `pos`. */
function skipImportDesc(bytes, pos) {
  const kind = bytes[pos++];
  const limits = (p) => {
    const flags = bytes[p++];
    if (flags & ~0x0f) fail(`unknown limits flags ${flags}`);
    [, p] = leb(bytes, p);
    if (flags & 1) [, p] = leb(bytes, p);
    if (flags & 8) [, p] = leb(bytes, p);
    return p;
  };
  switch (kind) {
    case 0: // function: type index
    case 4: // tag: attribute is a byte, then type index
      if (kind === 4) pos++;
      return [kind, leb(bytes, pos)[1]];
    case 1: {
      // table: reference type (one byte for funcref/externref), limits
      const ref = bytes[pos++];
      if (ref !== 0x70 && ref !== 0x6f) fail(`unexpected table reference type ${ref}`);
      return [kind, limits(pos)];
    }
    case 2:
      return [kind, limits(pos)];
    case 3: {
      // global: value type (one byte for numbers and funcref/externref), mutability
      const type = bytes[pos++];
      if (![0x7f, 0x7e, 0x7d, 0x7c, 0x7b, 0x70, 0x6f].includes(type)) fail(`unexpected global type ${type}`);
      return [kind, pos + 1];
    }
    default:
      fail(`unknown import kind ${kind}`);
  }
}

const CLOSURE_SHIM = /^wasm_bindgen__convert__closures_+invoke__h[0-9a-f]{16}$/;

const wasm = readFileSync(inWasm);
let js = readFileSync(inJs, "utf8");
if (/(?<![\w$])\$[0-9a-z]+(?![\w$])/.test(js)) fail("the glue already uses $-names");
if (wasm.readUInt32LE(0) !== 0x6d736100 || wasm.readUInt32LE(4) !== 1) fail("not a wasm module");

const renames = new Map();
const fresh = () => `$${renames.size.toString(36)}`;
const out = [wasm.subarray(0, 8)];
let imports = 0;
let exports = 0;
for (const { id, start: pos, body: start, end } of sections(wasm)) {
  if (id !== 2 && id !== 7) {
    out.push(wasm.subarray(pos, end));
    continue;
  }
  const [count, first] = leb(wasm, start);
  let p = first;
  const body = [...encodeLeb(count)];
  for (let i = 0; i < count; i++) {
    if (id === 2) {
      let module, field;
      [module, p] = readName(wasm, p);
      [field, p] = readName(wasm, p);
      const descStart = p;
      let kind;
      [kind, p] = skipImportDesc(wasm, p);
      let short = field;
      if (kind === 0) {
        if (renames.has(field)) fail(`import ${field} twice`);
        short = fresh();
        renames.set(field, short);
        imports++;
      }
      body.push(...name(module), ...name(short), ...wasm.subarray(descStart, p));
    } else {
      let field;
      [field, p] = readName(wasm, p);
      const descStart = p;
      p = leb(wasm, p + 1)[1];
      let short = field;
      if (CLOSURE_SHIM.test(field)) {
        if (renames.has(field)) fail(`export ${field} is also an import`);
        short = fresh();
        renames.set(field, short);
        exports++;
      }
      body.push(...name(short), ...wasm.subarray(descStart, p));
    }
  }
  if (p !== end) fail(`section ${id} has ${end - p} unread bytes`);
  out.push(Buffer.from([id, ...encodeLeb(body.length), ...body]));
}

const escape = (s) => s.replace(/[$]/g, "\\$");
for (const [old, short] of renames) {
  const re = new RegExp(`(?<![\\w$])${escape(old)}(?![\\w$])`, "g");
  let found = 0;
  js = js.replace(re, () => {
    found++;
    return short;
  });
  if (found === 0) fail(`${old} is not in the glue`);
}
for (const old of renames.keys()) if (js.includes(old)) fail(`${old} is still in the glue`);
if (!imports) fail("no import renamed");

writeFileSync(outWasm, Buffer.concat(out));
writeFileSync(outJs, js);
console.log(`short-names: ${imports} imports and ${exports} closure exports renamed`);
