// The browser benchmark: syndicard against the plain-JS widget
// (baseline.js) in one Chromium, interleaved, on generated wire feeds.
//   node bench/browser/run.mjs        (make bench-browser; dist/ built first)
//   BENCH_QUICK=1   RSS only, 1x CPU, 3 repetitions: a few minutes
//   BENCH_REPS=N    repetitions (default 5; quick 3)
// Prints a markdown table (also written to build/bench-browser.md) and the
// raw runs as JSON to build/bench-browser.json. Method: BENCHMARKS.md.
import { mkdir, writeFile } from "node:fs/promises";
import { chromium } from "playwright-core";
import { CHUNK, SLOW_MS, feedFor, start } from "./server.mjs";
import { CHROMIUM_ARGS } from "../../tests/page/browser.mjs";

const QUICK = process.env.BENCH_QUICK === "1";
const REPS = Number(process.env.BENCH_REPS ?? (QUICK ? 3 : 5));
const SIZES = ["20k", "200k", "4m", "4m-slow"];
const FORMATS = QUICK ? ["rss"] : ["rss", "atom"];
const LIMITS = [3, 20];
const CPUS = QUICK ? [1] : [1, 4];
const WIDGETS = ["baseline", "syndicard"];
// Targets, as reference lines in the output.
const TARGET = { firstCard: 0.8, physical: 1.5, longTaskMs: 50, memory: 1.2 };

const cells = [];
for (const cpu of CPUS)
  for (const size of SIZES)
    for (const format of FORMATS) for (const limit of LIMITS) cells.push({ size, format, limit, cpu, feed: `${format}-${size}` });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

let runId = 0;
/** One page load of `widget` on `cell`; what the probe, the server and CDP saw. */
async function once(browser, env, widget, cell) {
  const run = `r${++runId}`;
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const problems = [];
    page.on("pageerror", (e) => problems.push(e.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cell.cpu });
    await cdp.send("Performance.enable");
    await page.goto(`${env.origin}/page?widget=${widget}&feed=${cell.feed}&limit=${cell.limit}&run=${run}`, {
      waitUntil: "commit",
    });
    await page.waitForFunction(() => Boolean(window.__bench?.done), null, { timeout: 120_000, polling: 50 });
    // Long tasks are reported after they end; give the last one time.
    await page.waitForTimeout(300);
    const probe = await page.evaluate(() => {
      const b = window.__bench;
      const feed = performance.getEntriesByType("resource").find((e) => e.name.includes("/feed/"));
      return {
        state: b.state,
        firstCard: b.firstCard,
        done: b.done,
        longest: Math.max(0, ...b.longTasks.filter((t) => t.start <= b.done + 300).map((t) => t.duration)),
        wasmBytes: b.wasmBytes(),
        cards: document.querySelector("#widget").shadowRoot?.querySelectorAll("[part~=card]").length ?? 0,
        requestStart: feed ? feed.requestStart || feed.startTime : null,
      };
    });
    await cdp.send("HeapProfiler.collectGarbage");
    const { metrics } = await cdp.send("Performance.getMetrics");
    const heap = metrics.find((m) => m.name === "JSHeapUsedSize").value;
    const served = env.log.get(run);
    let physical = null;
    if (cell.size.endsWith("-slow") && served && probe.requestStart !== null) {
      // When the bytes up to the end of the limit-th release had been sent.
      const { ends } = feedFor(cell.feed);
      const end = ends[Math.min(cell.limit, ends.length) - 1];
      const chunk = served.chunks.find((c) => c.end > end);
      if (chunk) physical = probe.requestStart + (chunk.t - served.received);
    }
    return {
      widget,
      ...cell,
      ...probe,
      bytes: served?.sent ?? null,
      memory: heap + probe.wasmBytes,
      heap,
      physical,
      problems,
    };
  } finally {
    await context.close();
  }
}

const fmtRatio = (xs) => {
  if (!xs.length) return "–";
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  return `${median(xs).toFixed(2)} (${lo.toFixed(2)}–${hi.toFixed(2)})`;
};
const ms = (x) => (x === null || Number.isNaN(x) ? "–" : `${Math.round(x)}`);
const kb = (x) => `${Math.round(x / 1024)}`;
const mark = (ok) => (ok ? " ✓" : " ✗");

