// Stack high-water mark of dist/ on hostile and deeply nested content:
// mounts inline feeds (every raw-string vector of tests/hostile/mod.rs, and
// nesting 60 / 300 / 5000 deep of seven element kinds, each as an RSS
// item's description and content:encoded, in every layout), waits until
// every widget settled, then scans the wasm
// memory below the stack's top for the lowest byte ever written (linear
// memory starts zeroed, rustc's wasm32 stack grows down from its top).
//   node bench/browser/stack.mjs (after make dist) [stack-top-bytes: STACK_BYTES of the build, default 131072]
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { start } from "./server.mjs";
import { CHROMIUM_ARGS } from "../../tests/page/browser.mjs";
const top = Number(process.argv[2] ?? 131072);
const src = readFileSync(new URL("../../tests/hostile/mod.rs", import.meta.url), "utf8");
const vectors = [...src.matchAll(/r(#+)"([\s\S]*?)"\1/g)].map((m) => m[2]);
const kinds = [["<div><q>", "</q></div>"], ["<ul><li>", "</li></ul>"], ["<blockquote>", "</blockquote>"], ["<table><tr><td>", "</td></tr></table>"], ["<b><i><span>", "</span></i></b>"], ["<svg><g>", "</g></svg>"], ["<math><mrow>", "</mrow></math>"]];
for (const depth of [60, 300, 5000]) for (const [o, c] of kinds) vectors.push(`${o.repeat(depth)}deep${c.repeat(depth)}<p>after</p>`);
const x = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const rss = (items) => `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>t</title><link>http://127.0.0.1:9/</link>${items}</channel></rss>`;
const cards = [];
for (let i = 0; i < vectors.length; i += 5) {
  const chunk = vectors.slice(i, i + 5);
  const body = rss(chunk.map((v, j) => `<item><title>r${i + j}</title><link>http://127.0.0.1:9/releases/hostile.html</link><pubDate>Thu, 05 Jun 2025 10:00:00 GMT</pubDate><description>${x(v)}</description><content:encoded>${x(v)}</content:encoded></item>`).join(""));
  cards.push(`<syndi-card limit="20" layout="${["card", "full", "list", "compact"][(i / 5) % 4]}"><script type="application/rss+xml">${body.replace(/<\/script/gi, "<\\/script")}</script></syndi-card>`);
}
const env = await start();
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
const page = await browser.newPage();
page.on("pageerror", (e) => console.log("pageerror", e.message));
await page.addInitScript(() => {
  const keep = (r) => { const i = r.instance ?? r; for (const v of Object.values(i.exports)) if (v instanceof WebAssembly.Memory) window.__mem = v; return r; };
  for (const f of ["instantiateStreaming", "instantiate"]) { const o = WebAssembly[f]; WebAssembly[f] = function (...a) { return o.apply(this, a).then(keep); }; }
});
await page.route("**/stack-page", (route) => route.fulfill({ contentType: "text/html", body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="/dist/syndicard.js"></script></head><body>${cards.join("\n")}</body></html>` }));
await page.goto(`${env.origin}/stack-page`);
await page.waitForFunction(() => [...document.querySelectorAll("syndi-card")].every((e) => ["ready", "empty", "error"].includes(e.getAttribute("state"))), null, { timeout: 120000 });
console.log(await page.evaluate(() => [...document.querySelectorAll("syndi-card")].filter((e) => e.getAttribute("state") === "error").map((e) => e.getAttribute("error-code") + " " + (e.shadowRoot?.textContent ?? "").slice(0, 120)).join("\n")));
console.log("parse():", await page.evaluate(async () => {
  const m = await import("/dist/syndicard.js");
  const out = [];
  const tries = {
    jsonDeep: '{"version":"https://jsonfeed.org/version/1.1","title":"t","items":[{"id":"1","content_html":"x","_x":' + "[".repeat(20000) + "]".repeat(20000) + "}]}",
    jsonObj: '{"version":"https://jsonfeed.org/version/1.1","title":"t","items":[{"id":"1","_x":' + '{"a":'.repeat(20000) + "1" + "}".repeat(20000) + "}]}",
    xmlDeep: '<rss version="2.0"><channel><title>t</title><item><title>x</title>' + "<a>".repeat(20000) + "</a>".repeat(20000) + "</item></channel></rss>",
    atomDeep: '<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><title>x</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">' + "<div>".repeat(20000) + "</div>".repeat(20000) + "</div></content></entry></feed>",
  };
  for (const [k, v] of Object.entries(tries)) {
    try { const f = m.parse(v); out.push(`${k}: ok ${f.releases?.length ?? f.items?.length ?? "?"}`); } catch (e) { out.push(`${k}: threw ${String(e.message ?? e).slice(0, 80)}`); }
  }
  return out.join("; ");
}));
const r = await page.evaluate((top) => {
  const m = new Uint8Array(window.__mem.buffer);
  let low = top;
  for (let i = 0; i < top; i++) if (m[i] !== 0) { low = i; break; }
  const states = {};
  for (const e of document.querySelectorAll("syndi-card")) states[e.getAttribute("state")] = (states[e.getAttribute("state")] ?? 0) + 1;
  return { used: top - low, low, memory: m.length, states, cards: document.querySelectorAll("syndi-card").length };
}, top);
console.log(`${vectors.length} bodies in ${r.cards} widgets ${JSON.stringify(r.states)}; stack high-water ${r.used} B (lowest byte written at ${r.low}); wasm memory ${(r.memory / 1048576).toFixed(2)} MiB`);
await browser.close(); await env.close();
