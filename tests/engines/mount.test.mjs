// mount() called from a host page's own module, which imports
// dist/syndicard.js statically: the demo's demo.js, the strict-CSP page's
// csp.js, and a page of this directory that reports how far its module got.
// In WebKit before Safari 27 (WebKitGTK 2.50 included) a module importing
// one that is still at a top-level await never runs (WebKit bug 242740):
// these tests are what shows syndicard.js has none.
import { test } from "node:test";
import assert from "node:assert/strict";
import { eachEngine, expectFailureIn } from "./harness.mjs";
import { distExportsReady, englishDisclaimer, outcome, settled } from "./widget.mjs";

// While dist/syndicard.js is built from a module with a top-level await
// (no `ready` export yet: see widget.mjs), WebKit fails these three: they
// are expected failures then, and plain tests once it is built without.
const TLA = distExportsReady()
  ? {}
  : {
      webkit:
        "WebKit bug 242740 (importers of a module still at a top-level await, as this dist/syndicard.js is, " +
        "never get a working mount())",
    };

eachEngine(import.meta.url, (env) => {
  test("the host module runs and its mount() resolves with a handle", expectFailureIn(env, TLA), async () => {
    const page = await env.page();
    await page.open(`${env.origin}/__engines/host-module.html`);
    // The module's own marker: "never ran" is WebKit bug 242740's symptom.
    const got = await page
      .waitFor(() => /^(mounted|no handle|rejected)/.test(window.__hostModule ?? "") && window.__hostModule, null, {
        what: "the host module's mount() to settle",
      })
      .catch(async (e) => {
        const where = await page.evaluate(() => window.__hostModule ?? "never ran");
        throw new Error(`host module: ${where} (${e.message})`);
      });
    assert.equal(got, "mounted");
    await settled(page, "#mounted");
    const mounted = await outcome(page, "#mounted");
    assert.equal(mounted.state, "ready");
    assert.equal(mounted.cards.length, 2, "limit 2");
    assert.equal(mounted.cards[0].title, "Harbor Grid Opens Europe's Largest Battery Recycling Plant in Rotterdam");
    assert.deepEqual(await page.problems(), []);
  });

  test("the demo's mount() embed (demo.js) reaches ready with its card", expectFailureIn(env, TLA), async () => {
    const page = await env.page();
    await page.open(`${env.origin}/`);
    await settled(page, "#health-card");
    const health = await outcome(page, "#health-card");
    assert.equal(health.state, "ready");
    assert.equal(health.cards.length, 1);
    assert.equal(
      health.cards[0].title,
      "Northbay Bio Reports 78% Efficacy for Single-Dose Malaria Vaccine in Phase 3 Trial",
    );
    assert.equal(health.cards[0].disclaimer, englishDisclaimer("Lumen Wire"));
    assert.deepEqual(await page.problems(), []);
  });

  test("the strict-CSP page's mount() embed (csp.js) reaches ready", expectFailureIn(env, TLA), async () => {
    const page = await env.page();
    await page.open(`${env.origin}/csp.html?csp=strict`);
    await settled(page, "#json-compact");
    const compact = await outcome(page, "#json-compact");
    assert.equal(compact.state, "ready");
    assert.equal(compact.cards.length, 2, "limit 2");
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
  });
});
