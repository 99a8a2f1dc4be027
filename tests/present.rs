//! Snapshots of the core's UI trees: every layout's cards (an English and
//! an Arabic feed, so left-to-right and right-to-left), heading levels 2 to
//! 6 with the body's headings re-levelled below the title, and the loading
//! skeleton of every layout for several `limit`s. Each tree is dumped as
//! indented text (`ui::Element::dump`) and compared with
//! `tests/present/NAME.txt`; any difference fails. `SNAPSHOT_UPDATE=1
//! cargo test --test present` rewrites the files (then read the diff).
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::fs;
use std::path::PathBuf;

use support::html::sanitized;
use syndicard::feed::{self, Feed, Release};
use syndicard::options::Options;
use syndicard::present::{self, ui};
use syndicard::view::{self, Content};

fn snapshot(name: &str, tree: &ui::Element) {
    let path: PathBuf = [
        env!("CARGO_MANIFEST_DIR"),
        "tests",
        "present",
        &format!("{name}.txt"),
    ]
    .iter()
    .collect();
    let actual = tree.dump();
    if std::env::var_os("SNAPSHOT_UPDATE").is_some() {
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, &actual).unwrap();
        return;
    }
    let expected = fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{} is missing: SNAPSHOT_UPDATE=1 writes it", path.display()));
    if actual != expected {
        let line = actual
            .lines()
            .zip(expected.lines())
            .position(|(a, e)| a != e)
            .unwrap_or_else(|| actual.lines().count().min(expected.lines().count()));
        panic!(
            "{name}: the tree differs from {} at line {}:\n  actual:   {:?}\n  expected: {:?}\n(SNAPSHOT_UPDATE=1 to accept)",
            path.display(),
            line + 1,
            actual.lines().nth(line),
            expected.lines().nth(line),
        );
    }
}

fn options(pairs: &[(&str, &str)]) -> Options {
    Options::parse(pairs.iter().copied()).unwrap()
}

fn read_feed(file: &str) -> Feed {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "www", "feeds", file]
        .iter()
        .collect();
    let text = fs::read_to_string(path).unwrap();
    feed::parse(&text, Some("https://host.example/feeds/")).unwrap()
}

/// The release's content as the widget hands it to the view
/// (`view::Content::of`), HTML sanitized natively by the same walk.
fn content_of(release: &Release) -> Content<'_> {
    Content::of(release, &sanitized)
}

fn cards(feed: &Feed, options: &Options) -> ui::Element {
    let views: Vec<_> = view::select(feed, options)
        .into_iter()
        .map(|r| view::card_view(r, feed, content_of(r), options, None))
        .collect();
    present::cards(&views, options)
}

#[test]
fn every_layout_ltr_and_rtl() {
    for (file, name) in [("wire-en.atom", "en"), ("seaprwire-ar.xml", "ar")] {
        let feed = read_feed(file);
        for layout in ["card", "full", "list", "compact"] {
            let o = options(&[("layout", layout), ("limit", "3"), ("theme", "light")]);
            snapshot(&format!("{layout}-{name}"), &cards(&feed, &o));
        }
    }
}

#[test]
fn the_dir_and_lang_of_every_card_follow_its_language() {
    let ar = cards(&read_feed("seaprwire-ar.xml"), &options(&[("limit", "2")]));
    let en = cards(&read_feed("wire-en.atom"), &options(&[("limit", "2")]));
    for (tree, lang, dir) in [(&ar, "ar", "rtl"), (&en, "en", "ltr")] {
        for card in &tree.children {
            let ui::Node::Element(card) = card else {
                panic!("a card is an element")
            };
            assert_eq!(card.get("lang"), Some(lang));
            assert_eq!(card.get("dir"), Some(dir));
        }
    }
}

const HEADINGS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>Meridian Newswire</title>
    <language>en</language>
    <item>
      <title>Harbor Grid Opens a Battery Recycling Plant</title>
      <link>https://newswire.example/releases/harbor-grid</link>
      <pubDate>Thu, 05 Jun 2025 23:30:00 -0500</pubDate>
      <content:encoded><![CDATA[<p>Harbor Grid B.V. today opened a plant in Rotterdam.</p>
        <h3>Background</h3><p>Second <a href="/about">paragraph</a>.</p>
        <h4>Capacity</h4><p><img src="https://newswire.example/p.jpg" alt="The plant"></p>
        <h1>Contacts</h1><p>Press office.</p>]]></content:encoded>
    </item>
  </channel>
</rss>"#;

#[test]
fn body_headings_sit_below_the_title_at_every_heading_level() {
    let feed = feed::parse(HEADINGS, None).unwrap();
    for level in ["2", "3", "4", "5", "6"] {
        let o = options(&[("layout", "full"), ("heading-level", level)]);
        snapshot(&format!("headings-{level}"), &cards(&feed, &o));
    }
}

#[test]
fn skeleton_of_every_layout_and_limit() {
    for layout in ["card", "full", "list", "compact"] {
        for limit in ["1", "2", "3", "10"] {
            let o = options(&[("layout", layout), ("limit", limit)]);
            snapshot(
                &format!("skeleton-{layout}-{limit}"),
                &present::skeleton(&o),
            );
        }
        let o = options(&[("layout", layout), ("limit", "10"), ("item", "x")]);
        snapshot(&format!("skeleton-{layout}-item"), &present::skeleton(&o));
    }
}

#[test]
fn a_skeleton_holds_at_most_three_placeholders() {
    for (limit, placeholders) in [("1", 1), ("3", 3), ("4", 3), ("20", 3)] {
        let tree = present::skeleton(&options(&[("limit", limit)]));
        assert_eq!(tree.children.len(), placeholders, "limit={limit}");
    }
}

/// The first element of `tree` (depth first) with tag `tag`.
fn find<'a>(tree: &'a ui::Element, tag: &str) -> Option<&'a ui::Element> {
    if tree.tag == tag {
        return Some(tree);
    }
    tree.children.iter().find_map(|child| match child {
        ui::Node::Element(e) => find(e, tag),
        _ => None,
    })
}

#[test]
fn the_date_is_written_in_words_where_the_table_covers_the_language() {
    let feed = feed::parse(HEADINGS, None).unwrap();
    let date = |lang: &str| {
        let tree = cards(&feed, &options(&[("lang", lang)]));
        let time = find(&tree, "time").expect("a date");
        assert_eq!(time.get("datetime"), Some("2025-06-06T04:30:00Z"));
        assert_eq!(time.children.len(), 1);
        time.children[0].clone()
    };
    // The day the wire dated it (23:30 at -05:00), in the card's language.
    for (lang, words) in [
        ("en", "June 5, 2025"),
        ("de-AT", "5. Juni 2025"),
        ("th", "5 มิถุนายน 2568"),
        ("ar-EG", "٥ يونيو ٢٠٢٥"),
    ] {
        assert_eq!(date(lang), ui::Node::Text(words.into()), "{lang}");
    }
    // A language the table does not cover: the shell writes it with Intl.
    let ui::Node::Date(leaf) = date("nl") else {
        panic!("a Dutch date is left to the shell")
    };
    assert_eq!(leaf.lang, "nl");
    assert_eq!(leaf.wall_seconds, 1_749_166_200);
}
