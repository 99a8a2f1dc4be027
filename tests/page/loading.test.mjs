// How the module loads, as a host script sees it: no top-level await (WebKit
// bug 242740 never runs importers of a module waiting at one), `ready`,
// mount() and parse() called before the wasm is there, a wasm that cannot
// load, <meta name="syndicard-wasm">, init(), hosts that cannot hold a
// shadow root, and the element's properties and refresh().
// Pages: www/loading.html (?wasm=URL adds the meta) and www/blank.html.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { transform } from "esbuild";
import { blankPage, newPage, settled, start } from "./browser.mjs";

const DIST = new URL("../../dist/", import.meta.url);
const CARGO_VERSION = readFileSync(new URL("../../Cargo.toml", import.meta.url), "utf8").match(/^version = "(.+)"/m)[1];

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

/** Opens www/loading.html (with `wasm` as its meta) and waits for its log and promises. */
async function loadingPage(wasm) {
  const page = await newPage(env.browser);
  const wasmRequests = [];
  page.on("request", (r) => {
    const path = new URL(r.url()).pathname;
    if (path.endsWith("syndicard_bg.wasm") || path.startsWith("/status/")) wasmRequests.push(path);
  });
  await page.goto(`${env.origin}/loading.html${wasm ? `?wasm=${encodeURIComponent(wasm)}` : ""}`);
  await page.waitForFunction(() => window.__mounted && window.__ready);
  const result = await page.evaluate(async () => ({ log: window.__log, ready: await window.__ready, mounted: await window.__mounted }));
  return { page, wasmRequests, ...result };
}

test("dist/syndicard.js has no top-level await and exports exactly the documented names", async () => {
  const source = readFileSync(new URL("syndicard.js", DIST), "utf8");
  // esbuild refuses top-level await in a classic-script (iife) output.
  await assert.doesNotReject(transform(source, { format: "iife", loader: "js" }), "no top-level await");
  const page = await blankPage(env);
  const exported = await page.evaluate(async () => Object.keys(await import("/dist/syndicard.js")).sort());
  assert.deepEqual(exported, ["Handle", "init", "mount", "parse", "ready", "version"]);
  assert.equal(await page.evaluate(async () => (await import("/dist/syndicard.js")).version), CARGO_VERSION);
  assert.deepEqual(page.problems, []);
});

test("a module importing syndicard runs at once: parse() before ready throws clearly, mount() before ready waits", async () => {
  const { page, log, ready, mounted } = await loadingPage();
  assert.deepEqual(log, [
    `version ${CARGO_VERSION}`,
    "parse threw Error: syndicard.parse: the widget is still loading; await ready (it resolves true) before calling parse()",
  ]);
  assert.equal(ready, "resolved true");
  assert.equal(mounted, "resolved handle of #mounted");
  await settled(page, "#element, #mounted");
  assert.equal(await page.getAttribute("#mounted", "state"), "ready");
  assert.equal(await page.getAttribute("#element", "state"), "ready");
  // A property set while <syndi-card> had no class yet (as a framework may,
  // before the wasm arrives) reaches the attribute once it is defined.
  await settled(page, "#early");
  assert.deepEqual(
    await page.$eval("#early", (el) => [el.getAttribute("limit"), el.limit, el.shadowRoot.querySelectorAll("[part~=card]").length]),
    ["2", 2, 2],
  );
  // Once ready, parse works.
  const title = await page.evaluate(async () => {
    const { parse } = await import("/dist/syndicard.js");
    return parse('<rss version="2.0"><channel><item><title>A</title></item></channel></rss>').releases[0].title;
  });
  assert.equal(title, "A");
});

test("a wasm that cannot load: ready resolves false, mount() and parse() fail with a clear Error, fallbacks stay", async () => {
  const { page, log, ready, mounted, wasmRequests } = await loadingPage("/status/404");
  assert.deepEqual(wasmRequests, ["/status/404"], "the meta's URL was fetched, not the default");
  assert.equal(ready, "resolved false");
  assert.match(mounted, /^rejected Error: syndicard\.mount: the widget could not load \(.*404.*\)$/);
  assert.match(log[1], /^parse threw Error: syndicard\.parse: the widget is still loading/);
  const later = await page.evaluate(async () => {
    const { parse } = await import("/dist/syndicard.js");
    try {
      parse("<rss/>");
      return "returned";
    } catch (e) {
      return `${e.constructor.name}: ${e.message} (cause: ${e.cause?.message})`;
    }
  });
  assert.match(later, /^Error: syndicard\.parse: the widget could not load \(.*404.*\) \(cause: .*404.*\)$/);
  // Nothing was rendered or marked; every fallback is visible.
  for (const id of ["element", "mounted", "figure"]) {
    const host = await page.$eval(`#${id}`, (el) => ({ state: el.getAttribute("state"), shadow: !!el.shadowRoot, text: el.innerText }));
    assert.deepEqual(host, { state: null, shadow: false, text: `fallback of the ${id === "mounted" ? "mount() target" : id}` }, id);
  }
  assert.equal(await page.evaluate(() => customElements.get("syndi-card")), undefined);
  const errors = page.problems.filter((p) => p.includes("syndicard: the widget could not load"));
  assert.equal(errors.length, 1, page.problems.join("\n"));
  assert.ok(!page.problems.some((p) => p.startsWith("uncaught")), page.problems.join("\n"));
});

