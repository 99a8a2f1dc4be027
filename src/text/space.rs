//! White space: what counts as space, and collapsing runs of it.

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
}
