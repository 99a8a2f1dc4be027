// The widget under the strictest page a partner might run:
//   Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval';
//   style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'
// (scripts/serve.mjs's ?csp=strict) on www/csp.html, which embeds every
// layout (card, full, list, compact) over hostile RSS, Atom and JSON feeds
// (www/feeds/hostile.*). Under this policy anything that slipped through
// the sanitizer (an inline handler, a style attribute, a style or script
// element) would be reported as a violation, so "no violation" is a second,
// independent proof on top of the shadow-tree checks.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { newPage, settled, start } from "./browser.mjs";

const HOSTS = ["#rss-full", "#atom-full", "#json-full", "#rss-card", "#inline-card", "#atom-list", "#json-compact"];
const LAYOUTS = ["card", "full", "list", "compact"];

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

/** Loads csp.html under the strict policy, with every card in the viewport so lazy images load. */
async function strictPage() {
  const page = await newPage(env.browser, { viewport: { width: 1280, height: 12000 } });
  const response = await page.goto(`${env.origin}/csp.html?csp=strict`);
  const csp = response.headers()["content-security-policy"] ?? "";
  assert.match(csp, /require-trusted-types-for 'script'/, "the page is served with the strict policy");
  assert.doesNotMatch(csp, /unsafe-inline/);
  await settled(page, HOSTS.join(","));
  // Time for image load/error, toggle, focus and animation events to fire.
  await page.waitForTimeout(500);
  return page;
}

// What may appear in a shadow tree: the sanitizer's allowlist (src/sanitize/policy.rs)
// inside the sanitized parts, render's own chrome elsewhere.
const SANITIZED_ELEMENTS = new Set(
  ("p h1 h2 h3 h4 h5 h6 ul ol li dl dt dd blockquote q cite em strong b i u s sub sup small mark br hr a img " +
    "figure figcaption table caption thead tbody tfoot tr th td pre code").split(" "),
);
const SANITIZED_ATTRIBUTES = new Set(
  "title lang dir href src alt width height colspan rowspan target rel loading decoding referrerpolicy".split(" "),
);

/** Every forbidden element, attribute or URL in the shadow tree of each host. */
async function shadowViolations(page) {
  return page.evaluate(
    ({ hosts, elements, attributes }) => {
      const sanitizedElements = new Set(elements);
      const sanitizedAttributes = new Set(attributes);
      const chromeElements = new Set([...elements, "div", "article", "span", "time", "footer", "aside", "slot"]);
      const found = [];
      for (const selector of hosts) {
        const root = document.querySelector(selector).shadowRoot;
        if (!root) {
          found.push(`${selector}: no shadow root`);
          continue;
        }
        for (const el of root.querySelectorAll("*")) {
          const what = `${selector} <${el.localName}>`;
          const sanitized = !!el.parentElement?.closest("[part~=body],[part~=boilerplate],[part~=lede]");
          if (el.namespaceURI !== "http://www.w3.org/1999/xhtml") found.push(`${what}: foreign element`);
          if (!(sanitized ? sanitizedElements : chromeElements).has(el.localName)) found.push(`${what}: element`);
          for (const { name, value } of el.attributes) {
            if (name.startsWith("on") || ["style", "srcdoc", "action", "formaction", "id", "name"].includes(name)) {
              found.push(`${what}: attribute ${name}`);
            }
            if (sanitized && !sanitizedAttributes.has(name)) found.push(`${what}: attribute ${name}`);
            if (name === "href" || name === "src") {
              const ok = name === "src" ? ["http:", "https:"] : ["http:", "https:", "mailto:"];
              if (!ok.includes(new URL(value).protocol) || !ok.some((s) => value.startsWith(s))) {
                found.push(`${what}: ${name}=${value}`);
              }
            }
          }
          if (el.localName === "a" && (el.target !== "_blank" || !/noopener/.test(el.rel) || !/noreferrer/.test(el.rel))) {
            found.push(`${what}: link without target/rel`);
          }
          if (el.localName === "img" && el.referrerPolicy !== "no-referrer") found.push(`${what}: image referrer`);
        }
      }
      return found;
    },
    { hosts: HOSTS, elements: [...SANITIZED_ELEMENTS], attributes: [...SANITIZED_ATTRIBUTES] },
  );
}

