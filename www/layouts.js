// The layouts page (layouts.html): every layout, an English feed (left to
// right) beside an Arabic one (right to left), in the theme the query asks
// for. Used by the screenshot script and the accessibility tests.
const params = new URLSearchParams(location.search);
const theme = params.get("theme") ?? "auto";
const only = params.get("layout");
const limit = Number(params.get("limit")) || 0;
// ?item=N shows each feed's Nth release alone (the `item` option).
const nth = Number(params.get("item")) || 0;
// ?delay=ms serves the feeds through the test server's /slow/ hook.
const delay = Number(params.get("delay")) || 0;
// Layout → releases per embed.
const LAYOUTS = { card: 2, full: 1, list: 3, compact: 3 };
const FEEDS = [
  {
    lang: "en",
    dir: "ltr",
    feed: "feeds/wire-en.atom",
    fallback: "Technology releases on Meridian Newswire",
    ids: ["rel-118204", "rel-118190", "rel-118177", "rel-118161"].map((id) => `tag:newswire.example,2025:${id}`),
  },
  {
    lang: "ar",
    dir: "rtl",
    feed: "feeds/seaprwire-ar.xml",
    fallback: "أحدث البيانات الصحفية على SeaPRwire",
    ids: ["20250605-alriyada", "20250604-alwaha", "20250603-gtu"].map((id) => `seaprwire-ar-${id}`),
  },
];

document.documentElement.dataset.theme = theme;
const main = document.querySelector("main");
for (const [layout, perLayout] of Object.entries(LAYOUTS)) {
  if (only && only !== layout) continue;
  const section = document.createElement("section");
  section.className = `layout ${layout}`;
  section.setAttribute("aria-labelledby", `h-${layout}`);
  const heading = document.createElement("h2");
  heading.id = `h-${layout}`;
  heading.textContent = `layout="${layout}"`;
  const row = document.createElement("div");
  row.className = "row";
  for (const f of FEEDS) {
    const column = document.createElement("div");
    column.className = "column";
    column.lang = f.lang;
    column.dir = f.dir;
    const card = document.createElement("syndi-card");
    card.id = `${layout}-${f.lang}`;
    const feed = delay ? `/slow/${f.feed}?ms=${delay}` : f.feed;
    const attrs = { feed, layout, limit: limit || perLayout, theme, "heading-level": 3 };
    if (nth && f.ids[nth - 1]) attrs.item = f.ids[nth - 1];
    for (const [name, value] of Object.entries(attrs)) {
      card.setAttribute(name, String(value));
    }
    const link = document.createElement("a");
    link.href = f.feed;
    link.textContent = f.fallback;
    card.append(link);
    column.append(card);
    row.append(column);
  }
  section.append(heading, row);
  main.append(section);
}
