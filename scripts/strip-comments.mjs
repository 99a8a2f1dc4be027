// Drops whole-line comments from the shipped JS (wasm-bindgen's glue with
// js/bootstrap.js appended): JSDoc copied from the crate's doc comments,
// wasm-bindgen's notes ("// Cast intrinsic for …") and the bootstrap's own
// comments; about 0.8 KB of gzip. The sources keep their comments, and the
// public API is documented in dist/syndicard.d.ts.
//
// Line-based on purpose, so that it cannot touch code: a line is dropped
// only when, trimmed, it starts with `//`, or it belongs to a block that
// opens a line with `/*` and closes with `*/` at the end of a line. That is
// only safe when no string or template literal spans lines, so the script
// first checks that no line ends with a backslash and every line has an
// even number of backticks, and fails otherwise; the result must still
// parse (`node --check`), and only comment lines may have gone.
//   node scripts/strip-comments.mjs in.js out.js
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const [input, output] = process.argv.slice(2);
if (!output) throw new Error("usage: strip-comments.mjs in.js out.js");
const fail = (why) => {
  throw new Error(`strip-comments: ${why}`);
};

const lines = readFileSync(input, "utf8").split("\n");
for (const [i, line] of lines.entries()) {
  if (/\\$/.test(line)) fail(`line ${i + 1} continues a string onto the next line`);
  if ((line.match(/`/g) ?? []).length % 2) fail(`line ${i + 1}: a template literal may span lines`);
}

const kept = [];
let inBlock = false;
let dropped = 0;
for (const [i, line] of lines.entries()) {
  const t = line.trim();
  if (inBlock) {
    dropped++;
    if (t.includes("*/")) {
      if (!t.endsWith("*/")) fail(`line ${i + 1}: code after a block comment`);
      inBlock = false;
    }
    continue;
  }
  if (t.startsWith("//")) {
    dropped++;
    continue;
  }
  if (t.startsWith("/*")) {
    dropped++;
    const close = t.indexOf("*/", 2);
    if (close === -1) inBlock = true;
    else if (close !== t.length - 2) fail(`line ${i + 1}: code after a block comment`);
    continue;
  }
  kept.push(line);
}
if (inBlock) fail("a block comment is not closed");

const text = kept.join("\n");
const dir = mkdtempSync(join(tmpdir(), "strip-comments-"));
writeFileSync(join(dir, "check.mjs"), text);
execFileSync(process.execPath, ["--check", join(dir, "check.mjs")], { stdio: "inherit" });
writeFileSync(output, text);
console.log(`strip-comments: ${dropped} comment lines dropped`);
