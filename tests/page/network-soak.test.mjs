// Nothing leaked, nothing refetched: 1,000 mount/destroy cycles and 1,000
// refreshes leave the wasm memory, live event listeners and pending
// timers flat; a page restored from the back/forward cache fetches
// nothing. Memory is the wasm instance's own (captured at instantiation),
// listeners come from the DevTools protocol, timers from a counting
// wrapper around setTimeout/clearTimeout installed before the page runs.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, newPage, settled, start } from "./browser.mjs";

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

/** Runs in the page before its scripts: keeps the wasm memory, counts pending timers. */
function instrument() {
  const keep = (result) => {
    const exports = (result.instance ?? result).exports;
    window.wasmMemory = Object.values(exports).find((e) => e instanceof WebAssembly.Memory);
    return result;
  };
  for (const name of ["instantiateStreaming", "instantiate"]) {
    const original = WebAssembly[name];
    WebAssembly[name] = (...args) => original.apply(WebAssembly, args).then(keep);
  }
  const pending = new Set();
  const set = window.setTimeout;
  const clear = window.clearTimeout;
  window.setTimeout = function (fn, ms, ...rest) {
    const id = set.call(
      window,
      (...a) => {
        pending.delete(id);
        return typeof fn === "function" ? fn(...a) : undefined;
      },
      ms,
      ...rest,
    );
    pending.add(id);
    return id;
  };
  window.clearTimeout = function (id) {
    pending.delete(id);
    return clear.call(window, id);
  };
  window.pendingTimers = () => pending.size;
}

async function measure(page, cdp) {
  // Let grace timers of abandoned feeds run out first.
  await page.waitForTimeout(600);
  const { metrics } = await cdp.send("Performance.getMetrics");
  return {
    memory: await page.evaluate(() => window.wasmMemory.buffer.byteLength),
    listeners: metrics.find((m) => m.name === "JSEventListeners").value,
    timers: await page.evaluate(() => window.pendingTimers()),
  };
}

async function soakPage() {
  const page = await newPage(env.browser);
  await page.addInitScript(instrument);
  await page.goto(`${env.origin}/blank.html`);
  await page.waitForFunction(() => customElements.get("syndi-card") && window.wasmMemory);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  return { page, cdp };
}

test("1,000 mount/destroy cycles leave memory, listeners and timers flat", async () => {
  const { page, cdp } = await soakPage();
  const feed = `/net/feed/soak-mount-${process.pid}.xml?items=5`;
  const cycles = (n) =>
    page.evaluate(
      async ([feed, n]) => {
        const { mount } = await import("/dist/syndicard.js");
        const stage = document.querySelector("#stage");
        // Ten at a time: each mount yields to the page while its cards go
        // in, so one after another would spend most of the time waiting.
        const cycle = async (i) => {
          const div = document.createElement("div");
          stage.append(div);
          const handle = await mount(div, { feed, limit: 2 });
          if (div.getAttribute("state") !== "ready") throw new Error(`cycle ${i}: ${div.getAttribute("state")}`);
          handle.destroy();
          handle.free();
          div.remove();
        };
        for (let i = 0; i < n; i += 10) {
          await Promise.all([...Array(10).keys()].map((j) => cycle(i + j)));
        }
      },
      [feed, n],
    );
  await cycles(100);
  const before = await measure(page, cdp);
  await cycles(1000);
  const after = await measure(page, cdp);
  assert.ok(
    after.memory - before.memory <= 128 * 1024,
    `wasm memory flat: ${before.memory} -> ${after.memory} bytes`,
  );
  assert.ok(after.listeners <= before.listeners, `listeners flat: ${before.listeners} -> ${after.listeners}`);
  assert.ok(after.timers <= before.timers, `timers flat: ${before.timers} -> ${after.timers}`);
  assert.equal((await env.log(`soak-mount-${process.pid}`)).length, 1, "one request for all 1,100 widgets");
  assert.deepEqual(page.problems, []);
});

test("1,000 refreshes leave memory, listeners and timers flat, each a conditional request", async () => {
  const { page, cdp } = await soakPage();
  const key = `soak-refresh-${process.pid}`;
  const refreshes = (n) =>
    page.evaluate(
      async ([feed, n]) => {
        const { mount } = await import("/dist/syndicard.js");
        let div = document.querySelector("#soak");
        if (!div) {
          div = document.createElement("div");
          div.id = "soak";
          document.querySelector("#stage").append(div);
          window.soak = await mount(div, { feed, limit: 2, refresh: 600 });
        }
        // In batches: refreshes asked while one is in flight share it.
        for (let i = 0; i < n; i += 4) {
          await Promise.all([0, 1, 2, 3].map(() => window.soak.refresh()));
          if (div.getAttribute("state") !== "ready") throw new Error(`refresh ${i}: ${div.getAttribute("state")}`);
        }
      },
      [`/net/feed/${key}.xml?items=5`, n],
    );
  await refreshes(100);
  const before = await measure(page, cdp);
  await refreshes(1000);
  const after = await measure(page, cdp);
  assert.ok(
    after.memory - before.memory <= 128 * 1024,
    `wasm memory flat: ${before.memory} -> ${after.memory} bytes`,
  );
  assert.ok(after.listeners <= before.listeners, `listeners flat: ${before.listeners} -> ${after.listeners}`);
  assert.ok(after.timers <= before.timers, `timers flat: ${before.timers} -> ${after.timers}`);
  const requests = await env.log(key);
  assert.ok(requests.length >= 250, `refreshes reached the server (${requests.length} requests)`);
  assert.equal(requests[0].ifNoneMatch, null);
  assert.ok(requests.slice(1).every((r) => r.ifNoneMatch === `"${key}-1"` && r.status === 304), "conditional, 304");
  assert.equal(await page.getAttribute("#soak", "source"), "network");
  assert.deepEqual(page.problems, []);
});

test("a page restored from the back/forward cache fetches nothing again", async () => {
  const key = `bfcache-${process.pid}`;
  // Playwright turns the back/forward cache off unless asked not to.
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
    ignoreDefaultArgs: ["--disable-back-forward-cache"],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${env.origin}/net/page/${key}`);
    await page.waitForFunction(() => customElements.get("syndi-card"));
    await page.evaluate((feed) => {
      window.restored = null;
      addEventListener("pageshow", (e) => {
        window.restored = e.persisted;
      });
      const card = document.createElement("syndi-card");
      card.id = "b";
      card.setAttribute("feed", feed);
      card.setAttribute("refresh", "15");
      document.querySelector("#stage").append(card);
    }, `/net/feed/${key}.xml?items=3`);
    await settled(page, "#b");
    await page.goto(`${env.origin}/net/page/${key}-elsewhere`);
    // A page restored from the cache fires pageshow, not load.
    await page.goBack({ waitUntil: "commit" });
    await page.waitForFunction(() => window.restored === true || window.restored === false, null, { timeout: 10000 });
    assert.equal(await page.evaluate(() => window.restored), true, "restored from the back/forward cache");
    assert.equal(await page.getAttribute("#b", "state"), "ready");
    await page.waitForTimeout(500);
    assert.equal((await env.log(key)).length, 1, "nothing refetched");
  } finally {
    await browser.close();
  }
});
