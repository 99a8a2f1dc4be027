//! The hostile corpus (tests/hostile/mod.rs) in a real browser: every
//! vector (a) parsed by DOMParser, sanitized and rendered into a live
//! shadow tree, and (b) embedded in RSS (description, content:encoded),
//! Atom (content type html and xhtml) and JSON Feed (content_html) bodies
//! and in title, link and image fields, rendered by the whole widget in
//! every layout. Then proof that nothing ran (a global trap every vector
//! calls is never called, even after onerror/onload/ontoggle had time to
//! fire) and that no forbidden element, attribute or URL reached the shadow
//! tree.
//!
//! Every test hands the page back to its event loop between steps (one
//! vector, one mount): the runner's WebDriver polls wait for the page, and a
//! long synchronous stretch would run into their timeout.
#![cfg(target_arch = "wasm32")]

mod hostile;
mod web_support;

use std::cell::RefCell;

use js_sys::{Promise, Reflect};
use syndicard::safe::SafeNode;
use syndicard::sanitize::policy;
use syndicard::web::{api, html};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_support::{document, inline_host, options};
use web_sys::{Document, Element, Node, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

thread_local! {
    /// Every argument the trap was called with.
    static TRAPPED: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// Defines `window.__syndicardTrap` (once): it records its argument.
fn install_trap() {
    let window = web_sys::window().unwrap();
    if Reflect::has(&window, &hostile::TRAP.into()).unwrap() {
        return;
    }
    let trap = Closure::<dyn Fn(JsValue)>::new(|arg: JsValue| {
        let arg = arg.as_f64().map_or_else(|| "?".into(), |n| n.to_string());
        TRAPPED.with(|t| t.borrow_mut().push(arg));
    });
    Reflect::set(&window, &hostile::TRAP.into(), trap.as_ref()).unwrap();
    trap.forget();
}

/// Empties the trap's record, returning what it held.
fn trapped() -> Vec<String> {
    TRAPPED.with(|t| std::mem::take(&mut *t.borrow_mut()))
}

/// Resolves after `ms` milliseconds (event loop turns included).
async fn sleep(ms: i32) {
    let promise = Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

/// Hands the page back to its event loop for a turn (`scheduler.yield()`,
/// else a zero-delay timer): the test runner's WebDriver polls are
/// answered between tasks, so no test holds the page for longer than one
/// step of its work.
async fn yield_to_page() {
    let window = web_sys::window().unwrap();
    let scheduler = Reflect::get(&window, &"scheduler".into()).unwrap();
    let yield_fn = Reflect::get(&scheduler, &"yield".into()).unwrap_or(JsValue::UNDEFINED);
    match yield_fn.dyn_into::<js_sys::Function>() {
        Ok(f) => {
            let promise: Promise = f.call0(&scheduler).unwrap().unchecked_into();
            JsFuture::from(promise).await.unwrap();
        }
        Err(_) => sleep(0).await,
    }
}

/// A host in the page with an open shadow root holding a `div part=body`.
fn body_host(doc: &Document) -> (ShadowRoot, Element) {
    let host = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&host).unwrap();
    let root = host
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .unwrap();
    let body = doc.create_element("div").unwrap();
    body.set_attribute("part", "body").unwrap();
    root.append_child(&body).unwrap();
    (root, body)
}

/// The safe tree as DOM, as `render` builds it (createElement and
/// createTextNode only), except that images load eagerly here so that an
/// `onerror` that survived would fire at once.
fn build(doc: &Document, parent: &Node, nodes: &[SafeNode]) {
    for n in nodes {
        match n {
            SafeNode::Text(t) => {
                parent.append_child(&doc.create_text_node(t)).unwrap();
            }
            SafeNode::Element(e) => {
                let el = doc.create_element(e.name).unwrap();
                for (k, v) in &e.attrs {
                    el.set_attribute(k, v).unwrap();
                }
                build(doc, &el, &e.children);
                parent.append_child(&el).unwrap();
            }
        }
    }
}

/// Elements `render` makes around the sanitized body (the card's chrome).
const CHROME_ELEMENTS: &[&str] = &[
    "div", "article", "h2", "h3", "h4", "h5", "h6", "a", "span", "time", "img", "p", "ul", "li",
    "footer", "aside", "slot",
];
/// Attributes `render` sets on its own elements.
const CHROME_ATTRIBUTES: &[&str] = &[
    "part",
    "class",
    "href",
    "src",
    "alt",
    "target",
    "rel",
    "loading",
    "decoding",
    "referrerpolicy",
    "datetime",
    "lang",
    "dir",
];
/// Attributes `render` adds to sanitized elements.
const RENDER_ADDS: &[(&str, &[&str])] = &[
    ("a", &["target", "rel"]),
    ("img", &["loading", "decoding", "referrerpolicy"]),
];

/// Every forbidden element, attribute or URL in the shadow tree `root`.
/// Inside `[part~=body]` / `[part~=boilerplate]` / `[part~=lede]`
/// (sanitized release HTML; the `full` layout's lede keeps its inline markup)
/// only the sanitizer's allowlists (and what render adds) may appear;
/// elsewhere only render's own chrome.
fn violations(root: &ShadowRoot) -> Vec<String> {
    let mut found = Vec::new();
    let all = root.query_selector_all("*").unwrap();
    for i in 0..all.length() {
        let el: Element = all.item(i).unwrap().unchecked_into();
        let name = el.local_name();
        let what = describe(&el);
        if el.namespace_uri().as_deref() != Some("http://www.w3.org/1999/xhtml") {
            found.push(format!("foreign element {what}"));
            continue;
        }
        let sanitized = el.parent_element().is_some_and(|p| {
            p.closest("[part~=body],[part~=boilerplate],[part~=lede]")
                .unwrap()
                .is_some()
        });
        let policy_attrs = policy::element(&name).map(|(_, a)| a);
        let allowed_element = if sanitized {
            policy_attrs.is_some()
        } else {
            CHROME_ELEMENTS.contains(&name.as_str())
        };
        if !allowed_element {
            found.push(format!("element {what}"));
        }
        let attrs = el.attributes();
        for j in 0..attrs.length() {
            let attr = attrs.item(j).unwrap();
            let (attr_name, value) = (attr.name(), attr.value());
            let allowed = if sanitized {
                policy::GLOBAL_ATTRIBUTES.contains(&attr_name.as_str())
                    || policy_attrs.is_some_and(|a| a.contains(&attr_name.as_str()))
                    || RENDER_ADDS
                        .iter()
                        .any(|(e, a)| *e == name && a.contains(&attr_name.as_str()))
            } else {
                CHROME_ATTRIBUTES.contains(&attr_name.as_str()) || attr_name.starts_with("aria-")
            };
            if !allowed || attr_name.starts_with("on") {
                found.push(format!("attribute {attr_name} in {what}"));
            }
            let schemes: &[&str] = match attr_name.as_str() {
                "href" => &["http:", "https:", "mailto:"],
                "src" => &["http:", "https:"],
                _ => continue,
            };
            let parsed = web_sys::Url::new(&value).map(|u| u.protocol());
            let ok = schemes.iter().any(|s| value.starts_with(s))
                && parsed.is_ok_and(|p| schemes.contains(&p.as_str()))
                && !(sanitized && hostile::never_kept(&value));
            if !ok {
                found.push(format!("URL {attr_name}={value:?} in {what}"));
            }
        }
        match name.as_str() {
            "a" => {
                let rel = el.get_attribute("rel").unwrap_or_default();
                if el.get_attribute("target").as_deref() != Some("_blank")
                    || !rel.contains("noopener")
                    || !rel.contains("noreferrer")
                {
                    found.push(format!("link without target/rel: {what}"));
                }
            }
            "img" if el.get_attribute("referrerpolicy").as_deref() != Some("no-referrer") => {
                found.push(format!("image without referrerpolicy: {what}"));
            }
            _ => {}
        }
    }
    found
}

/// `<tag a="v" …>` for messages.
fn describe(el: &Element) -> String {
    let attrs = el.attributes();
    let mut out = format!("<{}", el.local_name());
    for j in 0..attrs.length() {
        let a = attrs.item(j).unwrap();
        out.push_str(&format!(" {}={:?}", a.name(), a.value()));
    }
    out.push('>');
    out
}

/// The eager-image test build adds what render adds to links and images
/// (but not `loading=lazy`).
fn finish_like_render(root: &ShadowRoot) {
    let links = root.query_selector_all("a").unwrap();
    for i in 0..links.length() {
        let a: Element = links.item(i).unwrap().unchecked_into();
        a.set_attribute("target", "_blank").unwrap();
        a.set_attribute("rel", "noopener noreferrer nofollow")
            .unwrap();
    }
    let images = root.query_selector_all("img").unwrap();
    for i in 0..images.length() {
        let img: Element = images.item(i).unwrap().unchecked_into();
        img.set_attribute("referrerpolicy", "no-referrer").unwrap();
    }
}

#[wasm_bindgen_test]
async fn the_trap_fires_when_a_handler_survives() {
    // The control: the same kind of image with its handler kept does call
    // the trap within the wait the corpus tests use.
    install_trap();
    trapped();
    let doc = document();
    let (root, body) = body_host(&doc);
    let img = doc.create_element("img").unwrap();
    img.set_attribute("onerror", &format!("{}(-1)", hostile::TRAP))
        .unwrap();
    img.set_attribute("src", "http://127.0.0.1:9/control.png")
        .unwrap();
    body.append_child(&img).unwrap();
    for _ in 0..50 {
        sleep(20).await;
        if !TRAPPED.with(|t| t.borrow().is_empty()) {
            break;
        }
    }
    assert_eq!(trapped(), ["-1"]);
    root.host().remove();
}

#[wasm_bindgen_test]
async fn no_hostile_vector_runs_or_leaves_anything_forbidden() {
    install_trap();
    trapped();
    let doc = document();
    let mut roots = Vec::new();
    for i in 0..hostile::VECTORS.len() {
        yield_to_page().await;
        let source = hostile::vector(i);
        let safe = html::sanitized(&source, Some(hostile::BASE));
        let (root, body) = body_host(&doc);
        build(&doc, &body, &safe);
        finish_like_render(&root);
        roots.push((i, source, root));
    }
    // Time for image errors, toggles, focus and animations to fire.
    sleep(500).await;
    assert_eq!(trapped(), Vec::<String>::new(), "the trap was called");
    for (i, source, root) in &roots {
        yield_to_page().await;
        let found = violations(root);
        assert!(found.is_empty(), "vector {i} {source:?}: {found:?}");
    }
    for (_, _, root) in &roots {
        root.host().remove();
    }
}

#[wasm_bindgen_test]
fn dom_parser_documents_parse_with_scripting_disabled() {
    // noscript holds markup (and is dropped with it); template content and
    // declarative shadow roots are never walked.
    let safe = html::sanitized(
        "<p>a</p><noscript><p>no script</p></noscript>\
         <div><template shadowrootmode=open><p>shadow</p></template>light</div>\
         <template><p>tpl</p></template>",
        Some(hostile::BASE),
    );
    let text: Vec<String> = safe.iter().map(SafeNode::text_content).collect();
    assert_eq!(text, ["a", "light"]);
}

#[wasm_bindgen_test]
fn escaped_markup_is_shown_as_text() {
    let safe = html::sanitized(
        "<p>&lt;img src=x onerror=alert(1)&gt;</p>",
        Some(hostile::BASE),
    );
    assert_eq!(safe.len(), 1);
    assert_eq!(safe[0].text_content(), "<img src=x onerror=alert(1)>");
    let el = safe[0].as_element().unwrap();
    assert_eq!(el.name, "p");
    assert!(matches!(el.children[..], [SafeNode::Text(_)]));
}

#[wasm_bindgen_test]
fn urls_are_cleaned_resolved_and_scheme_checked() {
    let safe = html::sanitized(
        "<p><a href=' JaVa&#x09;ScRiPt&colon;alert(1)'>a</a>\
         <a href='../two.html'>b</a><a href='mailto:p@w.example'>c</a>\
         <img src='//127.0.0.1:9/i.png' width=640 height=360 alt=''>\
         <img src='mailto:p@w.example'><img src='data:image/png;base64,AA'></p>",
        Some("https://wire.example/releases/2025/one.html"),
    );
    let p = safe[0].as_element().unwrap();
    let hrefs: Vec<Option<&str>> = p
        .children
        .iter()
        .filter_map(SafeNode::as_element)
        .map(|e| e.attr("href").or(e.attr("src")))
        .collect();
    assert_eq!(
        hrefs,
        [
            Some("https://wire.example/releases/two.html"),
            Some("mailto:p@w.example"),
            Some("https://127.0.0.1:9/i.png"),
        ]
    );
    let img = p
        .children
        .iter()
        .rev()
        .find_map(SafeNode::as_element)
        .unwrap();
    assert_eq!(img.attr("width"), Some("640"));
    assert_eq!(img.attr("height"), Some("360"));
    assert_eq!(
        p.children[0],
        SafeNode::text("a"),
        "a bad link keeps its text"
    );
}

#[wasm_bindgen]
extern "C" {
    type RawParser;
    #[wasm_bindgen(constructor, js_class = "DOMParser")]
    fn new() -> RawParser;
    #[wasm_bindgen(method, js_class = "DOMParser", js_name = parseFromString)]
    fn parse_from_string(this: &RawParser, source: &str, kind: &str) -> Document;
}

#[wasm_bindgen_test]
async fn unsanitized_the_corpus_does_run() {
    // The negative control: the handler and mutation vectors, parsed by the
    // same DOMParser but imported into a live shadow tree as they are,
    // call the trap. (Families that could navigate or restyle the test page
    // are left out.)
    install_trap();
    trapped();
    let doc = document();
    let parser = RawParser::new();
    let mut tried = 0;
    let mut hosts = Vec::new();
    for (i, (family, _)) in hostile::VECTORS.iter().enumerate() {
        if !(family.starts_with("handler") || *family == "mxss") {
            continue;
        }
        tried += 1;
        let parsed = parser.parse_from_string(&hostile::vector(i), "text/html");
        let (root, body) = body_host(&doc);
        let raw = doc
            .import_node_with_deep(&parsed.body().unwrap(), true)
            .unwrap();
        body.append_child(&raw).unwrap();
        hosts.push(root.host());
    }
    sleep(500).await;
    // The unsanitized trees leave the page, so that nothing they hold
    // fires during the tests that follow.
    for host in &hosts {
        host.remove();
    }
    let mut hit = trapped();
    hit.sort();
    hit.dedup();
    assert!(
        hit.len() >= 10,
        "only {} of {tried} vectors ran unsanitized: {hit:?}",
        hit.len()
    );
    web_sys::console::log_1(
        &format!("unsanitized, {} of {tried} vectors ran: {hit:?}", hit.len()).into(),
    );
}

#[wasm_bindgen_test]
fn the_checker_sees_forbidden_elements_attributes_and_urls() {
    let doc = document();
    let (root, body) = body_host(&doc);
    for (tag, attr, value) in [
        ("script", "src", "https://ok.example/x.js"),
        ("p", "onclick", "x()"),
        ("a", "href", "javascript:x()"),
        ("img", "src", "data:image/png;base64,AA"),
        ("p", "style", "position:fixed"),
        ("p", "class", "card"),
    ] {
        let el = doc.create_element(tag).unwrap();
        el.set_attribute(attr, value).unwrap();
        body.append_child(&el).unwrap();
    }
    let svg = doc
        .create_element_ns(Some("http://www.w3.org/2000/svg"), "svg")
        .unwrap();
    body.append_child(&svg).unwrap();
    let found = violations(&root).join("\n");
    for needle in [
        "element <script",
        "attribute onclick",
        "URL href=\"javascript:x()\"",
        "URL src=\"data:",
        "attribute style",
        "attribute class",
        "foreign element <svg",
    ] {
        assert!(found.contains(needle), "{needle} not in:\n{found}");
    }
}

// ---- (b) the whole widget, from feeds ----------------------------------

/// Where a hostile body sits in its feed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Slot {
    RssDescription,
    RssEncoded,
    AtomHtml,
    AtomXhtml,
    JsonHtml,
}

/// Feed formats, for the title/link/image embeddings.
#[derive(Clone, Copy, Debug)]
enum Format {
    Rss,
    Atom,
    Json,
}

/// One release of a test feed.
struct Release {
    title: String,
    link: String,
    image: Option<String>,
    body: String,
}

fn xml_text(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn xml_attr(s: &str) -> String {
    xml_text(s)
        .replace('"', "&quot;")
        .replace('\t', "&#9;")
        .replace('\n', "&#10;")
        .replace('\r', "&#13;")
}

fn cdata(s: &str) -> String {
    format!("<![CDATA[{}]]>", s.replace("]]>", "]]]]><![CDATA[>"))
}

fn json_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => {
                out.push_str(&format!("\\u{:04x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A feed holding `releases`, bodies in `slot` (title/link/image fields
/// are set in every format's own way).
fn feed(format: Format, slot: Slot, releases: &[Release]) -> (&'static str, String) {
    match format {
        Format::Rss => {
            let mut out = String::from(
                r#"<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Hostile RSS</title><language>en</language>"#,
            );
            for (i, r) in releases.iter().enumerate() {
                out.push_str(&format!(
                    "<item><title>{}</title><link>{}</link><guid>r{i}</guid>",
                    xml_text(&r.title),
                    xml_text(&r.link)
                ));
                if let Some(img) = &r.image {
                    out.push_str(&format!(
                        r#"<media:thumbnail url="{0}"/><enclosure url="{0}" type="image/png" length="1"/>"#,
                        xml_attr(img)
                    ));
                }
                match slot {
                    Slot::RssEncoded => out.push_str(&format!(
                        "<description>Summary {i}</description><content:encoded>{}</content:encoded>",
                        cdata(&r.body)
                    )),
                    _ => out.push_str(&format!(
                        "<description>{}</description>",
                        xml_text(&r.body)
                    )),
                }
                out.push_str("</item>");
            }
            out.push_str("</channel></rss>");
            ("application/rss+xml", out)
        }
        Format::Atom => {
            let mut out = String::from(
                r#"<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>Hostile Atom</title><id>tag:hostile</id><updated>2025-06-05T09:00:00Z</updated>"#,
            );
            for (i, r) in releases.iter().enumerate() {
                out.push_str(&format!(
                    r#"<entry><title type="html">{}</title><link rel="alternate" href="{}"/><id>a{i}</id><updated>2025-06-05T09:00:00Z</updated>"#,
                    xml_text(&r.title),
                    xml_attr(&r.link)
                ));
                if let Some(img) = &r.image {
                    out.push_str(&format!(
                        r#"<link rel="enclosure" type="image/png" href="{}"/>"#,
                        xml_attr(img)
                    ));
                }
                match slot {
                    Slot::AtomXhtml => out.push_str(&format!(
                        r#"<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">{}</div></content>"#,
                        r.body
                    )),
                    _ => out.push_str(&format!(
                        r#"<content type="html">{}</content>"#,
                        xml_text(&r.body)
                    )),
                }
                out.push_str("</entry>");
            }
            out.push_str("</feed>");
            ("application/atom+xml", out)
        }
        Format::Json => {
            let items: Vec<String> = releases
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    let image = r
                        .image
                        .as_deref()
                        .map(|img| format!(r#","image":{0},"banner_image":{0}"#, json_string(img)))
                        .unwrap_or_default();
                    format!(
                        r#"{{"id":"j{i}","url":{},"title":{},"content_html":{}{image},"date_published":"2025-06-05T09:00:00Z"}}"#,
                        json_string(&r.link),
                        json_string(&r.title),
                        json_string(&r.body)
                    )
                })
                .collect();
            let text = format!(
                r#"{{"version":"https://jsonfeed.org/version/1.1","title":"Hostile JSON","language":"en","items":[{}]}}"#,
                items.join(",")
            );
            ("application/feed+json", text)
        }
    }
}

/// Whether `body` is well-formed XHTML content (what Atom `type="xhtml"`
/// can carry).
fn well_formed_xhtml(parser: &RawParser, body: &str) -> bool {
    let doc = parser.parse_from_string(
        &format!(r#"<div xmlns="http://www.w3.org/1999/xhtml">{body}</div>"#),
        "application/xml",
    );
    doc.get_elements_by_tag_name("parsererror").length() == 0
}

/// Releases per feed (the widget shows at most 50).
const CHUNK: usize = 40;

/// Whether the safe tree holds an element `name` whose `attr` starts with
/// `prefix`.
fn holds(nodes: &[SafeNode], name: &str, attr: &str, prefix: &str) -> bool {
    nodes.iter().filter_map(SafeNode::as_element).any(|e| {
        (e.name == name && e.attr(attr).is_some_and(|v| v.starts_with(prefix)))
            || holds(&e.children, name, attr, prefix)
    })
}

/// One mount: what it shows, its host, how many cards it must show, and
/// how many of their bodies keep the wrapper's good link and image (as
/// many as the sanitizer keeps when given the body directly: a vector that
/// opens a raw-text element swallows the rest of its body).
struct Mounted {
    what: String,
    host: Element,
    cards: usize,
    good: usize,
}

/// Mounts the widget on one feed per chunk of `releases` in every layout,
/// handing the page back to its event loop after each mount.
async fn mount_all(what: &str, format: Format, slot: Slot, releases: Vec<Release>) -> Vec<Mounted> {
    let mut mounted = Vec::new();
    for (n, chunk) in releases.chunks(CHUNK).enumerate() {
        let good = chunk
            .iter()
            .filter(|r| {
                let safe = html::sanitized(&r.body, Some(hostile::BASE));
                holds(&safe, "a", "href", "https://ok.example/v")
                    && holds(&safe, "img", "src", "http://127.0.0.1:9/ok")
            })
            .count();
        let (kind, text) = feed(format, slot, chunk);
        for layout in ["full", "card", "list", "compact"] {
            yield_to_page().await;
            let host = inline_host(kind, &text);
            let limit = chunk.len().to_string();
            api::mount(
                host.clone().into(),
                options(&[("layout", layout), ("limit", &limit), ("lang", "en")]),
            )
            .await
            .unwrap();
            mounted.push(Mounted {
                what: format!("{what} #{n} {layout}"),
                host,
                cards: chunk.len(),
                good,
            });
        }
    }
    mounted
}

/// The release bodies: each vector between an opening paragraph (which
/// becomes the lede) and a closing one with a good link and image, so that
/// it is rendered as body DOM, when `wrap`; the whole body (and the lede)
/// when not. Only the vectors `keep` accepts.
fn bodies(wrap: bool, keep: &dyn Fn(&str) -> bool) -> Vec<Release> {
    (0..hostile::VECTORS.len())
        .map(|i| {
            let v = hostile::vector(i);
            if !wrap {
                return v;
            }
            format!(
                r#"<p>Opening paragraph of release {i}.</p>{v}<p>Closing, with <a href="https://ok.example/v{i}">a good link</a> and <img src="http://127.0.0.1:9/ok{i}.png" width="64" height="48" alt=""/>.</p>"#
            )
        })
        .filter(|v| keep(v))
        .enumerate()
        .map(|(i, body)| Release {
            title: format!("Vector {i}"),
            link: hostile::BASE.into(),
            image: None,
            body,
        })
        .collect()
}

/// Titles, links and images: every vector as a title, every hostile URL
/// (and every vector, as a URL) as the link and the image, with a plain
/// body.
fn fields() -> Vec<Release> {
    let n = hostile::VECTORS.len();
    let urls: Vec<String> = (0..hostile::URLS.len())
        .map(|i| hostile::numbered(hostile::URLS[i], i))
        .chain((0..n).map(hostile::vector))
        .collect();
    (0..n.max(urls.len()))
        .map(|i| Release {
            title: hostile::vector(i % n),
            link: urls[i % urls.len()].clone(),
            image: Some(urls[(i + 1) % urls.len()].clone()),
            body: "<p>Plain body.</p>".into(),
        })
        .collect()
}

/// Mounts `releases` in `format` (bodies in `slot`) in every layout, lets
/// image errors, toggles, focus and animations fire, then asserts that the
/// trap was never called and that every mount is ready, shows a card per
/// release and holds nothing forbidden; for wrapped bodies in the `full`
/// layout, that the corpus's good links and images went through the
/// sanitizer into the cards with render's attributes. The hosts leave the
/// page afterwards, so that the next test starts on a small document.
async fn check_through_the_widget(what: &str, format: Format, slot: Slot, releases: Vec<Release>) {
    install_trap();
    trapped();
    let mounted = mount_all(what, format, slot, releases).await;
    sleep(500).await;
    assert_eq!(trapped(), Vec::<String>::new(), "the trap was called");
    for Mounted {
        what,
        host,
        cards: expected,
        good,
    } in &mounted
    {
        yield_to_page().await;
        assert_eq!(
            host.get_attribute("state").as_deref(),
            Some("ready"),
            "{what}: {:?}",
            host.get_attribute("error-code")
        );
        let root = host.shadow_root().unwrap();
        let cards = root.query_selector_all("article").unwrap().length() as usize;
        assert_eq!(cards, *expected, "{what}: every release is a card");
        let found = violations(&root);
        assert!(found.is_empty(), "{what}: {found:?}");
        if what.ends_with(" full") && what.contains("wrapped") {
            assert!(
                good * 4 >= expected * 3,
                "{what}: only {good} of {expected}"
            );
            for selector in [
                "article [part~=body] a[href^='https://ok.example/v'][target=_blank]",
                "article [part~=body] img[src^='http://127.0.0.1:9/ok'][loading=lazy][width][height]",
            ] {
                let count = root.query_selector_all(selector).unwrap().length() as usize;
                assert_eq!(count, *good, "{what}: {selector}");
            }
        }
    }
    web_sys::console::log_1(
        &format!(
            "{what}: {} mounts, {} cards",
            mounted.len(),
            mounted.iter().map(|m| m.cards).sum::<usize>()
        )
        .into(),
    );
    for m in &mounted {
        m.host.remove();
    }
}

// One test per embedding, each a few hundred milliseconds of work at a
// time between event-loop turns: every vector × every layout, as bodies in
// five slots (wrapped, and bare where a slot takes a whole document) and as
// the title, link and image of each format.

#[wasm_bindgen_test]
async fn through_the_widget_rss_description_wrapped() {
    let releases = bodies(true, &|_| true);
    check_through_the_widget(
        "RSS description, wrapped",
        Format::Rss,
        Slot::RssDescription,
        releases,
    )
    .await;
}

#[wasm_bindgen_test]
async fn through_the_widget_rss_content_encoded_wrapped() {
    let releases = bodies(true, &|_| true);
    check_through_the_widget(
        "RSS content:encoded, wrapped",
        Format::Rss,
        Slot::RssEncoded,
        releases,
    )
    .await;
}

#[wasm_bindgen_test]
async fn through_the_widget_rss_content_encoded_bare() {
    let releases = bodies(false, &|_| true);
    check_through_the_widget(
        "RSS content:encoded, bare",
        Format::Rss,
        Slot::RssEncoded,
        releases,
    )
    .await;
}

#[wasm_bindgen_test]
async fn through_the_widget_atom_content_html_wrapped() {
    let releases = bodies(true, &|_| true);
    check_through_the_widget(
        "Atom content html, wrapped",
        Format::Atom,
        Slot::AtomHtml,
        releases,
    )
    .await;
}

#[wasm_bindgen_test]
async fn through_the_widget_atom_content_xhtml_wrapped() {
    let parser = RawParser::new();
    let releases = bodies(true, &|v| well_formed_xhtml(&parser, v));
    let xhtml = releases.len();
    assert!(xhtml >= 30, "only {xhtml} vectors are well-formed XHTML");
    check_through_the_widget(
        "Atom content xhtml, wrapped",
        Format::Atom,
        Slot::AtomXhtml,
        releases,
    )
    .await;
}

#[wasm_bindgen_test]
async fn through_the_widget_json_feed_content_html_wrapped() {
    let releases = bodies(true, &|_| true);
    check_through_the_widget(
        "JSON Feed content_html, wrapped",
        Format::Json,
        Slot::JsonHtml,
        releases,
    )
    .await;
}

#[wasm_bindgen_test]
async fn through_the_widget_json_feed_content_html_bare() {
    let releases = bodies(false, &|_| true);
    check_through_the_widget(
        "JSON Feed content_html, bare",
        Format::Json,
        Slot::JsonHtml,
        releases,
    )
    .await;
}

#[wasm_bindgen_test]
async fn through_the_widget_rss_title_link_image() {
    check_through_the_widget(
        "RSS title/link/image",
        Format::Rss,
        Slot::RssDescription,
        fields(),
    )
    .await;
}

#[wasm_bindgen_test]
async fn through_the_widget_atom_title_link_image() {
    check_through_the_widget(
        "Atom title/link/image",
        Format::Atom,
        Slot::AtomHtml,
        fields(),
    )
    .await;
}

#[wasm_bindgen_test]
async fn through_the_widget_json_feed_title_url_image() {
    check_through_the_widget(
        "JSON Feed title/url/image",
        Format::Json,
        Slot::JsonHtml,
        fields(),
    )
    .await;
}