test('<meta name="syndicard-wasm"> says where the wasm is', async () => {
  const { page, ready, mounted, wasmRequests } = await loadingPage("/slow/dist/syndicard_bg.wasm?ms=200");
  assert.deepEqual(wasmRequests, ["/slow/dist/syndicard_bg.wasm"]);
  assert.equal(ready, "resolved true");
  assert.equal(mounted, "resolved handle of #mounted");
  await settled(page, "#element");
  assert.equal(await page.getAttribute("#element", "state"), "ready");
});

test("a host that cannot hold a shadow root gets state=error error-code=config and a console error naming it; mount() on one rejects clearly", async () => {
  const { page } = await loadingPage();
  await settled(page, "#figure");
  assert.equal(await page.getAttribute("#figure", "state"), "error");
  assert.equal(await page.getAttribute("#figure", "error-code"), "config");
  assert.equal(await page.$eval("#figure", (el) => el.innerText), "fallback of the figure");
  const logged = page.problems.filter((p) => p.includes("<figure>"));
  assert.equal(logged.length, 1, page.problems.join("\n"));
  assert.match(logged[0], /^console\.error: syndicard: a <figure> element cannot hold the widget .*<syndi-card>/);
  const rejected = await page.evaluate(async () => {
    const { mount } = await import("/dist/syndicard.js");
    const events = [];
    const host = document.createElement("a");
    host.href = "/";
    host.addEventListener("syndicard:error", (e) => events.push(e.detail.code));
    document.body.append(host);
    try {
      await mount(host, { feed: "feeds/wire-en.atom" });
      return "resolved";
    } catch (e) {
      return { name: e.name, message: e.message, state: host.getAttribute("state"), code: host.getAttribute("error-code"), events };
    }
  });
  assert.deepEqual(rejected, {
    name: "Error",
    message:
      "syndicard.mount: a <a> element cannot hold the widget (no shadow root can be attached to it): use <syndi-card>, or a <div> with data-syndicard",
    state: "error",
    code: "config",
    events: ["config"],
  });
});

test("init(): returns ready; naming the wasm once the download has begun throws a clear Error", async () => {
  const page = await blankPage(env);
  const result = await page.evaluate(async () => {
    const m = await import("/dist/syndicard.js");
    const same = m.init() === m.ready;
    let thrown = "nothing";
    try {
      m.init({ wasm: "/elsewhere/syndicard_bg.wasm" });
    } catch (e) {
      thrown = `${e.constructor.name}: ${e.message}`;
    }
    return { same, thrown, ready: await m.init() };
  });
  assert.deepEqual(result, {
    same: true,
    thrown:
      'Error: syndicard.init: the wasm is already loading; call init() at the top level of the module that imports syndicard, before any await, or use <meta name="syndicard-wasm" content="URL">',
    ready: true,
  });
});

test("<syndi-card> properties mirror its attributes, typed; refresh() loads again and resolves once settled", async () => {
  const page = await blankPage(env);
  const seen = await page.evaluate(async () => {
    const el = document.createElement("syndi-card");
    const defaults = { feed: el.feed, limit: el.limit, layout: el.layout, theme: el.theme, timeout: el.timeout, headingLevel: el.headingLevel, item: el.item, lang: el.lang };
    el.feed = "feeds/wire-en.atom";
    el.limit = 2;
    el.headingLevel = 4;
    const attributes = { feed: el.getAttribute("feed"), limit: el.getAttribute("limit"), headingLevel: el.getAttribute("heading-level") };
    document.querySelector("#stage").append(el);
    await new Promise((ok) => el.addEventListener("syndicard:ready", ok, { once: true }));
    const cards = el.shadowRoot.querySelectorAll("[part~=card]").length;
    const heading = el.shadowRoot.querySelector("[part~=title]").localName;
    el.limit = null;
    const removed = el.hasAttribute("limit");
    await new Promise((ok) => el.addEventListener("syndicard:ready", ok, { once: true }));
    const after = { limit: el.limit, cards: el.shadowRoot.querySelectorAll("[part~=card]").length };
    const refreshed = el.refresh();
    await refreshed;
    return { defaults, attributes, cards, heading, removed, after, types: typeof el.limit, refresh: [refreshed instanceof Promise, el.getAttribute("state")] };
  });
  assert.deepEqual(seen, {
    defaults: { feed: null, limit: 1, layout: "card", theme: "auto", timeout: 8000, headingLevel: 3, item: null, lang: "" },
    attributes: { feed: "feeds/wire-en.atom", limit: "2", headingLevel: "4" },
    cards: 2,
    heading: "h4",
    removed: false,
    after: { limit: 1, cards: 1 },
    types: "number",
    // refresh() runs a load (whether it refetches or revalidates a kept
    // copy is the network layer's business) and resolves once settled.
    refresh: [true, "ready"],
  });
  assert.deepEqual(page.problems, []);
});

