// Main-thread tasks of the benchmark page by THREAD time (CPU spent on the
// renderer main thread, Chromium trace RunTask tdur), which a loaded
// machine inflates far less than wall time: the 3 longest tasks of each
// of two builds, interleaved.
//   node bench/browser/tasks.mjs REPS CELLS DIR_A DIR_B   (as ab.mjs)
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { start } from "./server.mjs";
import { CHROMIUM_ARGS } from "../../tests/page/browser.mjs";
const reps = Number(process.argv[2] ?? 3);
const cells = (process.argv[3] ?? "rss-20k:3,rss-200k:20").split(",").map((c) => c.split(":"));
const env = await start();
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
const dirs = { main: process.argv[4] ?? "build/ab", early: process.argv[5] ?? "dist" };
let n = 0;
const out = {};
for (let rep = 0; rep < reps; rep++) for (const [feed, limit] of cells) for (const v of rep % 2 ? ["early", "main"] : ["main", "early"]) {
  const ctx = await browser.newContext(); const page = await ctx.newPage();
  await page.route("**/dist/syndicard*", (route) => {
    const f = new URL(route.request().url()).pathname.split("/").pop();
    route.fulfill({ body: readFileSync(`${dirs[v]}/${f}`), contentType: f.endsWith(".wasm") ? "application/wasm" : "text/javascript", headers: { "cache-control": "no-store" } });
  });
  await browser.startTracing(page, { categories: ["toplevel", "devtools.timeline", "disabled-by-default-devtools.timeline"] });
  await page.goto(`${env.origin}/page?widget=syndicard&feed=${feed}&limit=${limit}&run=t${++n}`, { waitUntil: "commit" });
  await page.waitForFunction(() => Boolean(window.__bench?.done), null, { timeout: 60000, polling: 50 });
  await page.waitForTimeout(300);
  const trace = JSON.parse((await browser.stopTracing()).toString());
  const events = trace.traceEvents ?? trace;
  // The renderer main thread: the one with the page's FunctionCall/EvaluateScript events.
  const byThread = new Map();
  for (const e of events) if (e.name === "EvaluateScript" || e.name === "FunctionCall") byThread.set(`${e.pid}:${e.tid}`, (byThread.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const main = [...byThread].sort((a, b) => b[1] - a[1])[0]?.[0];
  const tasks = events.filter((e) => e.ph === "X" && e.name === "RunTask" && `${e.pid}:${e.tid}` === main && e.tdur !== undefined);
  const top = tasks.map((t) => [t.tdur / 1000, t.dur / 1000]).sort((a, b) => b[0] - a[0]).slice(0, 3);
  ((out[`${feed} l${limit}`] ??= {})[v] ??= []).push(top.map(([c, w]) => `${c.toFixed(0)}(${w.toFixed(0)})`).join(","));
  await ctx.close();
}
for (const [k, r] of Object.entries(out)) console.log(`${k}\n  main : ${r.main.join("  ")}\n  early: ${r.early.join("  ")}`);
console.log("each: the 3 longest main-thread tasks, CPU ms (wall ms)");
await browser.close(); await env.close();
