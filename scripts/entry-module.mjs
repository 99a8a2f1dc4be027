// Builds the ES module entry, dist/syndicard.js before comment stripping:
// wasm-bindgen's glue with its exports made internal but `Handle`, then
// js/bootstrap.js, which exports the rest (mount, parse, init, ready,
// version). The glue's other `export function x` / `export class X` lose
// their `export`, its closing `export { initSync, __wbg_init as default };`
// goes;
// the bootstrap's VERSION (from Cargo.toml), OPTIONS table (from
// js/element.json, checked against src/options.rs) and DATED languages
// (from src/i18n/dates.rs) are filled in. Every
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
// The bootstrap exports its own mount() and parse(), which wait for the
// wasm and call these: renamed at their definition (nothing in the glue
// calls them).
const renames = [
  ["export function mount(", "function wasmMount("],
  ["export function parse(", "function wasmParse("],
];
for (const [from, to] of renames) {
  if (glue.split(from).length !== 2) fail(`expected one ${from} in the glue`);
  glue = glue.replace(from, to);
}
// Handle stays exported (mount() resolves with one); nothing else.
let count = 0;
glue = glue.replace(/^export (function|class|async function) (?!Handle\b)/gm, (_, kind) => {
  count++;
  return `${kind} `;
});
for (const name of ["__syndicardConnected", "__syndicardRefresh"]) {
  if (!new RegExp(`^(async )?function ${name}\\(`, "m").test(glue)) fail(`the glue has no ${name}`);
}
if ((glue.match(/^export\b/gm) ?? []).length !== 1) fail("the glue should export Handle alone");

const cargo = readFileSync(new URL("../Cargo.toml", import.meta.url), "utf8");
const version = cargo.match(/^version = "([^"]+)"/m)?.[1] ?? fail("no version in Cargo.toml");
let bootstrap = readFileSync(bootstrapFile, "utf8");
// The languages whose dates the core writes (src/i18n/dates.rs's bare
// language rows), space-separated.
const dates = readFileSync(new URL("../src/i18n/dates.rs", import.meta.url), "utf8");
const dated = [...(dates.match(/^pub const BARE[^;]*;/m)?.[0] ?? fail("no BARE in dates.rs")).matchAll(/\("([a-z]+)", \d+\)/g)];
if (dated.length === 0) fail("no language in dates.rs's BARE");
const fills = [
  ['"@VERSION@"', JSON.stringify(version)],
  ["/* @OPTIONS@ */ {}", JSON.stringify(optionTable())],
  ['/* @DATED@ */ ""', JSON.stringify(dated.map((m) => m[1]).join(" "))],
];
for (const [mark, value] of fills) {
  if (!bootstrap.includes(mark)) fail(`${mark} not found in ${bootstrapFile}`);
  bootstrap = bootstrap.replace(mark, value);
}
writeFileSync(output, glue + bootstrap);
process.stderr.write(`entry-module: ${count} glue exports made internal\n`);
