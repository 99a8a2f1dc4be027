// Chromium (Debian's /usr/bin/chromium) through playwright-core, with the
// flags and console recording of the page tests (tests/page/browser.mjs).
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, newPage } from "../page/browser.mjs";
import { TIMEOUT, scriptedPage } from "./engines.mjs";

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
      return scriptedPage(page, page.problems, () => page.context().close());
    },
    close: () => browser.close(),
  };
}
