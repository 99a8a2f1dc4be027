// The shipped stylesheet is src/web/styles.css minified at build time
// (scripts/css_min.rs): Chromium must parse the two to the same rules, and
// every element of every demo card must compute the same styles under
// either sheet.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { DEMO_HOSTS as HOSTS, demoPage, start } from "./browser.mjs";

const SOURCE = readFileSync(new URL("../../src/web/styles.css", import.meta.url), "utf8");
let env;

before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

test("the adopted stylesheet parses to the same rules as src/web/styles.css", async () => {
  const page = await demoPage(env);
  const { shipped, source } = await page.$eval(
    "#release-id",
    (host, text) => {
      // Values that hold var() keep their author whitespace in cssText;
      // the minifier only drops whitespace around commas and parentheses
      // there, which no CSS value depends on.
      const norm = (css) => css.replace(/\s*,\s*/g, ",").replace(/\(\s+/g, "(").replace(/\s+\)/g, ")");
      const rules = (sheet) => [...sheet.cssRules].map((r) => norm(r.cssText));
      const sheets = host.shadowRoot.adoptedStyleSheets;
      const fromSource = new CSSStyleSheet();
      fromSource.replaceSync(text);
      return { shipped: sheets.length === 1 ? rules(sheets[0]) : [], source: rules(fromSource) };
    },
    SOURCE,
  );
  assert.ok(source.length > 50, `the source has its rules (${source.length})`);
  assert.deepEqual(shipped, source);
  assert.deepEqual(page.problems, []);
});

test("every demo card computes the same styles under the source sheet", async () => {
  const page = await demoPage(env);
  const snapshot = () =>
    page.$$eval(HOSTS.join(","), (hosts) =>
      hosts.flatMap((host) =>
        [...host.shadowRoot.querySelectorAll("*")].flatMap((el) =>
          [null, "::before", "::after"].map((pseudo) => {
            const s = getComputedStyle(el, pseudo);
            // Custom properties compute to their tokens, author whitespace
            // included (see the test above); every other property to a value.
            const norm = (css) => css.replace(/\s*,\s*/g, ",").replace(/\(\s+/g, "(").replace(/\s+\)/g, ")");
            return [...s]
              .map((p) => `${p}: ${p.startsWith("--") ? norm(s.getPropertyValue(p)) : s.getPropertyValue(p)}`)
              .join("; ");
          }),
        ),
      ),
    );
  const shipped = await snapshot();
  await page.$$eval(
    HOSTS.join(","),
    (hosts, text) => {
      const fromSource = new CSSStyleSheet();
      fromSource.replaceSync(text);
      for (const host of hosts) host.shadowRoot.adoptedStyleSheets = [fromSource];
    },
    SOURCE,
  );
  const source = await snapshot();
  assert.ok(shipped.length > 30, `styles of the cards' elements (${shipped.length})`);
  assert.equal(shipped.length, source.length);
  for (const [i, s] of shipped.entries()) assert.equal(s, source[i], `element ${i}`);
  assert.deepEqual(page.problems, []);
});
