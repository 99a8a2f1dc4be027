// No layout shift: the demo page measured with the Layout Instability API
// (PerformanceObserver "layout-shift", buffered, from before the first
// paint), also with the wasm and the feeds slowed down so that the
// fallback and the skeleton are on screen for a while; and every layout's
// cards measured against the skeleton that held their place.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { newPage, settled, start } from "./browser.mjs";

const HOSTS = "#release-id, #tech-list, #health-card";
let env;

before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

/** Records every layout-shift entry of the page from its start. */
async function observeShifts(page) {
  await page.addInitScript(() => {
    window.shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        window.shifts.push({
          value: e.value,
          recent: e.hadRecentInput,
          at: Math.round(e.startTime),
          sources: (e.sources ?? []).map((s) => `${s.node?.nodeName}#${s.node?.id ?? ""}`),
        });
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/** Cumulative layout shift so far (shifts right after input excluded). */
async function cls(page) {
  // Two frames, so the last render's shifts are reported.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const shifts = await page.evaluate(() => window.shifts);
  return { total: shifts.filter((s) => !s.recent).reduce((sum, s) => sum + s.value, 0), shifts };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Once every `<syndi-card>` shows its skeleton: each one's id, height and
 * number of placeholders, read in that same moment.
 */
async function skeletonsOnScreen(page) {
  const handle = await page.waitForFunction(() => {
    const hosts = [...document.querySelectorAll("syndi-card")];
    if (!hosts.every((el) => el.shadowRoot?.querySelector(".skeleton"))) return false;
    return hosts.map((el) => [
      el.id,
      el.getBoundingClientRect().height,
      el.shadowRoot.querySelectorAll(".skeleton > .card").length,
    ]);
  });
  return handle.jsonValue();
}
const notFavicon = (p) => !p.includes("404");

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
]) {
  test(`the demo page loads with no layout shift (${viewport.width}×${viewport.height})`, async () => {
    const page = await newPage(env.browser, { viewport });
    await observeShifts(page);
    await page.goto(`${env.origin}/`);
    await settled(page, HOSTS);
    const { total, shifts } = await cls(page);
    assert.equal(total, 0, `layout shifts: ${JSON.stringify(shifts)}`);
    assert.deepEqual(page.problems.filter(notFavicon), []);
  });
}

test("no layout shift while the wasm and the feeds are slow (fallback, then skeleton, then cards)", async () => {
  const page = await newPage(env.browser, { viewport: { width: 1280, height: 720 } });
  await observeShifts(page);
  await page.route("**/*_bg.wasm", async (route) => {
    await sleep(600);
    await route.continue();
  });
  await page.route("**/feeds/*", async (route) => {
    await sleep(1500);
    await route.continue();
  });
  await page.goto(`${env.origin}/`);
  // The skeleton really was on screen, in place of the fallback.
  await page.waitForFunction(() => document.querySelector("#release-id").shadowRoot?.querySelector(".skeleton"));
  await sleep(300);
  await settled(page, HOSTS);
  const { total, shifts } = await cls(page);
  assert.equal(total, 0, `layout shifts: ${JSON.stringify(shifts)}`);
});

test("cards land exactly in their skeleton's box (card, list, compact; full only grows), in both directions", async () => {
  // 1400px: wide cards, whose image box stops at its maximum height.
  for (const [layout, width] of [["card", 960], ["card", 1400], ["list", 960], ["compact", 960], ["full", 960]]) {
    for (const limit of [1, 3]) {
      const page = await newPage(env.browser, { viewport: { width, height: 800 } });
      if (width > 1024) {
        await page.addInitScript(() =>
          document.addEventListener("DOMContentLoaded", () => {
            const style = document.createElement("style");
            style.textContent = "main { max-width: none !important }";
            document.head.append(style);
          }),
        );
      }
      await page.goto(`${env.origin}/layouts.html?layout=${layout}&limit=${limit}&delay=700`);
      const heights = () =>
        page.$$eval("syndi-card", (els) => els.map((el) => [el.id, el.getBoundingClientRect().height]));
      // Measured in the same task that finds every skeleton on screen (on a
      // loaded machine the feed may arrive between two separate calls).
      const measured = await skeletonsOnScreen(page);
      const loading = measured.map(([id, h]) => [id, h]);
      const skeletons = measured.map(([, , n]) => n);
      assert.deepEqual(skeletons, [limit, limit], "one placeholder per release asked for");
      await settled(page, "syndi-card");
      const ready = await heights();
      if (width > 1024 && limit === 1) {
        const image = await page.$eval("#card-en", (el) => el.shadowRoot.querySelector(".image").getBoundingClientRect().height);
        assert.equal(image, 288, "the image box is at its maximum height");
      }
      for (const [i, [id, h]] of loading.entries()) {
        assert.equal(await page.getAttribute(`#${id}`, "state"), "ready", id);
        if (layout === "full") assert.ok(ready[i][1] >= h, `${id}: ${ready[i][1]} < skeleton ${h}`);
        else assert.equal(ready[i][1], h, `${id} limit=${limit}: cards ${ready[i][1]}px, skeleton ${h}px`);
      }
      await page.context().close();
    }
  }
});

test("the skeleton is hidden from assistive technology and pulses only without reduced motion", async () => {
  for (const reducedMotion of ["no-preference", "reduce"]) {
    const page = await newPage(env.browser, { reducedMotion });
    await page.goto(`${env.origin}/layouts.html?layout=list&delay=2000`);
    const skeleton = await page.waitForFunction(() => document.querySelector("#list-en").shadowRoot?.querySelector(".skeleton"));
    const seen = await skeleton.evaluate((el) => ({
      hidden: el.getAttribute("aria-hidden"),
      animation: getComputedStyle(el.querySelector(".bone")).animationName,
      // While the skeleton shows, the fallback is not slotted.
      slots: el.getRootNode().querySelectorAll("slot").length,
    }));
    assert.equal(seen.hidden, "true");
    assert.equal(seen.slots, 0);
    assert.equal(seen.animation, reducedMotion === "reduce" ? "none" : "syndicard-pulse", reducedMotion);
    await page.context().close();
  }
});

test("a limit larger than the feed reserves at most three cards, and every card that arrives is kept", async () => {
  // wire-en has 4 releases, seaprwire-ar 3: limit=10 shows all of them.
  const page = await newPage(env.browser, { viewport: { width: 960, height: 800 } });
  await page.goto(`${env.origin}/layouts.html?layout=list&limit=10&delay=700`);
  const skeleton = (await skeletonsOnScreen(page)).map(([, h, n]) => [n, h]);
  assert.deepEqual(
    skeleton.map(([n]) => n),
    [3, 3],
  );
  await settled(page, "syndi-card");
  const ready = await page.$$eval("syndi-card", (els) =>
    els.map((el) => [el.shadowRoot.querySelectorAll("article").length, el.getBoundingClientRect().height]),
  );
  assert.deepEqual(
    ready.map(([n]) => n),
    [4, 3],
  );
  // Three releases land in the three placeholders' box; a fourth grows it.
  assert.equal(ready[1][1], skeleton[1][1]);
  assert.ok(ready[0][1] > skeleton[0][1], `${ready[0][1]} > ${skeleton[0][1]}`);
  await page.context().close();
});
