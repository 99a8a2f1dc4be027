// The network life cycle as a host page sees it (README, "Network"): one request per feed URL per page, the kept copy shown at
// once and revalidated, retries, lazy loading, re-render without refetch.
// Requests are counted and logged server-side (scripts/serve.mjs /net/).
// Timing is only asserted as orderings and generous lower bounds.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { addCards, blankPage, freshKey, newPage, settled, start, titles, until } from "./browser.mjs";

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

const setVersion = (key, v) => fetch(`${env.origin}/net/set/${key}?v=${v}`);

/** Records, in the page, every ready/error event and every state change of the stage's hosts. */
async function record(page) {
  await page.evaluate(() => {
    window.seen = [];
    for (const name of ["syndicard:ready", "syndicard:error"]) {
      document.addEventListener(name, (e) =>
        window.seen.push({
          name,
          id: e.target.id,
          detail: e.detail,
          titles: [...(e.target.shadowRoot?.querySelectorAll("[part~=title]") ?? [])].map((t) => t.textContent),
          height: e.target.getBoundingClientRect().height,
        }),
      );
    }
    window.states = [];
    new MutationObserver((records) => {
      for (const r of records) window.states.push([r.target.id, r.target.getAttribute("state")]);
    }).observe(document.body, { subtree: true, attributeFilter: ["state"] });
  });
}
const seen = (page) => page.evaluate(() => window.seen);

test("one request and one parse for three widgets of one feed, each with its own limit and layout", async () => {
  const key = freshKey("three");
  const feed = `/net/feed/${key}.xml?items=6&ms=600`;
  const page = await blankPage(env);
  await record(page);
  await page.evaluate(async (feed) => {
    const stage = document.querySelector("#stage");
    const el = document.createElement("syndi-card");
    Object.assign(el, { id: "a" });
    el.setAttribute("feed", feed);
    el.setAttribute("limit", "1");
    const div = document.createElement("div");
    div.id = "b";
    div.dataset.syndicard = "";
    div.dataset.feed = feed;
    div.dataset.limit = "3";
    div.dataset.layout = "list";
    const target = document.createElement("div");
    target.id = "c";
    stage.append(el, div, target);
    const { mount } = await import("/dist/syndicard.js");
    mount(target, { feed, limit: 2, layout: "compact" });
  }, feed);
  // A fourth widget arrives while the request is in flight.
  await page.waitForTimeout(200);
  await addCards(page, [{ id: "d", feed, limit: "4" }]);
  await settled(page, "#a, #b, #c, #d");
  const requests = await env.log(key);
  assert.equal(requests.length, 1, `one request: ${JSON.stringify(requests)}`);
  const counts = {};
  for (const id of ["a", "b", "c", "d"]) {
    assert.equal(await page.getAttribute(`#${id}`, "state"), "ready", id);
    assert.equal(await page.getAttribute(`#${id}`, "source"), "network", id);
    counts[id] = (await titles(page, `#${id}`)).length;
  }
  assert.deepEqual(counts, { a: 1, b: 3, c: 2, d: 4 });
  assert.equal(await page.$eval("#b", (el) => el.shadowRoot.querySelector(".list, [class*=list]") !== null), true);
  const events = (await seen(page)).filter((e) => e.name === "syndicard:ready");
  assert.deepEqual(
    events.map((e) => [e.id, e.detail.count, e.detail.source]).sort(),
    [
      ["a", 1, "network"],
      ["b", 3, "network"],
      ["c", 2, "network"],
      ["d", 4, "network"],
    ],
  );
  assert.deepEqual(page.problems, []);
});

