//! The sanitizer's policy, run natively over html5ever's parse of the same
//! source the browser would parse. (The hostile corpus runs in the browser,
//! over DOMParser, in tests/web_sanitize.rs.)
#![cfg(not(target_arch = "wasm32"))]

mod support;

use support::html::{sanitized, sanitized_flat, show};

const BASE: Option<&str> = Some("https://wire.example/releases/2025/one.html");

#[test]
fn keeps_prose_structure_and_drops_scripts() {
    let out = sanitized(
        "<h1>Head</h1><p>One <b>bold</b><script>alert(1)</script></p><ul><li>a</li></ul>",
        BASE,
    );
    assert_eq!(
        show(&out),
        "<h1>Head</h1><p>One <b>bold</b></p><ul><li>a</li></ul>"
    );
}

#[test]
fn loose_text_and_divs_become_paragraphs() {
    let out = sanitized(
        "Intro text<div>First</div><div>Second <i>it</i></div>",
        BASE,
    );
    assert_eq!(
        show(&out),
        "<p>Intro text</p><p>First</p><p>Second <i>it</i></p>"
    );
}

#[test]
fn links_resolve_against_the_release_and_bad_schemes_lose_the_link() {
    let out = sanitized(
        r#"<p><a href="../two.html" onclick="x()">rel</a> <a href=" JaVa&#x09;script:alert(1)">bad</a></p>"#,
        BASE,
    );
    assert_eq!(
        show(&out),
        r#"<p><a href="https://wire.example/releases/two.html">rel</a> bad</p>"#
    );
}

#[test]
fn tracking_pixels_go_and_real_images_keep_their_size() {
    let out = sanitized(
        r#"<p><img src="/t.gif" width="1" height="1"><img src="/photo.jpg" width="640" height="360" alt="Panel" style="position:fixed"></p>"#,
        BASE,
    );
    assert_eq!(
        show(&out),
        r#"<p><img src="https://wire.example/photo.jpg" alt="Panel" width="640" height="360"></p>"#
    );
}

#[test]
fn svg_and_math_text_is_kept_as_text_only() {
    let out = sanitized(
        "<p><svg><a href='https://x.example'><text>chart label</text></a><script>alert(1)</script></svg></p>",
        BASE,
    );
    assert_eq!(show(&out), "<p>chart label</p>");
}

#[test]
fn list_items_hold_text_directly_unless_blocks_sit_beside_it() {
    let out = sanitized("<ul><li>plain</li><li>lead<p>para</p></li></ul>", BASE);
    assert_eq!(
        show(&out),
        "<ul><li>plain</li><li><p>lead</p><p>para</p></li></ul>"
    );
}

// ---- the hostile corpus, natively ----------------------------------------

mod hostile;

use syndicard::safe::{SafeElement, SafeNode};
use syndicard::sanitize::policy;

/// Every problem with a safe tree: elements, attributes and URLs the policy
/// does not allow.
fn violations(nodes: &[SafeNode], depth: usize, out: &mut Vec<String>) {
    for node in nodes {
        let SafeNode::Element(e) = node else { continue };
        check_element(e, depth, out);
        violations(&e.children, depth + 1, out);
    }
}

fn check_element(e: &SafeElement, depth: usize, out: &mut Vec<String>) {
    let Some((_, allowed)) = policy::element(e.name) else {
        return out.push(format!("element <{}>", e.name));
    };
    if depth > policy::MAX_DEPTH + 1 {
        out.push(format!("<{}> at depth {depth}", e.name));
    }
    for (name, value) in &e.attrs {
        if !policy::GLOBAL_ATTRIBUTES.contains(name) && !allowed.contains(name) {
            out.push(format!("attribute {name} on <{}>", e.name));
        }
        let schemes: &[&str] = match *name {
            "href" => &["http:", "https:", "mailto:"],
            "src" => &["http:", "https:"],
            _ => &[],
        };
        if !schemes.is_empty()
            && (!schemes.iter().any(|s| value.starts_with(s)) || hostile::never_kept(value))
        {
            out.push(format!("{name}={value:?} on <{}>", e.name));
        }
    }
}

