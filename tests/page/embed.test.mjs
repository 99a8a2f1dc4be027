// The classic-script embed (dist/embed.js), as a CMS "custom HTML" block
// pastes it: www/embed.html has no module script of its own, and embed.js
// four times (head, body before and after the elements, once without
// async). The module and the wasm must load once, every element render.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { transform } from "esbuild";
import { newPage, settled, start } from "./browser.mjs";

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

test("embed.js is a classic script (no import/export statements)", async () => {
  const source = readFileSync(new URL("../../dist/embed.js", import.meta.url), "utf8");
  // As a classic script it must parse without module syntax: esbuild's
  // iife output rejects `export` and top-level `await`, and a static import
  // would be kept as an import statement.
  const { code } = await transform(source, { format: "iife", loader: "js" });
  assert.doesNotMatch(code, /^\s*import\s/m);
  assert.doesNotMatch(source, /^\s*(export|import)\s/m);
  assert.ok(source.length < 2048, `small: ${source.length} bytes`);
});

test("<script async src=embed.js> anywhere, four times: the module and the wasm load once, every element renders", async () => {
  const page = await newPage(env.browser);
  const requested = [];
  page.on("request", (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(`${env.origin}/embed.html`);
  await settled(page, "#element, #data");
  assert.equal(await page.getAttribute("#element", "state"), "ready");
  assert.equal(await page.getAttribute("#data", "state"), "ready");
  assert.equal(await page.$eval("#element", (el) => el.shadowRoot.querySelectorAll("[part~=card]").length), 2);
  const count = (path) => requested.filter((p) => p === path).length;
  assert.equal(count("/dist/syndicard.js"), 1, requested.join("\n"));
  assert.equal(count("/dist/syndicard_bg.wasm"), 1, requested.join("\n"));
  assert.equal(await page.evaluate(() => document.querySelectorAll('link[rel=preload][href$="syndicard_bg.wasm"]').length), 1);
  // An element added later is mounted too.
  await page.evaluate(() => {
    const el = document.createElement("syndi-card");
    el.id = "late";
    el.setAttribute("feed", "feeds/wire-en.atom");
    document.querySelector("#stage").append(el);
  });
  await settled(page, "#late");
  assert.equal(await page.getAttribute("#late", "state"), "ready");
  assert.deepEqual(page.problems, []);
});
