// The browser benchmark's plain-JS baseline (bench/browser/baseline.js)
// stays comparable: on the benchmark's own pages and feeds, it renders the
// same cards as syndicard, with the same elements and parts in the same
// order and the same titles.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";
import { start } from "../../bench/browser/server.mjs";
import { CHROMIUM_ARGS, newPage } from "./browser.mjs";

let env;
let browser;

before(async () => {
  env = await start();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [...CHROMIUM_ARGS, "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"],
  });
});
after(async () => {
  await browser?.close();
  await env?.close();
});

/** Each card of `widget` on `feed` (limit 3) as its [element.part] list and its title. */
async function cards(widget, feed) {
  const page = await newPage(browser);
  await page.goto(`${env.origin}/page?widget=${widget}&feed=${feed}&limit=3&run=smoke-${widget}-${feed}`);
  await page.waitForFunction(() => window.__bench?.done);
  const state = await page.evaluate(() => window.__bench.state);
  const found = await page.$eval("#widget", (host) =>
    [...host.shadowRoot.querySelectorAll("[part~=card]")].map((card) => ({
      parts: [card, ...card.querySelectorAll("[part]")].map((e) => `${e.localName}.${e.getAttribute("part")}`),
      title: card.querySelector("[part~=title]")?.textContent,
    })),
  );
  assert.equal(state, "ready", `${widget} on ${feed}`);
  // The releases' images are on wire.example, which the browser is told
  // not to resolve; anything else is a problem.
  const problems = page.problems.filter((p) => !p.includes("net::ERR_NAME_NOT_RESOLVED"));
  assert.deepEqual(problems, [], `${widget} on ${feed}`);
  await page.context().close();
  return found;
}

for (const feed of ["rss-20k", "atom-20k"]) {
  test(`baseline and syndicard render the same cards and parts (${feed})`, async () => {
    const plain = await cards("baseline", feed);
    const ours = await cards("syndicard", feed);
    assert.equal(ours.length, 3);
    assert.deepEqual(plain, ours);
    assert.ok(ours[0].parts.includes("footer.disclaimer"));
  });
}
