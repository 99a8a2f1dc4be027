// The shadow DOM of every layout (English and Arabic, light theme, several
// heading levels) and of the demo page's three embeds, serialized and
// compared with tests/page/dom/*.html: tags, parts, classes, attributes
// and text exactly as expected. DOM_UPDATE=1 rewrites the files.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import { newPage, settled, start, DEMO_HOSTS } from "./browser.mjs";

const dir = new URL("./dom/", import.meta.url);
let env;

before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

/** Every host's shadow root as markup, one block per host. */
async function dump(page, selector) {
  await settled(page, selector);
  return page.$$eval(selector, (hosts) =>
    hosts.map((h) => `<!-- ${h.id || h.tagName.toLowerCase()} state=${h.getAttribute("state")} -->\n${h.shadowRoot.innerHTML}\n`).join("\n"),
  );
}

async function check(name, dumped) {
  // The server's port changes from run to run.
  const html = dumped.replaceAll(env.origin, "ORIGIN");
  const file = new URL(`${name}.html`, dir);
  if (process.env.DOM_UPDATE) await writeFile(file, html);
  assert.equal(html, await readFile(file, "utf8"), `${name}: the rendered DOM changed (DOM_UPDATE=1 to accept)`);
}

for (const [layout, query] of [
  ["card", "limit=2"],
  ["full", "item=2"],
  ["list", "limit=3"],
  ["compact", "limit=3"],
]) {
  test(`layout ${layout}: the DOM is as expected`, async () => {
    const page = await newPage(env.browser);
    await page.goto(`${env.origin}/layouts.html?layout=${layout}&theme=light&${query}`);
    await check(layout, await dump(page, "syndi-card"));
    await page.context().close();
  });
}

test("heading levels 2 to 6 (full release): the DOM is as expected", async () => {
  const page = await newPage(env.browser);
  await page.goto(`${env.origin}/layouts.html?layout=full&item=1`);
  await settled(page, "syndi-card");
  const blocks = [];
  for (const level of ["3", "4", "5", "6", "2"]) {
    await page.$$eval("syndi-card", (hosts, l) => hosts.forEach((h) => h.setAttribute("heading-level", l)), level);
    await page.waitForFunction(
      (l) => [...document.querySelectorAll("syndi-card")].every((h) => h.getAttribute("state") === "ready" && h.shadowRoot.querySelector(`h${l}[part~=title]`)),
      level,
    );
    blocks.push(`<!-- heading-level=${level} -->\n${await dump(page, "syndi-card")}`);
  }
  await check("headings", blocks.join("\n"));
  await page.context().close();
});

test("the demo page's embeds: the DOM is as expected", async () => {
  const page = await newPage(env.browser);
  await page.goto(`${env.origin}/`);
  await check("demo", await dump(page, DEMO_HOSTS.join(",")));
  await page.context().close();
});
