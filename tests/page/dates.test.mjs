// The card's date, which the core writes itself for the languages of
// src/i18n/dates.rs (i18n::long_date) and the shell writes with Intl for
// the others, reads in Chromium exactly as the browser's own
// Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" }):
// every tag the table covers on a spread of dates (the table's rows as
// scripts/date-table.mjs builds them from node's Intl, compared with
// Chromium's), and rendered cards in each language, a few regions and a
// language the table does not cover.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { newPage, settled, start } from "./browser.mjs";
import { build, checkDates, rustTable, write } from "../../scripts/date-table.mjs";

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

test("every tag the date table covers reads as Chromium's Intl writes it, on every check date", async () => {
  const table = build();
  const committed = await readFile(new URL("../../src/i18n/dates.rs", import.meta.url), "utf8");
  const icu = committed.match(/ICU ([\d.]+)/)?.[1];
  if (icu === process.versions.icu) {
    assert.equal(committed, rustTable(table), "src/i18n/dates.rs is what scripts/date-table.mjs writes (run it with --write)");
  } else {
    test.diagnostic(`dates.rs was generated with ICU ${icu}, this node has ${process.versions.icu}: not compared`);
  }
  const dates = checkDates();
  const page = await newPage(env.browser);
  await page.goto(`${env.origin}/blank.html`);
  let compared = 0;
  // In slices, so no single browser call runs long.
  for (let at = 0; at < table.tags.length; at += 1500) {
    const slice = table.tags.slice(at, at + 1500);
    const written = await page.evaluate(
      ([tags, dates]) =>
        tags.map(([tag]) => {
          const format = new Intl.DateTimeFormat([tag], { dateStyle: "long", timeZone: "UTC" });
          return dates.map((ms) => format.format(ms));
        }),
      [slice, dates],
    );
    slice.forEach(([tag, row], i) => {
      dates.forEach((ms, j) => {
        assert.equal(write(table.rows[row], ms), written[i][j], `${tag} on ${new Date(ms).toISOString()}`);
        compared++;
      });
    });
  }
  assert.ok(compared > 100_000, `${compared} dates compared`);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

// Releases at midnight UTC and one second before, on days that test the
// pattern: day 1 and 31, February 29, a year's first and last day, 1970.
const PUBLISHED = [
  "Thu, 29 Feb 2024 23:59:59 +0000",
  "Wed, 01 Jan 2025 00:00:00 +0000",
  "Fri, 31 Oct 2025 12:00:00 +0000",
  "Fri, 31 Dec 1999 23:59:59 +0000",
  "Thu, 01 Jan 1970 00:00:00 +0000",
];
const FEED = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Dates</title>
${PUBLISHED.map((d, i) => `<item><title>Release ${i}</title><link>https://wire.example/${i}</link><pubDate>${d}</pubDate><description>Body ${i}.</description></item>`).join("\n")}
</channel></rss>`;

// Every language of the table, some regions and scripts, and languages it
// does not cover (written by the shell with Intl).
const LANGS = [
  "en", "en-GB", "en-ZA", "ko", "ja", "ar", "ar-EG", "ar-MA", "zh-Hans", "zh-Hant-TW", "zh-HK", "vi", "th",
  "id", "ms", "de", "de-AT", "ru", "fr", "fr-CA", "es", "es-419", "es-HN", "pt", "pt-PT", "nl", "sr-Latn",
];

test("rendered cards: each card's date is the browser's Intl long date in the card's language", async () => {
  const page = await newPage(env.browser);
  await page.goto(`${env.origin}/blank.html`);
  await page.$eval(
    "#stage",
    (stage, [langs, feed]) => {
      for (const lang of langs) {
        const host = document.createElement("syndi-card");
        host.setAttribute("lang", lang);
        host.setAttribute("limit", "5");
        host.setAttribute("layout", "list");
        const script = document.createElement("script");
        script.type = "application/rss+xml";
        script.textContent = feed;
        host.append(script);
        stage.append(host);
      }
    },
    [LANGS, FEED],
  );
  await settled(page, "syndi-card");
  const cards = await page.$$eval("syndi-card", (hosts) =>
    hosts.map((host) =>
      [...host.shadowRoot.querySelectorAll("time[part~=date]")].map((time) => {
        const lang = time.closest("[lang]").lang;
        const ms = Date.parse(time.getAttribute("datetime"));
        const intl = new Intl.DateTimeFormat([lang], { dateStyle: "long", timeZone: "UTC" }).format(ms);
        return { lang, text: time.textContent, intl, nodes: time.childNodes.length };
      }),
    ),
  );
  assert.equal(cards.length, LANGS.length);
  cards.forEach((dates, i) => {
    assert.equal(dates.length, PUBLISHED.length, `${LANGS[i]}: every release dated`);
    for (const { lang, text, intl, nodes } of dates) {
      assert.equal(lang, LANGS[i]);
      assert.equal(text, intl, `${lang}: the date as Intl writes it`);
      assert.equal(nodes, 1, `${lang}: one text node`);
    }
  });
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
