// A tiny app importing the packed package (`npm pack dist/`), built with
// esbuild and with Vite, served from 127.0.0.1 and opened in Chromium: the
// element and a mount() target (both with inline feeds, so no feed request)
// must reach state="ready". esbuild does not copy the wasm: the app copies
// it and says where it is with init({ wasm }) (or the page with
// <meta name="syndicard-wasm">); without either, mount() rejects clearly.
// Vite finds `new URL("syndicard_bg.wasm", import.meta.url)` and emits the
// wasm itself.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as esbuild from "esbuild";
import { build as viteBuild } from "vite";
import { newPage, start } from "./browser.mjs";
import { scratchApp, serveDir } from "./packed.mjs";

const RSS = (title) =>
  `<rss version="2.0"><channel><title>App Wire</title><item><title>${title}</title>` +
  `<link>https://wire.example/1</link><description>Body of ${title}.</description></item></channel></rss>`;

const page = (head = "") => `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>app</title>
  <link rel="icon" href="data:,">${head}
  <script type="module" src="./main.js"></script>
</head>
<body>
  <syndi-card id="element"><script type="application/rss+xml">${RSS("From the element")}</script></syndi-card>
  <div id="mounted"><script type="application/rss+xml">${RSS("From mount()")}</script></div>
</body>
</html>
`;

// The app's entry: `prelude` runs first at its top level (e.g. init()).
const main = (prelude = "") => `import { init, mount, ready } from "syndicard";
${prelude}
window.__result = Promise.all([
  ready,
  mount(document.getElementById("mounted")).then(
    (handle) => handle.element.getAttribute("state"),
    (error) => \`rejected \${error.constructor.name}: \${error.message}\`,
  ),
]).then(([ready, mounted]) => ({ ready, mounted }));
`;

let env;
let app;
before(async () => {
  env = await start();
  app = scratchApp();
});
after(async () => {
  app?.remove();
  await env?.close();
});

/** Serves `dir`, opens it and returns what the app saw, the element's state and the page's problems. */
async function open(dir) {
  const server = await serveDir(dir);
  try {
    const tab = await newPage(env.browser);
    await tab.goto(`${server.origin}/`);
    await tab.waitForFunction(() => window.__result);
    const result = await tab.evaluate(() => window.__result);
    if (result.ready) await tab.waitForFunction(() => document.getElementById("element").getAttribute("state") === "ready");
    const element = await tab.evaluate(() => document.getElementById("element").getAttribute("state"));
    const title = await tab.evaluate(() => document.getElementById("element").shadowRoot?.querySelector("[part~=title]")?.textContent ?? null);
    return { ...result, element, title, problems: tab.problems };
  } finally {
    await server.close();
  }
}

/** Writes an app (index.html, main.js) into `name/` under the scratch folder and bundles it with esbuild into `name/out/`. */
async function esbuildApp(name, { head, prelude, copyWasm }) {
  const src = join(app.dir, name);
  mkdirSync(src, { recursive: true });
  writeFileSync(join(src, "main.js"), main(prelude));
  const out = join(src, "out");
  await esbuild.build({ entryPoints: [join(src, "main.js")], bundle: true, format: "esm", outdir: out, logLevel: "silent", absWorkingDir: app.dir });
  writeFileSync(join(out, "index.html"), page(head));
  if (copyWasm) {
    mkdirSync(join(out, "assets"), { recursive: true });
    copyFileSync(join(app.dir, "node_modules/syndicard/syndicard_bg.wasm"), join(out, "assets/syndicard_bg.wasm"));
  }
  return out;
}

test("esbuild: the app copies the wasm and says where with init({ wasm }); every widget is ready", async () => {
  const out = await esbuildApp("esbuild-init", {
    prelude: 'init({ wasm: new URL("assets/syndicard_bg.wasm", document.baseURI) });',
    copyWasm: true,
  });
  const seen = await open(out);
  assert.deepEqual(seen, { ready: true, mounted: "ready", element: "ready", title: "From the element", problems: [] });
});

test('esbuild: <meta name="syndicard-wasm"> says the same without code', async () => {
  const out = await esbuildApp("esbuild-meta", {
    head: '\n  <meta name="syndicard-wasm" content="assets/syndicard_bg.wasm">',
    copyWasm: true,
  });
  const seen = await open(out);
  assert.deepEqual(seen, { ready: true, mounted: "ready", element: "ready", title: "From the element", problems: [] });
});

test("esbuild, wasm neither copied nor located: ready is false, mount() rejects with a clear Error", async () => {
  const out = await esbuildApp("esbuild-missing", {});
  const { ready, mounted, element, problems } = await open(out);
  assert.equal(ready, false);
  assert.match(mounted, /^rejected Error: syndicard\.mount: the widget could not load \(.*404.*\)$/);
  assert.equal(element, null, "the element was left alone: its fallback shows");
  assert.ok(problems.some((p) => p.includes("syndicard: the widget could not load")), problems.join("\n"));
  assert.ok(!problems.some((p) => p.startsWith("uncaught")), problems.join("\n"));
});

test("Vite: the build emits the wasm itself; every widget is ready", async () => {
  const src = join(app.dir, "vite");
  mkdirSync(src, { recursive: true });
  writeFileSync(join(src, "index.html"), page());
  writeFileSync(join(src, "main.js"), main());
  const out = join(src, "out");
  await viteBuild({ root: src, logLevel: "silent", configFile: false, build: { outDir: out, emptyOutDir: true } });
  const seen = await open(out);
  assert.deepEqual(seen, { ready: true, mounted: "ready", element: "ready", title: "From the element", problems: [] });
});
