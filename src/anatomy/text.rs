//! Small text tools the anatomy passes share: white space, the folded form
//! used for tolerant comparison, lines of a block, and cutting text off the
//! front of a tree without losing its inline markup.

use crate::markup::Node;
use crate::unicode;
use core::ops::Range;

/// Whether `c` is white space for collapsing: Unicode white space (which
/// takes in U+00A0, U+2000–U+200A, U+202F, U+3000) plus the zero-width
/// space U+200B and the byte-order mark U+FEFF.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}')
}

/// `s` with every run of white space made one plain space. A run made only
/// of zero-width spaces stays one U+200B (a line-break hint in Thai and
/// CJK text); a run of byte-order marks alone goes.
pub fn collapse_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut run: Option<bool> = None; // Some(visible) while inside a run
    let mut zwsp = false;
    for c in s.chars() {
        if is_space(c) {
            let visible = !matches!(c, '\u{200B}' | '\u{FEFF}');
            zwsp |= c == '\u{200B}';
            run = Some(run.unwrap_or(false) || visible);
            continue;
        }
        match run.take() {
            Some(true) => out.push(' '),
            Some(false) if zwsp => out.push('\u{200B}'),
            _ => {}
        }
        zwsp = false;
        out.push(c);
    }
    match run {
        Some(true) => out.push(' '),
        Some(false) if zwsp => out.push('\u{200B}'),
        _ => {}
    }
    out
}

/// One character of a folded text: the folded character and the byte range
/// of the original character it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Folded {
    /// Lower-case letter or digit.
    pub c: char,
    /// Byte range in the original text.
    pub at: (usize, usize),
}

/// The folded form of `s` for tolerant comparison: letters and digits only,
/// lower-cased, `ё` read as `е`, Arabic alef forms as bare alef, alef
/// maqsura as ya, tatweel dropped. White space, punctuation, quotes and
/// combining marks all vanish, so "SeaPRwire (https://…) tidak" and
/// "SeaPRwire  tidak" differ only by the URL's letters.
pub fn fold(s: &str) -> Vec<Folded> {
    let mut out = Vec::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        let at = (i, i + c.len_utf8());
        let c = match c {
            'ё' | 'Ё' => 'е',
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' => 'ي',
            'ـ' => continue,
            c => c,
        };
        if !unicode::is_alnum(c) {
            continue;
        }
        out.push(Folded {
            c: unicode::lower(c),
            at,
        });
    }
    out
}

/// The folded characters of `s` alone (see [`fold`]).
pub fn fold_chars(s: &str) -> Vec<char> {
    fold(s).into_iter().map(|f| f.c).collect()
}

/// Whether `s` holds at least one letter or digit.
pub fn has_alnum(s: &str) -> bool {
    s.chars().any(unicode::is_alnum)
}

/// The ranges of `children` between top-level `br` elements (a line each).
pub fn lines(children: &[Node]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, n) in children.iter().enumerate() {
        if matches!(n, Node::Element(e) if e.name == "br") {
            out.push(start..i);
            start = i + 1;
        }
    }
    out.push(start..children.len());
    out
}

/// The text of `nodes` as `textContent` gives it.
pub fn text_of(nodes: &[Node]) -> String {
    nodes.iter().map(Node::text_content).collect()
}

/// Whether `nodes` hold anything but text (an image, a rule).
pub fn has_media(nodes: &[Node]) -> bool {
    nodes.iter().any(|n| match n {
        Node::Text(_) => false,
        Node::Element(e) => matches!(e.name, "img" | "hr") || has_media(&e.children),
    })
}

