// The strict-CSP page (www/csp.html?csp=strict: default-src 'self';
// script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'
// data:; require-trusted-types-for 'script') in every engine: the embeds
// render hostile feeds with no CSP violation, console error or trap call.
// Its mount() embed (csp.js) is in mount.test.mjs with the other host modules.
import { test } from "node:test";
import assert from "node:assert/strict";
import { eachEngine } from "./harness.mjs";
import { outcome, settled } from "./widget.mjs";

const HOSTS = ["#rss-full", "#atom-full", "#json-full", "#rss-card", "#inline-card", "#atom-list"];

eachEngine(import.meta.url, (env) => {
  test("every embed renders hostile feeds with no CSP violation, console error or trap call", async () => {
    const response = await fetch(`${env.origin}/csp.html?csp=strict`);
    assert.match(response.headers.get("content-security-policy"), /require-trusted-types-for 'script'/);
    // Tall enough that every lazy image loads (and would be reported if blocked).
    const page = await env.page({ width: 1280, height: 4000 });
    await page.open(`${env.origin}/csp.html?csp=strict`);
    await settled(page, HOSTS.join(","));
    for (const host of HOSTS) {
      const got = await outcome(page, host);
      assert.equal(got.state, "ready", host);
      assert.ok(got.cards.length > 0, `${host} has cards`);
      for (const card of got.cards) assert.ok(card.title && card.disclaimer, `${host}: title and disclaimer`);
    }
    // Time for image load/error, toggle, focus and animation events to fire.
    await new Promise((ok) => setTimeout(ok, 500));
    assert.deepEqual(await page.evaluate(() => window.__violations), [], "securitypolicyviolation events");
    assert.deepEqual(await page.evaluate(() => window.__syndicardTrapped), [], "trap calls");
    assert.deepEqual(await page.problems(), []);
  });
});
