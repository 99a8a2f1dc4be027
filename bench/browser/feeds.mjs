// Feeds shaped like a wire's real releases, generated deterministically for
// the browser benchmark: each release about 4.5 KB (a headline, a dateline,
// an escaped HTML summary and full body with paragraphs, a list, links and
// an image, the company's "About" boilerplate and a media contact, two
// categories, an image enclosure), in RSS 2.0 or Atom 1.0.
//   feed(format, targetBytes) -> { bytes: Buffer, ends: [byte offset after
//   each release's end tag], releases }

const CITIES = ["NEW YORK", "SINGAPORE", "LONDON", "TOKYO", "SAN FRANCISCO", "FRANKFURT", "SYDNEY"];
const SECTORS = ["Technology", "Health", "Energy", "Finance", "Retail", "Automotive", "Earnings"];

const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const attr = (s) => escape(s).replace(/"/g, "&quot;");

/** Release `i`: its fields, the body as HTML. */
function release(i) {
  const company = `Company ${i % 97} Holdings`;
  const city = CITIES[i % CITIES.length];
  const day = 1 + (i % 28);
  const date = new Date(Date.UTC(2025, 5, day, 9, i % 60));
  const title = `${company} reports record results for the quarter and raises its outlook for ${2025 + (i % 2)}`;
  const link = `https://wire.example/news/2025/06/${String(day).padStart(2, "0")}/release-${i}.html`;
  const image = `https://cdn.wire.example/images/release-${i}.jpg`;
  const lede =
    `${city}, June ${day}, 2025 /Wire/ -- ${company} (NASDAQ: C${i % 97}) today reported revenue of ` +
    `$${100 + ((i * 37) % 900)} million for the quarter, up ${1 + (i % 23)}% from a year earlier, and raised ` +
    `its outlook for the year on strong demand in every region.`;
  const paragraphs = [
    `&quot;Demand stayed strong in every region we serve,&quot; said the chief executive of ${company}. ` +
      `&quot;Our teams shipped more than ever while keeping costs in line, and we enter the second half with ` +
      `the largest order book in the company's history.&quot;`,
    `Gross margin rose to ${30 + (i % 20)}.${i % 10}% from ${28 + (i % 18)}.${(i + 3) % 10}% a year earlier, ` +
      `driven by a richer product mix and lower logistics costs. Operating expenses grew more slowly than ` +
      `revenue for the fourth quarter in a row, and free cash flow reached $${20 + (i % 80)} million.`,
    `In the products segment, revenue rose ${2 + (i % 19)}% on higher volumes of the new platform, which now ` +
      `accounts for more than a third of unit sales. The services segment grew ${3 + (i % 17)}%, with recurring ` +
      `subscription revenue reaching $${40 + (i % 60)} million and renewal rates above ninety percent. Revenue ` +
      `from customers outside North America grew faster than the company as a whole for the sixth quarter running.`,
    `During the quarter the company opened a new facility in ${CITIES[(i + 2) % CITIES.length]}, signed supply ` +
      `agreements with two of the largest operators in its market, and completed the acquisition of a software ` +
      `business that adds analytics to its platform. It returned $${5 + (i % 30)} million to shareholders through ` +
      `dividends and the repurchase of ${100 + (i % 400)},000 shares, and ended the quarter with cash of ` +
      `$${300 + ((i * 11) % 700)} million and no debt outstanding.`,
    `Non-GAAP measures: this release refers to adjusted operating income, adjusted earnings per share and free ` +
      `cash flow, which are not defined by generally accepted accounting principles. The company believes they help ` +
      `investors compare results across periods; reconciliations to the nearest GAAP measures are in the tables ` +
      `that accompany this release on the company's investor relations site.`,
    `The company will discuss the results on a conference call at 8:30 a.m. Eastern time. A live webcast ` +
      `and a replay will be available on its <a href="https://investors.example/c${i % 97}">investor relations site</a> ` +
      `for ninety days after the call.`,
  ];
  const highlights = [
    `Revenue of $${100 + ((i * 37) % 900)} million, up ${1 + (i % 23)}% year over year`,
    `Record bookings of $${200 + ((i * 53) % 800)} million`,
    `Full-year revenue outlook raised to $${1 + (i % 5)}.${i % 10} billion`,
  ];
  const about =
    `About ${company}: ${company} designs and builds products for customers in more than forty countries. ` +
    `Founded in ${1950 + (i % 70)}, it employs ${1000 + ((i * 97) % 9000)} people and is headquartered in ${city}. ` +
    `For more information, visit www.company${i % 97}.example.`;
  const forward =
    `This press release contains forward-looking statements about demand, pricing, costs and the outlook for the ` +
    `year. Actual results may differ materially because of risks described in the company's annual report and ` +
    `later filings with the Securities and Exchange Commission; the company undertakes no duty to update them ` +
    `except as the law requires.`;
  const body =
    `<p>${lede}</p>` +
    `<p><img src="${image}" width="640" height="360" alt="${attr(company)} headquarters"></p>` +
    `<p><strong>Highlights</strong></p><ul>${highlights.map((h) => `<li>${h}</li>`).join("")}</ul>` +
    paragraphs.map((p) => `<p>${p}</p>`).join("") +
    `<p><em>${forward}</em></p>` +
    `<p>${about}</p>` +
    `<p>Media contact: Jane Doe, +1 212 555 01${String(i % 100).padStart(2, "0")}, ` +
    `<a href="mailto:press@company${i % 97}.example">press@company${i % 97}.example</a></p>`;
  const summary = `<p>${lede}</p>`;
  const sectors = [SECTORS[i % SECTORS.length], SECTORS[(i + 3) % SECTORS.length]];
  return { i, title, link, image, date, body, summary, sectors, company };
}

function rssItem(r) {
  return (
    `<item><title>${escape(r.title)}</title><link>${escape(r.link)}</link>` +
    `<guid isPermaLink="false">wire-${r.i}</guid><pubDate>${r.date.toUTCString()}</pubDate>` +
    r.sectors.map((s) => `<category>${escape(s)}</category>`).join("") +
    `<dc:creator>Wire</dc:creator>` +
    `<media:content url="${attr(r.image)}" medium="image" type="image/jpeg" width="640" height="360"/>` +
    `<description>${escape(r.summary)}</description>` +
    `<content:encoded><![CDATA[${r.body}]]></content:encoded></item>\n`
  );
}

function atomEntry(r) {
  return (
    `<entry><title>${escape(r.title)}</title><link rel="alternate" href="${attr(r.link)}"/>` +
    `<link rel="enclosure" type="image/jpeg" href="${attr(r.image)}"/>` +
    `<id>tag:wire.example,2025:${r.i}</id><updated>${r.date.toISOString()}</updated>` +
    `<published>${r.date.toISOString()}</published><author><name>Wire</name></author>` +
    r.sectors.map((s) => `<category term="${attr(s)}"/>`).join("") +
    `<summary type="html">${escape(r.summary)}</summary>` +
    `<content type="html">${escape(r.body)}</content></entry>\n`
  );
}

const HEAD = {
  rss:
    '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">\n<channel>\n' +
    "<title>Wire: latest releases</title><link>https://wire.example/</link><description>Press releases</description>" +
    "<language>en</language>\n",
  atom:
    '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">\n' +
    '<title>Wire: latest releases</title><link rel="alternate" href="https://wire.example/"/>' +
    "<id>tag:wire.example,2025:feed</id><updated>2025-06-28T09:00:00Z</updated>\n",
};
const TAIL = { rss: "</channel>\n</rss>\n", atom: "</feed>\n" };

/** A feed in `format` ("rss" or "atom") of at least `targetBytes` (whole releases). */
export function feed(format, targetBytes) {
  const item = format === "rss" ? rssItem : atomEntry;
  const parts = [Buffer.from(HEAD[format])];
  let size = parts[0].length;
  const ends = [];
  for (let i = 1; size + TAIL[format].length < targetBytes; i++) {
    const b = Buffer.from(item(release(i)));
    parts.push(b);
    size += b.length;
    ends.push(size - 1); // the newline after the end tag
  }
  parts.push(Buffer.from(TAIL[format]));
  return { bytes: Buffer.concat(parts), ends, releases: ends.length };
}
