//! The widget in a real browser (headless Chromium through
//! wasm-bindgen-test): rendering an inline feed, the documented parts,
//! states and events, errors, destroy.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

mod web_support;

use js_sys::Reflect;
use syndicard::web::api;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_support::{document, inline_host, one, options};
use web_sys::{Element, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>SeaPRwire</title>
    <link>https://www.seaprwire.com/id/</link>
    <language>id</language>
    <item>
      <title>Rusia dan Selatan Global Membentuk Masa Depan Digital Multipolar</title>
      <link>https://www.seaprwire.com/id/rusia-selatan-global/</link>
      <guid>sea-1</guid>
      <pubDate>Fri, 06 Jun 2025 10:30:00 +0800</pubDate>
      <category>Top Story</category>
      <category>Daily News</category>
      <content:encoded><![CDATA[<p>Delegasi forum teknologi telah membahas upaya bersama.</p><p>Paragraf kedua.</p>]]></content:encoded>
    </item>
    <item>
      <title>Second release</title>
      <link>https://www.seaprwire.com/id/second/</link>
      <guid>sea-2</guid>
      <description>Short text.</description>
    </item>
  </channel>
</rss>"#;

/// A fresh host `div` in the body with a fallback link, holding an inline
/// feed `(kind, text)` when one is given.
fn host(feed: Option<(&str, &str)>) -> Element {
    let host = match feed {
        Some((kind, text)) => inline_host(kind, text),
        None => {
            let host = document().create_element("div").unwrap();
            document().body().unwrap().append_child(&host).unwrap();
            host
        }
    };
    let fallback = document().create_element("a").unwrap();
    fallback
        .set_attribute("href", "https://fallback.example/")
        .unwrap();
    fallback.set_text_content(Some("Fallback link"));
    host.append_child(&fallback).unwrap();
    host
}

fn shadow(host: &Element) -> ShadowRoot {
    host.shadow_root()
        .expect("the widget attaches an open shadow root")
}

fn find(root: &ShadowRoot, selector: &str) -> Element {
    one(root, selector)
}

fn count(root: &ShadowRoot, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

/// Records the events of `name` dispatched on or bubbling through
/// `document`, with their `detail`.
fn record(name: &str) -> Rc<RefCell<Vec<JsValue>>> {
    let seen = Rc::new(RefCell::new(Vec::new()));
    let sink = seen.clone();
    let listener = Closure::<dyn Fn(web_sys::CustomEvent)>::new(move |e: web_sys::CustomEvent| {
        assert!(
            e.bubbles() && e.composed(),
            "events bubble and are composed"
        );
        sink.borrow_mut().push(e.detail());
    });
    document()
        .add_event_listener_with_callback(name, listener.as_ref().unchecked_ref())
        .unwrap();
    listener.forget();
    seen
}

fn detail(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &key.into()).unwrap()
}

#[wasm_bindgen_test]
async fn inline_rss_renders_a_card_with_every_part() {
    let ready = record("syndicard:ready");
    let before = ready.borrow().len();
    let host = host(Some(("application/rss+xml", RSS)));
    api::mount(host.clone().into(), options(&[("provider", "SeaPRwire")]))
        .await
        .unwrap();

    assert_eq!(host.get_attribute("state").as_deref(), Some("ready"));
    assert_eq!(host.get_attribute("error-code"), None);
    let root = shadow(&host);
    assert_eq!(
        count(&root, "article[part~=card]"),
        1,
        "limit defaults to 1"
    );
    let card = find(&root, "article[part~=card]");
    assert_eq!(card.get_attribute("lang").as_deref(), Some("id"));
    assert_eq!(card.get_attribute("dir").as_deref(), Some("ltr"));

    let title = find(&root, "h3[part~=title]");
    assert_eq!(
        title.text_content().unwrap(),
        "Rusia dan Selatan Global Membentuk Masa Depan Digital Multipolar"
    );
    let link = find(&root, "h3[part~=title] a[part~=link]");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("https://www.seaprwire.com/id/rusia-selatan-global/")
    );
    assert_eq!(link.get_attribute("target").as_deref(), Some("_blank"));
    assert_eq!(
        link.get_attribute("rel").as_deref(),
        Some("noopener noreferrer"),
        "the card links' rel"
    );

    find(&root, "div[part~=meta]");
    let time = find(&root, "div[part~=meta] time[part~=date]");
    assert_eq!(
        time.get_attribute("datetime").as_deref(),
        Some("2025-06-06T02:30:00Z")
    );
    assert!(
        time.text_content().unwrap().contains("2025"),
        "a localized date is shown"
    );
    assert!(find(&root, "p[part~=lede]")
        .text_content()
        .unwrap()
        .starts_with("Delegasi forum teknologi"));
    let sectors: Vec<String> = {
        let list = root
            .query_selector_all("ul[part~=sectors] li[part~=sector]")
            .unwrap();
        (0..list.length())
            .map(|i| list.item(i).unwrap().text_content().unwrap())
            .collect()
    };
    assert_eq!(sectors, ["Top Story", "Daily News"]);
    assert_eq!(count(&root, "footer[part~=disclaimer]"), 1);
    assert_eq!(
        find(&root, "footer[part~=disclaimer]").text_content().unwrap(),
        "Artikel ini disediakan oleh penyedia konten pihak ketiga. SeaPRwire tidak memberikan jaminan atau pernyataan sehubungan dengan hal tersebut."
    );
    assert_eq!(count(&root, "slot"), 0, "the fallback is hidden once ready");

    let events = ready.borrow();
    assert_eq!(events.len(), before + 1, "exactly one syndicard:ready");
    assert_eq!(detail(events.last().unwrap(), "count").as_f64(), Some(1.0));
}

