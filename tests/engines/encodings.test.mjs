// Feeds in legacy encodings over real HTTP (scripts/serve.mjs's /fixtures/,
// tests/feeds/): the charset from the Content-Type header, from the XML
// declaration, behind a byte order mark, or wrongly declared. Each engine's
// TextDecoder does the decoding the core chose; every title must read as
// written.
import { test } from "node:test";
import assert from "node:assert/strict";
import { eachEngine } from "./harness.mjs";
import { addCards, blankPage, outcome, settled } from "./widget.mjs";

const CASES = [
  ["enc-latin1-http.xml?charset=ISO-8859-1", "SGF’s façade wins “Grand Prix”"],
  ["enc-windows-1252.xml", "“Kaffee™ für alle” – Café Müller senkt Preise um 5 €"],
  ["enc-shift-jis.xml", "株式会社コントソ、大阪に新工場を建設"],
  ["enc-gbk-http-gb2312.xml?charset=gb2312", "康托索在上海设立研发中心"],
  ["enc-euc-kr.xml", "파브리캄, 부산에 물류센터 개관"],
  ["enc-utf16le-bom.xml", "Η Contoso ανοίγει γραφείο στην Αθήνα"],
];

eachEngine(import.meta.url, (env) => {
  test("feeds in legacy encodings read as the text they were written in", async () => {
    const page = await blankPage(env);
    await addCards(page, CASES.map(([path], i) => ({ id: `enc${i}`, feed: `/fixtures/${path}` })));
    await settled(page, "#stage syndi-card");
    for (const [i, [path, want]] of CASES.entries()) {
      const got = await outcome(page, `#enc${i}`);
      assert.equal(got.state, "ready", path);
      const title = got.cards[0].title;
      assert.ok(!title.includes("\uFFFD") && !/Ã|â€/.test(title), `${path}: no replacement characters or mojibake: ${title}`);
      assert.equal(title, want, path);
    }
    assert.deepEqual(await page.problems(), []);
  });
});
