//! A small, conservative CSS minifier for `src/web/styles.css`, run by
//! `build.rs` at build time (the source stays readable; the wasm carries
//! the minified text). It only removes comments and whitespace that CSS
//! does not need; strings are copied verbatim. Spaces around `+`, `-`,
//! `*`, `/` and before `:` or `(` stay (`calc()` and descendant
//! combinators need them). `tests/css_min.rs` checks it natively and
//! `tests/page/styles.test.mjs` checks, in Chromium, that the minified
//! sheet parses to the same rules as the source.

/// `css` without comments and needless whitespace.
pub fn minify(css: &str) -> String {
    // Characters next to which whitespace never matters.
    fn tight(c: u8) -> bool {
        matches!(c, b'{' | b'}' | b';' | b',' | b'>')
    }
    let bytes = css.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(css.len());
    let mut i = 0;
    // A run of whitespace or comments was skipped and not yet written.
    let mut pending_space = false;
    while i < bytes.len() {
        let c = bytes[i];
        if c == b'/' && bytes.get(i + 1) == Some(&b'*') {
            let end = css[i + 2..]
                .find("*/")
                .map_or(bytes.len(), |e| i + 2 + e + 2);
            i = end;
            pending_space = true;
            continue;
        }
        if c.is_ascii_whitespace() {
            pending_space = true;
            i += 1;
            continue;
        }
        if pending_space {
            pending_space = false;
            let after_tight = out
                .last()
                .is_none_or(|&p| tight(p) || p == b':' || p == b'(');
            let before_tight = tight(c) || c == b')' || c == b'!';
            if !after_tight && !before_tight {
                out.push(b' ');
            }
        }
        if c == b'}' && out.last() == Some(&b';') {
            out.pop();
        }
        if c == b'"' || c == b'\'' {
            // A string: copied as is up to its unescaped closing quote.
            let start = i;
            i += 1;
            while i < bytes.len() && bytes[i] != c {
                i += if bytes[i] == b'\\' { 2 } else { 1 };
            }
            i = (i + 1).min(bytes.len());
            out.extend_from_slice(&bytes[start..i]);
            continue;
        }
        out.push(c);
        i += 1;
    }
    // Only ASCII bytes were removed or added, so this cannot fail.
    String::from_utf8(out).unwrap_or_else(|_| css.to_string())
}