#[wasm_bindgen_test]
async fn limit_and_heading_level_and_english_fallback() {
    let host = host(Some(("application/rss+xml", RSS)));
    api::mount(
        host.clone().into(),
        options(&[("limit", "2"), ("headingLevel", "2"), ("lang", "en")]),
    )
    .await
    .unwrap();
    let root = shadow(&host);
    assert_eq!(count(&root, "article[part~=card]"), 2);
    assert_eq!(count(&root, "h2[part~=title]"), 2);
    assert_eq!(
        count(&root, "footer[part~=disclaimer]"),
        2,
        "a footer in every card"
    );
    let footer = find(&root, "footer[part~=disclaimer]")
        .text_content()
        .unwrap();
    assert!(
        footer.starts_with("This article is provided by a third-party content provider."),
        "{footer}"
    );
}

#[wasm_bindgen_test]
async fn bad_option_is_a_config_error_with_event_and_fallback() {
    let errors = record("syndicard:error");
    let before = errors.borrow().len();
    let host = host(Some(("application/rss+xml", RSS)));
    api::mount(host.clone().into(), options(&[("limit", "lots")]))
        .await
        .unwrap();
    assert_eq!(host.get_attribute("state").as_deref(), Some("error"));
    assert_eq!(host.get_attribute("error-code").as_deref(), Some("config"));
    let events = errors.borrow();
    assert_eq!(events.len(), before + 1);
    let event = events.last().unwrap();
    assert_eq!(detail(event, "code").as_string().as_deref(), Some("config"));
    let message = detail(event, "message").as_string().unwrap();
    assert!(
        message.contains("limit") && message.contains("lots"),
        "{message}"
    );
    let root = shadow(&host);
    assert_eq!(count(&root, "slot"), 1, "the fallback children show");
    assert_eq!(count(&root, "article"), 0);
}

#[wasm_bindgen_test]
async fn missing_feed_is_a_config_error() {
    let host = host(None);
    api::mount(host.clone().into(), JsValue::UNDEFINED)
        .await
        .unwrap();
    assert_eq!(host.get_attribute("error-code").as_deref(), Some("config"));
}

#[wasm_bindgen_test]
async fn unreachable_feed_is_a_network_error() {
    let host = host(None);
    api::mount(
        host.clone().into(),
        options(&[("feed", "http://127.0.0.1:9/feed.xml")]),
    )
    .await
    .unwrap();
    assert_eq!(host.get_attribute("state").as_deref(), Some("error"));
    assert_eq!(host.get_attribute("error-code").as_deref(), Some("network"));
}

