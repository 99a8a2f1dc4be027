//! Searching bytes: the tokenizers (the feed's XML reader, the sanitizer's
//! defanging and title-text readers) scan for ASCII delimiters in UTF-8.

/// The index of the first `needle` in `hay` at or after `from`; `None`
/// when there is none (or `needle` is empty).
pub fn find_bytes(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    let first = *needle.first()?;
    let mut i = from;
    loop {
        let j = hay.get(i..)?.iter().position(|&c| c == first)?;
        let at = i + j;
        if hay.get(at..at + needle.len())? == needle {
            return Some(at);
        }
        i = at + 1;
    }
}

/// The index just past the first `c` in `hay` at or after `from` (the
/// end of `hay` when there is none).
pub fn past_byte(hay: &[u8], c: u8, from: usize) -> usize {
    find_bytes(hay, &[c], from).map_or(hay.len(), |p| p + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_from_an_offset() {
        let hay = b"a]]b]]>c]]>";
        assert_eq!(find_bytes(hay, b"]]>", 0), Some(4));
        assert_eq!(find_bytes(hay, b"]]>", 5), Some(8));
        assert_eq!(find_bytes(hay, b"]]>", 9), None);
        assert_eq!(find_bytes(hay, b"x", 0), None);
        assert_eq!(find_bytes(hay, b"", 0), None);
        assert_eq!(find_bytes(hay, b"a", 99), None);
        // A needle running past the end is no match.
        assert_eq!(find_bytes(b"a]]", b"]]>", 0), None);
        assert_eq!(past_byte(b"<a>b>", b'>', 0), 3);
        assert_eq!(past_byte(b"<a>b>", b'>', 3), 5);
        assert_eq!(past_byte(b"<ab", b'>', 0), 3);
    }
}
