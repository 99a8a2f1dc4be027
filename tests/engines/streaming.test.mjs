// Streaming in every engine: a wire-sized feed (about 4 MB, 3,900 items)
// dripped slowly from 127.0.0.1 (scripts/serve.mjs's /drip/). With limit 3
// the cards show while the download is still going, and the rest of the
// download is cancelled: the server sees the client hang up early.
import { test } from "node:test";
import assert from "node:assert/strict";
import { eachEngine } from "./harness.mjs";
import { addCards, blankPage, outcome, settled } from "./widget.mjs";

eachEngine(import.meta.url, (env) => {
  test("limit 3 renders from the first chunks and cancels the rest of a 4 MB download", async () => {
    const page = await blankPage(env);
    // A query of its own per engine: /drips records every drip of the server's life.
    const feed = `/drip/generated/wire.xml?items=3900&kb=64&ms=150&engine=${env.name}`;
    await addCards(page, [{ id: "big", feed, limit: "3", layout: "list", timeout: "60000" }]);
    await settled(page, "#big", 60_000);
    const got = await outcome(page, "#big");
    assert.equal(got.state, "ready");
    assert.deepEqual(
      got.cards.map((c) => c.title),
      [1, 2, 3].map((i) => `Release ${i}: Company ${i} reports results for the quarter`),
    );
    // The cards came first; then the server saw the client hang up with
    // most of the feed unsent (polled: the hang-up reaches it a little later).
    let drip;
    const deadline = Date.now() + 10_000;
    do {
      await new Promise((ok) => setTimeout(ok, 250));
      drip = (await (await fetch(`${env.origin}/drips`)).json()).find((d) => d.url === feed);
    } while (!drip?.hungUp && Date.now() < deadline);
    assert.ok(drip.total > 4_000_000, `a wire-sized feed (${drip.total} bytes)`);
    assert.ok(drip.hungUp, `the client cancelled the download (${drip.sent} of ${drip.total} bytes sent)`);
    assert.ok(drip.sent < drip.total / 4, `only the head was sent (${drip.sent} of ${drip.total} bytes)`);
    assert.deepEqual(await page.problems(), []);
  });
});
