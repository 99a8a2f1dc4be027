//! The dateline that opens a release's first paragraph: where it was filed,
//! when, and through which wire.
//!
//! Three shapes are recognised, within the first [`WINDOW`] characters:
//! - `(SeaPRwire) – ` — a wire name in parentheses, then a dash, at the
//!   very start or after a place and date (`JAKARTA, 5 Juni 2025
//!   (SeaPRwire) –`);
//! - `NEW YORK, June 5, 2025 /PRNewswire/ -- ` — a wire name between
//!   slashes after the place and date, then a dash, in any language
//!   (`東京, 2025年6月5日 /PRNewswire/ --`, `北京2025年6月5日 /美通社/ --`);
//! - `NEW YORK--(BUSINESS WIRE)--` — a place, dashes, the wire in
//!   parentheses, dashes.
//!
//! A parenthesised name after other words (`Acme Corp (ACME) – …`) is not
//! a dateline unless those words hold a digit (a date) or end in a dash,
//! and a name holding a colon (`(NASDAQ: ACME)`) never is.

use crate::text::is_space;
use crate::unicode;

/// How far into the paragraph the wire marker may sit, in characters.
pub const WINDOW: usize = 160;

/// Longest wire name accepted, in characters.
const MAX_NAME: usize = 40;

/// Characters read as a dash after the wire name.
const DASHES: &[char] = &[
    '-', '\u{2010}', '\u{2011}', '\u{2012}', '\u{2013}', '\u{2014}', '\u{2015}', '\u{2212}',
];

/// Characters that separate the place from the date.
const SEPARATORS: &[char] = &[',', '，', '、', '،'];

/// A dateline: `place, date /wire/ --` or `(wire) –`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline {
    /// The wire's name as written (`SeaPRwire`, `PRNewswire`, `美通社`).
    pub wire: String,
    /// Where the release was filed (`NEW YORK`, `東京`).
    pub place: Option<String>,
    /// The date as written (`June 5, 2025`, `2025年6月5日`).
    pub date: Option<String>,
}

/// The dateline at the start of `text` and the byte length of the prefix
/// it takes up (the dash and the space after it included).
pub fn parse(text: &str) -> Option<(Dateline, usize)> {
    let window_end = text
        .char_indices()
        .nth(WINDOW)
        .map_or(text.len(), |(i, _)| i);
    for (open, c) in text[..window_end].char_indices() {
        let (close_char, slash) = match c {
            '(' => (')', false),
            '（' => ('）', false),
            '/' => ('/', true),
            _ => continue,
        };
        let inner_start = open + c.len_utf8();
        let Some(len) = text[inner_start..]
            .char_indices()
            .take(MAX_NAME + 2)
            .find(|&(_, ch)| ch == close_char)
            .map(|(i, _)| i)
        else {
            continue;
        };
        let name = text[inner_start..inner_start + len].trim_matches(is_space);
        if !valid_name(name) {
            continue;
        }
        let after_close = inner_start + len + close_char.len_utf8();
        let Some(end) = after_dash(text, after_close) else {
            continue;
        };
        let prefix = &text[..open];
        if slash {
            if !prefix.is_empty() && !prefix.ends_with(is_space) {
                continue; // a path or a date written with slashes
            }
        } else {
            let p = prefix.trim_matches(is_space);
            let dated = p.chars().any(unicode::is_digit) || p.ends_with(DASHES);
            if !p.is_empty() && !dated {
                continue;
            }
        }
        let (place, date) = place_and_date(prefix);
        let dateline = Dateline {
            wire: name.to_string(),
            place,
            date,
        };
        return Some((dateline, end));
    }
    None
}

/// A plausible wire name: short, holding a letter, no colon or slash.
fn valid_name(name: &str) -> bool {
    let chars = name.chars().count();
    (2..=MAX_NAME).contains(&chars)
        && name.chars().any(unicode::is_letter)
        && !name.contains([':', '：', '/', '(', ')', '\n'])
}

/// The position after optional spaces, one or more dashes and optional
/// spaces starting at `at`; `None` when no dash is there.
fn after_dash(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    let spaced = rest.trim_start_matches(is_space);
    let dashed = spaced.trim_start_matches(DASHES);
    if dashed.len() == spaced.len() {
        return None;
    }
    let tail = dashed.trim_start_matches(is_space);
    Some(text.len() - tail.len())
}

