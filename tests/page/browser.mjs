// Shared set-up for the page-level tests: the static server (www/ and dist/
// on 127.0.0.1) and Debian's Chromium driven by playwright-core.
import assert from "node:assert/strict";
import { chromium } from "playwright-core";
import { serve } from "../../scripts/serve.mjs";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/**
 * Starts the server and the browser; `close()` stops both, `log(key)` is
 * what the server logged of a /net/ key's requests (scripts/serve.mjs).
 */
export async function start() {
  const server = await serve(0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
  return {
    origin,
    browser,
    async log(key) {
      return (await fetch(`${origin}/net/log/${key}`)).json();
    },
    async close() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}

/**
 * A new page that records every console error, failed request and uncaught
 * exception into `page.problems`.
 */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  page.problems = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") page.problems.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => page.problems.push(`uncaught: ${e.message}`));
  page.on("requestfailed", (r) => {
    // Chromium reports a fetch whose body was read through a stream reader
    // as ERR_ABORTED now and then even when it was read to its end (seen
    // with plain JS too), and the widget streams every feed; whether a
    // download was really cut short is checked server-side (/drips).
    if (r.resourceType() === "fetch" && r.failure()?.errorText === "net::ERR_ABORTED") return;
    page.problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`);
  });
  return page;
}

/** Waits until every element matching `selector` has settled (state ready/empty/error). */
export async function settled(page, selector, timeout = 15000) {
  await page.waitForFunction(
    (sel) => {
      const all = [...document.querySelectorAll(sel)];
      return all.length > 0 && all.every((el) => ["ready", "empty", "error"].includes(el.getAttribute("state")));
    },
    selector,
    { timeout },
  );
}

let keys = 0;
/** A fresh /net/ key (scripts/serve.mjs), so tests never share counts or versions. */
export const freshKey = (name) => `${name}-${process.pid}-${++keys}`;

/** Polls `check` (async, in Node) until it is true, or fails after `ms`. */
export async function until(check, what, ms = 10000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The card titles in the shadow root of the element matching `selector`. */
export const titles = (page, selector) =>
  page.$eval(selector, (el) => [...el.shadowRoot.querySelectorAll("[part~=title]")].map((t) => t.textContent));

/** Text of the first `part` element in the shadow root of `host`. */
export async function partText(page, host, part) {
  return page.$eval(host, (el, p) => el.shadowRoot?.querySelector(`[part~="${p}"]`)?.textContent ?? null, part);
}

/** A new page on the blank test page (`www/blank.html`), once `<syndi-card>` is defined. */
export async function blankPage(env) {
  const page = await newPage(env.browser);
  await page.goto(`${env.origin}/blank.html`);
  await page.waitForFunction(() => customElements.get("syndi-card"));
  return page;
}

/** Appends a `<syndi-card>` per attribute object (`id` included) to the blank page's stage. */
export async function addCards(page, cards) {
  await page.evaluate((list) => {
    for (const attrs of list) {
      const card = document.createElement("syndi-card");
      for (const [name, value] of Object.entries(attrs)) card.setAttribute(name, value);
      document.querySelector("#stage").append(card);
    }
  }, cards);
}

/** The demo page's three embeds: the element, the data-attribute div, the mount() target. */
export const DEMO_HOSTS = ["#release-id", "#tech-list", "#health-card"];

/** A new page on the demo (`www/index.html`), once its three embeds have settled. */
export async function demoPage(env, options = {}) {
  const page = await newPage(env.browser, options);
  await page.goto(`${env.origin}/`);
  await settled(page, DEMO_HOSTS.join(","));
  return page;
}