test("a kept copy shows at once on the next view, is revalidated with If-None-Match and updates in place", async () => {
  const key = freshKey("kept");
  const feed = `/net/feed/${key}.xml?items=4&ms=1200`;
  const first = await blankPage(env);
  const context = first.context();
  await addCards(first, [{ id: "k", feed, limit: "2" }]);
  await settled(first, "#k");
  assert.equal(await first.getAttribute("#k", "source"), "network");
  assert.match((await titles(first, "#k"))[0], /^v1 /);
  await first.waitForTimeout(300); // the copy is written after the cards show
  await first.close();

  // The feed changes; the next view shows the kept copy first.
  await setVersion(key, 2);
  const second = await context.newPage();
  second.problems = [];
  second.on("console", (m) => m.type() === "error" && second.problems.push(m.text()));
  await second.goto(`${env.origin}/blank.html`);
  await second.waitForFunction(() => customElements.get("syndi-card"));
  await record(second);
  await second.evaluate(() => {
    // Skeletons put on screen after the first cards would be a flash.
    window.skeletonAfterCards = false;
    document.addEventListener("syndicard:ready", (e) => {
      new MutationObserver(() => {
        if (e.target.shadowRoot.querySelector(".skeleton")) window.skeletonAfterCards = true;
      }).observe(e.target.shadowRoot, { childList: true, subtree: true });
    }, { once: true });
  });
  await addCards(second, [{ id: "k", feed, limit: "2" }]);
  await second.waitForFunction(() => window.seen.filter((e) => e.name === "syndicard:ready").length >= 2, null, {
    timeout: 15000,
  });
  const events = (await seen(second)).filter((e) => e.name === "syndicard:ready");
  assert.equal(events[0].detail.source, "cache");
  assert.equal(events[0].detail.count, 2);
  assert.match(events[0].titles[0], /^v1 /, "the kept copy, before the network answered");
  assert.equal(events[1].detail.source, "network");
  assert.match(events[1].titles[0], /^v2 /, "then the changed feed");
  assert.equal(events[1].height, events[0].height, "no layout jump");
  assert.equal(await second.evaluate(() => window.skeletonAfterCards), false, "no skeleton flash");
  assert.equal(await second.getAttribute("#k", "source"), "network");
  assert.ok(!(await second.evaluate(() => window.states)).some(([, s]) => s === "error"));
  const requests = await env.log(key);
  assert.equal(requests.length, 2);
  assert.equal(requests[0].ifNoneMatch, null);
  assert.equal(requests[1].ifNoneMatch, `"${key}-1"`, "revalidated with the kept ETag");
  assert.equal(requests[1].status, 200);
  await second.waitForTimeout(300);
  await second.close();

  // Unchanged: a 304 keeps the kept cards, with no second event.
  const third = await context.newPage();
  await third.goto(`${env.origin}/blank.html`);
  await third.waitForFunction(() => customElements.get("syndi-card"));
  await record(third);
  await addCards(third, [{ id: "k", feed, limit: "2" }]);
  await third.waitForFunction(() => window.seen.length >= 1);
  await until(async () => (await env.log(key))[2]?.status === 304, "the 304");
  await third.waitForTimeout(300);
  const after304 = await seen(third);
  assert.deepEqual(after304.map((e) => [e.name, e.detail.source]), [["syndicard:ready", "cache"]]);
  assert.match((await titles(third, "#k"))[0], /^v2 /);
  assert.equal(await third.getAttribute("#k", "state"), "ready");
  assert.equal(await third.getAttribute("#k", "source"), "cache");
  await context.close();
});

test("offline, the kept copy stays with source=cache and no error", async () => {
  const key = freshKey("offline");
  const feed = `/net/feed/${key}.xml?items=3`;
  const first = await blankPage(env);
  const context = first.context();
  await addCards(first, [{ id: "o", feed }]);
  await settled(first, "#o");
  await first.waitForTimeout(300);
  await first.close();
  const page = await context.newPage();
  await page.route("**/net/feed/**", (route) => route.abort("internetdisconnected"));
  await page.goto(`${env.origin}/blank.html`);
  await page.waitForFunction(() => customElements.get("syndi-card"));
  await record(page);
  await addCards(page, [{ id: "o", feed }]);
  await settled(page, "#o");
  // Long enough for every retry to have failed.
  await page.waitForTimeout(3500);
  assert.equal(await page.getAttribute("#o", "state"), "ready");
  assert.equal(await page.getAttribute("#o", "source"), "cache");
  assert.equal(await page.getAttribute("#o", "error-code"), null);
  assert.equal((await titles(page, "#o")).length, 1);
  assert.deepEqual((await seen(page)).map((e) => e.name), ["syndicard:ready"]);
  await context.close();
});

