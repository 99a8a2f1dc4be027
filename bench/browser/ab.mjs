// Interleaved A/B of two builds of the widget on the benchmark pages:
// first card, ready, longest task (wall) and memory, per cell.
//   node bench/browser/ab.mjs REPS CELLS DIR_A DIR_B
// CELLS like "rss-20k:3,rss-200k:20"; each DIR holds a syndicard.js and
// syndicard_bg.wasm (e.g. a copy of main's dist/ in build/ab, and dist/).
// Labels: A is "main", B is "early".
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { start } from "./server.mjs";
import { CHROMIUM_ARGS } from "../../tests/page/browser.mjs";
const reps = Number(process.argv[2] ?? 3);
const cells = (process.argv[3] ?? "rss-20k:3,atom-20k:3,rss-200k:20,rss-4m:3").split(",").map((c) => c.split(":"));
const env = await start();
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
const dirs = { main: process.argv[4] ?? "build/ab", early: process.argv[5] ?? "dist" };
const res = {};
let n = 0;
for (let rep = 0; rep < reps; rep++) for (const [feed, limit] of cells) for (const v of rep % 2 ? ["early", "main"] : ["main", "early"]) {
  const ctx = await browser.newContext(); const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page); await cdp.send("Performance.enable");
  await page.route("**/dist/syndicard*", (route) => {
    const f = new URL(route.request().url()).pathname.split("/").pop();
    route.fulfill({ body: readFileSync(`${dirs[v]}/${f}`), contentType: f.endsWith(".wasm") ? "application/wasm" : "text/javascript", headers: { "cache-control": "no-store" } });
  });
  await page.goto(`${env.origin}/page?widget=syndicard&feed=${feed}&limit=${limit}&run=ab${++n}`, { waitUntil: "commit" });
  await page.waitForFunction(() => Boolean(window.__bench?.done), null, { timeout: 60000, polling: 50 });
  await page.waitForTimeout(300);
  const p = await page.evaluate(() => { const b = window.__bench; return { first: b.firstCard, done: b.done, lt: Math.max(0, ...b.longTasks.filter((t) => t.start <= b.done + 300).map((t) => t.duration)), wasm: b.wasmBytes() }; });
  await cdp.send("HeapProfiler.collectGarbage");
  const heap = (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "JSHeapUsedSize").value;
  const k = `${feed} l${limit}`;
  ((res[k] ??= {})[v] ??= []).push({ ...p, mem: (heap + p.wasm) / 1048576 });
  await ctx.close();
}
const med = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
for (const [k, r] of Object.entries(res)) {
  const f = (v, key, d = 0) => `${med(r[v].map((x) => x[key])).toFixed(d)} [${r[v].map((x) => x[key].toFixed(d)).join(" ")}]`;
  console.log(`${k}: first card main ${f("main", "first")} → early ${f("early", "first")} | ready ${f("main", "done")} → ${f("early", "done")} | longest task ${f("main", "lt")} → ${f("early", "lt")} | memory MiB ${f("main", "mem", 2)} → ${f("early", "mem", 2)}`);
}
await browser.close(); await env.close();
