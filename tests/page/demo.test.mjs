// The demo page as a visitor's browser loads it: the real script tag, three
// embeds (element, data attribute, mount()), served from 127.0.0.1.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { DEMO_HOSTS as HOSTS, demoPage, newPage, partText, start } from "./browser.mjs";

let env;

before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

test("all three embeds reach ready with no console error or exception", async () => {
  const page = await demoPage(env);
  for (const host of HOSTS) {
    assert.equal(await page.getAttribute(host, "state"), "ready", `${host} state`);
  }
  // The Indonesian release, with its own title and the wire's disclaimer.
  assert.equal(
    await partText(page, "#release-id", "title"),
    "Rusia dan Selatan Global Membentuk Masa Depan Digital Multipolar",
  );
  assert.match(
    await partText(page, "#release-id", "disclaimer"),
    /^Artikel ini disediakan oleh penyedia konten pihak ketiga\. SeaPRwire tidak memberikan jaminan atau pernyataan sehubungan dengan hal tersebut\.$/,
  );
  assert.equal(
    await page.$eval("#release-id", (el) => el.shadowRoot.querySelector("[part~=card]").lang),
    "id",
  );
  // The data-attribute host shows three releases, the mount() host one.
  assert.equal(await page.$eval("#tech-list", (el) => el.shadowRoot.querySelectorAll("[part~=card]").length), 3);
  assert.equal(await page.$eval("#health-card", (el) => el.shadowRoot.querySelectorAll("[part~=card]").length), 1);
  assert.deepEqual(page.problems, []);
});

test("the module exports version, mount and parse", async () => {
  const page = await newPage(env.browser);
  await page.goto(`${env.origin}/`);
  const api = await page.evaluate(async () => {
    const m = await import("/dist/syndicard.js");
    // parse() is synchronous: it needs the wasm, which `ready` waits for.
    if ((await m.ready) !== true) throw new Error("ready did not resolve true");
    const feed = m.parse('<rss version="2.0"><channel><title>T</title><item><title>A</title></item></channel></rss>');
    return { version: m.version, mount: typeof m.mount, title: feed.releases[0].title, format: feed.format };
  });
  assert.match(api.version, /^\d+\.\d+\.\d+/);
  assert.equal(api.mount, "function");
  assert.equal(api.title, "A");
  assert.equal(api.format, "rss");
  assert.deepEqual(page.problems, []);
});
