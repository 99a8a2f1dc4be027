//! Static HTML of cards, for `/v1/card` (a whole page) and `/v1/oembed`
//! (a fragment): no script needed to read them.
//!
//! Markup is written only from the card's view: chrome from fixed tags,
//! release content only from the sanitizer-built tree (tag and attribute
//! names from its allowlists, values already checked), every text escaped
//! as text (`&`, `<`, `>`, and quotes) and every value as a double-quoted
//! attribute value. Nothing of the feed is copied as markup.

use std::fmt::Write;

use syndicard::safe::{SafeElement, SafeNode};

use crate::dissect::Card;

/// Where the cards go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// Title, meta, image, lede, sectors, read-more, disclaimer (oEmbed).
    Card,
    /// The whole release: also the body and boilerplate (`/v1/card`).
    Full,
}

/// Heading level of card titles; body headings sit below it.
const TITLE_LEVEL: u8 = 2;

/// `rel` of the card's own links, as the widget's.
const LINK_REL: &str = "noopener noreferrer";
/// `rel` of links inside release content.
const BODY_LINK_REL: &str = "noopener noreferrer nofollow";

/// Elements written without an end tag.
const VOID: &[&str] = &["br", "hr", "img"];

/// `s` escaped for a text node.
pub fn escape_text(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\0' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
}

/// ` name="value"`, the value escaped for a double-quoted attribute.
/// `name` comes from this module or the sanitizer's allowlist, never from
/// the feed.
fn attr(out: &mut String, name: &str, value: &str) {
    out.push(' ');
    out.push_str(name);
    out.push_str("=\"");
    escape_text(value, out);
    out.push('"');
}

fn open(out: &mut String, tag: &str, attrs: &[(&str, &str)]) {
    out.push('<');
    out.push_str(tag);
    for (n, v) in attrs {
        attr(out, n, v);
    }
    out.push('>');
}

fn close(out: &mut String, tag: &str) {
    let _ = write!(out, "</{tag}>");
}

fn text_element(out: &mut String, tag: &str, attrs: &[(&str, &str)], text: &str) {
    open(out, tag, attrs);
    escape_text(text, out);
    close(out, tag);
}

/// Writes sanitized nodes; headings shifted by `shift` levels (at most h6).
pub fn write_nodes(out: &mut String, nodes: &[SafeNode], shift: u8) {
    for n in nodes {
        match n {
            SafeNode::Text(t) => escape_text(t, out),
            SafeNode::Element(e) => write_element(out, e, shift),
        }
    }
}

fn write_element(out: &mut String, e: &SafeElement, shift: u8) {
    let heading = heading_level(e.name).map(|h| HEADINGS[usize::from((h + shift).min(6) - 1)]);
    let tag = heading.unwrap_or(e.name);
    out.push('<');
    out.push_str(tag);
    for (name, value) in &e.attrs {
        attr(out, name, value);
    }
    match e.name {
        "a" => {
            attr(out, "target", "_blank");
            attr(out, "rel", BODY_LINK_REL);
        }
        "img" => {
            attr(out, "loading", "lazy");
            attr(out, "referrerpolicy", "no-referrer");
        }
        _ => {}
    }
    out.push('>');
    if VOID.contains(&e.name) {
        return;
    }
    // The HTML parser drops one newline right after `<pre>`.
    if e.name == "pre"
        && matches!(e.children.first(), Some(SafeNode::Text(t)) if t.starts_with('\n'))
    {
        out.push('\n');
    }
    write_nodes(out, &e.children, shift);
    close(out, tag);
}

const HEADINGS: [&str; 6] = ["h1", "h2", "h3", "h4", "h5", "h6"];

fn heading_level(name: &str) -> Option<u8> {
    HEADINGS
        .iter()
        .position(|h| *h == name)
        .map(|i| i as u8 + 1)
}

/// The highest (smallest) heading level in `nodes`.
fn top_heading(nodes: &[SafeNode]) -> Option<u8> {
    nodes
        .iter()
        .filter_map(SafeNode::as_element)
        .filter_map(|e| heading_level(e.name).or_else(|| top_heading(&e.children)))
        .min()
}

/// How far body headings move down so the highest sits below the title.
fn shift_for(nodes: &[&[SafeNode]]) -> u8 {
    let top = nodes.iter().filter_map(|n| top_heading(n)).min();
    top.map_or(0, |t| (TITLE_LEVEL + 1).saturating_sub(t))
}

