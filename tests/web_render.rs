//! What each layout renders, in a real browser (headless Chromium through
//! wasm-bindgen-test), from an inline feed: parts, the card's shortened
//! lede and image placeholder, the full release without a repeated lede,
//! the shared disclaimer of list and compact, the theme class; and the DOM
//! builder the shell hands each card to (js/builder.js), called directly:
//! names only from its tables, feed text only ever text or attribute
//! values.
#![cfg(target_arch = "wasm32")]

mod web_support;

use syndicard::present::CARD_LEDE_CHARS;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_support::{all, mount_ready};
use web_sys::{Element, Node, ShadowRoot};

// The shell's builder, bound here under names of the test's own (the
// crate's bindings are private).
#[wasm_bindgen(module = "/js/builder.js")]
extern "C" {
    #[wasm_bindgen(js_name = domNames)]
    fn builder_names(tags: &str, attrs: &str) -> JsValue;

    #[wasm_bindgen(js_name = buildDom)]
    fn builder_build(names: &JsValue, ops: &[f64], text: &str) -> Option<Node>;
}

wasm_bindgen_test_configure!(run_in_browser);

const LONG: &str = "Harbor Grid B.V. today opened Europe's largest battery recycling plant in the Port of Rotterdam, a 42,000-square-metre facility that will recover lithium, nickel and cobalt from 60,000 tonnes of spent electric-vehicle batteries a year, enough for the cells of 700,000 new cars, the company said on Thursday.";

fn rss() -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>Meridian Newswire</title>
    <language>en</language>
    <item>
      <title>Harbor Grid Opens Europe's Largest Battery Recycling Plant</title>
      <link>https://newswire.example/releases/harbor-grid</link>
      <pubDate>Thu, 05 Jun 2025 13:00:00 +0200</pubDate>
      <category>Energy</category>
      <category>Manufacturing</category>
      <content:encoded><![CDATA[<p>{LONG}</p><p>Second paragraph.</p><h2>Background</h2><p>Third.</p>]]></content:encoded>
    </item>
    <item>
      <title>Quillon Launches Offline Translation</title>
      <link>https://newswire.example/releases/quillon</link>
      <pubDate>Thu, 05 Jun 2025 09:00:00 +0000</pubDate>
      <enclosure url="https://newswire.example/images/phones.jpg" type="image/jpeg" length="0"/>
      <description>Quillon Inc. today released offline translation for 40 languages.</description>
    </item>
  </channel>
</rss>"#
    )
}

async fn mounted(pairs: &[(&str, &str)]) -> ShadowRoot {
    mount_ready("application/rss+xml", &rss(), pairs).await
}

