// Streaming: a wire-sized feed (about 4 MB, 3,900 items) dripped slowly
// from 127.0.0.1. With limit 3 the cards must show while the download is
// still going, and the rest of the download must be cancelled.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { addCards, blankPage, settled, start } from "./browser.mjs";

let env;

before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

test("limit 3 renders from the first chunks and cancels the rest of a 4 MB download", async () => {
  const page = await blankPage(env);
  const feedPath = "/drip/generated/wire.xml?items=3900&kb=64&ms=150";
  await addCards(page, [{ id: "big", feed: feedPath, limit: "3", layout: "list", timeout: "60000" }]);
  await settled(page, "#big");
  assert.equal(await page.getAttribute("#big", "state"), "ready");
  const titles = await page.$eval("#big", (el) =>
    [...el.shadowRoot.querySelectorAll("[part~=title]")].map((t) => t.textContent),
  );
  assert.deepEqual(titles, [
    "Release 1: Company 1 reports results for the quarter",
    "Release 2: Company 2 reports results for the quarter",
    "Release 3: Company 3 reports results for the quarter",
  ]);
  // The cards came first; the download was then cancelled: the server saw
  // the client hang up with most of the feed unsent.
  await page.waitForTimeout(500);
  const drip = (await (await fetch(`${env.origin}/drips`)).json()).find((d) => d.url === feedPath);
  assert.ok(drip.total > 4_000_000, `a wire-sized feed (${drip.total} bytes)`);
  assert.ok(drip.hungUp, "the client cancelled the download");
  assert.ok(drip.sent < drip.total / 4, `only the head was sent (${drip.sent} of ${drip.total} bytes)`);
  assert.deepEqual(page.problems, []);
});

test("without a limit reached early, the whole feed is read and parsed", async () => {
  const page = await blankPage(env);
  await addCards(page, [{ id: "item", feed: "/drip/generated/wire.xml?items=400&kb=16&ms=5", item: "wire-399" }]);
  await settled(page, "#item");
  assert.equal(await page.getAttribute("#item", "state"), "ready");
  assert.equal(
    await page.$eval("#item", (el) => el.shadowRoot.querySelector("[part~=title]").textContent),
    "Release 399: Company 11 reports results for the quarter",
  );
  const drip = (await (await fetch(`${env.origin}/drips`)).json()).find((d) => d.url.includes("items=400"));
  assert.equal(drip.sent, drip.total, "read to the end");
  assert.deepEqual(page.problems, []);
});