test("Cache-Control: no-store keeps nothing", async () => {
  const key = freshKey("nostore");
  const feed = `/net/feed/${key}.xml?items=3&nostore=1`;
  const first = await blankPage(env);
  const context = first.context();
  await addCards(first, [{ id: "n", feed }]);
  await settled(first, "#n");
  await first.waitForTimeout(300);
  const second = await context.newPage();
  await second.goto(`${env.origin}/blank.html`);
  await second.waitForFunction(() => customElements.get("syndi-card"));
  await record(second);
  await addCards(second, [{ id: "n", feed }]);
  await settled(second, "#n");
  assert.deepEqual((await seen(second)).map((e) => e.detail.source), ["network"]);
  const requests = await env.log(key);
  assert.equal(requests.length, 2);
  assert.equal(requests[1].ifNoneMatch, null, "nothing kept, nothing to revalidate");
  await context.close();
});

test("5xx, 429 and dropped connections are retried with growing waits; the state stays loading", async () => {
  const cases = [
    { name: "s503", query: "fail=2&status=503", requests: 3, minGaps: [300, 600] },
    { name: "s429", query: "fail=1&status=429&retry-after=2", requests: 2, minGaps: [1800] },
    { name: "reset", query: "fail=1&reset=1", requests: 2, minGaps: [300] },
  ];
  const page = await blankPage(env);
  await record(page);
  const keyOf = {};
  for (const c of cases) keyOf[c.name] = freshKey(c.name);
  await addCards(
    page,
    cases.map((c) => ({ id: c.name, feed: `/net/flaky/${keyOf[c.name]}.xml?items=2&${c.query}` })),
  );
  await settled(page, cases.map((c) => `#${c.name}`).join(","), 20000);
  for (const c of cases) {
    assert.equal(await page.getAttribute(`#${c.name}`, "state"), "ready", c.name);
    const requests = await env.log(keyOf[c.name]);
    assert.equal(requests.length, c.requests, `${c.name}: ${JSON.stringify(requests)}`);
    const gaps = requests.slice(1).map((r, i) => r.at - requests[i].at);
    c.minGaps.forEach((min, i) => assert.ok(gaps[i] >= min, `${c.name}: gap ${i} was ${gaps[i]} ms, at least ${min}`));
    if (gaps.length === 2) assert.ok(gaps[1] > gaps[0] * 0.9, `${c.name}: backoff grows (${gaps})`);
    const states = (await page.evaluate(() => window.states)).filter(([id]) => id === c.name).map(([, s]) => s);
    assert.deepEqual([...new Set(states)], ["loading", "ready"], `${c.name}: ${states}`);
  }
  assert.ok(!(await seen(page)).some((e) => e.name === "syndicard:error"));
});

test("404 is tried once; a 503 that never ends is tried three times, then reported", async () => {
  const page = await blankPage(env);
  const notFound = freshKey("nf");
  const down = freshKey("down");
  await addCards(page, [
    { id: "nf", feed: `/net/flaky/${notFound}.xml?fail=9&status=404` },
    { id: "down", feed: `/net/flaky/${down}.xml?fail=9&status=503` },
  ]);
  await settled(page, "#nf, #down", 20000);
  assert.equal(await page.getAttribute("#nf", "error-code"), "http");
  assert.equal(await page.getAttribute("#down", "error-code"), "http");
  assert.equal((await env.log(notFound)).length, 1, "404 is not retried");
  assert.equal((await env.log(down)).length, 3, "at most two retries");
});

test("loading=lazy fetches nothing until the element nears the viewport; the skeleton holds its space", async () => {
  const key = freshKey("lazy");
  const page = await blankPage(env);
  await page.evaluate(() => {
    const spacer = document.createElement("div");
    spacer.style.height = "6000px";
    document.querySelector("#stage").append(spacer);
  });
  await addCards(page, [{ id: "lazy", feed: `/net/feed/${key}.xml?items=2`, loading: "lazy" }]);
  await page.waitForTimeout(1500);
  assert.equal((await env.log(key)).length, 0, "nothing fetched far below the fold");
  assert.equal(await page.getAttribute("#lazy", "state"), "loading");
  const held = await page.$eval("#lazy", (el) => ({
    skeleton: !!el.shadowRoot.querySelector(".skeleton"),
    height: el.getBoundingClientRect().height,
  }));
  assert.ok(held.skeleton && held.height > 50, `skeleton reserves space: ${JSON.stringify(held)}`);
  // Within about a viewport: it starts before it is visible.
  await page.evaluate(() => window.scrollTo(0, 6000 - window.innerHeight * 1.5));
  await settled(page, "#lazy");
  assert.equal(await page.getAttribute("#lazy", "state"), "ready");
  assert.equal((await env.log(key)).length, 1);
  assert.deepEqual(page.problems, []);
});

