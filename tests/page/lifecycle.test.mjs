// Loading, errors and late elements, as a host page sees them: the state
// attribute, error-code, events and console messages, over real HTTP from
// 127.0.0.1 (scripts/serve.mjs's /slow/ and /status/ hooks).
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

/** Opens the blank test page, adds `html` to the stage and waits for it to settle. */
async function stage(html, selector = "#stage > *") {
  const page = await blankPage(env);
  await page.evaluate(() => {
    window.events = [];
    for (const name of ["syndicard:ready", "syndicard:error"]) {
      document.addEventListener(name, (e) => window.events.push({ name, target: e.target.id, detail: e.detail }));
    }
  });
  await page.$eval("#stage", (el, h) => {
    // Test markup is built by the test itself, not from feed content.
    el.append(document.createRange().createContextualFragment(h));
  }, html);
  await settled(page, selector);
  return page;
}

test("a slow feed times out: the request is aborted and the state says timeout", async () => {
  const page = await blankPage(env);
  const aborted = [];
  page.on("requestfailed", (r) => aborted.push([r.url(), r.failure()?.errorText]));
  const started = Date.now();
  await page.evaluate(() => {
    window.events = [];
    document.addEventListener("syndicard:error", (e) => window.events.push(e.detail));
  });
  await addCards(page, [{ id: "slow", feed: "/slow/feeds/wire-en.atom?ms=10000", timeout: "400" }]);
  await settled(page, "#slow");
  const elapsed = Date.now() - started;
  assert.equal(await page.getAttribute("#slow", "state"), "error");
  assert.equal(await page.getAttribute("#slow", "error-code"), "timeout");
  assert.ok(elapsed < 5000, `gave up after the timeout, not the response (${elapsed} ms)`);
  const events = await page.evaluate(() => window.events);
  assert.equal(events.length, 1);
  assert.equal(events[0].code, "timeout");
  assert.match(events[0].message, /400 ms/);
  assert.ok(
    aborted.some(([url, why]) => url.includes("/slow/feeds/wire-en.atom") && /ABORTED/.test(why)),
    `the request was aborted: ${JSON.stringify(aborted)}`,
  );
});

test("HTTP, network and config failures each have their code, event and console message", async () => {
  const page = await stage(`
    <syndi-card id="http" feed="/status/404"><a href="/">fallback</a></syndi-card>
    <syndi-card id="net" feed="http://127.0.0.1:9/feed.xml"></syndi-card>
    <syndi-card id="config" feed="feeds/wire-en.atom" limit="lots"></syndi-card>
    <syndi-card id="level" feed="feeds/wire-en.atom" heading-level="9"></syndi-card>`);
  const codes = {};
  for (const id of ["http", "net", "config", "level"]) {
    assert.equal(await page.getAttribute(`#${id}`, "state"), "error", id);
    codes[id] = await page.getAttribute(`#${id}`, "error-code");
  }
  assert.deepEqual(codes, { http: "http", net: "network", config: "config", level: "config" });
  const events = await page.evaluate(() => window.events);
  assert.deepEqual(
    events.map((e) => [e.name, e.target, e.detail.code]).sort(),
    [
      ["syndicard:error", "config", "config"],
      ["syndicard:error", "http", "http"],
      ["syndicard:error", "level", "config"],
      ["syndicard:error", "net", "network"],
    ],
  );
  const messages = page.problems.join("\n");
  assert.match(messages, /invalid limit="lots"/);
  assert.match(messages, /invalid heading-level="9"/);
  assert.match(messages, /HTTP 404/);
  assert.ok(!page.problems.some((p) => p.startsWith("uncaught")), "nothing thrown into the page");
  // The fallback child stays visible on error.
  assert.ok(await page.isVisible("#http > a"));
});

test("elements added later are mounted, and removed ones stop", async () => {
  const page = await stage(`<syndi-card id="first" feed="feeds/wire-en.atom"></syndi-card>`);
  await page.evaluate(() => {
    const div = document.createElement("div");
    div.id = "late";
    div.dataset.syndicard = "";
    div.dataset.feed = "feeds/releases.json";
    div.dataset.limit = "2";
    document.querySelector("#stage").append(div);
  });
  await settled(page, "#late");
  assert.equal(await page.getAttribute("#late", "state"), "ready");
  assert.equal(await page.$eval("#late", (el) => el.shadowRoot.querySelectorAll("[part~=card]").length), 2);
  // Changing an option re-renders.
  await page.evaluate(() => {
    document.querySelector("#late").dataset.limit = "1";
  });
  await page.waitForFunction(() => document.querySelector("#late").shadowRoot.querySelectorAll("[part~=card]").length === 1);
  await page.evaluate(() => document.querySelector("#first").setAttribute("limit", "3"));
  await page.waitForFunction(() => document.querySelector("#first").shadowRoot.querySelectorAll("[part~=card]").length === 3);
  // Removing the element unmounts it: its cards and state attribute go.
  const removed = await page.evaluate(() => {
    const el = document.querySelector("#first");
    el.remove();
    return { state: el.getAttribute("state"), cards: el.shadowRoot.querySelectorAll("[part~=card]").length };
  });
  assert.deepEqual(removed, { state: null, cards: 0 });
  assert.deepEqual(page.problems, []);
});

test("proxy: a feed on a host without CORS is read through the template", async () => {
  const page = await blankPage(env);
  const requested = [];
  page.on("request", (r) => requested.push(r.url()));
  await addCards(page, [
    { id: "proxied", feed: "https://wire.example/feeds/wire-en.atom?x=1&y=2", proxy: "/proxy?url={url}" },
  ]);
  await settled(page, "#proxied");
  assert.equal(await page.getAttribute("#proxied", "state"), "ready");
  assert.ok(
    requested.includes(`${env.origin}/proxy?url=https%3A%2F%2Fwire.example%2Ffeeds%2Fwire-en.atom%3Fx%3D1%26y%3D2`),
    `the proxy got the percent-encoded feed URL: ${requested.join(" ")}`,
  );
  assert.ok(!requested.some((u) => u.startsWith("https://wire.example/")), "the feed host itself is never asked");
  assert.deepEqual(page.problems, []);
});

test("refresh: the feed is fetched again after the interval, and not after destroy", async () => {
  const page = await blankPage(env);
  const fetches = () => requested.filter((u) => u.includes("/feeds/releases.json")).length;
  const requested = [];
  page.on("request", (r) => requested.push(r.url()));
  await addCards(page, [{ id: "fresh", feed: "feeds/releases.json", refresh: "15" }]);
  await settled(page, "#fresh");
  assert.equal(fetches(), 1);
  // Every state the element enters from now on, recorded as it happens: a
  // reload from 127.0.0.1 can go loading -> ready within one animation
  // frame, too fast for waitForFunction's polling to see.
  await page.$eval("#fresh", (el) => {
    window.freshStates = [];
    new MutationObserver(() => window.freshStates.push(el.getAttribute("state"))).observe(el, {
      attributeFilter: ["state"],
    });
  });
  await page.waitForFunction(() => window.freshStates.includes("loading"), null, { timeout: 20000 });
  await settled(page, "#fresh");
  assert.equal(fetches(), 2, "fetched again after 15 s");
  assert.equal(await page.getAttribute("#fresh", "state"), "ready");
  // Removed from the page: its timer stops with it.
  await page.evaluate(() => document.querySelector("#fresh").remove());
  await page.waitForTimeout(16000);
  assert.equal(fetches(), 2, "no fetch after the element left the page");
  assert.deepEqual(page.problems, []);
});
