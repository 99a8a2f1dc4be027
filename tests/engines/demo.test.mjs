// The demo page (www/index.html) in every engine: the custom element and the
// data-* embed reach ready with their cards, title and disclaimer in the
// shadow DOM, and nothing reaches the console. Its third embed, mount()
// from the page's own module, is in mount.test.mjs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { eachEngine } from "./harness.mjs";
import { englishDisclaimer, outcome, settled } from "./widget.mjs";

eachEngine(import.meta.url, (env) => {
  test("the element and the data-* embed reach ready with their cards", async () => {
    const page = await env.page();
    await page.open(`${env.origin}/`);
    await settled(page, "#release-id, #tech-list");

    const element = await outcome(page, "#release-id");
    assert.equal(element.state, "ready");
    assert.equal(element.cards.length, 1);
    assert.deepEqual(element.cards[0], {
      lang: "id",
      title: "Rusia dan Selatan Global Membentuk Masa Depan Digital Multipolar",
      date: element.cards[0].date,
      disclaimer:
        "Artikel ini disediakan oleh penyedia konten pihak ketiga. SeaPRwire tidak memberikan jaminan atau pernyataan sehubungan dengan hal tersebut.",
    });
    assert.ok(element.cards[0].date, "the release has a localized date");

    const list = await outcome(page, "#tech-list");
    assert.equal(list.state, "ready");
    assert.equal(list.cards.length, 3, "data-limit=3");
    assert.equal(list.cards[0].title, "Harbor Grid Opens Europe's Largest Battery Recycling Plant in Rotterdam");
    for (const card of list.cards) {
      assert.ok(card.title, "every card has a title");
      assert.equal(card.disclaimer, englishDisclaimer("Meridian Newswire"));
    }
    assert.deepEqual(await page.problems(), []);
  });
});
