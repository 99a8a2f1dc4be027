// Builds the ES module entry, dist/syndicard.js before comment stripping:
// wasm-bindgen's glue with its exports made internal, then js/bootstrap.js,
// which is the only one to export (mount, parse, init, ready, version,
// Handle). The glue's `export function x` / `export class X` lose their
// `export`, its closing `export { initSync, __wbg_init as default };` goes;
// the bootstrap's VERSION (from Cargo.toml) and OPTIONS table (from
// js/element.json, checked against src/options.rs) are filled in. Every
// pattern must be found, else the build fails.
//   node scripts/entry-module.mjs glue.js bootstrap.js out.js
import { readFileSync, writeFileSync } from "node:fs";
import { optionTable } from "./element-meta.mjs";

const [glueFile, bootstrapFile, output] = process.argv.slice(2);
if (!output) throw new Error("usage: entry-module.mjs glue.js bootstrap.js out.js");
const fail = (why) => {
  throw new Error(`entry-module: ${why}`);
};

let glue = readFileSync(glueFile, "utf8");
const closing = /^export \{ initSync, __wbg_init as default \};\n?/m;
if (!closing.test(glue)) fail("the glue's closing export list was not found");
glue = glue.replace(closing, "");
let count = 0;
glue = glue.replace(/^export (function|class|async function) /gm, (_, kind) => {
  count++;
  return `${kind} `;
});
for (const name of ["__syndicardMount", "__syndicardParse", "__syndicardConnected", "__syndicardRefresh"]) {
  if (!new RegExp(`^(async )?function ${name}\\(`, "m").test(glue)) fail(`the glue has no ${name}`);
}
if (/^export\b/m.test(glue)) fail("the glue still exports something");

const cargo = readFileSync(new URL("../Cargo.toml", import.meta.url), "utf8");
const version = cargo.match(/^version = "([^"]+)"/m)?.[1] ?? fail("no version in Cargo.toml");
let bootstrap = readFileSync(bootstrapFile, "utf8");
const fills = [
  ['"@VERSION@"', JSON.stringify(version)],
  ["/* @OPTIONS@ */ {}", JSON.stringify(optionTable())],
];
for (const [mark, value] of fills) {
  if (!bootstrap.includes(mark)) fail(`${mark} not found in ${bootstrapFile}`);
  bootstrap = bootstrap.replace(mark, value);
}
writeFileSync(output, glue + bootstrap);
process.stderr.write(`entry-module: ${count} glue exports made internal\n`);
