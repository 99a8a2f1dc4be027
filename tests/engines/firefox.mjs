// Firefox (Debian's firefox-esr) through puppeteer-core over WebDriver BiDi,
// headless. Firefox has no BiDi command for the colour-scheme media feature,
// so the OS preference is a profile setting fixed at launch.
import puppeteer from "puppeteer-core";
import { TIMEOUT, poll, scriptedPage } from "./engines.mjs";

export async function launch({ colorScheme }) {
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: process.env.FIREFOX ?? "/usr/bin/firefox-esr",
    headless: true,
    timeout: TIMEOUT.launch,
    protocolTimeout: TIMEOUT.load,
    extraPrefsFirefox: {
      // 0 dark, 1 light: what prefers-color-scheme reports to pages.
      "layout.css.prefers-color-scheme.content-override": colorScheme === "dark" ? 0 : 1,
    },
  });
  return {
    name: "firefox",
    version: (await browser.version()).replace(/^firefox\//i, ""),
    async newPage({ width = 1280, height = 900 } = {}) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      page.setDefaultTimeout(TIMEOUT.load);
      await setViewport(page, width, height);
      const problems = [];
      page.on("console", (m) => {
        if (m.type() === "error" || m.type() === "warn") problems.push(`console.${m.type()}: ${m.text()}`);
      });
      page.on("pageerror", (e) => problems.push(`uncaught: ${e.message}`));
      page.on("requestfailed", (r) => {
        // A download cancelled on purpose (the widget stops reading a
        // streamed feed once it has its releases) is reported as failed
        // with NS_BINDING_ABORTED. BiDi does not say which requests are
        // fetches, so every abort is let through; whether a feed download
        // was really cut short is checked server-side (/drips).
        if (r.failure()?.errorText === "NS_BINDING_ABORTED") return;
        problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`);
      });
      return scriptedPage(page, problems, () => context.close());
    },
    close: () => browser.close(),
  };
}

/**
 * Sets the page's viewport. puppeteer sends emulation.setViewport and
 * emulation.setScreenOrientationOverride together; Firefox ESR 140 knows
 * only the first, so the second's "unknown command" is tolerated once the
 * viewport has taken (the two are sent at once: the error can come first).
 */
async function setViewport(page, width, height) {
  try {
    await page.setViewport({ width, height });
  } catch (e) {
    if (!/unknown command emulation\.setScreenOrientationOverride/.test(e.message)) throw e;
    const size = [width, height];
    await poll((fn, arg) => page.evaluate(fn, arg), ([w, h]) => innerWidth === w && innerHeight === h, size, {
      timeout: 10_000,
      what: `the viewport to be ${size}`,
    });
  }
}
