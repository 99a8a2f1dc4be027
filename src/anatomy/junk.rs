//! Junk a wire or a broken converter leaves in a body, removed before any
//! part is looked for:
//! - runs of white space (no-break, em, ideographic, zero-width…) become
//!   one space, and blocks lose white space and `br` at their ends;
//! - code-fence lines (```` ``` ````, ```` ```json ````, `~~~`) and every
//!   stray backtick go;
//! - tracking images (1×1, 2×2) go, and inline elements left empty;
//! - top-level blocks with no letter or digit and no image go (so `“``
//!   left after a converter ran is dropped, an empty `p` too), and a
//!   top-level `pre` holding nothing but a fence.
//!
//! Text inside `pre` and `code` is never touched.

use crate::safe::SafeNode;
use crate::sanitize::policy;
use crate::text::{collapse_spaces, has_alnum, has_media, is_space, trim_end, trim_start};

/// Elements whose text is kept exactly as written.
const VERBATIM: &[&str] = &["pre", "code"];

/// Elements that hold nothing and are kept though empty.
const VOID: &[&str] = &["br", "hr", "img"];

/// Cleans top-level blocks; loose top-level text becomes a `p`.
pub fn clean(blocks: Vec<SafeNode>) -> Vec<SafeNode> {
    let mut out = Vec::with_capacity(blocks.len());
    for block in blocks {
        let block = match block {
            SafeNode::Text(t) => SafeNode::element("p", vec![SafeNode::Text(t)]),
            n => n,
        };
        let Some(block) = clean_node(block) else {
            continue;
        };
        let verbatim = matches!(&block, SafeNode::Element(e) if VERBATIM.contains(&e.name));
        let text = block.text_content();
        let keep = if verbatim {
            // A `pre` holding only a fence is junk too; real code stays.
            text.chars()
                .any(|c| !is_space(c) && !matches!(c, '`' | '~'))
        } else {
            has_alnum(&text) || has_media(core::slice::from_ref(&block))
        };
        if keep {
            out.push(block);
        }
    }
    out
}

/// A cleaned node, or `None` when nothing of it is left.
fn clean_node(node: SafeNode) -> Option<SafeNode> {
    match node {
        SafeNode::Text(t) => {
            let t = clean_text(&t);
            (!t.is_empty()).then_some(SafeNode::Text(t))
        }
        SafeNode::Element(e) if VERBATIM.contains(&e.name) => Some(SafeNode::Element(e)),
        SafeNode::Element(e)
            if e.name == "img" && policy::is_tracking_pixel(e.attr("width"), e.attr("height")) =>
        {
            None
        }
        SafeNode::Element(mut e) => {
            e.children = e.children.into_iter().filter_map(clean_node).collect();
            if policy::is_block(e.name) {
                trim_start(&mut e.children);
                trim_end(&mut e.children);
            }
            let empty = e.children.is_empty() && !VOID.contains(&e.name);
            (!empty).then_some(SafeNode::Element(e))
        }
    }
}

/// Text with fence lines and backticks removed and white space collapsed.
fn clean_text(t: &str) -> String {
    let mut kept = String::with_capacity(t.len());
    for (i, line) in t.split('\n').enumerate() {
        if is_fence(line) {
            continue;
        }
        if i > 0 {
            kept.push('\n');
        }
        kept.push_str(line);
    }
    kept.retain(|c| c != '`');
    collapse_spaces(&kept)
}

/// A code-fence line: three or more backticks or tildes, then at most an
/// info string of one short word (```` ```json ````).
fn is_fence(line: &str) -> bool {
    let line = line.trim();
    let Some(mark) = line.chars().next().filter(|c| matches!(c, '`' | '~')) else {
        return false;
    };
    let info = line.trim_start_matches(mark);
    line.len() - info.len() >= 3
        && info.len() <= 20
        && info
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '#' | '_' | ' '))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::safe::{paragraphs_from_text, SafeElement};

    fn texts(blocks: &[SafeNode]) -> Vec<String> {
        blocks.iter().map(SafeNode::text_content).collect()
    }

    #[test]
    fn stray_quote_and_backtick_paragraph_goes_and_quotes_stay() {
        let out = clean(paragraphs_from_text(
            "“Kami datang,” kata\u{a0} \u{a0}Henry.\n\n“`\n\n\u{a0}\n\n```",
        ));
        assert_eq!(texts(&out), ["“Kami datang,” kata Henry."]);
    }

    #[test]
    fn fences_and_backticks_in_lines() {
        let out = clean(paragraphs_from_text(
            "```html\nFirst line `with` ticks\n```\n\n~~~\nSecond",
        ));
        assert_eq!(texts(&out), ["First line with ticks", "Second"]);
    }

    #[test]
    fn pre_and_code_are_untouched() {
        let pre = SafeNode::element("pre", vec![SafeNode::text("a  `b`\n\u{a0} c")]);
        let code = SafeNode::element(
            "p",
            vec![
                SafeNode::text("Run "),
                SafeNode::element("code", vec![SafeNode::text("`x  y`")]),
            ],
        );
        let fence = SafeNode::element("pre", vec![SafeNode::text("```\n")]);
        let out = clean(vec![pre.clone(), code.clone(), fence]);
        assert_eq!(out, vec![pre, code]);
    }

    #[test]
    fn tracking_pixels_and_empty_inline_elements_go() {
        let mut pixel = SafeElement::new("img", vec![]);
        pixel.attrs = vec![
            ("src", "https://t.example/p.gif".into()),
            ("width", "1".into()),
        ];
        let mut photo = SafeElement::new("img", vec![]);
        photo.attrs = vec![("src", "https://t.example/a.jpg".into())];
        let out = clean(vec![
            SafeNode::element(
                "p",
                vec![
                    SafeNode::Element(pixel),
                    SafeNode::element("b", vec![SafeNode::text("\u{a0}")]),
                    SafeNode::text(" Text "),
                ],
            ),
            SafeNode::element("p", vec![SafeNode::Element(photo.clone())]),
            SafeNode::element("p", vec![]),
            SafeNode::text("  loose text "),
        ]);
        assert_eq!(
            out,
            vec![
                SafeNode::element("p", vec![SafeNode::text("Text")]),
                SafeNode::element("p", vec![SafeNode::Element(photo)]),
                SafeNode::element("p", vec![SafeNode::text("loose text")]),
            ]
        );
    }
}
