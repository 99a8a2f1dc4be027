// Screenshots of every layout in light and dark, each with an English
// (left-to-right) and an Arabic (right-to-left) embed side by side, from
// www/layouts.html in headless Chromium, into docs/screenshots/.
//   node scripts/screenshots.mjs          (needs dist/: make dist)
import { mkdir, stat } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { newPage, settled, start } from "../tests/page/browser.mjs";

const out = fileURLToPath(new URL("../docs/screenshots/", import.meta.url));
const LAYOUTS = ["card", "full", "list", "compact"];
const THEMES = ["light", "dark"];
const WIDTH = 960;

await mkdir(out, { recursive: true });
const env = await start();
try {
  for (const layout of LAYOUTS) {
    for (const theme of THEMES) {
      const page = await newPage(env.browser, { viewport: { width: WIDTH, height: 800 }, colorScheme: theme });
      await page.goto(`${env.origin}/layouts.html?layout=${layout}&theme=${theme}`);
      await settled(page, "syndi-card");
      // Tall enough that every lazy image is in view, then wait for them.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({ width: WIDTH, height });
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
