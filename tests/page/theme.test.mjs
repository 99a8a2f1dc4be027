// theme="auto" follows the host page's own color-scheme, not the OS: a
// light page gets light cards whatever the OS prefers; a page that renders
// dark (color-scheme: dark, or light dark under a dark OS) gets dark cards.
// theme="light"/"dark" are fixed. OS preference through playwright's
// colorScheme emulation; the page's scheme set on its root.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { addCards, newPage, settled, start } from "./browser.mjs";

const LIGHT = "rgb(255, 255, 255)";
const DARK = "rgb(22, 27, 34)";
let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

/** Card backgrounds for theme auto, light and dark on blank.html with the root's color-scheme `scheme`, under OS `os`. */
async function backgrounds(os, scheme) {
  const page = await newPage(env.browser, { colorScheme: os });
  await page.goto(`${env.origin}/blank.html`);
  await page.waitForFunction(() => customElements.get("syndi-card"));
  if (scheme) await page.evaluate((s) => (document.documentElement.style.colorScheme = s), scheme);
  await addCards(
    page,
    ["auto", "light", "dark"].map((theme) => ({ id: theme, theme, feed: "feeds/wire-en.atom" })),
  );
  await settled(page, "syndi-card");
  const bg = (id) => page.$eval(`#${id}`, (el) => getComputedStyle(el.shadowRoot.querySelector("[part~=card]")).backgroundColor);
  const result = { auto: await bg("auto"), light: await bg("light"), dark: await bg("dark") };
  assert.deepEqual(page.problems, []);
  return result;
}

for (const [os, scheme, auto] of [
  ["dark", null, LIGHT],
  ["dark", "light", LIGHT],
  ["dark", "dark", DARK],
  ["dark", "light dark", DARK],
  ["light", "dark", DARK],
  ["light", "light dark", LIGHT],
]) {
  test(`OS ${os}, page color-scheme ${scheme ?? "(none)"}: theme=auto cards are ${auto === DARK ? "dark" : "light"}`, async () => {
    assert.deepEqual(await backgrounds(os, scheme), { auto, light: LIGHT, dark: DARK });
  });
}