test("every layout renders hostile feeds with no CSP violation, console error or trap call", async () => {
  const page = await strictPage();
  for (const host of HOSTS) {
    assert.equal(await page.getAttribute(host, "state"), "ready", `${host} state`);
  }
  const layouts = await page.$$eval(HOSTS.join(","), (els) =>
    els.map((el) => [...el.shadowRoot.querySelector(".cards").classList].find((c) => c.startsWith("layout-"))),
  );
  for (const layout of LAYOUTS) assert.ok(layouts.includes(`layout-${layout}`), `a ${layout} embed: ${layouts}`);

  assert.deepEqual(await page.evaluate(() => window.__violations), [], "securitypolicyviolation events");
  assert.deepEqual(page.problems, [], "console errors, warnings, failed requests, exceptions");
  assert.deepEqual(await page.evaluate(() => window.__syndicardTrapped), [], "trap calls");
  assert.deepEqual(await shadowViolations(page), []);
});

test("release HTML goes through DOMParser under Trusted Types, via the syndicard policy", async () => {
  const page = await strictPage();
  // The sanitized bodies are there: DOMParser accepted the policy's TrustedHTML.
  for (const host of ["#rss-full", "#atom-full", "#json-full"]) {
    const body = await page.$eval(host, (el) => {
      const b = el.shadowRoot.querySelector("[part~=body]");
      return b && { strong: !!b.querySelector("strong"), text: b.textContent };
    });
    assert.ok(body?.strong, `${host}: the body keeps its <strong>`);
    assert.match(body.text, /stays text/, `${host}: escaped markup shows as text`);
  }
  // Sized body images keep width/height (their box is reserved), load lazily, send no referrer.
  const img = await page.$eval("#rss-full", (el) => {
    const i = el.shadowRoot.querySelector("[part~=body] img[width]");
    return i && { w: i.getAttribute("width"), h: i.getAttribute("height"), loading: i.loading, ref: i.referrerPolicy };
  });
  assert.deepEqual(img, { w: "640", h: "360", loading: "lazy", ref: "no-referrer" });
  // Shadow styles come through adoptedStyleSheets, never a <style> element.
  const styles = await page.$$eval(HOSTS.join(","), (els) =>
    els.map((el) => [el.shadowRoot.adoptedStyleSheets.length, el.shadowRoot.querySelectorAll("style,link").length]),
  );
  for (const [adopted, elements] of styles) {
    assert.ok(adopted >= 1);
    assert.equal(elements, 0);
  }
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  // And the policy is really enforced: a plain string is refused by the same sinks.
  const refused = await page.evaluate(() => {
    const out = [];
    try {
      new DOMParser().parseFromString("<p>x</p>", "text/html");
      out.push("DOMParser accepted a string");
    } catch (e) {
      out.push(e.name);
    }
    try {
      document.createElement("div").innerHTML = "<p>x</p>";
      out.push("innerHTML accepted a string");
    } catch (e) {
      out.push(e.name);
    }
    return out;
  });
  assert.deepEqual(refused, ["TypeError", "TypeError"]);
  // ...and reported: the listener the first test relies on does hear violations.
  const heard = await page.evaluate(() => window.__violations.map((v) => v.directive));
  assert.deepEqual(heard, ["require-trusted-types-for", "require-trusted-types-for"]);
});

test("the shipped glue names no HTML or code sink", () => {
  const glue = readFileSync(new URL("../../dist/syndicard.js", import.meta.url), "utf8");
  const sinks = glue.match(
    /innerHTML|outerHTML|insertAdjacentHTML|srcdoc|document\.write|createContextualFragment|setHTMLUnsafe|parseHTMLUnsafe|\beval\(|new Function/g,
  );
  assert.equal(sinks, null);
});