function table(runs) {
  const lines = [];
  lines.push(
    `Targets: first card ≤ ${TARGET.firstCard}× the baseline in every cell; on the slow feed ≤ ${TARGET.physical}× the physical limit; ` +
      `longest task ≤ ${TARGET.longTaskMs} ms at 1× CPU; renderer memory ≤ ${TARGET.memory}× the baseline. ` +
      `Ratios are syndicard ÷ baseline per repetition: median (min–max) of ${REPS}; ✓/✗ marks the median against the target.`,
    "",
    "| feed | releases | limit | CPU | first card ratio | first card ms (syn / base) | ready ratio | ready ms (syn / base) | longest task ms (syn / base) | feed KB read (syn / base) | memory ratio | memory MB (syn / base) | first card ÷ physical limit (syn / base) |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
  );
  for (const cell of cells) {
    const pick = (w) => runs.filter((r) => r.widget === w && r.feed === cell.feed && r.limit === cell.limit && r.cpu === cell.cpu);
    const s = pick("syndicard");
    const b = pick("baseline");
    const pairs = s.map((r, i) => [r, b[i]]).filter(([x, y]) => x && y);
    const ratio = (k) => pairs.filter(([x, y]) => x[k] && y[k]).map(([x, y]) => x[k] / y[k]);
    const med = (rs, k) => (rs.length ? median(rs.map((r) => r[k] ?? NaN)) : NaN);
    const fc = ratio("firstCard");
    const mem = ratio("memory");
    const longS = med(s, "longest");
    const slow = cell.size.endsWith("-slow");
    const phys = (rs) => rs.filter((r) => r.physical).map((r) => r.firstCard / r.physical);
    const { bytes, releases } = feedFor(cell.feed);
    lines.push(
      `| ${cell.format.toUpperCase()} ${cell.size.replace("-slow", ", slow")} (${kb(bytes.length)} KB) | ${releases} | ${cell.limit} | ${cell.cpu}× | ` +
        `${fmtRatio(fc)}${fc.length ? mark(median(fc) <= TARGET.firstCard) : ""} | ${ms(med(s, "firstCard"))} / ${ms(med(b, "firstCard"))} | ` +
        `${fmtRatio(ratio("done"))} | ${ms(med(s, "done"))} / ${ms(med(b, "done"))} | ` +
        `${ms(longS)} / ${ms(med(b, "longest"))}${cell.cpu === 1 ? mark(longS <= TARGET.longTaskMs) : ""} | ` +
        `${kb(med(s, "bytes"))} / ${kb(med(b, "bytes"))} | ` +
        `${fmtRatio(mem)}${mem.length ? mark(median(mem) <= TARGET.memory) : ""} | ` +
        `${(med(s, "memory") / 1048576).toFixed(1)} / ${(med(b, "memory") / 1048576).toFixed(1)} | ` +
        (slow
          ? `${fmtRatio(phys(s))}${phys(s).length ? mark(median(phys(s)) <= TARGET.physical) : ""} / ${fmtRatio(phys(b))} |`
          : "– |"),
    );
  }
  return lines.join("\n");
}

const env = await start();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: [
    ...CHROMIUM_ARGS,
    // The generated releases' images and links point at wire.example: fail
    // them at once instead of waiting for DNS.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
  ],
});
const runs = [];
const started = Date.now();
try {
  console.error(
    `bench-browser: ${cells.length} cells × ${WIDGETS.length} widgets × ${REPS} repetitions, ` +
      `Chromium ${browser.version()}, feed chunks ${CHUNK / 1024} KB (slow: one per ${SLOW_MS} ms)`,
  );
  // A discarded warm-up load of each widget (the browser's own first-run costs).
  for (const widget of WIDGETS) await once(browser, env, widget, cells[0]);
  for (let rep = 0; rep < REPS; rep++) {
    for (const cell of cells) {
      // Interleaved, the order alternating per repetition.
      const order = rep % 2 ? [...WIDGETS].reverse() : WIDGETS;
      for (const widget of order) {
        const r = await once(browser, env, widget, cell);
        if (r.state !== "ready" || r.problems.length) {
          throw new Error(`${widget} on ${cell.feed} limit ${cell.limit}: state ${r.state} ${r.problems.join("; ")}`);
        }
        if (r.cards !== Math.min(cell.limit, feedFor(cell.feed).releases)) {
          throw new Error(`${widget} on ${cell.feed}: ${r.cards} cards, limit ${cell.limit}`);
        }
        runs.push(r);
      }
    }
    console.error(`bench-browser: repetition ${rep + 1} of ${REPS} done (${Math.round((Date.now() - started) / 1000)} s)`);
  }
} finally {
  await browser.close();
  await env.close();
}
const out = [
  `Chromium ${browser.version()}, ${REPS} repetitions${QUICK ? " (BENCH_QUICK)" : ""}, ${new Date().toISOString().slice(0, 16)}Z, ` +
    `${Math.round((Date.now() - started) / 1000)} s. Memory: JS heap used after a forced GC (CDP Performance.getMetrics JSHeapUsedSize) + wasm linear memory.`,
  "",
  table(runs),
].join("\n");
console.log(out);
await mkdir("build", { recursive: true });
await writeFile("build/bench-browser.md", out + "\n");
await writeFile("build/bench-browser.json", JSON.stringify(runs, null, 1));
