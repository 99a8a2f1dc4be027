// Screenshots of every layout in light and dark, each with an English
// (left-to-right) and an Arabic (right-to-left) embed side by side, from
// www/layouts.html in headless Chromium, into docs/screenshots/.
//   node scripts/screenshots.mjs          (needs dist/: make dist)
import { mkdir, stat } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { newPage, settled, start } from "../tests/page/browser.mjs";

const out = fileURLToPath(new URL("../docs/screenshots/", import.meta.url));
// Layout → query: releases per embed, or one release (few for the image-
// and text-heavy layouts, to keep the PNGs small).
const LAYOUTS = { card: "limit=1", full: "item=2", list: "limit=3", compact: "limit=3" };
const THEMES = ["light", "dark"];
// Page width per layout: two columns of a news site's width (the full
// release a little narrower, as an article column would be).
const WIDTHS = { card: 960, full: 800, list: 960, compact: 960 };

await mkdir(out, { recursive: true });
const env = await start();
try {
  for (const [layout, query] of Object.entries(LAYOUTS)) {
    for (const theme of THEMES) {
      const width = WIDTHS[layout];
      const page = await newPage(env.browser, { viewport: { width, height: 800 }, colorScheme: theme });
      await page.goto(`${env.origin}/layouts.html?layout=${layout}&theme=${theme}&${query}`);
      await settled(page, "syndi-card");
      // Tall enough that every lazy image is in view, then wait for them.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({ width, height });
      await page.waitForFunction(() =>
        [...document.querySelectorAll("syndi-card")].every((host) =>
          [...host.shadowRoot.querySelectorAll("img")].every((img) => img.complete && img.naturalWidth > 0),
        ),
      );
      const file = `${out}${layout}-${theme}.png`;
      await page.locator(`section.${layout}`).screenshot({ path: file });
      const { size } = await stat(file);
      console.log(`${layout}-${theme}.png  ${(size / 1024).toFixed(0)} KB`);
      if (page.problems.length) console.warn(page.problems.join("\n"));
      await page.context().close();
    }
  }
} finally {
  await env.close();
}
