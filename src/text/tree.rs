//! The text of a safe tree: its lines, its text content, trimming white
//! space and cutting text off the front without losing inline markup.

use core::ops::Range;

use super::is_space;
use crate::safe::SafeNode;

/// The ranges of `children` between top-level `br` elements (a line each).
pub fn lines(children: &[SafeNode]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, n) in children.iter().enumerate() {
        if matches!(n, SafeNode::Element(e) if e.name == "br") {
            out.push(start..i);
            start = i + 1;
        }
    }
    out.push(start..children.len());
    out
}

/// The text of `nodes` as `textContent` gives it.
pub fn text_content(nodes: &[SafeNode]) -> String {
    nodes.iter().map(SafeNode::text_content).collect()
}

/// Whether `nodes` hold anything but text (an image, a rule).
pub fn has_media(nodes: &[SafeNode]) -> bool {
    nodes.iter().any(|n| match n {
        SafeNode::Text(_) => false,
        SafeNode::Element(e) => matches!(e.name, "img" | "hr") || has_media(&e.children),
    })
}

/// Removes the first `len` bytes of text (as [`SafeNode::text_content`] counts
/// them, a `br` being one byte) from the front of `nodes`, keeping every
/// element that still holds something (so a lede keeps its links and
/// emphasis when its dateline is cut off).
pub fn cut_front(nodes: &mut Vec<SafeNode>, len: usize) -> usize {
    let mut left = len;
    let mut i = 0;
    while i < nodes.len() && left > 0 {
        match &mut nodes[i] {
            SafeNode::Text(t) if t.len() <= left => {
                left -= t.len();
                nodes.remove(i);
            }
            SafeNode::Text(t) => {
                let mut at = left;
                while !t.is_char_boundary(at) {
                    at += 1;
                }
                drop_front(t, at);
                left = 0;
            }
            SafeNode::Element(e) if e.name == "br" => {
                left -= 1;
                nodes.remove(i);
            }
            SafeNode::Element(e) => {
                let had = e.children.len();
                left = cut_front(&mut e.children, left);
                if had > 0 && e.children.is_empty() {
                    nodes.remove(i);
                } else {
                    i += 1;
                }
            }
        }
    }
    left
}

/// Removes the first `at` bytes of `t` (`at` is a char boundary); one
/// non-generic copy for every caller.
#[inline(never)]
fn drop_front(t: &mut String, at: usize) {
    t.drain(..at);
}

/// Removes white space and `br` from the start of `nodes` (descending into
/// inline elements, dropping those left empty).
pub fn trim_start(nodes: &mut Vec<SafeNode>) {
    while let Some(first) = nodes.first_mut() {
        match first {
            SafeNode::Text(t) => {
                let kept = t.trim_start_matches(is_space).len();
                if kept == 0 {
                    nodes.remove(0);
                    continue;
                }
                drop_front(t, t.len() - kept);
            }
            SafeNode::Element(e) if e.name == "br" => {
                nodes.remove(0);
                continue;
            }
            SafeNode::Element(e) if !e.children.is_empty() => {
                trim_start(&mut e.children);
                if e.children.is_empty() {
                    nodes.remove(0);
                    continue;
                }
            }
            SafeNode::Element(_) => {}
        }
        return;
    }
}

/// Removes white space and `br` from the end of `nodes` (see
/// [`trim_start`]).
pub fn trim_end(nodes: &mut Vec<SafeNode>) {
    while let Some(last) = nodes.last_mut() {
        match last {
            SafeNode::Text(t) => {
                let kept = t.trim_end_matches(is_space).len();
                if kept == 0 {
                    nodes.pop();
                    continue;
                }
                t.truncate(kept);
            }
            SafeNode::Element(e) if e.name == "br" => {
                nodes.pop();
                continue;
            }
            SafeNode::Element(e) if !e.children.is_empty() => {
                trim_end(&mut e.children);
                if e.children.is_empty() {
                    nodes.pop();
                    continue;
                }
            }
            SafeNode::Element(_) => {}
        }
        return;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_split_at_top_level_breaks() {
        let br = || SafeNode::element("br", vec![]);
        let nodes = vec![
            SafeNode::text("a"),
            br(),
            SafeNode::text("b"),
            SafeNode::text("c"),
        ];
        assert_eq!(lines(&nodes), vec![0..1, 2..4]);
        assert_eq!(lines(&[]), vec![0..0]);
    }

    #[test]
    fn cut_front_keeps_inline_markup() {
        let mut nodes = vec![
            SafeNode::element("b", vec![SafeNode::text("NEW YORK, June 5")]),
            SafeNode::text(" /PRNewswire/ -- Acme "),
            SafeNode::element("a", vec![SafeNode::text("launches")]),
        ];
        let cut = "NEW YORK, June 5 /PRNewswire/ -- ".len();
        assert_eq!(cut_front(&mut nodes, cut), 0);
        assert_eq!(text_content(&nodes), "Acme launches");
        assert_eq!(nodes.len(), 2);
        // Cutting inside a multi-byte character rounds up, never panics.
        let mut nodes = vec![SafeNode::text("é")];
        cut_front(&mut nodes, 1);
        assert_eq!(text_content(&nodes), "");
    }

    #[test]
    fn trims_spaces_and_breaks_at_both_ends() {
        let mut nodes = vec![
            SafeNode::element("br", vec![]),
            SafeNode::element("i", vec![SafeNode::text(" \u{a0}")]),
            SafeNode::text("  x "),
            SafeNode::element("br", vec![]),
        ];
        trim_start(&mut nodes);
        trim_end(&mut nodes);
        assert_eq!(nodes, vec![SafeNode::text("x")]);
    }
}
