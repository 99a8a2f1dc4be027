// Rendering cost in Chromium: a generated wire feed (scripts/serve.mjs,
// /generated/wire.xml) shown with limit=20 in every layout, several runs,
// interleaved. Per run: time from mount to the first card in the shadow
// root, to `ready`, and the longest task (PerformanceObserver "longtask",
// tasks of 50 ms or more; 0 when none). Prints the median and range.
//   node scripts/bench-render.mjs [runs]      (needs dist/: make dist)
import { blankPage, start } from "../tests/page/browser.mjs";

const runs = Number(process.argv[2] ?? 7);
const LAYOUTS = ["card", "full", "list", "compact"];
const env = await start();
const results = Object.fromEntries(LAYOUTS.map((l) => [l, []]));
try {
  for (let run = 0; run < runs; run++) {
    for (const layout of LAYOUTS) {
      const page = await blankPage(env);
      const r = await page.evaluate(async (layout) => {
        const long = [];
        new PerformanceObserver((l) => long.push(...l.getEntries().map((e) => e.duration))).observe({ type: "longtask" });
        const el = document.createElement("syndi-card");
        el.setAttribute("feed", "/generated/wire.xml?items=44");
        el.setAttribute("limit", "20");
        el.setAttribute("layout", layout);
        const t0 = performance.now();
        let first = 0;
        const seen = new Promise((ok) => {
          // Once the shadow root exists, watch it for the first card.
          const watch = () => {
            if (!el.shadowRoot) return setTimeout(watch, 0);
            const check = () => {
              if (!first && el.shadowRoot.querySelector("article")) ok((first = performance.now() - t0));
            };
            new MutationObserver(check).observe(el.shadowRoot, { childList: true, subtree: true });
            check();
          };
          watch();
        });
        const ready = new Promise((ok) => el.addEventListener("syndicard:ready", () => ok(performance.now() - t0)));
        document.querySelector("#stage").append(el);
        const done = await ready;
        await seen;
        await new Promise((ok) => setTimeout(ok, 100));
        return { first, ready: done, longest: Math.max(0, ...long), tasks: long.map(Math.round).join(" "), cards: el.shadowRoot.querySelectorAll("article").length };
      }, layout);
      if (r.cards !== 20) throw new Error(`${layout}: ${r.cards} cards`);
      results[layout].push(r);
      if (process.env.VERBOSE) console.log(layout, r);
      await page.context().close();
    }
  }
} finally {
  await env.close();
}
const stat = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return `${s[s.length >> 1].toFixed(1)} (${s[0].toFixed(1)}–${s[s.length - 1].toFixed(1)})`;
};
console.log(`| layout | first card, ms | ready, ms | longest task, ms |\n|---|---|---|---|`);
for (const [layout, rs] of Object.entries(results)) {
  console.log(`| ${layout} | ${stat(rs.map((r) => r.first))} | ${stat(rs.map((r) => r.ready))} | ${stat(rs.map((r) => r.longest))} |`);
}