#[test]
fn the_corpus_is_large_and_covers_every_family() {
    assert!(hostile::VECTORS.len() >= 80, "{}", hostile::VECTORS.len());
    for family in [
        "script",
        "handler-load",
        "url",
        "mxss",
        "form",
        "embed",
        "clobber",
        "overlay",
    ] {
        assert!(
            hostile::VECTORS.iter().any(|(f, _)| *f == family),
            "{family}"
        );
    }
}

#[test]
fn no_hostile_vector_leaves_a_forbidden_element_attribute_or_url() {
    for i in 0..hostile::VECTORS.len() {
        let source = hostile::vector(i);
        for base in [Some(hostile::BASE), None] {
            let out = sanitized(&source, base);
            let mut found = Vec::new();
            violations(&out, 0, &mut found);
            assert!(found.is_empty(), "vector {i} {source:?}: {found:?}");
            let shown = show(&out);
            for forbidden in [
                "<script", "<style", "<iframe", "<svg", "<math", "<form", "<input",
            ] {
                assert!(
                    !shown.contains(forbidden),
                    "vector {i} {source:?} shows {shown:?}"
                );
            }
        }
    }
}

#[test]
fn hostile_urls_never_pass_the_url_check() {
    for (i, raw) in hostile::URLS.iter().enumerate() {
        let raw = hostile::numbered(raw, i);
        for schemes in [syndicard::url::LINK_SCHEMES, syndicard::url::FETCH_SCHEMES] {
            if let Some(url) = syndicard::url::checked(&raw, Some(hostile::BASE), schemes) {
                assert!(!hostile::never_kept(&url), "{raw:?} → {url:?}");
                assert!(
                    ["http:", "https:", "mailto:"]
                        .iter()
                        .any(|s| url.starts_with(s) && schemes.contains(&&s[..s.len() - 1])),
                    "{raw:?} → {url:?}"
                );
            }
        }
    }
}

// ---- the rules, one by one -------------------------------------------------

#[test]
fn code_and_markup_held_as_text_are_dropped_with_their_content() {
    let out = sanitized(
        "<p>start</p><noscript><p>no script</p><img src=/x.png></noscript>\
         <p>a<style>p{}</style>b<textarea>t</textarea><select><option>o</option></select>\
         <button>press</button>c<template><b>tpl</b></template></p>",
        BASE,
    );
    assert_eq!(show(&out), "<p>start</p><p>abc</p>");
}

#[test]
fn the_noscript_mutation_stays_an_inert_attribute_value() {
    // In a scripting-disabled parse (DOMParser's), the `p` leaves the
    // `noscript` in the head and its title is only ever a title: the walk
    // builds elements, it never serializes one and parses it again.
    let out = sanitized(
        r#"<noscript><p title="</noscript><img src=x onerror=f()>"></noscript>"#,
        BASE,
    );
    assert_eq!(
        show(&out),
        r#"<p title="</noscript><img src=x onerror=f()>"></p>"#
    );
}

#[test]
fn escaped_markup_stays_text_and_is_never_parsed_again() {
    let out = sanitized(
        "<p>&lt;img src=x onerror=f()&gt; &amp;lt;b&amp;gt;</p>",
        BASE,
    );
    assert_eq!(out.len(), 1);
    assert_eq!(
        out[0].text_content(),
        "<img src=x onerror=f()> &lt;b&gt;",
        "the parser's characters, as text"
    );
}

#[test]
fn foreign_content_keeps_only_its_text_even_html_at_integration_points() {
    let out = sanitized(
        "<p><svg><desc><b>bold</b> desc</desc><title>tip</title><foreignObject><a href=\"https://ok.example/\">link</a></foreignObject></svg>\
         <math><mi>x</mi><annotation-xml encoding=\"text/html\"><i>y</i></annotation-xml></math></p>",
        BASE,
    );
    assert_eq!(show(&out), "<p>bold desclinkxy</p>");
}