test("layout, theme, lang, heading-level and moving the element re-render without a request", async () => {
  const key = freshKey("rerender");
  const page = await blankPage(env);
  await addCards(page, [{ id: "r", feed: `/net/feed/${key}.xml?items=3`, limit: "2" }]);
  await settled(page, "#r");
  await record(page);
  const readies = async () => (await seen(page)).filter((e) => e.name === "syndicard:ready").length;
  const changes = [
    ["layout", "list", (el) => !!el.shadowRoot.querySelector("[class*=list]")],
    ["theme", "dark", () => true],
    ["lang", "de", (el) => /bereitgestellt|Dritt/.test(el.shadowRoot.querySelector("[part~=disclaimer]")?.textContent ?? "")],
    ["heading-level", "5", (el) => !!el.shadowRoot.querySelector("h5[part~=title]")],
  ];
  let expected = 0;
  for (const [name, value, check] of changes) {
    await page.$eval("#r", (el, [n, v]) => el.setAttribute(n, v), [name, value]);
    expected += 1;
    await page.waitForFunction((n) => window.seen.filter((e) => e.name === "syndicard:ready").length >= n, expected);
    assert.ok(await page.$eval("#r", check), `${name} applied`);
  }
  // Moved: disconnected and connected again in one task.
  await page.evaluate(() => {
    const el = document.querySelector("#r");
    const box = document.createElement("section");
    document.querySelector("#stage").append(box);
    box.append(el);
  });
  expected += 1;
  await page.waitForFunction((n) => window.seen.filter((e) => e.name === "syndicard:ready").length >= n, expected);
  assert.equal(await page.getAttribute("#r", "state"), "ready");
  assert.equal(await readies(), expected);
  assert.equal((await env.log(key)).length, 1, "no request for any of them");
  assert.deepEqual(page.problems, []);
});

test("feed, proxy, item and a limit beyond what was read fetch again", async () => {
  const key = freshKey("refetch");
  const other = freshKey("refetch-other");
  // A feed of about 5 KB per release (500 KB, in 8 KB drops) that limit 1
  // stops reading long before release 40.
  const feed = `/net/feed/${key}.xml?items=100&pad=4&kb=8&drip=40`;
  const page = await blankPage(env);
  await addCards(page, [{ id: "f", feed, limit: "1" }]);
  await settled(page, "#f");
  assert.equal((await env.log(key)).length, 1);
  const change = async (name, value) => {
    await page.$eval("#f", (el, [n, v]) => el.setAttribute(n, v), [name, value]);
    await page.waitForFunction(() => document.querySelector("#f").getAttribute("state") === "loading").catch(() => {});
    await settled(page, "#f");
  };
  await change("limit", "40");
  assert.equal((await env.log(key)).length, 2, "limit beyond the releases read");
  assert.equal((await titles(page, "#f")).length, 40);
  await change("item", "wire-90");
  assert.equal((await env.log(key)).length, 3, "item");
  assert.match((await titles(page, "#f"))[0], /Release 90:/);
  await page.$eval("#f", (el) => el.removeAttribute("item"));
  await settled(page, "#f");
  await change("feed", `/net/feed/${other}.xml?items=2`);
  assert.equal((await env.log(other)).length, 1, "feed");
  // Through a proxy: the proxied URL is a new request (its server-side
  // key is the feed URL the template received).
  await change("proxy", "/net/feed/{url}");
  const proxied = await env.log(encodeURIComponent(`${env.origin}/net/feed/${other}.xml?items=2`));
  assert.equal(proxied.length, 1, "proxy");
  assert.equal((await env.log(other)).length, 1);
  assert.deepEqual(page.problems.filter((p) => !p.includes("404")), []);
});

