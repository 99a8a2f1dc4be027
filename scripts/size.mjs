// Size report: raw, gzip -9 and brotli (quality 11) bytes of every file in
// a folder, and the total of what a page downloads (wasm + JS).
//   node scripts/size.mjs dist
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const dir = process.argv[2] ?? "dist";
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
