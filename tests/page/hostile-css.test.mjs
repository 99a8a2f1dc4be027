// Isolation: a host page's CSS, however hostile, does not change the card,
// and the card's CSS does not reach the host page.
//
// What the card guarantees (docs/presentation.md): everything inside the
// shadow root lays out and paints the same whatever the page's styles,
// given the same width. The host element's own box belongs to the page: a
// page may size, place or hide it (`* { all: unset !important }` makes it
// inline, which the card survives). Only the --syndicard-* properties and
// ::part() reach in, by design.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { newPage, settled, start } from "./browser.mjs";

const WIDTH = 720;
// Every host is a direct child of a full-width block, so the card's width
// is the viewport's with and without the hostile styles.
const BASE = "html, body, main { margin: 0; padding: 0; display: block; }";
const HOSTILE = `
  * { all: unset !important; }
  html { font-size: 72px !important; line-height: 4 !important; }
  body { font: italic 900 40px/5 cursive !important; color: #f0f !important; background: #000 !important;
         letter-spacing: 6px !important; word-spacing: 20px !important; text-transform: uppercase !important;
         text-align: center !important; text-indent: 80px !important; white-space: pre !important;
         text-shadow: 2px 2px red !important; -webkit-text-fill-color: lime !important; visibility: visible !important;
         hyphens: auto !important; word-break: break-all !important; cursor: wait !important; }
  article, p, ul, li, footer, aside, time, img, h2, h3, h4, h5, h6 { display: none !important; }
  div, span, a { display: inline !important; margin: 30px !important; padding: 30px !important;
                 border: 5px solid red !important; font-size: 50px !important; color: red !important; }
  img { filter: blur(10px) !important; opacity: 0 !important; }
  syndi-card *, [data-syndicard] * { color: red !important; font-size: 60px !important; display: block !important; }
  syndi-card, [data-syndicard] { font-size: 64px !important; line-height: 9 !important; color: yellow !important;
                                  font-family: fantasy !important; letter-spacing: 1em !important; }
  ::before, ::after { content: "!!" !important; }
  :focus { outline: none !important; }
`;
const PROPS = [
  "display", "position", "color", "backgroundColor", "fontFamily", "fontSize", "fontWeight", "fontStyle",
  "lineHeight", "letterSpacing", "wordSpacing", "textTransform", "textAlign", "textIndent", "whiteSpace",
  "textShadow", "visibility", "opacity", "filter", "borderTopWidth", "paddingTop", "marginTop", "webkitTextFillColor",
];
let env;

before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

/** Boxes (relative to the shadow root's container) and styles of every element in the shadow roots. */
function snapshot(page, props) {
  return page.$$eval(
    "syndi-card, [data-syndicard]",
    (hosts, props) =>
      hosts.map((host) => {
        const top = host.shadowRoot.firstElementChild;
        const origin = top.getBoundingClientRect();
        return {
          id: host.id,
          state: host.getAttribute("state"),
          elements: [top, ...top.querySelectorAll("*")].map((el) => {
            const r = el.getBoundingClientRect();
            const s = getComputedStyle(el);
            return {
              el: `${el.localName}.${el.className}[${el.getAttribute("part") ?? ""}]`,
              box: [r.x - origin.x, r.y - origin.y, r.width, r.height].map((v) => Math.round(v * 100) / 100),
              style: Object.fromEntries(props.map((p) => [p, s[p]])),
            };
          }),
        };
      }),
    props,
  );
}

async function stage(page, layouts) {
  await page.goto(`${env.origin}/blank.html`);
  await page.addStyleTag({ content: BASE });
  await page.$eval(
    "#stage",
    (stage, layouts) => {
      for (const [i, [layout, feed]] of layouts.entries()) {
        // Half <syndi-card>, half data-* hosts.
        const el = document.createElement(i % 2 ? "div" : "syndi-card");
        const attrs = { id: `h${i}`, feed, layout, limit: "3", theme: i % 2 ? "dark" : "light" };
        for (const [k, v] of Object.entries(attrs)) el.setAttribute(i % 2 ? `data-${k}` : k, v);
        if (i % 2) el.setAttribute("data-syndicard", "");
        el.append(Object.assign(document.createElement("a"), { href: feed, textContent: "fallback" }));
        stage.append(el);
      }
    },
    layouts,
  );
  await settled(page, "#stage > *");
}

const LAYOUTS = [];
for (const layout of ["card", "full", "list", "compact"]) {
  for (const feed of ["feeds/wire-en.atom", "feeds/seaprwire-ar.xml"]) LAYOUTS.push([layout, feed]);
}

