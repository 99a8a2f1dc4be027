//! The distributor's "about" text at the end of a release. Its first block
//! is one of:
//! - an "about" heading in any language of the locale table ("About
//!   SeaPRwire", "Tentang Acme", "关于美通社", "Acme について": see
//!   [`crate::i18n::Locale::about_cues`]) after the lede;
//! - a block opening with a distributor's name (the dateline's wire, the
//!   disclaimer's provider, names the caller knows), directly or after one
//!   short word ("A SeaPRwire oferece", "توفر SeaPRwire"), that comes
//!   after the disclaimer or sector line ("SeaPRwire menyediakan …");
//! - the trailing run of blocks opening with such a name.
//!
//! and it runs to the end of the body. The caller decides which of these
//! comes first; this file answers the two questions about one block.

use crate::i18n::{cues, LOCALES};
use crate::text::{fold_chars, is_space};
use crate::unicode;

/// Longest "about" heading, in characters.
const MAX_HEADING: usize = 80;

/// Whether `text` (a block's text) opens with an "about" heading: its first
/// line, up to a colon, matches a cue with a name that does not start with
/// a digit or a lower-case letter, and is not a question or exclamation.
pub fn is_about(text: &str) -> bool {
    let line = text.split('\n').next().unwrap_or("");
    let line = match line.find([':', '：']) {
        Some(i) if line[..i].chars().count() <= MAX_HEADING => &line[..i],
        _ => line,
    };
    let line = line.trim_matches(is_space);
    if line.chars().count() > MAX_HEADING || line.ends_with(['!', '?', '！', '？']) {
        return false;
    }
    let squashed: Vec<(char, char)> = squash(line);
    LOCALES.iter().flat_map(|l| cues(l.about_cues)).any(|cue| {
        let Some((pre, post)) = cue.split_once("{}") else {
            return false;
        };
        let (pre, post) = (squash(pre), squash(post));
        if squashed.len() <= pre.len() + post.len() {
            return false;
        }
        let same = |a: &[(char, char)], b: &[(char, char)]| {
            a.iter().map(|x| x.0).eq(b.iter().map(|x| x.0))
        };
        let name = &squashed[pre.len()..squashed.len() - post.len()];
        same(&squashed[..pre.len()], &pre)
            && same(&squashed[squashed.len() - post.len()..], &post)
            && name
                .first()
                .is_some_and(|&(_, c)| !unicode::is_digit(c) && !unicode::is_lower(c))
    })
}

/// `s` without white space, each character as (lower-case, as written).
fn squash(s: &str) -> Vec<(char, char)> {
    s.chars()
        .filter(|c| !is_space(*c))
        .map(|c| (unicode::lower(c), c))
        .collect()
}

/// Longest first word (an article, a verb-first sentence's verb) allowed
/// before the name: "A SeaPRwire oferece", "توفر SeaPRwire".
const MAX_LEADING_WORD: usize = 4;

/// Whether `text` opens with one of `names` (each already folded, see
/// [`crate::text::fold`]), compared folded, directly or after one short
/// word.
pub fn opens_with_name(text: &str, names: &[Vec<char>]) -> bool {
    let head: String = text.chars().take(200).collect();
    let starts = |s: &str| {
        let folded = fold_chars(s);
        names.iter().any(|n| folded.starts_with(n))
    };
    if starts(&head) {
        return true;
    }
    match head.split_once(is_space) {
        Some((first, rest)) if first.chars().count() <= MAX_LEADING_WORD => starts(rest),
        _ => false,
    }
}

/// The folded form of a distributor name, if long enough to recognise
/// (three letters or more).
pub fn folded_name(name: &str) -> Option<Vec<char>> {
    let f = fold_chars(name);
    (f.len() >= 3).then_some(f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn about_headings_in_many_languages() {
        for text in [
            "About SeaPRwire",
            "ABOUT ACME CORP.:",
            "About Acme: Acme makes widgets for everyone.",
            "Tentang SeaPRwire",
            "Über die Acme GmbH",
            "À propos de Acme",
            "À propos d’Acme",
            "Acerca de Acme",
            "Sobre a Acme",
            "О компании «Ромашка»",
            "关于美通社",
            "關於美通社",
            "SeaPRwireについて",
            "SeaPRwire 소개",
            "نبذة عن SeaPRwire",
            "เกี่ยวกับ SeaPRwire",
            "Giới thiệu về SeaPRwire",
            "Mengenai SeaPRwire\nSeaPRwire menyediakan …",
        ] {
            assert!(is_about(text), "{text}");
        }
    }

    #[test]
    fn sentences_are_not_about_headings() {
        for text in [
            "About 200 delegates attended.",
            "About half of them",
            "About",
            "Об этом сообщили в компании.",
            "Tentang hal ini, kata Zhou, masih banyak peluang yang terbuka bagi kedua negara dalam waktu dekat",
            "Sobre el acuerdo",
        ] {
            assert!(!is_about(text), "{text}");
        }
    }

    #[test]
    fn names_compare_folded() {
        let names = vec![
            folded_name("PR Newswire").unwrap(),
            folded_name("SeaPRwire").unwrap(),
        ];
        assert!(opens_with_name("SeaPRwire menyediakan distribusi", &names));
        assert!(opens_with_name("PRNewswire is a leading", &names));
        assert!(opens_with_name("A SeaPRwire oferece distribuição", &names));
        assert!(opens_with_name("توفر SeaPRwire خدمة توزيع", &names));
        assert!(!opens_with_name("Yesterday SeaPRwire said", &names));
        assert!(!opens_with_name("Rusia dan Global South", &names));
        assert_eq!(folded_name("AB"), None);
    }
}