/// Removes the first `len` bytes of text (as [`Node::text_content`] counts
/// them, a `br` being one byte) from the front of `nodes`, keeping every
/// element that still holds something (so a lede keeps its links and
/// emphasis when its dateline is cut off).
pub fn cut_front(nodes: &mut Vec<Node>, len: usize) -> usize {
    let mut left = len;
    let mut i = 0;
    while i < nodes.len() && left > 0 {
        match &mut nodes[i] {
            Node::Text(t) if t.len() <= left => {
                left -= t.len();
                nodes.remove(i);
            }
            Node::Text(t) => {
                let mut at = left;
                while !t.is_char_boundary(at) {
                    at += 1;
                }
                drop_front(t, at);
                left = 0;
            }
            Node::Element(e) if e.name == "br" => {
                left -= 1;
                nodes.remove(i);
            }
            Node::Element(e) => {
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
pub fn trim_start(nodes: &mut Vec<Node>) {
    while let Some(first) = nodes.first_mut() {
        match first {
            Node::Text(t) => {
                let kept = t.trim_start_matches(is_space).len();
                if kept == 0 {
                    nodes.remove(0);
                    continue;
                }
                drop_front(t, t.len() - kept);
            }
            Node::Element(e) if e.name == "br" => {
                nodes.remove(0);
                continue;
            }
            Node::Element(e) if !e.children.is_empty() => {
                trim_start(&mut e.children);
                if e.children.is_empty() {
                    nodes.remove(0);
                    continue;
                }
            }
            Node::Element(_) => {}
        }
        return;
    }
}

/// Removes white space and `br` from the end of `nodes` (see
/// [`trim_start`]).
pub fn trim_end(nodes: &mut Vec<Node>) {
    while let Some(last) = nodes.last_mut() {
        match last {
            Node::Text(t) => {
                let kept = t.trim_end_matches(is_space).len();
                if kept == 0 {
                    nodes.pop();
                    continue;
                }
                t.truncate(kept);
            }
            Node::Element(e) if e.name == "br" => {
                nodes.pop();
                continue;
            }
            Node::Element(e) if !e.children.is_empty() => {
                trim_end(&mut e.children);
                if e.children.is_empty() {
                    nodes.pop();
                    continue;
                }
            }
            Node::Element(_) => {}
        }
        return;
    }
}

/// `s` with leading `prefix` removed, compared case-insensitively
/// character by character.
pub fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let mut rest = s.char_indices();
    for p in prefix.chars() {
        let (_, c) = rest.next()?;
        if unicode::lower(c) != unicode::lower(p) {
            return None;
        }
    }
    Some(rest.next().map_or("", |(i, _)| &s[i..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapse_every_kind_of_space() {
        assert_eq!(collapse_spaces("a \u{a0} b"), "a b");
        assert_eq!(collapse_spaces("a\u{3000}\u{2003}b\t\nc"), "a b c");
        assert_eq!(collapse_spaces("ก\u{200B}ข"), "ก\u{200B}ข");
        assert_eq!(collapse_spaces("ก\u{200B} \u{200B}ข"), "ก ข");
        assert_eq!(collapse_spaces("\u{FEFF}x\u{a0}"), "x ");
        assert_eq!(collapse_spaces("“Kami,” kata"), "“Kami,” kata");
    }

    #[test]
    fn fold_keeps_letters_and_digits_and_their_places() {
        let f = fold("Ёж (SeaPRwire) – 6.500");
        let s: String = f.iter().map(|x| x.c).collect();
        assert_eq!(s, "ежseaprwire6500");
        assert_eq!(f[2].at, (6, 7));
        assert_eq!(fold_chars("إقرارات"), fold_chars("اقرارات"));
    }

    #[test]
    fn lines_split_at_top_level_breaks() {
        let br = || Node::element("br", vec![]);
        let nodes = vec![Node::text("a"), br(), Node::text("b"), Node::text("c")];
        assert_eq!(lines(&nodes), vec![0..1, 2..4]);
        assert_eq!(lines(&[]), vec![0..0]);
    }

    #[test]
    fn cut_front_keeps_inline_markup() {
        let mut nodes = vec![
            Node::element("b", vec![Node::text("NEW YORK, June 5")]),
            Node::text(" /PRNewswire/ -- Acme "),
            Node::element("a", vec![Node::text("launches")]),
        ];
        let cut = "NEW YORK, June 5 /PRNewswire/ -- ".len();
        assert_eq!(cut_front(&mut nodes, cut), 0);
        assert_eq!(text_of(&nodes), "Acme launches");
        assert_eq!(nodes.len(), 2);
        // Cutting inside a multi-byte character rounds up, never panics.
        let mut nodes = vec![Node::text("é")];
        cut_front(&mut nodes, 1);
        assert_eq!(text_of(&nodes), "");
    }

    #[test]
    fn trims_spaces_and_breaks_at_both_ends() {
        let mut nodes = vec![
            Node::element("br", vec![]),
            Node::element("i", vec![Node::text(" \u{a0}")]),
            Node::text("  x "),
            Node::element("br", vec![]),
        ];
        trim_start(&mut nodes);
        trim_end(&mut nodes);
        assert_eq!(nodes, vec![Node::text("x")]);
    }

    #[test]
    fn case_insensitive_prefix() {
        assert_eq!(strip_prefix_ci("SEKTOR: A", "Sektor"), Some(": A"));
        assert_eq!(strip_prefix_ci("Сектор: A", "сектор"), Some(": A"));
        assert_eq!(strip_prefix_ci("Sek", "Sektor"), None);
    }
}