#[test]
fn hidden_content_is_dropped() {
    let out = sanitized(
        "<p>shown<span hidden>h1</span><span style=\"DISPLAY : none\">h2</span>\
         <span style=\"visibility:hidden\">h3</span><img src=\"/t.gif\" style=\"display:none\"></p>\
         <div hidden><p>gone</p></div>",
        BASE,
    );
    assert_eq!(show(&out), "<p>shown</p>");
}

#[test]
fn a_base_element_never_changes_how_urls_resolve() {
    let out = sanitized(
        r#"<base href="https://evil.example/"><p><a href="/story">s</a><img src="pic.png"></p>"#,
        BASE,
    );
    assert_eq!(
        show(&out),
        r#"<p><a href="https://wire.example/story">s</a><img src="https://wire.example/releases/2025/pic.png"></p>"#
    );
}

#[test]
fn image_sources_are_http_only_and_links_may_be_mail() {
    let out = sanitized(
        r#"<p><a href="mailto:press@wire.example">mail</a><img src="mailto:a@b.example"><img src="data:image/png;base64,AAAA"><img src="ftp://x.example/a.png"></p>"#,
        BASE,
    );
    assert_eq!(
        show(&out),
        r#"<p><a href="mailto:press@wire.example">mail</a></p>"#
    );
}

#[test]
fn attribute_values_are_checked_by_name() {
    let out = sanitized(
        r#"<p lang="en&quot;>x" dir="rtl;color:red" title="a &quot;b&quot;">one</p>
           <p lang=" pt-BR " dir=" RTL ">two</p>
           <table><tr><td colspan="100000" rowspan="2px">c</td><th colspan="3.7" rowspan="50%">h</th></tr></table>
           <p><img src="/a.png" width="99999" height="12.5"><img src="/b.png" width="1.9" height="400"></p>"#,
        BASE,
    );
    assert_eq!(
        show(&out),
        "<p title=\"a &quot;b&quot;\">one</p><p lang=\"pt-BR\" dir=\"rtl\">two</p>\
         <table><tbody><tr><td rowspan=\"2\">c</td><th colspan=\"3\">h</th></tr></tbody></table>\
         <p><img src=\"https://wire.example/a.png\" height=\"12\"></p>"
    );
}

#[test]
fn deep_nesting_is_flattened_then_cut_off_without_exhausting_the_stack() {
    // html5ever, unlike browsers, does not cap the depth of its tree.
    let nested = |depth: usize| {
        let source = format!(
            "{}deep{}",
            "<div><q>".repeat(depth),
            "</q></div>".repeat(depth)
        );
        let out = sanitized(&source, BASE);
        let mut found = Vec::new();
        violations(&out, 0, &mut found);
        assert!(found.is_empty(), "{found:?}");
        out.iter().map(SafeNode::text_content).collect::<String>()
    };
    // Past MAX_DEPTH (48) only text; past MAX_NESTING (256) nothing.
    assert_eq!(nested(100), "deep");
    assert_eq!(nested(5_000), "");
}

#[test]
fn the_node_budget_cuts_off_huge_bodies() {
    let source = "<p>x</p>".repeat(policy::MAX_NODES);
    let out = sanitized(&source, BASE);
    assert!(out.len() < policy::MAX_NODES / 2 + 1, "{}", out.len());
    assert!(!out.is_empty());
}

// ---- defang changes nothing the parser builds but what it renames ----------

use markup5ever_rcdom::{Handle, NodeData};