/// Splits the words before the wire marker into place and date: the date
/// runs from the first piece (between commas) holding a digit; with no
/// comma before that digit, from the digit itself (`北京2025年6月5日`).
fn place_and_date(prefix: &str) -> (Option<String>, Option<String>) {
    let p = prefix
        .trim_matches(is_space)
        .trim_end_matches(DASHES)
        .trim_end_matches(|c: char| is_space(c) || SEPARATORS.contains(&c));
    let clean = |s: &str| {
        let s = s.trim_matches(|c: char| is_space(c) || SEPARATORS.contains(&c));
        (!s.is_empty()).then(|| s.to_string())
    };
    let Some(digit) = p.find(unicode::is_digit) else {
        return (clean(p), None);
    };
    match p[..digit].rfind(SEPARATORS) {
        Some(sep) => (clean(&p[..sep]), clean(&p[sep..])),
        None => (clean(&p[..digit]), clean(&p[digit..])),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, wire: &str, place: Option<&str>, date: Option<&str>, rest: &str) {
        let (d, end) = parse(text).unwrap_or_else(|| panic!("no dateline in {text}"));
        assert_eq!(d.wire, wire, "{text}");
        assert_eq!(d.place.as_deref(), place, "{text}");
        assert_eq!(d.date.as_deref(), date, "{text}");
        assert_eq!(&text[end..], rest, "{text}");
    }

    #[test]
    fn seaprwire_form_with_odd_spaces() {
        check(
            "(SeaPRwire) \u{2013} \u{a0} Delegasi forum",
            "SeaPRwire",
            None,
            None,
            "Delegasi forum",
        );
        check(
            "JAKARTA, 5 Juni 2025 (SeaPRwire) - Perusahaan",
            "SeaPRwire",
            Some("JAKARTA"),
            Some("5 Juni 2025"),
            "Perusahaan",
        );
    }

    #[test]
    fn prnewswire_form_in_several_languages() {
        check(
            "NEW YORK, June 5, 2025 /PRNewswire/ -- Acme today",
            "PRNewswire",
            Some("NEW YORK"),
            Some("June 5, 2025"),
            "Acme today",
        );
        check(
            "東京, 2025年6月5日 /PRNewswire/ -- 株式会社",
            "PRNewswire",
            Some("東京"),
            Some("2025年6月5日"),
            "株式会社",
        );
        check(
            "北京2025年6月5日 /美通社/ -- 今天",
            "美通社",
            Some("北京"),
            Some("2025年6月5日"),
            "今天",
        );
        check(
            "دبي، الإمارات العربية المتحدة، 5 يونيو 2025 /PRNewswire/ -- أعلنت",
            "PRNewswire",
            Some("دبي، الإمارات العربية المتحدة"),
            Some("5 يونيو 2025"),
            "أعلنت",
        );
        check(
            "МОСКВА, 5 июня 2025 г. /PRNewswire/ — Компания",
            "PRNewswire",
            Some("МОСКВА"),
            Some("5 июня 2025 г."),
            "Компания",
        );
        check(
            "SHANGHAI, China, 2025/06/05 /PRNewswire-AsiaNet/ --Acme",
            "PRNewswire-AsiaNet",
            Some("SHANGHAI, China"),
            Some("2025/06/05"),
            "Acme",
        );
    }

    #[test]
    fn business_wire_form() {
        check(
            "NEW YORK--(BUSINESS WIRE)--Acme Corp.",
            "BUSINESS WIRE",
            Some("NEW YORK"),
            None,
            "Acme Corp.",
        );
    }

    #[test]
    fn not_datelines() {
        for text in [
            "Acme Corp (NASDAQ: ACME) – today announced",
            "Acme Corp (ACME) – today announced",
            "Delegasi forum teknologi (RT) membahas",
            "See https://example.com/path/ -- here",
            "The ratio (roughly) held",
            "",
            "(",
            "/x",
        ] {
            assert_eq!(parse(text), None, "{text}");
        }
    }
}
