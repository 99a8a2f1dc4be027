// One small driver interface over the three browser engines, so each
// cross-engine test is written once:
//
//   const engine = await launch("chromium" | "firefox" | "webkit", { colorScheme });
//   engine.name, engine.version
//   const page = await engine.newPage({ width, height });
//   await page.open(url)                  navigates, resolves once the page has loaded
//   await page.evaluate(fn, arg)          runs fn(arg) in the page (fn may be async;
//                                         arg and result are JSON values)
//   await page.waitFor(fn, arg, options)  polls fn(arg) in the page until truthy,
//                                         { timeout, what } (what names it in the error)
//   await page.screenshot(path)           PNG of the whole page
//   await page.problems()                 console errors and warnings, uncaught
//                                         exceptions, failed loads, as strings
//   await page.close()
//   page.raw                              the tool's own object (playwright Page,
//                                         puppeteer Page, selenium WebDriver)
//   await engine.close()                  stops the browser, its driver and display
//
// Implementations: chromium.mjs (playwright-core, Debian's chromium),
// firefox.mjs (puppeteer-core over WebDriver BiDi, Debian's firefox-esr),
// webkit.mjs (selenium-webdriver over classic WebDriver, WebKitWebDriver
// and MiniBrowser under Xvfb). Pages are served by server.mjs.

/** Every engine, in the order they run; ENGINES=firefox,webkit narrows it. */
export const ENGINES = (process.env.ENGINES ?? "chromium,firefox,webkit").split(",").filter(Boolean);

/** Starts one engine. `colorScheme` is the OS preference the page sees ("light" or "dark"). */
export async function launch(name, options = {}) {
  const implementation = {
    chromium: () => import("./chromium.mjs"),
    firefox: () => import("./firefox.mjs"),
    webkit: () => import("./webkit.mjs"),
  }[name];
  if (!implementation) throw new Error(`unknown engine ${name}`);
  const { launch: start } = await implementation();
  return start({ colorScheme: "light", ...options });
}

/** Generous limits for a loaded 2-core machine (each driver call stays well below them). */
export const TIMEOUT = { launch: 90_000, load: 60_000, wait: 30_000 };

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/**
 * `page.waitFor` for every engine: polls `evaluate(fn, arg)` every 100 ms.
 * Resolves with the first truthy value; on timeout the error names `what`.
 */
export async function poll(evaluate, fn, arg, { timeout = TIMEOUT.wait, what = fn.toString() } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    last = await evaluate(fn, arg);
    if (last) return last;
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${JSON.stringify(last)})`);
    }
    await sleep(100);
  }
}

/**
 * The page every engine module returns, over a Playwright or Puppeteer
 * `page` (both drive a page with the same goto / evaluate / full-page
 * screenshot calls): `problems` is the array the engine's listeners fill,
 * `close` closes the page's context.
 */
export function scriptedPage(page, problems, close) {
  const evaluate = (fn, arg) => page.evaluate(fn, arg);
  return {
    raw: page,
    async open(url) {
      await page.goto(url, { waitUntil: "load" });
    },
    evaluate,
    waitFor: (fn, arg, options) => poll(evaluate, fn, arg, options),
    async screenshot(path) {
      await page.screenshot({ path, fullPage: true });
    },
    async problems() {
      return [...problems];
    },
    close,
  };
}