/// A canonical form of the tree html5ever builds for `source`: elements
/// (namespace, name, attributes sorted), text runs joined, comments left
/// out. `defanged` reads `x-on…`/`x-style` attributes back under their
/// own names; otherwise `style` elements are left out (defang removes
/// them).
fn canonical(source: &str, defanged: bool) -> String {
    fn walk(node: &Handle, defanged: bool, out: &mut String) {
        let mut children: Vec<Handle> = node.children.borrow().clone();
        if let NodeData::Element {
            name,
            attrs,
            template_contents,
            ..
        } = &node.data
        {
            if !defanged && &*name.local == "style" {
                return;
            }
            let mut list: Vec<String> = attrs
                .borrow()
                .iter()
                .map(|a| {
                    let n = a.name.local.to_string();
                    let n = match n.strip_prefix(policy::DEFANG_PREFIX) {
                        Some(rest) if defanged && (rest.starts_with("on") || rest == "style") => {
                            rest.to_string()
                        }
                        _ => n,
                    };
                    format!(" {n}={:?}", a.value.to_string())
                })
                .collect();
            list.sort();
            out.push_str(&format!("<{:?}:{}{}>", name.ns, name.local, list.concat()));
            if let Some(t) = &*template_contents.borrow() {
                children.extend(t.children.borrow().iter().cloned());
            }
        }
        for c in &children {
            match &c.data {
                NodeData::Text { contents } => out.push_str(&contents.borrow()),
                NodeData::Comment { .. } => {}
                _ => walk(c, defanged, out),
            }
        }
        if matches!(node.data, NodeData::Element { .. }) {
            out.push_str("</>");
        }
    }
    let dom = support::html::parse(&if defanged {
        syndicard::sanitize::defang(source)
    } else {
        source.to_string()
    });
    let mut out = String::new();
    walk(&dom.document, defanged, &mut out);
    out
}

/// Every HTML body in the feed fixtures: realistic release markup.
fn fixture_bodies() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/feeds");
    let mut bodies = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let text = std::fs::read(entry.path()).unwrap();
        let Ok(text) = String::from_utf8(text) else {
            continue;
        };
        let Ok(feed) = syndicard::feed::parse(&text, None) else {
            continue;
        };
        for r in &feed.releases {
            for t in [&r.content, &r.summary].into_iter().flatten() {
                if t.kind == syndicard::feed::TextKind::Html {
                    bodies.push(t.value.clone());
                }
            }
        }
    }
    bodies
}

#[test]
fn defang_changes_no_tree_outside_foreign_content() {
    // In SVG and MathML a `style` element holds markup, not raw text, and
    // defang (which follows the tokenizer, not the tree builder) removes it
    // anyway: less content, never more. Everywhere else the trees match.
    let mut checked = 0;
    let sources: Vec<String> = (0..hostile::VECTORS.len())
        .map(hostile::vector)
        .chain(fixture_bodies())
        .chain(
            [
                "<p style=\"text-align:center\" onclick=\"x()\">a<style>p{}</style>b</p>",
                "<table><tr><td style=\"width:50%\">c</td></tr></table><STYLE>td{}</STYLE>",
                "<p>x<style>unclosed",
            ]
            .map(String::from),
        )
        .collect();
    for source in &sources {
        let lower = source.to_ascii_lowercase();
        if lower.contains("<svg") || lower.contains("<math") {
            continue;
        }
        assert_eq!(
            canonical(source, true),
            canonical(source, false),
            "{source:?}"
        );
        checked += 1;
    }
    assert!(checked > 100, "{checked}");
}

// ---- the records the browser hands over sanitize exactly as the tree -------

#[test]
fn the_flat_records_sanitize_exactly_as_the_tree_they_were_read_from() {
    // The browser reads its parsed document into records in one crossing
    // (js/flatten.js, src/sanitize/flat.rs); here the same walk over
    // html5ever's tree must give the very same safe tree as walking the
    // tree itself, for every hostile vector, every fixture body, and the
    // bounds (nesting, node budget).
    let sources: Vec<String> = (0..hostile::VECTORS.len())
        .map(hostile::vector)
        .chain(fixture_bodies())
        .chain([
            format!("{}deep{}", "<div><q>".repeat(300), "</q></div>".repeat(300)),
            "<p>x</p>".repeat(policy::MAX_NODES / 2 + 10),
            "<form><input name=attributes><input name=firstChild><p title=t>in a form</p></form>"
                .to_string(),
            "<p>\u{1F600} astral, é, \u{FFFD} and T3:abc/ record look-alikes</p>".to_string(),
        ])
        .collect();
    for source in &sources {
        for base in [Some(hostile::BASE), None] {
            assert_eq!(
                show(&sanitized_flat(source, base)),
                show(&sanitized(source, base)),
                "{source:?}"
            );
        }
    }
}
