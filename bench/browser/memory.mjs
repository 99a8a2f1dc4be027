// Renderer memory as bench/browser/run.mjs counts it (JS heap used after a
// forced GC + wasm linear memory), syndicard only, a few cells.
//   node bench/browser/memory.mjs (after make dist) [reps]
import { chromium } from "playwright-core";
import { start } from "./server.mjs";
import { CHROMIUM_ARGS } from "../../tests/page/browser.mjs";
const reps = Number(process.argv[2] ?? 2);
const env = await start();
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
for (const [feed, limit] of [["rss-20k", 3], ["rss-200k", 20], ["rss-4m", 3], ["rss-4m", 20], ["rss-4m-slow", 3]]) {
  const rows = [];
  for (let rep = 0; rep < reps; rep++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    await page.goto(`${env.origin}/page?widget=syndicard&feed=${feed}&limit=${limit}&run=m${feed}${limit}${rep}`, { waitUntil: "commit" });
    await page.waitForFunction(() => Boolean(window.__bench?.done), null, { timeout: 120000, polling: 50 });
    await page.waitForTimeout(300);
    const p = await page.evaluate(() => ({ wasm: window.__bench.wasmBytes(), first: window.__bench.firstCard, lt: Math.max(0, ...window.__bench.longTasks.map((t) => t.duration)) }));
    await cdp.send("HeapProfiler.collectGarbage");
    const { metrics } = await cdp.send("Performance.getMetrics");
    const heap = metrics.find((m) => m.name === "JSHeapUsedSize").value;
    rows.push(`wasm ${(p.wasm / 1048576).toFixed(2)} + heap ${(heap / 1048576).toFixed(2)} = ${((p.wasm + heap) / 1048576).toFixed(2)} MiB (first ${p.first.toFixed(0)} ms, longest task ${p.lt.toFixed(0)})`);
    await context.close();
  }
  console.log(`${feed} limit ${limit}: ${rows.join(" | ")}`);
}
await browser.close(); await env.close();
