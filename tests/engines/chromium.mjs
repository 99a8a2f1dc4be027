// Chromium (Debian's /usr/bin/chromium) through playwright-core, with the
// flags and console recording of the page tests (tests/page/browser.mjs).
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, newPage } from "../page/browser.mjs";
import { TIMEOUT, poll } from "./engines.mjs";

export async function launch({ colorScheme }) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
    timeout: TIMEOUT.launch,
  });
  return {
    name: "chromium",
    version: browser.version(),
    async newPage({ width = 1280, height = 900 } = {}) {
      const page = await newPage(browser, { viewport: { width, height }, colorScheme });
      page.setDefaultTimeout(TIMEOUT.load);
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
          return [...page.problems];
        },
        close: () => page.context().close(),
      };
    },
    close: () => browser.close(),
  };
}
