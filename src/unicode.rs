//! Just enough Unicode for tolerant text matching, as small functions
//! instead of the standard library's tables.
//!
//! `char::to_lowercase` and `char::is_alphanumeric` each pull several KB of
//! Unicode tables into the wasm, paid on every page view. The anatomy
//! passes only need case-insensitive comparison for the scripts the locale
//! table uses (Latin incl. Vietnamese, Greek, Cyrillic, Armenian, fullwidth
//! forms; the other scripts have no case) and a letter/digit test that
//! tells prose from punctuation, symbols and emoji. Both sides of every
//! comparison go through the same functions, so consistency matters more
//! than the last corner of the Unicode database.

/// Code point ranges that are neither letters nor digits, beyond ASCII:
/// punctuation, symbols, combining marks, spaces, emoji, private use.
const NOT_LETTERS: &[(u32, u32)] = &[
    (0x80, 0xBF),
    (0xD7, 0xD7),
    (0xF7, 0xF7),
    (0x300, 0x36F),
    (0x37E, 0x37E),
    (0x387, 0x387),
    (0x55A, 0x55F),
    (0x589, 0x58A),
    (0x5BE, 0x5C7),
    (0x5F3, 0x5F4),
    (0x600, 0x61F),
    (0x640, 0x640),
    (0x64B, 0x65F),
    (0x66A, 0x66D),
    (0x6D4, 0x6D4),
    (0x964, 0x965),
    (0xE3F, 0xE3F),
    (0xE47, 0xE4F),
    (0xE5A, 0xE5B),
    (0x2000, 0x2BFF),
    (0x2E00, 0x2E7F),
    (0x3000, 0x3004),
    (0x3008, 0x3020),
    (0x3030, 0x3030),
    (0x303D, 0x303F),
    (0x30FB, 0x30FB),
    (0xD800, 0xF8FF),
    (0xFE00, 0xFE6F),
    (0xFEFF, 0xFF0F),
    (0xFF1A, 0xFF20),
    (0xFF3B, 0xFF40),
    (0xFF5B, 0xFF65),
    (0xFFE0, 0xFFFF),
    (0x1F000, 0x1FBFF),
    (0xE0000, 0x10FFFF),
];

/// Decimal digit ranges beyond ASCII: Arabic-Indic, Extended Arabic-Indic,
/// Devanagari, Thai, fullwidth.
const DIGITS: &[(u32, u32)] = &[
    (0x660, 0x669),
    (0x6F0, 0x6F9),
    (0x966, 0x96F),
    (0xE50, 0xE59),
    (0xFF10, 0xFF19),
];

fn within(table: &[(u32, u32)], c: char) -> bool {
    let u = c as u32;
    table.iter().any(|&(lo, hi)| (lo..=hi).contains(&u))
}

/// Whether `c` is a decimal digit (ASCII or one of [`DIGITS`]).
pub fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && within(DIGITS, c))
}

/// Whether `c` is a letter: ASCII letters, and any other character that is
/// not a digit and not in [`NOT_LETTERS`].
pub fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    !within(NOT_LETTERS, c) && !within(DIGITS, c) && !c.is_whitespace()
}

/// Whether `c` is a letter or a digit.
pub fn is_alnum(c: char) -> bool {
    is_letter(c) || is_digit(c)
}

/// The lower-case form of `c` (one character to one) for Latin (Basic,
/// Latin-1, Extended-A, Vietnamese's Ơ/Ư, Extended Additional), Greek,
/// Cyrillic, Armenian and fullwidth Latin; anything else unchanged.
pub fn lower(c: char) -> char {
    let u = c as u32;
    let l = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB => u + 32,
        0x410..=0x42F | 0xFF21..=0xFF3A => u + 32,
        0x400..=0x40F => u + 80,
        0x531..=0x556 => u + 48,
        0x178 => 0xFF,
        0x1E9E => 0xDF,
        0x1A0 | 0x1AF => u + 1,
        _ if paired(u) && u % 2 == 0 => u + 1,
        _ if odd_paired(u) && u % 2 == 1 => u + 1,
        _ => u,
    };
    char::from_u32(l).unwrap_or(c)
}

/// Whether `c` is a lower-case letter of a cased script (see [`lower`]).
pub fn is_lower(c: char) -> bool {
    let u = c as u32;
    match u {
        0x61..=0x7A | 0xDF..=0xF6 | 0xF8..=0xFF | 0x3AC..=0x3CE | 0x430..=0x45F => true,
        0x561..=0x587 | 0xFF41..=0xFF5A | 0x1A1 | 0x1B0 | 0x17F => true,
        _ if paired(u) => u % 2 == 1,
        _ if odd_paired(u) => u % 2 == 0,
        _ => false,
    }
}

/// Blocks where an even code point is upper case and the next one its
/// lower case.
fn paired(u: u32) -> bool {
    matches!(u, 0x100..=0x137 | 0x14A..=0x177 | 0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F | 0x1E00..=0x1E95 | 0x1EA0..=0x1EFF)
}

/// Blocks where an odd code point is upper case and the next one its lower
/// case.
fn odd_paired(u: u32) -> bool {
    matches!(u, 0x139..=0x148 | 0x179..=0x17E)
}

/// `s` with every character through [`lower`].
pub fn lower_str(s: &str) -> String {
    s.chars().map(lower).collect()
}

/// Whether `a` and `b` are equal ignoring case (see [`lower`]).
pub fn eq_ignore_case(a: &str, b: &str) -> bool {
    a.chars().map(lower).eq(b.chars().map(lower))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_agrees_with_std_where_it_claims_to() {
        let ranges = [
            0x41..=0x5Au32,
            0xC0..=0x17F,
            0x391..=0x3CE,
            0x400..=0x45F,
            0x1E00..=0x1E95,
            0x1EA0..=0x1EFF,
            0x531..=0x587,
        ];
        for u in ranges.into_iter().flatten() {
            let Some(c) = char::from_u32(u) else { continue };
            let mut std = c.to_lowercase();
            let (Some(first), None) = (std.next(), std.next()) else {
                continue;
            };
            if u == 0x130 || u == 0x3A2 {
                continue; // İ lower-cases to two characters; U+03A2 is unassigned
            }
            assert_eq!(lower(c), first, "U+{u:04X} {c}");
            // Lower-case letters without an upper-case partner (ĸ, ŉ, ſ…)
            // are not told apart from caseless ones, which is all
            // `is_lower`'s callers need.
            let mut upper = c.to_uppercase();
            let has_partner = matches!((upper.next(), upper.next()), (Some(u), None) if u != c);
            if has_partner || c.is_uppercase() {
                assert_eq!(is_lower(c), c.is_lowercase(), "U+{u:04X} {c}");
            }
        }
    }

    #[test]
    fn letters_digits_and_the_rest() {
        for c in "aZéßĐơưяЖαשعกあ漢한".chars() {
            assert!(is_letter(c), "{c}");
        }
        for c in "09٣๕５".chars() {
            assert!(is_digit(c) && is_alnum(c) && !is_letter(c), "{c}");
        }
        for c in "“`’–—…、。，：؛؟«»\u{a0}\u{3000}🎉•€".chars() {
            assert!(!is_alnum(c), "{c:?}");
        }
    }

    #[test]
    fn case_insensitive_equality() {
        assert!(eq_ignore_case("SEKTOR", "sektor"));
        assert!(eq_ignore_case("СЕКТОР", "сектор"));
        assert!(eq_ignore_case("LĨNH VỰC", "lĩnh vực"));
        assert!(!eq_ignore_case("Sector", "Sectors"));
    }
}
