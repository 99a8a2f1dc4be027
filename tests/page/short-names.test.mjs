// dist/ after scripts/short-names.mjs: the wasm's imports and the glue's
// import object still match one to one, every export the glue calls exists,
// no hashed wasm-bindgen name is left, and the script refuses glue it
// cannot rename consistently. (Every other page test also loads this dist:
// a mismatch would fail instantiation and leave the fallback showing.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("../../", import.meta.url);
const wasm = readFileSync(new URL("dist/syndicard_bg.wasm", root));
// The glue as the build writes it before esbuild minifies it into
// dist/syndicard.js (minifying keeps the import object's keys and every
// `wasm.x` property name, and renames nothing the wasm sees); the shipped
// file is checked for hashed names too, below.
const glue = readFileSync(new URL("build/syndicard.stripped.js", root), "utf8");
const shipped = readFileSync(new URL("dist/syndicard.js", root), "utf8");
const module = new WebAssembly.Module(wasm);

test("every wasm import is a key of the glue's import object, and nothing else is", () => {
  const imports = WebAssembly.Module.imports(module);
  assert.ok(imports.length > 100, `imports (${imports.length})`);
  const body = glue.slice(glue.indexOf("function __wbg_get_imports()"), glue.indexOf("\n}\n", glue.indexOf("function __wbg_get_imports()")));
  const keys = [...body.matchAll(/^ {8}([\w$]+): function/gm)].map((m) => m[1]);
  assert.deepEqual(
    imports.filter((i) => i.kind === "function").map((i) => i.name).sort(),
    keys.sort(),
  );
  for (const i of imports) assert.equal(i.module, "./syndicard_bg.js");
});

test("every export the glue calls exists, and public exports keep their names", () => {
  const exports = new Set(WebAssembly.Module.exports(module).map((e) => e.name));
  const called = new Set([...glue.matchAll(/\bwasm\.([\w$]+)/g)].map((m) => m[1]));
  assert.ok(called.size > 10);
  for (const name of called) assert.ok(exports.has(name), `wasm.${name}`);
  for (const name of ["mount", "parse", "start", "memory", "__wbindgen_malloc", "handle_refresh"]) {
    assert.ok(exports.has(name), name);
  }
});

test("no hashed wasm-bindgen name is left in the wasm or the glue", () => {
  const hashed = /(__wbg_\w+|invoke)_{1,2}h?[0-9a-f]{16}\b/;
  assert.doesNotMatch(glue, hashed);
  assert.doesNotMatch(shipped, hashed);
  assert.doesNotMatch(wasm.toString("latin1"), hashed);
});

test("the script fails on glue that does not name an import", () => {
  const dir = mkdtempSync(join(tmpdir(), "short-names-"));
  const bindgen = new URL("build/bindgen/", root);
  const js = readFileSync(new URL("syndicard.js", bindgen), "utf8");
  const first = js.match(/__wbg_\w+_[0-9a-f]{16}/)[0];
  writeFileSync(join(dir, "broken.js"), js.replace(`${first}:`, "renamed_by_hand:"));
  assert.throws(
    () =>
      execFileSync(
        "node",
        [new URL("scripts/short-names.mjs", root).pathname, new URL("syndicard_bg.wasm", bindgen).pathname, join(dir, "broken.js"), join(dir, "o.wasm"), join(dir, "o.js")],
        { stdio: "pipe" },
      ),
    /is not in the glue/,
  );
});