fn text(el: &Element) -> String {
    el.text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn card_shortens_the_lede_and_keeps_an_image_box() {
    let root = mounted(&[("limit", "2"), ("theme", "dark")]).await;
    let container = root.first_element_child().unwrap();
    assert_eq!(
        container.get_attribute("class").as_deref(),
        Some("cards layout-card theme-dark")
    );
    let cards = all(&root, "article[part~=card]");
    assert_eq!(cards.len(), 2);

    // First release: no image, so a decorative placeholder holds the box.
    let first = &cards[0];
    let placeholder = first.query_selector(".image").unwrap().unwrap();
    assert_eq!(placeholder.local_name(), "div");
    assert_eq!(
        placeholder.get_attribute("aria-hidden").as_deref(),
        Some("true")
    );
    assert_eq!(placeholder.get_attribute("part"), None);
    let lede = text(&first.query_selector("[part~=lede]").unwrap().unwrap());
    assert!(lede.chars().count() <= CARD_LEDE_CHARS, "{lede}");
    assert!(lede.ends_with('…'), "{lede}");
    assert!(
        LONG.starts_with(lede.trim_end_matches('…')),
        "whole words: {lede}"
    );
    // Read more names the release, for a link list read out of context.
    let more = first.query_selector("a[part~=read-more]").unwrap().unwrap();
    assert_eq!(
        text(&more),
        "Read more: Harbor Grid Opens Europe's Largest Battery Recycling Plant"
    );
    assert_eq!(
        more.get_attribute("href").as_deref(),
        Some("https://newswire.example/releases/harbor-grid")
    );
    // No body in a card.
    assert!(first.query_selector("[part~=body]").unwrap().is_none());

    // Second release: its image, lazy and without referrer.
    let img = cards[1]
        .query_selector("img[part~=image]")
        .unwrap()
        .unwrap();
    assert_eq!(
        img.get_attribute("src").as_deref(),
        Some("https://newswire.example/images/phones.jpg")
    );
    assert_eq!(img.get_attribute("loading").as_deref(), Some("lazy"));
    assert_eq!(
        img.get_attribute("referrerpolicy").as_deref(),
        Some("no-referrer")
    );
    // Every card shows its disclaimer.
    assert!(all(&root, "footer.repeat").is_empty());
    assert_eq!(all(&root, "footer[part~=disclaimer]").len(), 2);
}

#[wasm_bindgen_test]
async fn full_shows_the_whole_release_once() {
    let root = mounted(&[("layout", "full"), ("headingLevel", "2")]).await;
    let card = &all(&root, "article[part~=card]")[0];
    assert_eq!(all(&root, "h2[part~=title]").len(), 1);
    let lede = text(&card.query_selector("[part~=lede]").unwrap().unwrap());
    assert_eq!(lede, LONG, "the lede whole, not shortened");
    let body = card.query_selector("[part~=body]").unwrap().unwrap();
    assert!(
        !text(&body).contains("Europe's largest"),
        "the lede is not repeated in the body"
    );
    assert!(text(&body).contains("Second paragraph."));
    // The body's h2 sits under the card's h2.
    assert_eq!(
        text(&body.query_selector("h3").unwrap().unwrap()),
        "Background"
    );
    assert!(card.query_selector(".placeholder").unwrap().is_none());
    let sectors: Vec<String> = all(&root, "[part~=sectors] [part~=sector]")
        .iter()
        .map(text)
        .collect();
    assert_eq!(sectors, ["Energy", "Manufacturing"]);
}

#[wasm_bindgen_test]
async fn list_and_compact_show_headlines_and_dates_with_one_disclaimer() {
    for layout in ["list", "compact"] {
        let root = mounted(&[("layout", layout), ("limit", "2")]).await;
        let cards = all(&root, "article[part~=card]");
        assert_eq!(cards.len(), 2, "{layout}");
        for card in &cards {
            assert!(
                card.query_selector(
                    "[part~=lede], [part~=image], .image, [part~=body], [part~=read-more]"
                )
                .unwrap()
                .is_none(),
                "{layout}"
            );
            assert!(card
                .query_selector("h3[part~=title] a[part~=link]")
                .unwrap()
                .is_some());
            assert!(card
                .query_selector("time[part~=date][datetime]")
                .unwrap()
                .is_some());
            assert!(
                card.query_selector("footer[part~=disclaimer]")
                    .unwrap()
                    .is_some(),
                "{layout}: in every card"
            );
        }
        // The same disclaimer twice: shown once, under the last card.
        let footers = all(&root, "footer[part~=disclaimer]");
        assert_eq!(
            footers[0].get_attribute("class").as_deref(),
            Some("disclaimer repeat")
        );
        assert_eq!(
            footers[1].get_attribute("class").as_deref(),
            Some("disclaimer")
        );
    }
}

/// The builder's words (js/builder.js): `op | index << 3`.
const OPEN: f64 = 0.0;
const CLOSE: f64 = 1.0;
const ATTRIBUTE: f64 = 2.0;
const TEXT: f64 = 3.0;
const DATE: f64 = 4.0;

/// The word of `op` with name `index`.
fn named(op: f64, index: u32) -> f64 {
    op + f64::from(index << 3)
}

#[wasm_bindgen_test]
fn the_builder_takes_names_only_from_its_tables() {
    let names = builder_names("p a", "class href");
    let hostile = "<script>alert(1)</script>";
    let value = "\"><img src=x onerror=alert(1)>";
    let text = format!("{hostile}{value}xyinside✓");
    let len = |s: &str| s.encode_utf16().count() as f64;
    let ops = [
        OPEN, // p
        TEXT,
        len(hostile),
        named(OPEN, 1),      // a
        named(ATTRIBUTE, 1), // href
        len(value),
        named(ATTRIBUTE, 7), // no such attribute: refused, its value skipped
        1.0,
        CLOSE,
        named(OPEN, 9), // no such tag: refused with its subtree
        ATTRIBUTE,
        1.0,
        TEXT,
        6.0,
        CLOSE,
        TEXT,
        1.0, // "✓", after the refused subtree's text
        CLOSE,
    ];
    let p: Element = builder_build(&names, &ops, &text).unwrap().unchecked_into();
    assert_eq!(p.local_name(), "p");
    let children = p.child_nodes();
    assert_eq!(children.length(), 3);
    let first = children.item(0).unwrap();
    assert_eq!(first.node_type(), Node::TEXT_NODE);
    assert_eq!(first.text_content().unwrap(), hostile);
    let a: Element = children.item(1).unwrap().unchecked_into();
    assert_eq!(a.local_name(), "a");
    assert_eq!(a.get_attribute("href").as_deref(), Some(value));
    assert_eq!(a.attributes().length(), 1, "only the named attribute");
    assert_eq!(children.item(2).unwrap().text_content().unwrap(), "✓");
    assert!(p.query_selector("script, img").unwrap().is_none());

    // A refused root makes nothing.
    assert!(builder_build(&names, &[named(OPEN, 2), CLOSE], "").is_none());
}

#[wasm_bindgen_test]
fn the_builder_writes_dates_in_their_language_in_utc() {
    let names = builder_names("p", "");
    // 2025-06-05T00:30:00Z: the 5th in UTC, whatever the reader's zone.
    let ms = 1_749_083_400_000.0;
    let text = "dex-not a tag!";
    let ops = [OPEN, DATE, 2.0, ms, DATE, 12.0, ms, CLOSE];
    let p = builder_build(&names, &ops, text).unwrap();
    let dates = p.child_nodes();
    assert_eq!(
        dates.item(0).unwrap().text_content().unwrap(),
        "5. Juni 2025"
    );
    // A tag Intl rejects: English.
    assert_eq!(
        dates.item(1).unwrap().text_content().unwrap(),
        "June 5, 2025"
    );
}
