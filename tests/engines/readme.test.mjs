// The README's "Testing a page with syndicard" snippets, run as written:
// every code block after a `<!-- tested: NAME -->` line is extracted from
// README.md into test-results/readme-snippets/NAME.mjs and imported, so the
// README cannot drift from what the widget does. Each snippet runs with the
// tool it is written for, in the engines that tool drives here; the others
// are skipped with the reason. The claims of "Deterministic screenshots"
// about the widget's CSS (no transitions, the only animation off under
// reduced motion) are checked in every engine.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import puppeteer from "puppeteer-core";
import { Builder } from "selenium-webdriver";
import { remote } from "webdriverio";
import { CHROMIUM_ARGS } from "../page/browser.mjs";
import { TIMEOUT } from "./engines.mjs";
import { comparePngs } from "./png.mjs";
import { eachEngine, expectFailureIn, skipIn } from "./harness.mjs";
import { startDriver } from "./webkit.mjs";
import { distExportsReady, englishDisclaimer, settled } from "./widget.mjs";

const SNIPPETS = new URL("../../test-results/readme-snippets/", import.meta.url);

/** The README's tested blocks, written to files: name → file URL. */
function extractSnippets() {
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
  const files = {};
  mkdirSync(SNIPPETS, { recursive: true });
  for (const [, name, code] of readme.matchAll(/^<!-- tested: (\w+) -->\n```js\n([\s\S]*?)^```$/gm)) {
    const file = new URL(`${name}.mjs`, SNIPPETS);
    writeFileSync(file, code);
    files[name] = file.href;
  }
  return files;
}
const SNIPPET = extractSnippets();
const snippet = (name) => {
  assert.ok(SNIPPET[name], `README.md has a block marked <!-- tested: ${name} -->`);
  return import(SNIPPET[name]);
};

test("the README marks the snippets this file runs", () => {
  assert.deepEqual(Object.keys(SNIPPET).sort(), ["playwright", "puppeteer", "screenshot", "selenium", "webdriverio"]);
});

// What each outcome helper must report, for the two hosts stage() adds.
const WANT = {
  slow: {
    state: "ready",
    errorCode: null,
    titles: [
      "Harbor Grid Opens Europe's Largest Battery Recycling Plant in Rotterdam",
      "Quillon Launches Offline Translation for 40 Languages on Mid-Range Phones",
    ],
    disclaimers: [englishDisclaimer("Meridian Newswire"), englishDisclaimer("Meridian Newswire")],
  },
  broken: { state: "error", errorCode: "http", titles: [], disclaimers: [] },
};

/**
 * Opens the blank page with two hosts the helpers must wait for: #slow
 * (its feed answers after 1.5 s) and #broken (HTTP 404). Returns at once,
 * before either has settled.
 */
async function stage(page, origin) {
  await page.open(`${origin}/blank.html`);
  await page.evaluate(() => {
    for (const [id, feed] of [
      ["slow", "/slow/feeds/wire-en.atom?ms=1500"],
      ["broken", "/status/404"],
    ]) {
      const card = document.createElement("syndi-card");
      card.id = id;
      card.setAttribute("feed", feed);
      card.setAttribute("limit", "2");
      document.querySelector("#stage").append(card);
    }
  });
}

/** Runs an outcome helper on both hosts and checks what it reports. */
async function checkOutcomes(syndicardOutcome, raw, page) {
  const unsettled = await page.evaluate(() => document.querySelector("#slow").getAttribute("state"));
  assert.notEqual(unsettled, "ready", "the helper is called before the widget has settled");
  assert.deepEqual(await syndicardOutcome(raw, "#slow"), WANT.slow);
  assert.deepEqual(await syndicardOutcome(raw, "#broken"), WANT.broken);
}

function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

/** Debian's ChromeDriver on a free port, for the WebDriver clients in Chromium; `stop()` ends it. */
async function startChromeDriver() {
  const port = await freePort();
  const child = spawn(process.env.CHROMEDRIVER ?? "/usr/bin/chromedriver", [`--port=${port}`], {
    stdio: "ignore",
    detached: true,
  });
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((ok) => child.once("exit", ok));
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return;
    }
    const timer = setTimeout(() => process.kill(-child.pid, "SIGKILL"), 3000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + TIMEOUT.launch;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || child.exitCode !== null) {
      await stop();
      throw new Error("ChromeDriver did not start");
    }
    await new Promise((ok) => setTimeout(ok, 100));
  }
  return {
    port,
    capabilities: {
      browserName: "chrome",
      "goog:chromeOptions": { binary: process.env.CHROMIUM ?? "/usr/bin/chromium", args: CHROMIUM_ARGS },
    },
    stop,
  };
}

