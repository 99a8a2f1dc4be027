//! Deterministic, realistic wire feeds of any size (Business Wire-style
//! RSS 2.0: entity-escaped HTML descriptions, categories, guid, pubDate,
//! dc:creator, media:content), for the streaming tests and the benchmark.

#[path = "wire.rs"]
mod wire;

/// The companies: the wire releases' (wire.rs), then three more.
const MORE_COMPANIES: &[&str] = &["Wingtip Toys", "Alpine Ski House", "Coho Winery"];

/// The company of item `i`, cycling through all of them.
fn company(i: usize) -> &'static str {
    let k = i % (wire::COMPANIES.len() + MORE_COMPANIES.len());
    match wire::COMPANIES.get(k) {
        Some(c) => c,
        None => MORE_COMPANIES[k - wire::COMPANIES.len()],
    }
}

const CITIES: &[&str] = &[
    "NEW YORK",
    "SAN FRANCISCO",
    "LONDON",
    "TOKYO",
    "SINGAPORE",
    "FRANKFURT",
    "TORONTO",
];
const VERBS: &[&str] = &[
    "Announces Second Quarter 2025 Results",
    "Completes Acquisition of Regional Distributor",
    "Expands Partnership to Accelerate Cloud Adoption",
    "Appoints Chief Financial Officer",
    "Declares Quarterly Dividend",
    "Launches Next-Generation Platform",
];
const SECTORS: &[&str] = &[
    "Technology",
    "Finance",
    "Health",
    "Energy",
    "Retail",
    "Earnings",
];
const MONTHS: &[&str] = &["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug"];

/// One item; `i` picks its words.
pub fn item(i: usize) -> String {
    let company = company(i);
    let city = CITIES[i % CITIES.len()];
    let verb = VERBS[(i / 3) % VERBS.len()];
    let day = i % 28 + 1;
    let month = MONTHS[(i / 28) % MONTHS.len()];
    let hour = i % 24;
    let id = 20_250_000_000u64 + i as u64;
    format!(
        r#"<item>
<title>{company} {verb}</title>
<link>https://www.businesswire.example/news/home/{id}/en/</link>
<guid isPermaLink="false">{id}</guid>
<pubDate>Tue, {day:02} {month} 2025 {hour:02}:30:00 GMT</pubDate>
<dc:creator>Business Wire</dc:creator>
<category>{s1}</category>
<category>{s2}</category>
<description>&lt;p&gt;{city}--(BUSINESS WIRE)--{company} today announced that it {verb_lower}. &amp;ldquo;This is an important milestone for our customers &amp;amp; partners,&amp;rdquo; said the chief executive.&lt;/p&gt;&lt;p&gt;The company expects the change to take effect in the coming quarter, subject to customary conditions. &lt;a href="https://investors.example.com/{id}"&gt;Investor materials&lt;/a&gt; are available online.&lt;/p&gt;&lt;p&gt;&lt;b&gt;About {company}&lt;/b&gt;&lt;br/&gt;{company} serves customers in more than 40 countries.&lt;/p&gt;</description>
<media:content url="https://mms.businesswire.example/media/{id}/en/logo.jpg" medium="image" width="300" height="150"/>
</item>
"#,
        s1 = SECTORS[i % SECTORS.len()],
        s2 = SECTORS[(i / 2 + 1) % SECTORS.len()],
        verb_lower = verb.to_lowercase(),
    )
}

/// A feed of about `bytes` bytes (never less), and its item count.
pub fn rss(bytes: usize) -> (String, usize) {
    let mut s = String::with_capacity(bytes + 2048);
    s.push_str(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
<channel>
<title>Business Wire: All News</title>
<link>https://www.businesswire.example/portal/site/home/news/</link>
<description>The latest press releases from Business Wire</description>
<language>en-us</language>
"#,
    );
    let mut n = 0;
    while s.len() + 30 < bytes {
        s.push_str(&item(n));
        n += 1;
    }
    s.push_str("</channel>\n</rss>\n");
    (s, n)
}
