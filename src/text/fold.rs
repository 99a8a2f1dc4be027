//! Letters and digits: the folded form of text used for tolerant
//! comparison, and a case-insensitive prefix.

use crate::unicode;

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
    fn fold_keeps_letters_and_digits_and_their_places() {
        let f = fold("Ёж (SeaPRwire) – 6.500");
        let s: String = f.iter().map(|x| x.c).collect();
        assert_eq!(s, "ежseaprwire6500");
        assert_eq!(f[2].at, (6, 7));
        assert_eq!(fold_chars("إقرارات"), fold_chars("اقرارات"));
    }

    #[test]
    fn case_insensitive_prefix() {
        assert_eq!(strip_prefix_ci("SEKTOR: A", "Sektor"), Some(": A"));
        assert_eq!(strip_prefix_ci("Сектор: A", "сектор"), Some(": A"));
        assert_eq!(strip_prefix_ci("Sek", "Sektor"), None);
    }
}
