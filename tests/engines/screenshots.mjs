// Screenshots of the demo page (www/index.html) in every engine, with the OS
// in light and in dark mode, into docs/screenshots/engine-<engine>-<scheme>.png.
//   node tests/engines/screenshots.mjs          (needs dist/: make dist)
// The OS preference is emulated in Chromium, a profile setting in Firefox
// (layout.css.prefers-color-scheme.content-override) and MiniBrowser's
// --dark-mode in WebKit. The demo's mount() embed (#health-card) is waited
// for only where mount() from a host module works. Every card image is
// waited for until loaded and decoded, then two frames (imagesPainted):
// WebKit's snapshot can come before the first paint of an image that is
// already `complete`, leaving its grey box in the picture.
import { mkdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ENGINES, launch } from "./engines.mjs";
import { startServer } from "./server.mjs";
import { imagesPainted, settled } from "./widget.mjs";

const out = fileURLToPath(new URL("../../docs/screenshots/", import.meta.url));
const WIDTH = 1024;

mkdirSync(out, { recursive: true });
const server = await startServer();
try {
  for (const name of ENGINES) {
    for (const colorScheme of ["light", "dark"]) {
      const engine = await launch(name, { colorScheme });
      try {
        // Once at a usual height to learn the page's, then at that height so
        // every lazy image is in view and loads.
        let page = await engine.newPage({ width: WIDTH, height: 900 });
        await page.open(`${server.origin}/`);
        await settled(page, "#release-id, #tech-list");
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        await page.close();
        page = await engine.newPage({ width: WIDTH, height });
        await page.open(`${server.origin}/`);
        await settled(page, "#release-id, #tech-list");
        const mounted = await settled(page, "#health-card", 10_000).then(
          () => "mounted",
          () => "the mount() embed never settled",
        );
        await imagesPainted(page, "#release-id, #tech-list, #health-card");
        const dark = await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches);
        const file = `${out}engine-${name}-${colorScheme}.png`;
        await page.screenshot(file);
        const problems = await page.problems();
        console.log(
          `engine-${name}-${colorScheme}.png  ${engine.name} ${engine.version}  ${(statSync(file).size / 1024).toFixed(0)} KB` +
            `  prefers dark: ${dark}  ${mounted}${problems.length ? `  problems: ${problems.join("; ")}` : ""}`,
        );
        await page.close();
      } finally {
        await engine.close();
      }
    }
  }
} finally {
  await server.close();
}
