//! Titles with markup, through the whole widget in a real browser: the
//! fixtures of tests/feeds (escaped HTML in RSS titles, Atom text
//! constructs) are mounted inline, and every card's heading must show
//! exactly the title their hand-written `.expected` gives, as text, with
//! nothing but the title link inside it. One mount per feed keeps each
//! call short.
#![cfg(target_arch = "wasm32")]

mod web_support;

use wasm_bindgen_test::*;
use web_support::{all, mount_ready};

wasm_bindgen_test_configure!(run_in_browser);

/// The release titles an `.expected` file lists, in order.
fn expected_titles(spec: &str) -> Vec<String> {
    let mut titles = Vec::new();
    let mut in_release = false;
    for line in spec.lines() {
        if line.starts_with("release ") {
            in_release = true;
            titles.push(String::new());
        } else if let (true, Some(t)) = (in_release, line.strip_prefix("title: ")) {
            if let Some(last) = titles.last_mut() {
                *last = t.to_string();
            }
        }
    }
    titles
}

async fn headings_show(kind: &str, feed: &str, spec: &str) {
    let want = expected_titles(spec);
    assert!(want.len() >= 5 && want.iter().all(|t| !t.is_empty()));
    let limit = want.len().to_string();
    let root = mount_ready(kind, feed, &[("limit", &limit), ("layout", "list")]).await;
    let headings = all(&root, "[part~=title]");
    let shown: Vec<String> = headings
        .iter()
        .map(|h| h.text_content().unwrap_or_default())
        .collect();
    assert_eq!(shown, want);
    for h in &headings {
        // The title is text: the only element inside the heading is the
        // card's own link.
        let inner = h.query_selector_all("*").unwrap();
        for i in 0..inner.length() {
            let el: web_sys::Element =
                wasm_bindgen::JsCast::dyn_into(inner.item(i).unwrap()).unwrap();
            assert_eq!(el.local_name(), "a", "{:?}", h.inner_html());
        }
    }
}

#[wasm_bindgen_test]
async fn escaped_html_in_rss_titles_shows_as_the_browser_renders_it() {
    headings_show(
        "application/rss+xml",
        include_str!("feeds/titles-rss-escaped-html.xml"),
        include_str!("feeds/titles-rss-escaped-html.expected"),
    )
    .await;
}

#[wasm_bindgen_test]
async fn atom_title_types_show_their_text() {
    headings_show(
        "application/atom+xml",
        include_str!("feeds/titles-atom-types.xml"),
        include_str!("feeds/titles-atom-types.expected"),
    )
    .await;
}
