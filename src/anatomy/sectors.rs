//! The sector line a wire appends ("Sektor: Top Story, Daily News",
//! "Secteur : Technologie", "セクター：テクノロジー、AI"), in any language
//! of the locale table: one of [`crate::i18n::Locale::sector_cues`], a
//! colon, and a short list. A line whose items read like a sentence is not
//! a sector line.

use crate::i18n::{cues, LOCALES};
use crate::text::{collapse_spaces, is_space, strip_prefix_ci};
use crate::unicode;

/// Characters that separate sectors in the list.
const SEPARATORS: &[char] = &[',', '，', '、', '،', ';', '；', '|'];

/// Most sectors one line may list.
const MAX_ITEMS: usize = 12;
/// Longest sector, in characters.
const MAX_ITEM_CHARS: usize = 48;
/// Most words in one sector.
const MAX_ITEM_WORDS: usize = 5;

/// The sectors listed by `line`, if it is a sector line.
pub fn parse(line: &str) -> Option<Vec<String>> {
    let line = collapse_spaces(line);
    let line = line.trim_matches(is_space);
    let list = LOCALES
        .iter()
        .flat_map(|l| cues(l.sector_cues))
        .find_map(|cue| after_colon(strip_prefix_ci(line, cue)?))?;
    let mut items: Vec<String> = Vec::new();
    for item in list.split(SEPARATORS) {
        let item = item
            .trim_matches(|c: char| is_space(c) || matches!(c, '.' | '。' | '·'))
            .to_string();
        if item.is_empty() {
            continue;
        }
        let words = item.split(' ').count();
        if item.chars().count() > MAX_ITEM_CHARS || words > MAX_ITEM_WORDS {
            return None;
        }
        if !items.iter().any(|i| unicode::eq_ignore_case(i, &item)) {
            items.push(item);
        }
    }
    (!items.is_empty() && items.len() <= MAX_ITEMS).then_some(items)
}

/// What follows optional spaces and a colon at the start of `rest`.
fn after_colon(rest: &str) -> Option<&str> {
    rest.trim_start_matches(is_space)
        .strip_prefix([':', '：'])
        .map(|r| r.trim_start_matches(is_space))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sector_lines_in_many_languages() {
        for (line, want) in [
            (
                "Sektor: Top Story, Daily News",
                &["Top Story", "Daily News"][..],
            ),
            ("Sectors: Technology, AI", &["Technology", "AI"]),
            ("SECTOR:\u{a0}Energy", &["Energy"]),
            ("Secteur : Technologie, Santé", &["Technologie", "Santé"]),
            (
                "Сектор: Технологии, Экономика",
                &["Технологии", "Экономика"],
            ),
            ("セクター：テクノロジー、AI", &["テクノロジー", "AI"]),
            ("行业：科技，人工智能", &["科技", "人工智能"]),
            ("القطاع: التكنولوجيا، الطاقة", &["التكنولوجيا", "الطاقة"]),
            ("분야: 기술, 금융", &["기술", "금융"]),
            ("ภาคส่วน: เทคโนโลยี, พลังงาน", &["เทคโนโลยี", "พลังงาน"]),
            (
                "Lĩnh vực: Công nghệ, Tài chính.",
                &["Công nghệ", "Tài chính"],
            ),
            ("Branche: Technologie; Energie", &["Technologie", "Energie"]),
            ("Setor: Tecnologia, tecnologia", &["Tecnologia"]),
        ] {
            let got = parse(line).unwrap_or_else(|| panic!("no sectors in {line}"));
            assert_eq!(got, want, "{line}");
        }
    }

    #[test]
    fn sentences_and_other_lines_are_not_sector_lines() {
        for line in [
            "Sector: the energy market grew faster than anyone had expected this year",
            "Sectoral growth: 5%",
            "Sektor pertanian tumbuh pesat",
            "Sektor:",
            "Top Story, Daily News",
        ] {
            assert_eq!(parse(line), None, "{line}");
        }
    }
}
