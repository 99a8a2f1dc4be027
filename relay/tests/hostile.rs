//! The widget's hostile corpus through the relay: every vector as a
//! release's HTML body (and title), answered as `/v1/cards` JSON, as the
//! `/v1/card` page and as the oEmbed snippet. Nothing forbidden may come
//! out: only allowlisted tags and attributes, only http(s)/mailto URLs, no
//! script but the snippet's own, and the static HTML, parsed again by an
//! HTML5 parser, holds exactly the text the sanitizer built (so no text
//! was ever read as markup).

#[path = "../../tests/hostile/mod.rs"]
mod hostile;

use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::{Handle, NodeData, RcDom};
use syndicard::safe::SafeNode;
use syndicard::sanitize::policy;
use syndicard_relay::dissect;
use syndicard_relay::endpoints::{self, Context};
use syndicard_relay::static_card;

const SCRIPT: &str = "https://cdn.example/syndicard/embed.js";

/// Tags the static HTML's own chrome uses around the sanitized content.
const CHROME_TAGS: &[&str] = &[
    "html", "head", "body", "meta", "title", "style", "div", "article", "p", "span", "time", "a",
    "img", "ul", "li", "footer", "aside", "h2",
];

/// Attributes the static HTML may carry (chrome and allowlist).
const ATTRIBUTES: &[&str] = &[
    "class",
    "lang",
    "dir",
    "title",
    "href",
    "src",
    "alt",
    "width",
    "height",
    "colspan",
    "rowspan",
    "target",
    "rel",
    "loading",
    "referrerpolicy",
    "datetime",
    "aria-label",
    "charset",
    "name",
    "content",
    "data-syndicard",
    "data-feed",
    "data-relay",
    "data-limit",
    "async",
];

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// An RSS feed whose one release has `html` as its body and title.
fn feed(html: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Wire</title>
<item><guid>h</guid><title>{title}</title><link>{base}</link><description>{body}</description></item>
</channel></rss>"#,
        title = escape(html),
        base = hostile::BASE,
        body = escape(html),
    )
}

fn allowed_url(v: &str) -> bool {
    ["http://", "https://", "mailto:"]
        .iter()
        .any(|s| v.starts_with(s))
}

fn parse(html: &str) -> RcDom {
    html5ever::parse_document(RcDom::default(), Default::default()).one(html)
}

/// Every element of the parsed static HTML: name and attributes checked.
fn check_dom(node: &Handle, i: usize, what: &str, scripts: &mut Vec<String>) {
    if let NodeData::Element { name, attrs, .. } = &node.data {
        let tag = &*name.local;
        assert_eq!(
            name.ns,
            html5ever::ns!(html),
            "vector {i} {what}: foreign {tag}"
        );
        let attr = |n: &str| {
            attrs
                .borrow()
                .iter()
                .find(|a| &*a.name.local == n)
                .map(|a| a.value.to_string())
        };
        if tag == "script" {
            assert_eq!(
                attrs.borrow().len(),
                2,
                "vector {i} {what}: script attributes"
            );
            scripts.push(attr("src").unwrap_or_default());
            assert!(
                node.children.borrow().is_empty(),
                "vector {i} {what}: script text"
            );
        } else {
            assert!(
                CHROME_TAGS.contains(&tag) || policy::element(tag).is_some(),
                "vector {i} {what}: <{tag}>"
            );
        }
        for a in attrs.borrow().iter() {
            let n = &*a.name.local;
            assert!(ATTRIBUTES.contains(&n), "vector {i} {what}: <{tag} {n}>");
            if matches!(n, "href" | "src") {
                assert!(
                    allowed_url(&a.value),
                    "vector {i} {what}: {n}={}",
                    &*a.value
                );
            }
        }
        if tag == "style" {
            let css: String = node
                .children
                .borrow()
                .iter()
                .map(|c| match &c.data {
                    NodeData::Text { contents } => contents.borrow().to_string(),
                    _ => String::new(),
                })
                .collect();
            assert!(
                !css.contains("TRAP") && !css.contains("url("),
                "vector {i}: style"
            );
        }
    }
    for c in node.children.borrow().iter() {
        check_dom(c, i, what, scripts);
    }
}

