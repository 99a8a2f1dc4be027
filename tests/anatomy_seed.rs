//! The seed release: a real Indonesian SeaPRwire release as the wire
//! publishes it. `tests/anatomy/seaprwire-release-id.txt` is a byte-exact
//! copy of the project's shared fixture (`fixtures/seaprwire-release-id.txt`),
//! kept in the repository so the tests depend on nothing outside it.
//!
//! The file is plain text: the title on the first line, paragraphs split by
//! blank lines. The same release is also run as HTML (each paragraph a
//! `<p>`, entities for the no-break spaces), so both body kinds take the
//! same path.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use syndicard::anatomy::{self, Anatomy};
use syndicard::feed::{Feed, Release, Text};
use syndicard::options::Options;
use syndicard::safe::{paragraphs_from_text, SafeNode};
use syndicard::view;

const SEED: &str = include_str!("anatomy/seaprwire-release-id.txt");

const DISCLAIMER_ID: &str = "Artikel ini disediakan oleh penyedia konten pihak ketiga. SeaPRwire tidak memberikan jaminan atau pernyataan sehubungan dengan hal tersebut.";

fn title() -> &'static str {
    SEED.lines().next().unwrap()
}

fn as_html(text: &str) -> String {
    text.split("\n\n")
        .map(|p| {
            let p = p
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('\u{a0}', "&nbsp;");
            format!("<p>{}</p>\n", p.trim_end_matches('\n'))
        })
        .collect()
}

fn bodies() -> Vec<(&'static str, Vec<SafeNode>)> {
    vec![
        ("text", paragraphs_from_text(SEED)),
        ("html", support::html::sanitized(&as_html(SEED), None)),
    ]
}

fn all_text(a: &Anatomy) -> String {
    let mut out = String::new();
    for n in a.lede.iter().flatten().chain(&a.body).chain(&a.boilerplate) {
        out.push_str(&n.text_content());
        out.push('\n');
    }
    out
}

#[test]
fn every_part_is_found() {
    for (kind, body) in bodies() {
        let a = anatomy::dissect(body, Some(title()));
        let d = a.dateline.as_ref().expect(kind);
        assert_eq!(d.wire, "SeaPRwire", "{kind}");
        assert_eq!((d.place.as_deref(), d.date.as_deref()), (None, None));
        let lede = a.lede_text().expect(kind);
        assert!(
            lede.starts_with("Delegasi forum teknologi"),
            "{kind}: {lede}"
        );
        assert_eq!(a.body.len(), 13, "{kind}");
        assert!(a.body[0]
            .text_content()
            .starts_with("Rusia dan Global South (Selatan)"));
        assert!(a
            .body
            .last()
            .unwrap()
            .text_content()
            .starts_with("“Rusia telah lama menjadi teman Bangladesh"));
        assert_eq!(a.sectors, ["Top Story", "Daily News"], "{kind}");
        let found = a.disclaimer.as_ref().expect(kind);
        assert_eq!(
            (found.provider.as_deref(), found.lang),
            (Some("SeaPRwire"), "id")
        );
        assert_eq!(a.boilerplate.len(), 1, "{kind}");
        assert!(a.boilerplate[0]
            .text_content()
            .starts_with("SeaPRwire menyediakan distribusi siaran pers"));
    }
}

#[test]
fn disclaimer_exactly_once_in_the_footer() {
    for (kind, body) in bodies() {
        let a = anatomy::dissect(body.clone(), Some(title()));
        assert_eq!(a.disclaimer_copies, 1, "{kind}");
        let rest = all_text(&a);
        assert!(!rest.contains("Artikel ini disediakan"), "{kind}");
        assert!(!rest.contains("Sektor:"), "{kind}");

        let release = Release {
            title: Some(title().to_string()),
            content: Some(Text::plain(SEED)),
            language: Some("id".into()),
            ..Release::default()
        };
        let card = view::card_view(&release, &Feed::default(), body, &Options::default(), None);
        assert_eq!(card.disclaimer, DISCLAIMER_ID, "{kind}");
        let shown: String = [card.lede.clone().unwrap_or_default()]
            .into_iter()
            .chain(card.body.iter().map(SafeNode::text_content))
            .chain(card.boilerplate.iter().map(SafeNode::text_content))
            .chain([card.disclaimer.clone()])
            .collect::<Vec<_>>()
            .join("\n");
        assert_eq!(shown.matches("Artikel ini disediakan").count(), 1);
    }
}

#[test]
fn no_junk_and_quotes_intact() {
    for (kind, body) in bodies() {
        let a = anatomy::dissect(body, Some(title()));
        let text = all_text(&a);
        assert!(!text.contains("“`"), "{kind}");
        assert!(!text.contains('`'), "{kind}");
        assert!(!text.contains('\u{a0}'), "{kind}");
        assert!(!text.contains("  "), "{kind}");
        for b in a.body.iter().chain(&a.boilerplate) {
            let t = b.text_content();
            assert_eq!(t.trim(), t, "{kind}: edges of {t}");
        }
        // Every curly quote of the release survives, but the stray one.
        let opening = SEED.matches('“').count() - 1;
        assert_eq!(text.matches('“').count(), opening, "{kind}");
        assert_eq!(text.matches('”').count(), SEED.matches('”').count());
        assert!(text.contains(
            "“China dan Rusia adalah mitra strategis dan tetangga baik,” kata Zhou Liqun, ketua Chinese Entrepreneurs’ Union in Russia."
        ));
        assert!(text.contains("menggembirakan,” mengatakan ia memiliki"));
    }
}

#[test]
fn the_card_of_the_seed() {
    for (kind, body) in bodies() {
        let release = Release {
            title: Some(title().to_string()),
            categories: vec!["Daily News".into(), "Technology".into()],
            ..Release::default()
        };
        // No language declared anywhere: the body's Indonesian disclaimer
        // shows which it is, even on an English page.
        let card = view::card_view(
            &release,
            &Feed::default(),
            body,
            &Options::default(),
            Some("en"),
        );
        assert_eq!((card.lang.as_str(), card.rtl), ("id", false), "{kind}");
        assert_eq!(card.locale.read_more, "Baca selengkapnya");
        assert_eq!(card.dateline.as_deref(), Some("SeaPRwire"));
        assert_eq!(card.provider, "SeaPRwire");
        assert_eq!(card.disclaimer, DISCLAIMER_ID);
        assert_eq!(card.sectors, ["Top Story", "Daily News", "Technology"]);
        assert!(card
            .lede
            .as_deref()
            .unwrap()
            .starts_with("Delegasi forum teknologi"));
        assert_eq!(card.lede_nodes.len(), 1);
        assert_eq!(card.title, title());
    }
}

#[test]
fn fixture_is_the_wire_text() {
    // The copy keeps the wire's quirks the tests are about.
    assert!(SEED.contains("(SeaPRwire) \u{2013} \u{a0} Delegasi"));
    assert!(SEED.trim_end().ends_with("“`"));
    assert!(SEED.contains("Sektor: Top Story, Daily News"));
}
