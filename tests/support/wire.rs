//! Deterministic wire releases shaped like real syndicated ones (about
//! 4.5 KB of HTML each: a repeated headline, a dateline paragraph, prose
//! with links and inline markup, converter `span`s with classes and
//! styles, a table, a tracking pixel, the third-party disclaimer, a
//! sector line and the distributor's boilerplate), and an RSS feed of them
//! with an HTML summary and the body in `content:encoded`. For the
//! sanitize + anatomy benchmark (benches/anatomy.rs) and its in-browser
//! timing (tests/web_sanitize_timing.rs). Pure Rust, no dependencies, so
//! both native and wasm32 targets include it with `#[path]`.
#![allow(dead_code)]

/// The companies releases are from (gen.rs takes them too).
pub const COMPANIES: &[&str] = &[
    "Contoso Ltd.",
    "Fabrikam, Inc.",
    "Northwind Traders",
    "Woodgrove Bank",
    "Tailspin Toys",
    "Litware, Inc.",
    "Proseware, Inc.",
];
const PLACES: &[&str] = &["SINGAPORE", "HONG KONG", "LONDON", "NEW YORK", "TOKYO"];
const SENTENCES: &[&str] = &[
    "The programme runs across twelve markets and will be reviewed by an independent panel at the end of its first year.",
    "Customers can sign up online or at any branch, and existing accounts move over automatically with no change to their terms.",
    "Analysts expect the move to lift margins in the second half, although supply costs remain higher than before the pandemic.",
    "The new facility employs about 400 people and draws its power from a rooftop solar array and a long-term wind contract.",
    "Training for partners starts next month, with certification exams offered in English, Mandarin, Malay and Bahasa Indonesia.",
    "Regulators approved the plan in March after a public consultation that drew more than two thousand written responses.",
];

/// The title of release `i`.
pub fn title(i: usize) -> String {
    let company = COMPANIES[i % COMPANIES.len()];
    format!("{company} Opens Regional Hub to Serve Growing Demand ({i})")
}

/// The HTML body of release `i`.
pub fn body(i: usize) -> String {
    let company = COMPANIES[i % COMPANIES.len()];
    let place = PLACES[i % PLACES.len()];
    let mut s = String::with_capacity(5_000);
    s.push_str(&format!(
        "<h1>{}</h1>\n<div class=\"release-body\">\n",
        title(i)
    ));
    s.push_str(&format!(
        "<p>(SeaPRwire) &ndash; &nbsp;{place}, August {day}, 2025 &ndash; <a href=\"https://{slug}.example/\" target=\"_blank\" rel=\"nofollow\">{company}</a> today opened a regional hub, its largest investment in the region to date.<img src=\"https://track.example/p.gif?r={i}\" width=\"1\" height=\"1\"></p>\n",
        day = i % 28 + 1,
        slug = i % 97,
    ));
    for k in 0..7 {
        let a = SENTENCES[(i + k) % SENTENCES.len()];
        let b = SENTENCES[(i + k + 3) % SENTENCES.len()];
        match k % 3 {
            0 => s.push_str(&format!(
                "<p><span class=\"s1\" style=\"font-family: Arial; color: #222\">{a}</span> <span class=\"s1\">{b}</span></p>\n"
            )),
            1 => s.push_str(&format!(
                "<p>&ldquo;{a}&rdquo; said <strong>Dana Lee</strong>, chief executive of {company}. <em>{b}</em> See <a href=\"/news/{i}/{k}\">the fact sheet</a>.</p>\n"
            )),
            _ => s.push_str(&format!("<p dir=\"ltr\" lang=\"en\">{a} {b}</p>\n")),
        }
    }
    s.push_str("<table class=\"t\" border=\"1\"><tr><th>Market</th><th colspan=\"2\">Sites</th></tr><tr><td>North</td><td>4</td><td>2</td></tr><tr><td>South</td><td>7</td><td>1</td></tr></table>\n");
    s.push_str("<ul><li>Same-day onboarding</li><li>Local support desk</li><li>Regional data residency</li></ul>\n");
    s.push_str("<p><em>This article is provided by a third-party content provider. SeaPRwire (https://www.seaprwire.com/) makes no warranties or representations in connection with it.</em></p>\n");
    s.push_str("<p><b>Sectors:</b> Top Story, Daily News</p>\n");
    s.push_str("<p>SeaPRwire delivers real-time press release distribution for companies and institutions, reaching more than 6,500 media outlets, 86,000 editors and journalists, and 3.5 million professional desktops in 90 countries.</p>\n");
    s.push_str("<p>&nbsp;</p>\n</div>");
    s
}

/// The HTML summary of release `i` (what `description` carries beside
/// `content:encoded`).
pub fn summary(i: usize) -> String {
    let company = COMPANIES[i % COMPANIES.len()];
    format!(
        "<p>(SeaPRwire) &ndash; <b>{company}</b> today opened a regional hub, its largest investment in the region to date.</p>"
    )
}

fn cdata(s: &str) -> String {
    format!("<![CDATA[{}]]>", s.replace("]]>", "]]]]><![CDATA[>"))
}

/// An RSS 2.0 feed of about `bytes` bytes (never less) of such releases,
/// and its item count.
pub fn rss(bytes: usize) -> (String, usize) {
    let mut s = String::with_capacity(bytes + 8_192);
    s.push_str(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\n<channel>\n<title>SeaPRwire: Latest</title>\n<link>https://www.seaprwire.example/</link>\n<language>en</language>\n",
    );
    let mut n = 0;
    while s.len() + 30 < bytes {
        s.push_str(&format!(
            "<item>\n<title>{}</title>\n<link>https://www.seaprwire.example/news/{n}/</link>\n<guid isPermaLink=\"false\">seaprwire-{n}</guid>\n<pubDate>Fri, 01 Aug 2025 12:00:00 +0800</pubDate>\n<category>Top Story</category>\n<description>{}</description>\n<content:encoded>{}</content:encoded>\n</item>\n",
            title(n),
            cdata(&summary(n)),
            cdata(&body(n)),
        ));
        n += 1;
    }
    s.push_str("</channel>\n</rss>\n");
    (s, n)
}
