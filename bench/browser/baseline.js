// The plain-JS widget syndicard is measured against: what a competent
// front-end developer writes in an afternoon. fetch -> DOMParser ->
// DOMPurify -> a shadow root, with syndicard's card layout and parts
// (card, image, sectors/sector, title, link, meta, dateline, date, lede,
// read-more, disclaimer) and the same state attribute and ready event.
//   <plain-card feed="..." limit="3"></plain-card>
import DOMPurify from "/vendor/purify.es.mjs";

const CSS = `
:host { display: block; font: 16px/1.5 system-ui, sans-serif; color: #1a1a1a; }
.card { display: flex; gap: 1rem; padding: 1rem; border: 1px solid #ddd; border-radius: 8px; margin-block: .75rem; }
.image { width: 160px; height: 90px; object-fit: cover; border-radius: 4px; flex: none; background: #eee; }
.text { display: flex; flex-direction: column; gap: .25rem; min-width: 0; }
.title { margin: 0; font-size: 1.1rem; line-height: 1.3; }
.title a { color: inherit; text-decoration: none; }
.meta { color: #666; font-size: .85rem; display: flex; gap: .5rem; }
.lede { margin: 0; }
.sectors { display: flex; gap: .25rem; list-style: none; margin: 0; padding: 0; font-size: .75rem; }
.sector { background: #eef; border-radius: 3px; padding: 0 .4rem; }
.read-more { font-size: .875em; font-weight: 600; }
.disclaimer { color: #666; font-size: .75rem; margin-top: auto; }
`;

const DISCLAIMER = (provider) =>
  `This article is provided by a third-party content provider. ${provider} makes no warranties or representations in connection with it.`;
const SAFE_URL = /^https?:/i;

const text = (parent, selector) => parent.querySelector(selector)?.textContent.trim() ?? "";

/** The fields of one RSS item or Atom entry. */
function read(node, atom) {
  if (atom) {
    const link = [...node.getElementsByTagName("link")];
    return {
      title: text(node, "title"),
      link: (link.find((l) => (l.getAttribute("rel") ?? "alternate") === "alternate") ?? link[0])?.getAttribute("href") ?? "",
      image: link.find((l) => l.getAttribute("rel") === "enclosure")?.getAttribute("href") ?? "",
      date: text(node, "published") || text(node, "updated"),
      html: text(node, "summary") || text(node, "content"),
      sectors: [...node.getElementsByTagName("category")].map((c) => c.getAttribute("term")),
    };
  }
  const media = node.getElementsByTagNameNS("http://search.yahoo.com/mrss/", "content")[0];
  const encoded = node.getElementsByTagNameNS("http://purl.org/rss/1.0/modules/content/", "encoded")[0];
  return {
    title: text(node, "title"),
    link: text(node, "link"),
    image: media?.getAttribute("url") ?? node.querySelector("enclosure")?.getAttribute("url") ?? "",
    date: text(node, "pubDate"),
    html: text(node, "description") || encoded?.textContent || "",
    sectors: [...node.getElementsByTagName("category")].map((c) => c.textContent.trim()),
  };
}

function el(tag, part, className, textContent) {
  const e = document.createElement(tag);
  if (part) e.setAttribute("part", part);
  if (className) e.className = className;
  if (textContent) e.textContent = textContent;
  return e;
}

function card(r, provider, lang, dates) {
  const article = el("article", "card", "card");
  article.lang = lang;
  article.dir = "ltr";
  if (SAFE_URL.test(r.image)) {
    const img = el("img", "image", "image");
    Object.assign(img, { src: r.image, alt: "", loading: "lazy", referrerPolicy: "no-referrer" });
    article.append(img);
  } else {
    article.append(el("div", null, "image placeholder"));
  }
  const body = el("div", null, "text");
  if (r.sectors.length) {
    const ul = el("ul", "sectors", "sectors");
    for (const s of r.sectors) ul.append(el("li", "sector", "sector", s));
    body.append(ul);
  }
  const h = el("h3", "title", "title");
  const a = el("a", "link", null, r.title);
  if (SAFE_URL.test(r.link)) Object.assign(a, { href: r.link, target: "_blank", rel: "noopener noreferrer" });
  h.append(a);
  body.append(h);
  const meta = el("div", "meta", "meta");
  meta.append(el("span", "dateline", "dateline", provider));
  const when = new Date(r.date);
  if (!Number.isNaN(when.getTime())) {
    const time = el("time", "date", "date", dates.format(when));
    time.dateTime = when.toISOString();
    meta.append(time);
  }
  body.append(meta);
  // The summary is release HTML: sanitized, then its first paragraph's text.
  const clean = DOMPurify.sanitize(r.html, { RETURN_DOM_FRAGMENT: true });
  const first = (clean.querySelector("p") ?? clean).textContent.trim();
  if (first) body.append(el("p", "lede", "lede", first.length > 240 ? first.slice(0, 239) + "…" : first));
  if (SAFE_URL.test(r.link)) {
    const more = el("a", "read-more", "read-more", "Read more");
    Object.assign(more, { href: r.link, target: "_blank", rel: "noopener noreferrer" });
    body.append(more);
  }
  body.append(el("footer", "disclaimer", "disclaimer", DISCLAIMER(provider)));
  article.append(body);
  return article;
}

class PlainCard extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: "open" });
    const style = document.createElement("style");
    style.textContent = CSS;
    root.append(style);
    this.setAttribute("state", "loading");
    this.load(root).catch((e) => {
      console.error("plain-card:", e);
      this.setAttribute("state", "error");
    });
  }

  async load(root) {
    const response = await fetch(this.getAttribute("feed"));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const doc = new DOMParser().parseFromString(await response.text(), "application/xml");
    if (doc.querySelector("parsererror")) throw new Error("not XML");
    const atom = doc.documentElement.localName === "feed";
    const limit = Number(this.getAttribute("limit") ?? 1);
    const nodes = [...doc.querySelectorAll(atom ? "feed > entry" : "channel > item")].slice(0, limit);
    const provider = text(doc, atom ? "feed > title" : "channel > title") || "The distributor";
    const lang = doc.documentElement.getAttribute("xml:lang") || text(doc, "channel > language") || "en";
    const dates = new Intl.DateTimeFormat(lang, { dateStyle: "long" });
    const list = el("div", null, "cards");
    for (const node of nodes) list.append(card(read(node, atom), provider, lang, dates));
    root.append(list);
    this.setAttribute("state", nodes.length ? "ready" : "empty");
    this.dispatchEvent(new CustomEvent("plaincard:ready", { bubbles: true, composed: true, detail: { count: nodes.length } }));
  }
}

customElements.define("plain-card", PlainCard);