test("hostile host CSS leaves every card's layout and styles unchanged (all layouts, LTR and RTL, both kinds of host)", async () => {
  const page = await newPage(env.browser, { viewport: { width: WIDTH, height: 900 } });
  await stage(page, LAYOUTS);
  const calm = await snapshot(page, PROPS);
  assert.ok(calm.every((h) => h.state === "ready"), JSON.stringify(calm.map((h) => h.state)));
  await page.addStyleTag({ content: HOSTILE });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  // The hostile sheet did apply to the page (and to the host elements).
  const host = await page.$eval("#h0", (el) => getComputedStyle(el).display);
  assert.equal(host, "inline", "all: unset !important reached the host element itself");
  const hostile = await snapshot(page, PROPS);
  assert.equal(hostile.length, calm.length);
  for (const [i, before] of calm.entries()) {
    const after = hostile[i];
    assert.equal(after.elements.length, before.elements.length, `${before.id}: same elements`);
    for (const [j, b] of before.elements.entries()) {
      assert.deepEqual(after.elements[j], b, `${before.id} (${LAYOUTS[i].join(" ")}) element ${j} ${b.el}`);
    }
  }
});

test("card styles do not leak into the host page", async () => {
  const page = await newPage(env.browser, { viewport: { width: WIDTH, height: 900 } });
  await page.goto(`${env.origin}/blank.html`);
  await page.$eval("#stage", (stage) => {
    const outside = document.createElement("article");
    outside.id = "outside";
    for (const [tag, text] of [["h3", "Host heading"], ["p", "Host paragraph"], ["a", "Host link"], ["ul", ""], ["footer", "Host footer"], ["time", "Today"]]) {
      const el = document.createElement(tag);
      el.textContent = text;
      el.className = "card title meta lede disclaimer text image sector cards skeleton bone";
      if (tag === "a") el.href = "#";
      if (tag === "ul") el.append(Object.assign(document.createElement("li"), { className: "sector", textContent: "Item" }));
      outside.append(el);
    }
    stage.append(outside);
  });
  const styles = () =>
    page.$$eval("#outside, #outside *", (els, props) => els.map((el) => {
      const s = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return [el.localName, [r.x, r.y, r.width, r.height], props.map((p) => s[p])];
    }), PROPS);
  const before = await styles();
  // Every layout, every theme, rendered on the same page.
  await page.$eval("#stage", (stage) => {
    for (const layout of ["card", "full", "list", "compact"]) {
      for (const theme of ["light", "dark", "auto"]) {
        const el = document.createElement("syndi-card");
        Object.entries({ feed: "feeds/wire-en.atom", layout, theme }).forEach(([k, v]) => el.setAttribute(k, v));
        stage.prepend(el);
      }
    }
  });
  await settled(page, "syndi-card");
  // Hidden again, so #outside is measured where it was.
  await page.$eval("#stage", (stage) => {
    for (const el of stage.querySelectorAll("syndi-card")) el.style.display = "none";
  });
  const after = await styles();
  assert.deepEqual(after, before);
  // No stylesheet was added to the document itself.
  const sheets = await page.evaluate(() => ({ adopted: document.adoptedStyleSheets.length, styles: document.querySelectorAll("style, link[rel=stylesheet]").length }));
  assert.deepEqual(sheets, { adopted: 0, styles: 0 });
});

test("the documented hooks do reach in: --syndicard-* custom properties and ::part()", async () => {
  const page = await newPage(env.browser, { viewport: { width: WIDTH, height: 900 } });
  await stage(page, [["card", "feeds/wire-en.atom"]]);
  await page.addStyleTag({
    content: `
      #h0 { --syndicard-fg: #102030; --syndicard-bg: #fffdf5; --syndicard-accent: #7a1f1f;
            --syndicard-border: #c0b090; --syndicard-radius: 0px; --syndicard-muted: #4a4a4a;
            --syndicard-font: Georgia, serif; }
      #h0::part(title) { letter-spacing: 1px; }`,
  });
  const seen = await page.$eval("#h0", (el) => {
    const q = (p) => getComputedStyle(el.shadowRoot.querySelector(`[part~=${p}]`));
    return {
      bg: q("card").backgroundColor,
      radius: q("card").borderTopLeftRadius,
      border: q("card").borderTopColor,
      fg: q("lede").color,
      muted: q("disclaimer").color,
      accent: q("read-more").color,
      font: q("lede").fontFamily,
      spacing: q("title").letterSpacing,
    };
  });
  assert.deepEqual(seen, {
    bg: "rgb(255, 253, 245)",
    radius: "0px",
    border: "rgb(192, 176, 144)",
    fg: "rgb(16, 32, 48)",
    muted: "rgb(74, 74, 74)",
    accent: "rgb(122, 31, 31)",
    font: "Georgia, serif",
    spacing: "1px",
  });
});
