// Which code fills the longest busy stretch of the main thread in one widget load.
//   node bench/browser/longtask.mjs [FEED=atom-4m] [LIMIT=20] [syndicard|baseline] [REPS=3]   (dist/ built first)
// Prints each load's long tasks, its three longest busy stretches, and the
// functions (self time, and the outermost two frames) of the longest one.
import { chromium } from "playwright-core";
import { start } from "./server.mjs";
import { CHROMIUM_ARGS } from "../../tests/page/browser.mjs";
const env = await start();
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
const [feed = "atom-4m", limit = "20", widget = "syndicard", reps = "3"] = process.argv.slice(2);
for (let rep = 0; rep < Number(reps); rep++) {
  const ctx = await browser.newContext(); const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send("Profiler.enable"); await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp.send("Profiler.start");
  await page.goto(`${env.origin}/page?widget=${widget}&feed=${feed}&limit=${limit}&run=lt${rep}${Date.now()}`, { waitUntil: "commit" });
  await page.waitForFunction(() => Boolean(window.__bench?.done), null, { timeout: 60000 });
  await page.waitForTimeout(300);
  const lts = await page.evaluate(() => window.__bench.longTasks.map((t) => `${t.start.toFixed(0)}+${t.duration.toFixed(0)}`).join(" "));
  const { profile } = await cdp.send("Profiler.stop");
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n) => `${n.callFrame.functionName || "(anon)"}${n.callFrame.url ? "@" + n.callFrame.url.split("/").pop() : ""}`;
  const idle = (id) => ["(idle)", "(program)", "(garbage collector)"].includes(byId.get(id).callFrame.functionName) && byId.get(id).callFrame.functionName !== "(garbage collector)";
  // busy runs
  let t = profile.startTime, runs = [], cur = null;
  profile.samples.forEach((id, i) => { t += profile.timeDeltas[i]; const busy = !idle(id); if (busy) { if (!cur) cur = { start: t, end: t, ids: [] }; cur.end = t; cur.ids.push([id, profile.timeDeltas[i + 1] ?? 0]); } else if (cur) { runs.push(cur); cur = null; } });
  if (cur) runs.push(cur);
  runs.sort((a, b) => (b.end - b.start) - (a.end - a.start));
  console.log(`${widget} ${feed} limit ${limit}: long tasks ${lts || "none"}; longest busy runs: ${runs.slice(0, 3).map((r) => ((r.end - r.start) / 1000).toFixed(0) + " ms").join(", ")}`);
  const r = runs[0]; const self = new Map(), root = new Map();
  for (const [id, us] of r.ids) {
    const n = byId.get(id); self.set(name(n), (self.get(name(n)) ?? 0) + us);
    // outermost JS/wasm frame under (root)
    let x = id, chain = []; while (x) { chain.push(byId.get(x)); x = parent.get(x); }
    const top = chain.filter((m) => m.callFrame.functionName !== "(root)").slice(-2).map(name).join(" > ");
    root.set(top, (root.get(top) ?? 0) + us);
  }
  const fmt = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, us]) => `${(us / 1000).toFixed(1)} ${k}`).join(" | ");
  console.log("  self:", fmt(self)); console.log("  entry:", fmt(root));
  await ctx.close();
}
await browser.close(); await env.close();
