// The demo page (www/index.html) in every engine: the custom element and the
// data-* embed reach ready with their cards, title and disclaimer in the
// shadow DOM, and nothing reaches the console. Its third embed, mount()
// from the page's own module, is in mount.test.mjs. The sidebar's cards,
// one of them without an image, hold the boxes their skeleton reserved
// with no empty band above a disclaimer.
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

  test("the sidebar's cards are equally tall; the one without an image puts the spare height in its placeholder", async () => {
    const page = await env.page({ width: 1024, height: 900 });
    await page.open(`${env.origin}/`);
    await settled(page, "#tech-list");
    const cards = await page.evaluate(() =>
      [...document.querySelector("#tech-list").shadowRoot.querySelectorAll("[part~=card]")].map((card) => {
        const box = (sel) => card.querySelector(sel).getBoundingClientRect();
        return {
          title: card.querySelector("[part~=title]").textContent.trim(),
          placeholder: !!card.querySelector(".placeholder"),
          height: card.getBoundingClientRect().height,
          image: [box(".image").width, box(".image").height],
          gap: box("[part~=disclaimer]").top - box("[part~=read-more]").bottom,
        };
      }),
    );
    assert.equal(cards.length, 3);
    const [withImage] = cards;
    const placeholder = cards.find((card) => card.placeholder);
    assert.ok(placeholder, "the demo feed's third release has no image");
    for (const card of cards) {
      assert.ok(Math.abs(card.height - withImage.height) < 1, `${card.title}: ${card.height}px, the first card ${withImage.height}px`);
    }
    // The same spacing as under a card whose text fills its box.
    assert.ok(placeholder.gap <= withImage.gap + 1, `${placeholder.gap}px between read-more and disclaimer (first card: ${withImage.gap}px)`);
    const [width, height] = placeholder.image;
    assert.ok(height >= (width * 9) / 16 - 1, `the placeholder keeps at least its 16:9 box: ${width}×${height}`);
    assert.deepEqual(await page.problems(), []);
  });
});