/// One card as an `article`.
pub fn write_card(out: &mut String, card: &Card, layout: Layout) {
    let v = &card.view;
    open(
        out,
        "article",
        &[
            ("class", "syndicard"),
            ("lang", &v.lang),
            ("dir", if v.rtl { "rtl" } else { "ltr" }),
        ],
    );
    let h = HEADINGS[usize::from(TITLE_LEVEL - 1)];
    open(out, h, &[("class", "title")]);
    match &v.link {
        Some(link) => text_element(
            out,
            "a",
            &[("href", link), ("target", "_blank"), ("rel", LINK_REL)],
            &v.title,
        ),
        None => escape_text(&v.title, out),
    }
    close(out, h);
    write_meta(out, card);
    if let Some(img) = &v.image {
        open(
            out,
            "img",
            &[
                ("class", "image"),
                ("src", &img.src),
                ("alt", &img.alt),
                ("loading", "lazy"),
                ("referrerpolicy", "no-referrer"),
            ],
        );
    }
    if let Some(lede) = &v.lede {
        text_element(out, "p", &[("class", "lede")], lede);
    }
    if layout == Layout::Full {
        let shift = shift_for(&[&v.body, &v.boilerplate]);
        if !v.body.is_empty() {
            open(out, "div", &[("class", "body")]);
            write_nodes(out, &v.body, shift);
            close(out, "div");
        }
    }
    if !v.sectors.is_empty() {
        open(
            out,
            "ul",
            &[("class", "sectors"), ("aria-label", v.locale.sectors)],
        );
        for s in &v.sectors {
            text_element(out, "li", &[], s);
        }
        close(out, "ul");
    }
    if layout == Layout::Full && !v.boilerplate.is_empty() {
        let shift = shift_for(&[&v.body, &v.boilerplate]);
        open(out, "aside", &[("class", "boilerplate")]);
        write_nodes(out, &v.boilerplate, shift);
        close(out, "aside");
    }
    if let (Layout::Card, Some(link)) = (layout, &v.link) {
        text_element(
            out,
            "a",
            &[
                ("class", "read-more"),
                ("href", link),
                ("target", "_blank"),
                ("rel", LINK_REL),
            ],
            v.locale.read_more,
        );
    }
    text_element(out, "footer", &[("class", "disclaimer")], &v.disclaimer);
    close(out, "article");
}

fn write_meta(out: &mut String, card: &Card) {
    let v = &card.view;
    if v.dateline.is_none() && v.place.is_none() && v.date.is_none() {
        return;
    }
    open(out, "p", &[("class", "meta")]);
    let mut first = true;
    let mut sep = |out: &mut String| {
        if !std::mem::take(&mut first) {
            out.push_str(" · ");
        }
    };
    if let Some(d) = &v.dateline {
        sep(out);
        text_element(out, "span", &[("class", "dateline")], d);
    }
    if let Some(p) = &v.place {
        sep(out);
        text_element(out, "span", &[("class", "place")], p);
    }
    if let Some(date) = v.date {
        sep(out);
        let iso = date.to_iso8601();
        // The page has no script to localize it: the calendar date, as
        // ISO 8601 writes it, is read the same in every language.
        text_element(out, "time", &[("datetime", &iso)], &iso[..10]);
    }
    close(out, "p");
}

/// Cards in a `div`.
pub fn fragment(cards: &[Card], layout: Layout) -> String {
    let mut out = String::new();
    open(&mut out, "div", &[("class", "syndicard-cards")]);
    for c in cards {
        write_card(&mut out, c, layout);
    }
    close(&mut out, "div");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_are_escaped() {
        let mut out = String::new();
        escape_text("<b>&\"'</b>", &mut out);
        assert_eq!(out, "&lt;b&gt;&amp;&quot;&#39;&lt;/b&gt;");
        let mut out = String::new();
        attr(&mut out, "title", "\"><script>x()</script>");
        assert_eq!(out, " title=\"&quot;&gt;&lt;script&gt;x()&lt;/script&gt;\"");
    }

    #[test]
    fn sanitized_trees_become_markup() {
        let tree = vec![SafeNode::Element(SafeElement {
            name: "p",
            attrs: vec![],
            children: vec![
                SafeNode::text("a < b "),
                SafeNode::Element(SafeElement {
                    name: "a",
                    attrs: vec![("href", "https://x.example/?a=1&b=\"2\"".into())],
                    children: vec![SafeNode::text("link")],
                }),
                SafeNode::element("br", vec![]),
                SafeNode::element("h1", vec![SafeNode::text("H")]),
            ],
        })];
        let mut out = String::new();
        write_nodes(&mut out, &tree, 2);
        assert_eq!(
            out,
            "<p>a &lt; b <a href=\"https://x.example/?a=1&amp;b=&quot;2&quot;\" target=\"_blank\" rel=\"noopener noreferrer nofollow\">link</a><br><h3>H</h3></p>"
        );
    }

    #[test]
    fn body_headings_sit_below_the_title() {
        let h = |n: &'static str| vec![SafeNode::element(n, vec![SafeNode::text("x")])];
        assert_eq!(shift_for(&[&h("h1")]), 2);
        assert_eq!(shift_for(&[&h("h2"), &h("h4")]), 1);
        assert_eq!(shift_for(&[&h("h5")]), 0);
        assert_eq!(shift_for(&[&h("p")]), 0);
        let nested = vec![SafeNode::element("blockquote", h("h2"))];
        assert_eq!(shift_for(&[&nested]), 1);
    }
}
