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
}
