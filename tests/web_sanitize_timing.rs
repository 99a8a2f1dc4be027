//! In-browser time of the sanitize step, printed, never asserted (speed
//! lives in BENCHMARKS.md, not in timed tests): for the first 20 releases
//! of a 200 KB feed of wire-shaped releases (tests/support/wire.rs), what
//! the widget does per card before rendering, DOMParser included, and the
//! whole widget from an inline copy of the feed to `ready`. Run:
//!
//! ```sh
//! cargo test --target wasm32-unknown-unknown --test web_sanitize_timing -- --nocapture
//! ```
//!
//! The test itself checks that the work it timed was real (every card
//! has its parts), so a broken path cannot report a fast time.
#![cfg(target_arch = "wasm32")]

mod web_support;
#[path = "support/wire.rs"]
mod wire;

use js_sys::{Function, Promise, Reflect};
use syndicard::feed::{self, Release, TextKind};
use syndicard::options::Options;
use syndicard::safe::SafeNode;
use syndicard::view::{self, Content};
use syndicard::web::html;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_support::mount_ready;

wasm_bindgen_test_configure!(run_in_browser);

const CARDS: u32 = 20;
const REPETITIONS: usize = 7;

/// `performance.now()`, in milliseconds.
fn now() -> f64 {
    let performance = Reflect::get(&js_sys::global(), &"performance".into()).unwrap();
    let f: Function = Reflect::get(&performance, &"now".into())
        .unwrap()
        .dyn_into()
        .unwrap();
    f.call0(&performance).unwrap().as_f64().unwrap()
}

/// Lets the event loop turn (so the test never holds the page for long).
async fn pause() {
    let p = Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    JsFuture::from(p).await.unwrap();
}

fn median_min_max(mut v: Vec<f64>) -> String {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    format!(
        "median {:.1} ms (min {:.1}, max {:.1}, n={})",
        v[v.len() / 2],
        v[0],
        v[v.len() - 1],
        v.len()
    )
}

/// The release's HTML, sanitized in the browser as the widget does it.
fn sanitized(release: &Release, text: &Option<feed::Text>) -> Vec<SafeNode> {
    let t = text.as_ref().filter(|t| t.kind == TextKind::Html).unwrap();
    html::sanitized(&t.value, release.link.as_deref())
}

/// What the widget does per card before rendering (`content_of`, then
/// the view): the body through the browser's parser and the walk, the
/// summary only if the body has no lede.
fn card(release: &Release, feed: &feed::Feed, options: &Options) -> view::CardView {
    view::card_view(
        release,
        feed,
        Content::of(release, &html::sanitized),
        options,
        None,
    )
}

#[wasm_bindgen_test]
async fn sanitize_and_view_time_for_20_cards_of_a_200_kb_feed() {
    let (text, _) = wire::rss(200 * 1024);
    let feed = feed::parse(&text, None).unwrap();
    let options = Options {
        limit: CARDS,
        ..Options::default()
    };
    let releases = view::select(&feed, &options);
    assert_eq!(releases.len(), CARDS as usize);

    let (mut sanitize, mut total) = (Vec::new(), Vec::new());
    for _ in 0..REPETITIONS {
        let start = now();
        for r in &releases {
            let body = Content::of(r, &html::sanitized).body;
            assert!(!body.is_empty());
        }
        sanitize.push(now() - start);
        assert!(!sanitized(releases[0], &releases[0].summary).is_empty());
        pause().await;
        let start = now();
        for r in &releases {
            let v = card(r, &feed, &options);
            assert!(v.lede.is_some() && v.dateline.is_some(), "{}", v.title);
            assert_eq!(v.provider, "SeaPRwire");
        }
        total.push(now() - start);
        pause().await;
    }
    console_log!(
        "sanitize (DOMParser + walk, as the widget does it), 20 cards: {}",
        median_min_max(sanitize)
    );
    console_log!(
        "sanitize + view (anatomy), 20 cards: {}",
        median_min_max(total)
    );

    let mut mounts = Vec::new();
    for _ in 0..3 {
        let start = now();
        let root = mount_ready("application/rss+xml", &text, &[("limit", "20")]).await;
        mounts.push(now() - start);
        let cards = root.query_selector_all("[part~=card]").unwrap().length();
        assert_eq!(cards, CARDS);
        root.host().remove();
        pause().await;
    }
    console_log!(
        "whole widget, inline 200 KB feed, limit 20, mount to ready: {}",
        median_min_max(mounts)
    );
}