/// Every node of a `/v1/cards` body tree: allowlisted tag, attributes and
/// URLs; text is a string.
fn check_json(v: &serde_json::Value, i: usize) {
    match v {
        serde_json::Value::String(_) => {}
        serde_json::Value::Object(o) => {
            let tag = o["tag"].as_str().unwrap();
            let (_, allowed) = policy::element(tag).unwrap_or_else(|| panic!("vector {i}: {tag}"));
            for (name, value) in o["attrs"].as_object().unwrap() {
                assert!(
                    policy::GLOBAL_ATTRIBUTES.contains(&name.as_str())
                        || allowed.contains(&name.as_str()),
                    "vector {i}: {tag} {name}"
                );
                if matches!(name.as_str(), "href" | "src") {
                    assert!(allowed_url(value.as_str().unwrap()), "vector {i}: {value}");
                }
            }
            o["children"]
                .as_array()
                .unwrap()
                .iter()
                .for_each(|c| check_json(c, i));
        }
        other => panic!("vector {i}: unexpected {other}"),
    }
}

fn ctx() -> Context<'static> {
    Context {
        origin: "https://relay.example",
        script: SCRIPT,
        cache_age: 60,
    }
}

/// The corpus's vectors, then each hostile URL as a link, an image and
/// the release's own link.
fn inputs() -> Vec<String> {
    let mut all: Vec<String> = (0..hostile::VECTORS.len()).map(hostile::vector).collect();
    for (i, url) in hostile::URLS.iter().enumerate() {
        let url = hostile::numbered(url, 1000 + i);
        let attr = url.replace('&', "&amp;").replace('"', "&quot;");
        all.push(format!(
            r#"<p><a href="{attr}">link</a><img src="{attr}" alt="i"></p>"#
        ));
    }
    all
}

#[test]
fn nothing_forbidden_comes_out() {
    for (i, html) in inputs().iter().enumerate() {
        let mut bytes = feed(html).into_bytes();
        if i >= hostile::VECTORS.len() {
            let url = hostile::URLS[i - hostile::VECTORS.len()];
            let link = format!("<link>{}</link>", escape(url));
            bytes = String::from_utf8(bytes)
                .unwrap()
                .replacen(&format!("<link>{}</link>", hostile::BASE), &link, 1)
                .into_bytes();
        }
        let answer = |path: &str| {
            let a = endpoints::answer(
                path,
                "url=x",
                &bytes,
                None,
                "https://wire.example/rss",
                &ctx(),
            );
            assert_eq!(a.status, 200, "vector {i} {path}: {}", a.body);
            a.body
        };

        let cards: serde_json::Value = serde_json::from_str(&answer("/v1/cards")).unwrap();
        for release in cards["releases"].as_array().unwrap() {
            for part in ["body", "boilerplate"] {
                release[part]
                    .as_array()
                    .unwrap()
                    .iter()
                    .for_each(|n| check_json(n, i));
            }
        }

        let page = answer("/v1/card");
        let mut scripts = Vec::new();
        check_dom(&parse(&page).document, i, "page", &mut scripts);
        assert!(scripts.is_empty(), "vector {i}: the page has a script");

        let oembed: serde_json::Value = serde_json::from_str(&answer("/v1/oembed")).unwrap();
        let snippet = oembed["html"].as_str().unwrap();
        let mut scripts = Vec::new();
        check_dom(&parse(snippet).document, i, "oembed", &mut scripts);
        assert_eq!(scripts, [SCRIPT], "vector {i}: the snippet's one script");
    }
}

#[test]
fn static_html_parses_back_to_the_same_text() {
    for (i, _) in hostile::VECTORS.iter().enumerate() {
        let bytes = feed(&hostile::vector(i)).into_bytes();
        let cards = dissect::cards(
            &bytes,
            None,
            "https://wire.example/rss",
            &Default::default(),
        )
        .unwrap();
        for card in &cards {
            let body = &card.view.body;
            let mut html = String::new();
            static_card::write_nodes(&mut html, body, 0);
            let text =
                |nodes: &[SafeNode]| nodes.iter().map(SafeNode::text_content).collect::<String>();
            let again = syndicard_relay::html::sanitized(&html, Some(hostile::BASE));
            assert_eq!(text(&again), text(body), "vector {i}: {html}");
            // The title, escaped into the page, reads back as the same text.
            let page = syndicard_relay::page::html(&cards);
            let dom = parse(&page);
            let title = find(&dom.document, "title").expect("a title element");
            let read: String = title
                .children
                .borrow()
                .iter()
                .map(|c| match &c.data {
                    NodeData::Text { contents } => contents.borrow().to_string(),
                    _ => String::new(),
                })
                .collect();
            assert_eq!(read, card.view.title, "vector {i}");
        }
    }
}

fn find(node: &Handle, tag: &str) -> Option<Handle> {
    if matches!(&node.data, NodeData::Element { name, .. } if &*name.local == tag) {
        return Some(node.clone());
    }
    node.children.borrow().iter().find_map(|c| find(c, tag))
}
