// scripts/strip-comments.mjs, which drops whole-line comments from the
// shipped JS: it keeps every line of code, refuses input where a comment
// marker could sit inside a multi-line string, and the built
// dist/syndicard.js has no comment line left. (The page tests all load
// that file.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("../../", import.meta.url);
const script = new URL("scripts/strip-comments.mjs", root).pathname;

function strip(source) {
  const dir = mkdtempSync(join(tmpdir(), "strip-test-"));
  writeFileSync(join(dir, "in.js"), source);
  execFileSync(process.execPath, [script, join(dir, "in.js"), join(dir, "out.js")], { stdio: "pipe" });
  return readFileSync(join(dir, "out.js"), "utf8");
}

test("whole-line comments go, code and comment-like text in code stay", () => {
  const source = [
    "/**",
    " * Docs.",
    " * @param {string} a",
    " */",
    "export function f(a) {",
    "    // a note",
    "    const s = '// not a comment'; // trailing comment stays",
    "    const t = `/* nor this */`;",
    "    /* one line */",
    "    return a /* inline */ + s + t",
    "        * 2;",
    "}",
    "/** The version. */",
    "export const v = 1;",
  ].join("\n");
  assert.equal(
    strip(source),
    [
      "export function f(a) {",
      "    const s = '// not a comment'; // trailing comment stays",
      "    const t = `/* nor this */`;",
      "    return a /* inline */ + s + t",
      "        * 2;",
      "}",
      "export const v = 1;",
    ].join("\n"),
  );
});

test("input where a string or template may span lines is refused", () => {
  assert.throws(() => strip("const t = `first\n// inside\n`;\n"), /template literal may span lines/);
  assert.throws(() => strip("const s = 'a\\\n// inside';\n"), /continues a string/);
  assert.throws(() => strip("/* x */ const y = 1;\n"), /code after a block comment/);
  assert.throws(() => strip("/*\n x\n"), /not closed/);
  assert.throws(() => strip("const = ;\n"));
});

test("the shipped JS has no comment line left and still exports the API", () => {
  const js = readFileSync(new URL("dist/syndicard.js", root), "utf8");
  for (const line of js.split("\n")) {
    assert.doesNotMatch(line.trim(), /^(\/\/|\/\*)/, line);
  }
  // esbuild's minified module names its exports in one list, `export{a as mount,…}`.
  const listed = (js.match(/export\s*\{([^}]*)\}/)?.[1] ?? "").split(",").map((e) => e.trim().split(/\s+as\s+/).pop());
  for (const name of ["mount", "parse", "version", "Handle"]) {
    assert.ok(new RegExp(`export (async )?(function|const|class) ${name}\\b`).test(js) || listed.includes(name), name);
  }
});