test("destroying every widget of a feed aborts its download", async () => {
  const key = freshKey("abort");
  const feed = `/net/feed/${key}.xml?items=400&kb=4&drip=150`;
  const page = await blankPage(env);
  await addCards(page, [
    { id: "x", feed, item: "wire-399", timeout: "60000" },
    { id: "y", feed, item: "wire-398", timeout: "60000" },
  ]);
  await until(async () => (await env.log(key)).length === 1, "the request");
  await page.waitForTimeout(500);
  await page.evaluate(() => document.querySelector("#x").remove());
  await page.waitForTimeout(800);
  assert.equal((await env.log(key))[0].hungUp, false, "one widget still wants the feed");
  await page.evaluate(() => document.querySelector("#y").remove());
  await until(async () => (await env.log(key))[0].hungUp, "the client to hang up");
  const requests = await env.log(key);
  assert.equal(requests.length, 1);
  assert.equal(requests[0].hungUp, true, "the client hung up before the end");
});

test("streaming: a widget needing fewer releases renders while the download goes on for another", async () => {
  const key = freshKey("stream");
  // About 5 KB per release, dripped 8 KB every 100 ms: release 30 comes
  // well after the first ones.
  const feed = `/net/feed/${key}.xml?items=60&pad=4&kb=8&drip=100`;
  const page = await blankPage(env);
  await record(page);
  await page.evaluate(() => {
    window.firstReady = null;
    document.addEventListener(
      "syndicard:ready",
      (e) => {
        window.firstReady = { id: e.target.id, other: document.querySelector(e.target.id === "few" ? "#many" : "#few").getAttribute("state") };
      },
      { once: true },
    );
  });
  await addCards(page, [
    { id: "few", feed, limit: "1", timeout: "30000" },
    { id: "many", feed, limit: "30", layout: "list", timeout: "30000" },
  ]);
  await settled(page, "#few, #many", 20000);
  assert.deepEqual(await page.evaluate(() => window.firstReady), { id: "few", other: "loading" });
  assert.equal((await titles(page, "#few")).length, 1);
  assert.equal((await titles(page, "#many")).length, 30);
  const requests = await env.log(key);
  assert.equal(requests.length, 1, "one request for both");
});

test("the refresh timer waits while the page is hidden and catches up, conditionally, when it is visible", async () => {
  const key = freshKey("hidden");
  const page = await blankPage(env);
  // Headless pages are always visible: the test drives document.hidden
  // and the visibilitychange event itself.
  await page.evaluate(() => {
    window.fakeHidden = false;
    Object.defineProperty(document, "hidden", { configurable: true, get: () => window.fakeHidden });
  });
  await addCards(page, [{ id: "h", feed: `/net/feed/${key}.xml?items=2`, refresh: "15" }]);
  await settled(page, "#h");
  const started = Date.now();
  await page.evaluate(() => {
    window.fakeHidden = true;
    document.dispatchEvent(new Event("visibilitychange"));
  });
  // Past the 15 s interval: nothing while hidden.
  await page.waitForTimeout(Math.max(0, 16500 - (Date.now() - started)));
  assert.equal((await env.log(key)).length, 1, "no refresh while hidden");
  await page.evaluate(() => {
    window.fakeHidden = false;
    document.dispatchEvent(new Event("visibilitychange"));
  });
  await until(async () => (await env.log(key)).length === 2, "the refresh once visible", 5000);
  const [, refresh] = await env.log(key);
  assert.equal(refresh.ifNoneMatch, `"${key}-1"`, "a conditional request");
  assert.equal(refresh.status, 304);
  await settled(page, "#h");
  assert.equal(await page.getAttribute("#h", "state"), "ready");
  assert.deepEqual(page.problems, []);
});

test("an inline feed reports source=inline and makes no request", async () => {
  const page = await blankPage(env);
  await record(page);
  const requested = [];
  page.on("request", (r) => requested.push(r.url()));
  await page.$eval("#stage", (stage) => {
    const card = document.createElement("syndi-card");
    card.id = "i";
    const script = document.createElement("script");
    script.type = "application/rss+xml";
    script.textContent =
      '<rss version="2.0"><channel><title>Inline</title><item><title>Inline release</title><link>https://wire.example/i</link></item></channel></rss>';
    card.append(script);
    stage.append(card);
  });
  await settled(page, "#i");
  assert.equal(await page.getAttribute("#i", "source"), "inline");
  assert.deepEqual((await seen(page)).map((e) => [e.detail.count, e.detail.source]), [[1, "inline"]]);
  assert.deepEqual(requested.filter((u) => !u.includes("/dist/") && !u.endsWith(".svg")), []);
});
