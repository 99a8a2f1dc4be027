// Decoding over real HTTP: feeds in legacy encodings, with the charset in
// the Content-Type header, in the XML declaration, behind a byte order
// mark, or wrongly declared. The browser's TextDecoder does the decoding;
// the core decides which encoding (tests/feeds/*.expected say what each
// feed must read as, and tests/feed_corpus.rs checks the same natively).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { addCards, blankPage, settled, start } from "./browser.mjs";

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

const CASES = [
  ["enc-latin1-http.xml?charset=ISO-8859-1", "SGF’s façade wins “Grand Prix”"],
  ["enc-windows-1252.xml", "“Kaffee™ für alle” – Café Müller senkt Preise um 5 €"],
  ["enc-shift-jis.xml", "株式会社コントソ、大阪に新工場を建設"],
  ["enc-gbk-http-gb2312.xml?charset=gb2312", "康托索在上海设立研发中心"],
  ["enc-utf16le-bom.xml", "Η Contoso ανοίγει γραφείο στην Αθήνα"],
  ["enc-utf8-declared-latin1.xml", "Grüezi: neue Tarife für 2026"],
];

test("every encoding reads as the text it was written in", async () => {
  const page = await blankPage(env);
  await addCards(page, CASES.map(([path], i) => ({ id: `enc${i}`, feed: `/fixtures/${path}` })));
  await settled(page, "#stage syndi-card");
  for (const [i, [path, want]] of CASES.entries()) {
    assert.equal(await page.getAttribute(`#enc${i}`, "state"), "ready", path);
    const title = await page.$eval(`#enc${i}`, (el) => el.shadowRoot.querySelector("[part~=title]").textContent);
    assert.ok(!title.includes("\uFFFD") && !/Ã|â€/.test(title), `${path}: no replacement characters or mojibake: ${title}`);
    assert.equal(title, want, path);
  }
  assert.deepEqual(page.problems, []);
});