test("parse() gives the normalized feed in the shape syndicard.d.ts declares", async () => {
  const page = await blankPage(env);
  const feed = await page.evaluate(async () => {
    const { parse, ready } = await import("/dist/syndicard.js");
    await ready;
    return parse(`<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel><title>Wire</title><link>https://wire.example/</link><language>en</language>
    <item><title>One</title><link>https://wire.example/1</link><guid>g-1</guid>
      <pubDate>Thu, 05 Jun 2025 16:00:00 +0700</pubDate><category>Tech</category><category>Top Story</category>
      <description>Plain summary.</description><content:encoded>&lt;p&gt;Body&lt;/p&gt;</content:encoded></item>
    <item><title>Two</title></item>
  </channel></rss>`);
  });
  assert.deepEqual(feed, {
    format: "rss",
    title: "Wire",
    link: "https://wire.example/",
    language: "en",
    generator: null,
    publisher: null,
    releases: [
      {
        id: "g-1",
        title: "One",
        link: "https://wire.example/1",
        published: "2025-06-05T09:00:00Z",
        updated: null,
        author: null,
        summary: { kind: "html", value: "Plain summary." },
        content: { kind: "html", value: "<p>Body</p>" },
        image: null,
        categories: ["Tech", "Top Story"],
        language: null,
        source: null,
      },
      {
        id: null,
        title: "Two",
        link: null,
        published: null,
        updated: null,
        author: null,
        summary: null,
        content: null,
        image: null,
        categories: [],
        language: null,
        source: null,
      },
    ],
  });
  const error = await page.evaluate(async () => {
    const { parse } = await import("/dist/syndicard.js");
    try {
      parse("<html><body>not a feed</body></html>");
      return "returned";
    } catch (e) {
      return `${e.constructor.name}: ${e.message}`;
    }
  });
  assert.match(error, /^Error: syndicard\.parse: .+/);
});

test("mount() options: kebab- and camelCase keys, numbers and strings, other keys and null ignored", async () => {
  const page = await blankPage(env);
  const seen = await page.evaluate(async () => {
    const { mount } = await import("/dist/syndicard.js");
    const host = document.createElement("div");
    document.querySelector("#stage").append(host);
    await mount(host, { feed: "feeds/wire-en.atom", limit: 2, headingLevel: 4, layout: "list", theme: null, colour: "red" });
    const root = host.shadowRoot;
    return {
      state: host.getAttribute("state"),
      cards: root.querySelectorAll("[part~=card]").length,
      heading: root.querySelector("[part~=title]").localName,
      layout: [...root.querySelector(".cards").classList].find((c) => c.startsWith("layout-")),
    };
  });
  assert.deepEqual(seen, { state: "ready", cards: 2, heading: "h4", layout: "layout-list" });
  const bad = await page.evaluate(async () => {
    const { mount } = await import("/dist/syndicard.js");
    const host = document.createElement("div");
    document.querySelector("#stage").append(host);
    await mount(host, { feed: "feeds/wire-en.atom", "heading-level": 9 });
    return [host.getAttribute("state"), host.getAttribute("error-code")];
  });
  assert.deepEqual(bad, ["error", "config"]);
});

test("without WebAssembly: nothing is thrown into the page, ready resolves false, the fallbacks stay", async () => {
  const page = await newPage(env.browser);
  await page.addInitScript(() => delete window.WebAssembly);
  await page.goto(`${env.origin}/loading.html`);
  await page.waitForFunction(() => window.__mounted && window.__ready);
  const { ready, mounted } = await page.evaluate(async () => ({ ready: await window.__ready, mounted: await window.__mounted }));
  assert.equal(ready, "resolved false");
  assert.match(mounted, /^rejected Error: syndicard\.mount: the widget could not load \(.*WebAssembly.*\)$/);
  assert.equal(await page.$eval("#element", (el) => el.innerText), "fallback of the element");
  assert.ok(!page.problems.some((p) => p.startsWith("uncaught")), page.problems.join("\n"));
  assert.equal(page.problems.filter((p) => p.includes("syndicard: the widget could not load")).length, 1, page.problems.join("\n"));
});
