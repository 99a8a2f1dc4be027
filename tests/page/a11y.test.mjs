// Accessibility: an axe-core audit (node_modules/axe-core, injected into the
// page) of every layout, English (left to right) and Arabic (right to
// left), in the light and dark themes, chosen by the `theme` option and by
// `theme="auto"` under an emulated prefers-color-scheme; axe reads into the
// open shadow roots. Also: the structure (article, heading level, time,
// link names) and a visible keyboard focus ring.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { demoPage, newPage, settled, start } from "./browser.mjs";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
let env;

before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

/** Opens the layouts page in `theme` under `colorScheme` and waits for every embed. */
async function layoutsPage(theme, colorScheme) {
  const page = await newPage(env.browser, { colorScheme, viewport: { width: 1024, height: 900 } });
  await page.goto(`${env.origin}/layouts.html?theme=${theme}`);
  await settled(page, "syndi-card");
  // Lazy images in view, so contrast is checked against what a reader sees.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 1024, height });
  return page;
}

/** Runs axe over `context` (default: the whole document). */
async function audit(page, context) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(
    ([tags, context]) => axe.run(context ?? document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations", "passes"] }),
    [TAGS, context],
  );
}

const describe = (violations) =>
  violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => JSON.stringify(n.target)).join("\n    ")}`).join("\n");

for (const [theme, colorScheme] of [
  ["light", "light"],
  ["dark", "light"],
  ["auto", "light"],
  ["auto", "dark"],
  ["light", "dark"],
]) {
  test(`axe: no violations, every layout, LTR and RTL, theme=${theme} under prefers-color-scheme: ${colorScheme}`, async () => {
    const page = await layoutsPage(theme, colorScheme);
    // The theme really is the one asked for.
    const dark = theme === "dark" || (theme === "auto" && colorScheme === "dark");
    const bg = await page.$eval("#card-en", (el) => getComputedStyle(el.shadowRoot.querySelector("article")).backgroundColor);
    assert.equal(bg, dark ? "rgb(22, 27, 34)" : "rgb(255, 255, 255)", "card background");

    const result = await audit(page);
    assert.equal(result.violations.length, 0, describe(result.violations));
    // axe looked inside the shadow roots: contrast passed on card text.
    const contrast = result.passes.find((p) => p.id === "color-contrast");
    const inShadow = contrast.nodes.filter((n) => Array.isArray(n.target[0]));
    for (const part of ["link", "dateline", "date", "lede", "read-more", "sector", "disclaimer"]) {
      assert.ok(
        inShadow.some((n) => n.html.includes(`part="${part}"`)),
        `color-contrast checked part ${part} inside the shadow roots`,
      );
    }
    assert.ok(result.passes.length > 20, `${result.passes.length} rules passed`);
    assert.deepEqual(page.problems.filter((p) => !p.includes("404")), []);
  });
}

test("axe: the demo page's three embeds (full, card ×3, mount()) have no violations", async () => {
  const page = await demoPage(env);
  const result = await audit(page, { include: [["#release-id"], ["#tech-list"], ["#health-card"]] });
  assert.equal(result.violations.length, 0, describe(result.violations));
});

test("structure: an article per release with lang and dir, a heading at heading-level, time datetime, links that make sense alone", async () => {
  const page = await newPage(env.browser);
  await page.goto(`${env.origin}/blank.html`);
  await page.$eval("#stage", (stage) => {
    for (const [id, layout, level, feed] of [
      ["c", "card", "2", "feeds/wire-en.atom"],
      ["f", "full", "4", "feeds/seaprwire-ar.xml"],
      ["l", "list", "5", "feeds/wire-en.atom"],
      ["k", "compact", "6", "feeds/seaprwire-ar.xml"],
    ]) {
      const el = document.createElement("syndi-card");
      Object.entries({ id, layout, "heading-level": level, feed, limit: "3" }).forEach(([k, v]) => el.setAttribute(k, v));
      stage.append(el);
    }
  });
  await settled(page, "syndi-card");
  const seen = await page.$$eval("syndi-card", (els) =>
    els.map((el) => {
      const root = el.shadowRoot;
      const articles = [...root.querySelectorAll("article")];
      return {
        id: el.id,
        articles: articles.length,
        parts: articles.every((a) => a.getAttribute("part") === "card" && a.lang && ["ltr", "rtl"].includes(a.dir)),
        dir: articles[0].dir,
        headings: [...new Set(articles.map((a) => a.querySelector("[part~=title]").localName))],
        times: [...root.querySelectorAll("time[part~=date]")].map((t) => t.getAttribute("datetime")),
        footers: articles.filter((a) => a.querySelector("footer[part~=disclaimer]")).length,
        visibleFooters: [...root.querySelectorAll("footer")].filter((f) => f.getBoundingClientRect().height > 1).length,
        // Accessible names of links: the text, read-more with its title.
        links: [...root.querySelectorAll("a")].map((a) => a.textContent.trim()),
      };
    }),
  );
  const byId = Object.fromEntries(seen.map((s) => [s.id, s]));
  assert.deepEqual(
    seen.map((s) => [s.id, s.articles, s.parts, s.headings[0]]),
    [
      ["c", 3, true, "h2"],
      ["f", 3, true, "h4"],
      ["l", 3, true, "h5"],
      ["k", 3, true, "h6"],
    ],
  );
  assert.equal(byId.f.dir, "rtl");
  assert.equal(byId.c.dir, "ltr");
  for (const s of seen) {
    assert.ok(s.times.length > 0 && s.times.every((t) => /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)$/.test(t)), `${s.id} ${s.times}`);
    assert.equal(s.footers, s.articles, `${s.id}: every article carries its disclaimer`);
  }
  // Cards stand alone; list and compact show a shared disclaimer once.
  assert.equal(byId.c.visibleFooters, 3);
  assert.equal(byId.l.visibleFooters, 1);
  assert.equal(byId.k.visibleFooters, 1);
  // No link is named only "Read more".
  for (const s of seen) {
    for (const name of s.links) assert.ok(!/^(read more|اقرأ المزيد)$/i.test(name), `${s.id}: link "${name}"`);
  }
  assert.ok(byId.c.links.some((l) => /^Read more: Harbor Grid Opens/.test(l)), byId.c.links.join(" | "));
});

test("keyboard focus is visible: a ring in the accent colour around the focused title or link", async () => {
  for (const theme of ["light", "dark"]) {
    const page = await newPage(env.browser);
    await page.goto(`${env.origin}/layouts.html?theme=${theme}&layout=card&limit=1`);
    await settled(page, "syndi-card");
    // Tab from the page into the first card: its title link, then read more.
    await page.focus("h1");
    const rings = [];
    for (let i = 0; i < 2; i++) {
      await page.keyboard.press("Tab");
      rings.push(
        await page.evaluate(() => {
          const a = document.querySelector("#card-en").shadowRoot.activeElement;
          const ring = a.closest(".title") ?? a;
          const s = getComputedStyle(ring);
          return { part: a.getAttribute("part"), style: s.outlineStyle, width: s.outlineWidth, color: s.outlineColor };
        }),
      );
    }
    const accent = theme === "dark" ? "rgb(138, 180, 248)" : "rgb(11, 87, 208)";
    assert.deepEqual(rings, [
      { part: "link", style: "solid", width: "2px", color: accent },
      { part: "read-more", style: "solid", width: "2px", color: accent },
    ]);
    await page.context().close();
  }
});