#[wasm_bindgen_test]
async fn garbage_is_a_parse_error() {
    let host = host(Some(("application/xml", "this is not a feed at all")));
    api::mount(host.clone().into(), JsValue::UNDEFINED)
        .await
        .unwrap();
    assert_eq!(host.get_attribute("state").as_deref(), Some("error"));
    assert_eq!(host.get_attribute("error-code").as_deref(), Some("parse"));
}

#[wasm_bindgen_test]
async fn a_feed_without_items_is_empty() {
    let feed = r#"<rss version="2.0"><channel><title>Quiet wire</title></channel></rss>"#;
    let host = host(Some(("application/rss+xml", feed)));
    api::mount(host.clone().into(), JsValue::UNDEFINED)
        .await
        .unwrap();
    assert_eq!(host.get_attribute("state").as_deref(), Some("empty"));
    assert_eq!(count(&shadow(&host), "slot"), 1, "the fallback stays");
}

#[wasm_bindgen_test]
async fn inline_atom_and_json_feed_render() {
    let atom = r#"<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
      <entry><title>Atom release</title><id>a1</id><link href="https://w.example/a1"/>
      <updated>2025-06-05T09:00:00Z</updated><summary>Atom lede.</summary></entry></feed>"#;
    let json = r#"{"version":"https://jsonfeed.org/version/1.1","title":"Wire",
      "items":[{"id":"j1","url":"https://w.example/j1","title":"JSON release",
      "content_text":"JSON lede.","date_published":"2025-06-05T09:00:00Z"}]}"#;
    for (kind, text, title) in [
        ("application/atom+xml", atom, "Atom release"),
        ("application/feed+json", json, "JSON release"),
    ] {
        let host = host(Some((kind, text)));
        api::mount(host.clone().into(), JsValue::UNDEFINED)
            .await
            .unwrap();
        assert_eq!(
            host.get_attribute("state").as_deref(),
            Some("ready"),
            "{kind}"
        );
        let root = shadow(&host);
        assert_eq!(find(&root, "[part~=title]").text_content().unwrap(), title);
        assert_eq!(
            find(&root, "time[part~=date]")
                .get_attribute("datetime")
                .as_deref(),
            Some("2025-06-05T09:00:00Z")
        );
    }
}

#[wasm_bindgen_test]
async fn destroy_restores_the_fallback_and_refresh_renders_again() {
    let host = host(Some(("application/rss+xml", RSS)));
    let handle = api::mount(host.clone().into(), options(&[("limit", "2")]))
        .await
        .unwrap();
    assert_eq!(count(&shadow(&host), "article"), 2);
    handle.destroy();
    assert_eq!(host.get_attribute("state"), None);
    assert_eq!(count(&shadow(&host), "article"), 0);
    assert_eq!(count(&shadow(&host), "slot"), 1);
    wasm_bindgen_futures::JsFuture::from(handle.refresh())
        .await
        .unwrap();
    assert_eq!(host.get_attribute("state").as_deref(), Some("ready"));
    assert_eq!(
        count(&shadow(&host), "article"),
        2,
        "mounted again with the options given to mount()"
    );
}

#[wasm_bindgen_test]
fn parse_export_returns_a_plain_object() {
    let feed = api::parse(RSS).unwrap();
    assert_eq!(detail(&feed, "format").as_string().as_deref(), Some("rss"));
    assert_eq!(
        detail(&feed, "title").as_string().as_deref(),
        Some("SeaPRwire")
    );
    let releases: js_sys::Array = detail(&feed, "releases").unchecked_into();
    assert_eq!(releases.length(), 2);
    let first = releases.get(0);
    assert_eq!(
        detail(&first, "published").as_string().as_deref(),
        Some("2025-06-06T02:30:00Z")
    );
    let categories: js_sys::Array = detail(&first, "categories").unchecked_into();
    assert_eq!(categories.length(), 2);
    assert!(api::parse("not a feed").is_err());
}
