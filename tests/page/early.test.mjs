// The feed request of a widget already on the page when syndicard.js runs
// starts while the wasm is still downloading (js/bootstrap.js
// prefetchFeeds), and stays the one request per feed URL that the README promises: the
// shared download takes it over, a kept copy is still revalidated
// conditionally, and a request no widget takes is aborted.
// Requests are logged server-side (scripts/serve.mjs /net/); timing is
// asserted only as orderings.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { freshKey, newPage, settled, start, titles } from "./browser.mjs";

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

/**
 * Opens a page whose HTML holds `body` from the start, with the wasm held
 * back `wasmMs` ms; resolves with the page and the time (Date.now()) the
 * wasm was let through.
 */
async function pageWith(page, name, body, wasmMs, lang = "en") {
  const released = { at: null };
  await page.route("**/dist/syndicard_bg.wasm", async (route) => {
    await new Promise((r) => setTimeout(r, wasmMs));
    released.at = Date.now();
    await route.continue();
  });
  await page.route(`**/early/${name}.html`, (route) =>
    route.fulfill({
      contentType: "text/html; charset=utf-8",
      body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>early</title>
<script type="module" src="/dist/syndicard.js"></script></head><body>${body}</body></html>`,
    }),
  );
  await page.goto(`${env.origin}/early/${name}.html`);
  return released;
}

test("a feed on the page is requested while the wasm downloads, once, and every widget of it is served", async () => {
  const key = freshKey("early");
  const feed = `/net/feed/${key}.xml?items=6`;
  const page = await newPage(env.browser);
  const released = await pageWith(
    page,
    key,
    `<syndi-card id="a" feed="${feed}" limit="2"></syndi-card>
     <div id="b" data-syndicard data-feed="${feed}" data-limit="5" data-layout="list"></div>`,
    1500,
  );
  await settled(page, "#a, #b", 20000);
  const requests = await env.log(key);
  assert.equal(requests.length, 1, `one request: ${JSON.stringify(requests)}`);
  assert.ok(released.at !== null, "the wasm was requested");
  assert.ok(requests[0].at < released.at, "the feed was requested before the wasm arrived");
  assert.equal(requests[0].hungUp, false);
  assert.deepEqual(
    (await titles(page, "#a")).map((t) => t.split(":")[0]),
    ["v1 Release 1", "v1 Release 2"],
  );
  assert.equal((await titles(page, "#b")).length, 5);
  for (const id of ["#a", "#b"]) assert.equal(await page.getAttribute(id, "source"), "network");
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("an early request that fails at the network is retried by the shell: the widget reaches ready, nothing is thrown", async () => {
  const key = freshKey("dropped");
  const feed = `/net/flaky/${key}.xml?fail=1&reset=1`;
  const page = await newPage(env.browser);
  const released = await pageWith(page, key, `<syndi-card id="a" feed="${feed}" limit="2"></syndi-card>`, 800);
  await settled(page, "#a", 20000);
  const requests = await env.log(key);
  assert.ok(requests[0].at < released.at, "the first request was the bootstrap's, before the wasm arrived");
  assert.deepEqual(
    requests.map((r) => r.status),
    ["reset", 200],
  );
  assert.equal(await page.getAttribute("#a", "state"), "ready");
  assert.equal(await page.getAttribute("#a", "source"), "network");
  assert.deepEqual(
    page.problems.filter((p) => p.startsWith("uncaught")),
    [],
  );
  await page.context().close();
});

test("the next view of a kept feed is not requested early: the kept copy is shown and revalidated", async () => {
  const key = freshKey("kept");
  const feed = `/net/feed/${key}.xml?items=4`;
  const page = await newPage(env.browser);
  const body = `<syndi-card id="a" feed="${feed}" limit="3"></syndi-card>`;
  await pageWith(page, key, body, 0);
  await settled(page, "#a");
  // The copy is kept after the cards are shown: wait until it is listed.
  await page.waitForFunction(() => (localStorage.getItem("syndicard-1") ?? "").includes("/net/feed/"));
  await page.goto("about:blank");
  await page.unrouteAll();
  await pageWith(page, `${key}-2`, body, 0);
  await settled(page, "#a");
  await page.waitForFunction(() => document.querySelector("#a").getAttribute("source") === "cache");
  // The kept copy is shown first; its revalidation follows.
  const end = Date.now() + 10000;
  let requests = await env.log(key);
  while (requests.length < 2 && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    requests = await env.log(key);
  }
  await page.waitForTimeout(300);
  requests = await env.log(key);
  assert.equal(requests.length, 2, JSON.stringify(requests));
  assert.equal(requests[0].ifNoneMatch, null);
  assert.equal(requests[1].ifNoneMatch, `"${key}-1"`, "revalidated with the kept ETag");
  assert.equal(requests[1].status, 304);
  assert.equal((await titles(page, "#a")).length, 3);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("an early request no widget takes (its options are invalid) is aborted, and the widget reports the error", async () => {
  const key = freshKey("orphan");
  const page = await newPage(env.browser);
  await pageWith(page, key, `<syndi-card id="a" feed="/net/feed/${key}.xml?ms=4000" limit="lots"></syndi-card>`, 0);
  await settled(page, "#a");
  assert.equal(await page.getAttribute("#a", "error-code"), "config");
  const end = Date.now() + 8000;
  let requests = await env.log(key);
  while (!(requests.length === 1 && requests[0].hungUp) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    requests = await env.log(key);
  }
  assert.equal(requests.length, 1, JSON.stringify(requests));
  assert.equal(requests[0].hungUp, true, "aborted before the answer came");
  await page.context().close();
});

test("a 4 MB feed that has all arrived before the wasm is read only up to the limit: never copied into the wasm whole", async () => {
  const page = await newPage(env.browser);
  await page.addInitScript(() => {
    const keep = (r) => {
      for (const v of Object.values((r.instance ?? r).exports)) if (v instanceof WebAssembly.Memory) window.wasmMemory = v;
      return r;
    };
    for (const f of ["instantiateStreaming", "instantiate"]) {
      const o = WebAssembly[f];
      WebAssembly[f] = function (...a) {
        return o.apply(this, a).then(keep);
      };
    }
  });
  await pageWith(page, `big-${process.pid}`, `<syndi-card id="a" feed="/generated/wire.xml?items=3500" limit="3"></syndi-card>`, 1500);
  await settled(page, "#a", 30000);
  assert.equal((await titles(page, "#a")).length, 3);
  const feedBytes = await page.evaluate(async () => (await (await fetch("/generated/wire.xml?items=3500")).arrayBuffer()).byteLength);
  const memory = await page.evaluate(() => window.wasmMemory.buffer.byteLength);
  assert.ok(feedBytes > 3_500_000, `the feed is about 4 MB (${feedBytes} B)`);
  assert.ok(memory < feedBytes / 2, `wasm memory ${memory} B, for a feed of ${feedBytes} B`);
  await page.context().close();
});

/** Runs in the page before its scripts: logs (performance.now()) every Intl.DateTimeFormat made. */
function countDateFormats() {
  window.dateFormats = [];
  Intl.DateTimeFormat = new Proxy(Intl.DateTimeFormat, {
    construct(target, args) {
      window.dateFormats.push(performance.now());
      return Reflect.construct(target, args);
    },
    apply(target, self, args) {
      window.dateFormats.push(performance.now());
      return Reflect.apply(target, self, args);
    },
  });
}

test("a page that only calls parse() makes no date formatter; a page with a widget makes one while the wasm downloads (in a language the core does not date), none at all in one it dates", async () => {
  const parsing = await newPage(env.browser);
  await parsing.addInitScript(countDateFormats);
  await pageWith(
    parsing,
    `parse-only-${process.pid}`,
    `<script type="module">
      import { parse, ready } from "/dist/syndicard.js";
      const text = await (await fetch("/generated/wire.xml?items=2")).text();
      window.loaded = await ready;
      // Any task the module queued at load has run by the next timer.
      await new Promise((r) => setTimeout(r, 200));
      window.beforeParse = window.dateFormats.length;
      window.titles = parse(text).releases.map((r) => r.title);
    </script>`,
    0,
  );
  await parsing.waitForFunction(() => window.titles, null, { timeout: 15000 });
  assert.equal(await parsing.evaluate(() => window.loaded), true);
  assert.equal((await parsing.evaluate(() => window.titles)).length, 2, "parse() read the feed");
  assert.equal(await parsing.evaluate(() => window.beforeParse), 0, "no Intl.DateTimeFormat before parse()");
  assert.deepEqual(parsing.problems, []);
  await parsing.context().close();

  const showing = await newPage(env.browser);
  await showing.addInitScript(countDateFormats);
  const released = await pageWith(
    showing,
    `warm-${process.pid}`,
    `<syndi-card id="a" lang="nl" feed="/net/feed/${freshKey("warm")}.xml?items=2"></syndi-card>`,
    3000,
    "nl",
  );
  await showing.waitForFunction(() => window.dateFormats.length > 0, null, { timeout: 15000 });
  assert.equal(released.at, null, "the formatter was made while the wasm was still held back");
  await settled(showing, "#a", 20000);
  assert.deepEqual(showing.problems, []);
  await showing.context().close();

  // English: the core writes the dates, the page never loads ICU's dates.
  const dated = await newPage(env.browser);
  await dated.addInitScript(countDateFormats);
  await pageWith(dated, `dated-${process.pid}`, `<syndi-card id="a" limit="2" feed="/net/feed/${freshKey("dated")}.xml?items=2"></syndi-card>`, 0);
  await settled(dated, "#a", 20000);
  // Any task the module queued has run by the next timer.
  await dated.waitForTimeout(200);
  const dates = await dated.$$eval("#a", ([host]) => [...host.shadowRoot.querySelectorAll("time[part~=date]")].map((t) => t.textContent));
  assert.equal(dates.length, 2, "both releases dated");
  assert.ok(dates.every((d) => /^[A-Z][a-z]+ \d{1,2}, \d{4}$/.test(d)), `English long dates: ${dates}`);
  assert.equal(await dated.evaluate(() => window.dateFormats.length), 0, "no Intl.DateTimeFormat on an English page");
  assert.deepEqual(dated.problems, []);
  await dated.context().close();
});

test("the bootstrap and the shell agree: an early request iff the shell fetches that feed at once, and never two", async () => {
  const k = (name) => freshKey(`agree-${name}`);
  const feed = (key) => `/net/feed/${key}.xml?items=2`;
  // Each case's host (a <syndi-card> unless `tag` says otherwise) gets
  // `attrs(feed, other)`: `fetched` says whether the shell fetches `feed` at
  // once (then the one request must be the early one); `other` is asked
  // for only when it is the proxy (by the shell, after the wasm); `below`
  // puts the host far below the viewport.
  const cases = [
    { name: "feed", attrs: (f) => `feed="${f}"`, fetched: true },
    { name: "data-feed", tag: "div data-syndicard", attrs: (f) => `data-feed="${f}"`, fetched: true },
    { name: "both-equal", attrs: (f) => `feed="${f}" data-feed="${f}"`, fetched: true },
    { name: "both-differ", attrs: (f, other) => `feed="${other}" data-feed="${f}"`, fetched: true },
    { name: "both-differ-div", tag: "div data-syndicard", attrs: (f, other) => `data-feed="${other}" feed="${f}"`, fetched: true },
    { name: "eager-upper", attrs: (f) => `feed="${f}" loading="EAGER"`, fetched: true },
    { name: "empty-proxy", attrs: (f) => `feed="${f}" proxy=" " data-relay=""`, fetched: true },
    { name: "lazy", attrs: (f) => `feed="${f}" loading="lazy"`, fetched: false, below: true },
    { name: "lazy-upper", attrs: (f) => `data-feed="${f}" data-loading="LAZY"`, tag: "div data-syndicard", fetched: false, below: true },
    { name: "proxy", attrs: (f, other) => `feed="${f}" proxy="${other}&amp;via={url}"`, fetched: false, proxied: true },
    { name: "relay", attrs: (f) => `feed="${f}" relay="/no-relay-here"`, fetched: false },
    {
      name: "inline",
      attrs: (f) => `feed="${f}"`,
      child: `<script type="application/rss+xml"><rss version="2.0"><channel><title>Inline</title><item><title>Inline one</title><link>https://example.com/1</link></item></channel></rss></script>`,
      fetched: false,
    },
  ];
  for (const c of cases) [c.key, c.other] = [k(c.name), k(`${c.name}-other`)];
  const host = (c) => {
    const [open, close] = [c.tag ?? "syndi-card", (c.tag ?? "syndi-card").split(" ")[0]];
    return `<${open} id="${c.name}" ${c.attrs(feed(c.key), feed(c.other))}>${c.child ?? ""}</${close}>`;
  };
  const page = await newPage(env.browser);
  const asked = [];
  page.on("request", (r) => asked.push(r.url()));
  const released = await pageWith(
    page,
    k("page"),
    `${cases.filter((c) => !c.below).map(host).join("\n")}
     <syndi-card id="ftp" feed="ftp://127.0.0.1/agree-${process.pid}.xml"></syndi-card>
     <div style="height: 500vh"></div>
     ${cases.filter((c) => c.below).map(host).join("\n")}`,
    1500,
  );
  const shown = cases.filter((c) => c.fetched || c.proxied || c.child);
  await settled(page, [...shown.map((c) => `#${c.name}`), "#ftp"].join(","), 20000);
  // Whatever the shell would still ask for has been asked by now.
  await page.waitForTimeout(500);
  for (const c of cases) {
    const requests = await env.log(c.key);
    const others = await env.log(c.other);
    if (c.fetched) {
      assert.equal(requests.length, 1, `${c.name}: one request: ${JSON.stringify(requests)}`);
      assert.ok(requests[0].at < released.at, `${c.name}: made early, before the wasm arrived`);
      assert.equal(await page.getAttribute(`#${c.name}`, "source"), "network", c.name);
    } else {
      assert.deepEqual(requests, [], `${c.name}: the feed itself is never requested`);
    }
    if (c.proxied) {
      assert.equal(others.length, 1, `${c.name}: the proxy asked once: ${JSON.stringify(others)}`);
      assert.ok(others[0].at > released.at, `${c.name}: by the shell, not early`);
    } else {
      assert.deepEqual(others, [], `${c.name}: the other URL is never requested`);
    }
  }
  assert.equal(await page.getAttribute("#inline", "source"), "inline");
  for (const c of cases.filter((c) => c.below)) assert.equal(await page.getAttribute(`#${c.name}`, "state"), "loading", c.name);
  assert.equal(await page.getAttribute("#ftp", "error-code"), "config");
  assert.deepEqual(
    asked.filter((u) => !u.startsWith(env.origin)),
    [],
    "nothing but the page's origin was asked (no ftp: request)",
  );
  assert.deepEqual(
    page.problems.filter((p) => p.startsWith("uncaught")),
    [],
  );
  await page.context().close();
});
