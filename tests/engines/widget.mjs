// What the cross-engine tests read from a page with syndicard on it, through
// the engine-neutral page of engines.mjs: the hosts' state attributes and
// the parts of their open shadow roots.
import { readFileSync } from "node:fs";

/**
 * Whether the built dist/syndicard.js exports `ready`. A module with `ready`
 * has no top-level await; a build without `ready` still has the await.
 */
export function distExportsReady() {
  const js = readFileSync(new URL("../../dist/syndicard.js", import.meta.url), "utf8");
  return /export\s*\{[^}]*\bready\s*[,}]/.test(js) || /export\s+(?:const|let|var|function)\s+ready\b/.test(js);
}

/** Waits until every element matching `selector` has settled (state ready, empty or error). */
export function settled(page, selector, timeout) {
  return page.waitFor(
    (sel) => {
      const all = [...document.querySelectorAll(sel)];
      return all.length > 0 && all.every((el) => ["ready", "empty", "error"].includes(el.getAttribute("state")));
    },
    selector,
    { timeout, what: `${selector} to settle` },
  );
}

/**
 * Waits until every image in the shadow roots of the hosts matching
 * `selector` has loaded and is decoded (a broken image fails, named), then
 * for two animation frames, so that a screenshot taken next shows the
 * pictures: `complete` alone is not enough in WebKit, whose snapshot can
 * precede the first paint of a just-loaded image.
 */
export async function imagesPainted(page, selector) {
  await page.waitFor(
    (sel) =>
      [...document.querySelectorAll(sel)].every((host) =>
        [...(host.shadowRoot?.querySelectorAll("img") ?? [])].every((img) => img.complete),
      ),
    selector,
    { what: `the card images of ${selector} to load` },
  );
  const broken = await page.evaluate(async (sel) => {
    const images = [...document.querySelectorAll(sel)].flatMap((host) => [...(host.shadowRoot?.querySelectorAll("img") ?? [])]);
    const failed = await Promise.all(images.map((img) => img.decode().then(() => null, () => img.currentSrc || img.src)));
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    return failed.filter(Boolean);
  }, selector);
  if (broken.length) throw new Error(`card images that did not load: ${broken.join(", ")}`);
}

/**
 * What a visitor would see of the host matching `selector`: its state
 * attributes and, per card, the text of its title, date and disclaimer
 * parts and the card's language.
 */
export function outcome(page, selector) {
  return page.evaluate((sel) => {
    const host = document.querySelector(sel);
    if (!host) return null;
    const text = (card, part) => card.querySelector(`[part~="${part}"]`)?.textContent.trim() ?? null;
    const cards = [...(host.shadowRoot?.querySelectorAll("[part~=card]") ?? [])];
    return {
      state: host.getAttribute("state"),
      errorCode: host.getAttribute("error-code"),
      source: host.getAttribute("source"),
      shadow: !!host.shadowRoot,
      cards: cards.map((card) => ({
        lang: card.lang,
        title: text(card, "title"),
        date: text(card, "date"),
        disclaimer: text(card, "disclaimer"),
      })),
    };
  }, selector);
}

/** Appends a `<syndi-card>` per attribute object (`id` included) to the blank page's #stage. */
export function addCards(page, cards) {
  return page.evaluate((list) => {
    for (const attrs of list) {
      const card = document.createElement("syndi-card");
      for (const [name, value] of Object.entries(attrs)) card.setAttribute(name, value);
      document.querySelector("#stage").append(card);
    }
  }, cards);
}

/** Opens www/blank.html and waits for `<syndi-card>` to be defined. */
export async function blankPage(env) {
  const page = await env.page();
  await page.open(`${env.origin}/blank.html`);
  await page.waitFor(() => !!customElements.get("syndi-card"), null, { what: "<syndi-card> to be defined" });
  return page;
}

/** The English disclaimer, for `provider`. */
export const englishDisclaimer = (provider) =>
  `This article is provided by a third-party content provider. ${provider} makes no warranties or representations in connection with it.`;
