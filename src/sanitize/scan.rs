//! What the WHATWG HTML tokenizer's states say about a run of bytes, for
//! the two scanners that read HTML source without building a tree:
//! [`super::defang`] and the title-text reader (`text_only.rs`).

use crate::text::find_bytes;

/// ASCII white space as the HTML tokenizer reads it between attributes.
pub(super) fn is_space(c: u8) -> bool {
    matches!(c, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ')
}

/// The index just past a comment whose text starts at `from` (after
/// `<!--`): `-->`, `--!>`, the abrupt `<!-->` / `<!--->`, or the end.
pub(super) fn comment_end(b: &[u8], from: usize) -> usize {
    let rest = &b[from.min(b.len())..];
    if rest.starts_with(b">") {
        return from + 1;
    }
    if rest.starts_with(b"->") {
        return from + 2;
    }
    let mut at = from;
    while let Some(dash) = find_bytes(b, b"-", at) {
        match &b[dash..] {
            [b'-', b'-', b'>', ..] => return dash + 3,
            [b'-', b'-', b'!', b'>', ..] => return dash + 4,
            _ => at = dash + 1,
        }
    }
    b.len()
}

/// The index of the end tag (`</name` then white space, `/` or `>`) that
/// ends RAWTEXT / RCDATA starting at `from`, or the end of the input.
pub(super) fn raw_text_end(b: &[u8], from: usize, name: &str) -> usize {
    let mut at = from;
    while let Some(lt) = find_bytes(b, b"<", at) {
        let after_name = lt + 2 + name.len();
        if b.get(lt + 1) == Some(&b'/')
            && b.len() >= after_name
            && b[lt + 2..after_name].eq_ignore_ascii_case(name.as_bytes())
            && b.get(after_name)
                .is_none_or(|&c| is_space(c) || c == b'/' || c == b'>')
        {
            return lt;
        }
        at = lt + 1;
    }
    b.len()
}

/// A start or end tag as the HTML tokenizer reads it, from its name to
/// just past its `>`.
pub(super) struct RawTag<'a> {
    /// The name as written.
    pub name: &'a str,
    /// Each attribute as written: the index its name starts at, its name
    /// (a leading `=` is part of it), its value without quotes (empty when
    /// it has none).
    pub attrs: Vec<(usize, &'a str, &'a str)>,
    /// Index just past the tag (the end of the input when it has no `>`).
    pub end: usize,
    /// The tag has its `>` (else the tokenizer drops it at the end of the
    /// input).
    pub closed: bool,
}

/// Reads the tag whose name starts at `from` (just after `<` or `</`):
/// the name, then attributes with quoted or unquoted values.
pub(super) fn read_tag(source: &str, from: usize) -> RawTag<'_> {
    let b = source.as_bytes();
    let mut i = from;
    while i < b.len() && !is_space(b[i]) && b[i] != b'/' && b[i] != b'>' {
        i += 1;
    }
    // ASCII delimiters end every piece, so each slice is on char boundaries.
    let name = &source[from..i];
    let mut attrs = Vec::new();
    let (end, closed) = loop {
        // Before an attribute name.
        while i < b.len() && (is_space(b[i]) || b[i] == b'/') {
            i += 1;
        }
        match b.get(i) {
            None => break (b.len(), false),
            Some(b'>') => break (i + 1, true),
            Some(_) => {}
        }
        let start = i;
        i += 1;
        while i < b.len() && !is_space(b[i]) && !matches!(b[i], b'/' | b'>' | b'=') {
            i += 1;
        }
        let attr = &source[start..i];
        while i < b.len() && is_space(b[i]) {
            i += 1;
        }
        if b.get(i) != Some(&b'=') {
            attrs.push((start, attr, ""));
            continue;
        }
        i += 1;
        while i < b.len() && is_space(b[i]) {
            i += 1;
        }
        let value = match b.get(i) {
            Some(&q @ (b'"' | b'\'')) => {
                let value_start = i + 1;
                let value_end = find_bytes(b, &[q], value_start).unwrap_or(b.len());
                i = (value_end + 1).min(b.len());
                &source[value_start..value_end]
            }
            _ => {
                let value_start = i;
                while i < b.len() && !is_space(b[i]) && b[i] != b'>' {
                    i += 1;
                }
                &source[value_start..i]
            }
        };
        attrs.push((start, attr, value));
    };
    RawTag {
        name,
        attrs,
        end,
        closed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_end_where_the_tokenizer_ends_them() {
        let end = |s: &str| comment_end(s.as_bytes(), 0);
        assert_eq!(end(">x"), 1, "<!-->");
        assert_eq!(end("->x"), 2, "<!--->");
        assert_eq!(end("a-b--x-->y"), 9);
        assert_eq!(end("a--!>y"), 5);
        assert_eq!(end("a---->"), 6);
        assert_eq!(end("no end"), 6);
    }

    #[test]
    fn raw_text_ends_at_its_own_end_tag() {
        let end = |s: &str| raw_text_end(s.as_bytes(), 0, "style");
        assert_eq!(end("a</b>c</STYLE >"), 6);
        assert_eq!(end("a</stylex></style/>"), 10);
        assert_eq!(end("a</style"), 1);
        assert_eq!(end("a</styl"), 7);
    }

    #[test]
    fn tags_are_read_as_the_tokenizer_reads_them() {
        let t = read_tag("p OnClick=\"a>b\" =x title='t' data-x=1/ hidden>rest", 0);
        assert_eq!(t.name, "p");
        let attrs: Vec<_> = t.attrs.iter().map(|&(_, n, v)| (n, v)).collect();
        assert_eq!(
            attrs,
            [
                ("OnClick", "a>b"),
                ("=x", ""),
                ("title", "t"),
                ("data-x", "1/"),
                ("hidden", "")
            ]
        );
        assert_eq!(t.attrs[0].0, 2);
        assert!(t.closed);
        assert_eq!(
            &"p OnClick=\"a>b\" =x title='t' data-x=1/ hidden>rest"[t.end..],
            "rest"
        );
        let cut = read_tag("a href=\"x", 0);
        assert!(!cut.closed);
        assert_eq!(cut.end, 9);
        assert_eq!(cut.attrs[0].2, "x");
        let empty = read_tag("a title=\"\">", 0);
        assert_eq!(empty.attrs[0].2, "");
    }
}