/** A WebdriverIO session (classic WebDriver) in this engine; `end()` closes it and its driver. */
async function webdriverio(name) {
  const driver = name === "webkit" ? await startDriver() : await startChromeDriver();
  try {
    const browser = await remote({
      hostname: "127.0.0.1",
      port: driver.port,
      path: "/",
      logLevel: "error",
      connectionRetryTimeout: TIMEOUT.load,
      capabilities: { ...driver.capabilities, "wdio:enforceWebDriverClassic": true },
    });
    return {
      browser,
      async end() {
        try {
          await browser.deleteSession();
        } finally {
          await driver.stop();
        }
      },
    };
  } catch (e) {
    await driver.stop();
    throw e;
  }
}

const NOT_PLAYWRIGHT = "playwright-core drives Chromium here (its Firefox and WebKit are patched builds it downloads)";
const NO_GECKODRIVER = "classic WebDriver in Firefox needs geckodriver, which Debian lacks and npm only downloads";
// The `ready` export is documented (README, "In a page: the ES module"); a
// dist/syndicard.js built without it is an expected failure.
const NO_READY = distExportsReady() ? undefined : "this dist/syndicard.js has no `ready` export";

eachEngine(import.meta.url, (env) => {
  const { name } = env;

  const playwrightOnly = skipIn(env, { firefox: NOT_PLAYWRIGHT, webkit: NOT_PLAYWRIGHT });

  test("Playwright: syndicardOutcome waits for ready and for error", playwrightOnly, async () => {
    const { syndicardOutcome } = await snippet("playwright");
    const page = await env.page();
    await stage(page, env.origin);
    await checkOutcomes(syndicardOutcome, page.raw, page);
  });

  test(
    "Playwright: syndicardLoaded is true on the demo, false when the wasm cannot load",
    { ...playwrightOnly, ...expectFailureIn(env, { chromium: NO_READY }) },
    async () => {
      const { syndicardLoaded } = await snippet("playwright");
      const page = await env.page();
      await page.open(`${env.origin}/`);
      assert.equal(await syndicardLoaded(page.raw, "/dist/syndicard.js"), true);
      const blocked = await env.page();
      await blocked.raw.route("**/*.wasm", (route) => route.abort());
      await blocked.open(`${env.origin}/`);
      assert.equal(await syndicardLoaded(blocked.raw, "/dist/syndicard.js"), false);
    },
  );

  const puppeteerOnly = skipIn(env, { webkit: "Puppeteer drives no WebKit" });

  test("Puppeteer: syndicardOutcome waits for ready and for error", puppeteerOnly, async () => {
    const { syndicardOutcome } = await snippet("puppeteer");
    if (name === "firefox") {
      const page = await env.page();
      await stage(page, env.origin);
      await checkOutcomes(syndicardOutcome, page.raw, page);
      return;
    }
    // Chromium: puppeteer-core over CDP (the engine's own page is Playwright's).
    const browser = await puppeteer.launch({
      executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
      args: CHROMIUM_ARGS,
      headless: true,
      timeout: TIMEOUT.launch,
      protocolTimeout: TIMEOUT.load,
    });
    try {
      const raw = await browser.newPage();
      const view = { open: (url) => raw.goto(url), evaluate: (fn, arg) => raw.evaluate(fn, arg) };
      await stage(view, env.origin);
      await checkOutcomes(syndicardOutcome, raw, view);
    } finally {
      await browser.close();
    }
  });

  const webDriverOnly = skipIn(env, { firefox: NO_GECKODRIVER });

  test("WebdriverIO: syndicardOutcome waits for ready and for error", webDriverOnly, async () => {
    const { syndicardOutcome } = await snippet("webdriverio");
    const session = await webdriverio(name);
    try {
      const { browser } = session;
      const view = { open: (url) => browser.url(url), evaluate: (fn, arg) => browser.execute(fn, arg) };
      await stage(view, env.origin);
      await checkOutcomes(syndicardOutcome, browser, view);
    } finally {
      await session.end();
    }
  });

  test("selenium-webdriver: syndicardOutcome waits for ready and for error", webDriverOnly, async () => {
    const { syndicardOutcome } = await snippet("selenium");
    if (name === "webkit") {
      const page = await env.page();
      await stage(page, env.origin);
      await checkOutcomes(syndicardOutcome, page.raw, page);
      return;
    }
    const chromedriver = await startChromeDriver();
    let driver;
    try {
      driver = await new Builder()
        .usingServer(`http://127.0.0.1:${chromedriver.port}`)
        .withCapabilities(chromedriver.capabilities)
        .build();
      const view = { open: (url) => driver.get(url), evaluate: (fn, arg) => driver.executeScript(fn, arg) };
      await stage(view, env.origin);
      await checkOutcomes(syndicardOutcome, driver, view);
    } finally {
      await driver?.quit();
      await chromedriver.stop();
    }
  });

  test(
    "screenshot recipe: two shots of the demo are the same picture",
    playwrightOnly,
    async () => {
      const { syndicardScreenshot } = await snippet("screenshot");
      const page = await env.page();
      const browser = page.raw.context().browser();
      const shots = [];
      for (const n of [1, 2]) {
        const path = new URL(`screenshot-${n}.png`, SNIPPETS).pathname;
        await syndicardScreenshot(browser, `${env.origin}/`, path, "#release-id, #tech-list, #health-card");
        shots.push(readFileSync(path));
      }
      assert.ok(shots[0].length > 50_000, `a real page (${shots[0].length} bytes)`);
      // Chromium may rasterize the edge of a scaled image a level or two apart between runs.
      const diff = comparePngs(...[1, 2].map((n) => new URL(`screenshot-${n}.png`, SNIPPETS).pathname));
      assert.ok(diff.sameSize, "the same size");
      assert.ok(diff.largest <= 8, `no pixel differs by more than 8 levels: ${JSON.stringify(diff)}`);
      assert.ok(diff.differing <= diff.total / 10_000, `at most 0.01% of pixels differ: ${JSON.stringify(diff)}`);
    },
  );

  test("no transitions; the skeleton's pulse is the only animation and stops once settled", async () => {
    const page = await env.page();
    await page.open(`${env.origin}/blank.html`);
    await page.waitFor(() => !!customElements.get("syndi-card"), null, { what: "<syndi-card> to be defined" });
    await page.evaluate(() => {
      const card = document.createElement("syndi-card");
      card.id = "slow";
      card.setAttribute("feed", "/slow/feeds/wire-en.atom?ms=3000");
      card.setAttribute("limit", "2");
      document.querySelector("#stage").append(card);
    });
    // While loading (this engine reports prefers-reduced-motion: no-preference).
    const loading = await page.waitFor(
      () => {
        const host = document.querySelector("#slow");
        const root = host.shadowRoot;
        if (host.getAttribute("state") !== "loading" || !root?.querySelector(".bone")) return null;
        const names = root.getAnimations().map((a) => a.animationName);
        return { reduce: matchMedia("(prefers-reduced-motion: reduce)").matches, names: [...new Set(names)] };
      },
      null,
      { what: "the skeleton to show" },
    );
    assert.deepEqual(loading, { reduce: false, names: ["syndicard-pulse"] });
    await settled(page, "#slow");
    const still = await page.evaluate(() => {
      const root = document.querySelector("#slow").shadowRoot;
      const moving = [];
      for (const el of root.querySelectorAll("*")) {
        const style = getComputedStyle(el);
        const durations = `${style.transitionDuration},${style.animationDuration}`.split(",").map((d) => parseFloat(d));
        const moves = style.animationName !== "none" || durations.some((d) => d > 0);
        if (moves) moving.push(`${el.localName}.${el.className}`);
      }
      return { animations: root.getAnimations().length, moving };
    });
    assert.deepEqual(still, { animations: 0, moving: [] });
  });

  test("under prefers-reduced-motion: reduce the skeleton does not pulse", skipIn(env, {
    firefox: "reduced motion is a launch-time profile setting in Firefox; Chromium's emulation covers the stylesheet",
    webkit: "WebKitWebDriver cannot emulate reduced motion",
  }), async () => {
    const page = await env.page();
    await page.raw.emulateMedia({ reducedMotion: "reduce" });
    await page.open(`${env.origin}/blank.html`);
    await page.waitFor(() => !!customElements.get("syndi-card"), null, { what: "<syndi-card> to be defined" });
    await page.evaluate(() => {
      const card = document.createElement("syndi-card");
      card.id = "slow";
      card.setAttribute("feed", "/slow/feeds/wire-en.atom?ms=3000");
      document.querySelector("#stage").append(card);
    });
    const loading = await page.waitFor(
      () => {
        const host = document.querySelector("#slow");
        if (host.getAttribute("state") !== "loading" || !host.shadowRoot?.querySelector(".bone")) return null;
        const reduce = matchMedia("(prefers-reduced-motion: reduce)").matches;
        return { reduce, animations: host.shadowRoot.getAnimations().length };
      },
      null,
      { what: "the skeleton to show" },
    );
    assert.deepEqual(loading, { reduce: true, animations: 0 });
  });
});
