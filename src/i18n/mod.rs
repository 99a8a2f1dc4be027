//! Languages: which one a card speaks ([`resolve`]), which way it runs
//! ([`is_rtl`]), how a text's script hints at it ([`detect_script`]), and
//! the words of its chrome (disclaimer, labels) and the cue words anatomy
//! looks for, all held as data in [`LOCALES`], and how it writes a date
//! ([`long_date`], from a table generated from `Intl`).

#[rustfmt::skip]
mod dates;
mod lang;
mod locales;
mod long_date;
mod script;

use crate::text::Words;
pub use lang::{canonical_tag, is_language_tag, resolve, Declared};
pub use locales::{cues, Locale, LOCALES};
pub use long_date::long_date;
pub use script::{detect_script, dominant_script, fits, script_of_language, Script, SAMPLE_CHARS};

/// Tags that name a row of [`LOCALES`] under another name (compared
/// lower-case, after the whole tag and before its shorter prefixes).
const ALIASES: &[(&str, &str)] = &[
    ("zh", "zh-Hans"),
    ("zh-cn", "zh-Hans"),
    ("zh-sg", "zh-Hans"),
    ("zh-my", "zh-Hans"),
    ("zh-tw", "zh-Hant"),
    ("zh-hk", "zh-Hant"),
    ("zh-mo", "zh-Hant"),
    ("in", "id"),
    ("zsm", "ms"),
];

/// The locale for a BCP 47 tag: the whole tag, then ever shorter prefixes
/// of it (`zh-Hant-TW` → `zh-Hant`, `pt-BR` → `pt`), each looked up in
/// [`LOCALES`] and then in the aliases (`zh-TW` → `zh-Hant`, `zh-CN` and
/// `zh` → `zh-Hans`); English for anything unknown.
pub fn locale(tag: &str) -> &'static Locale {
    let tag = tag.trim().replace('_', "-");
    let mut key = tag.as_str();
    while !key.is_empty() {
        if let Some(l) = LOCALES.iter().find(|l| l.tag.eq_ignore_ascii_case(key)) {
            return l;
        }
        if let Some((_, to)) = ALIASES.iter().find(|(a, _)| a.eq_ignore_ascii_case(key)) {
            return locale(to);
        }
        key = key.rfind('-').map_or("", |i| &key[..i]);
    }
    &LOCALES[0]
}

/// Languages written right to left (primary subtags).
pub const RTL: Words = Words::spaced("ar he iw fa ur yi ps sd ug dv ckb");

/// Script subtags written right to left.
const RTL_SCRIPTS: Words = Words::spaced("Arab Hebr Thaa Syrc Nkoo Adlm Rohg");

/// Whether text in language `tag` runs right to left: by its script
/// subtag when it has one (`az-Arab` is, `ku-Latn` is not), else by its
/// primary subtag.
pub fn is_rtl(tag: &str) -> bool {
    let mut subtags = tag.split(['-', '_']);
    let primary = subtags.next().unwrap_or("");
    if let Some(script) =
        subtags.find(|s| s.len() == 4 && s.chars().all(|c| c.is_ascii_alphabetic()))
    {
        return RTL_SCRIPTS.contains_ignore_ascii_case(script);
    }
    RTL.contains_ignore_ascii_case(primary)
}

/// The disclaimer in `locale`'s language naming `provider`.
pub fn disclaimer(locale: &Locale, provider: &str) -> String {
    locale.disclaimer.replace("{provider}", provider)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_by_tag_then_prefix_then_alias_then_english() {
        assert_eq!(locale("id").tag, "id");
        assert_eq!(locale("id-ID").tag, "id");
        assert_eq!(locale("EN-gb").tag, "en");
        assert_eq!(locale("pt_BR").tag, "pt");
        assert_eq!(locale("xx").tag, "en");
        assert_eq!(locale("").tag, "en");
        for t in ["zh", "zh-CN", "zh-SG", "zh-Hans", "zh-Hans-CN", "ZH-hans"] {
            assert_eq!(locale(t).tag, "zh-Hans", "{t}");
        }
        for t in ["zh-TW", "zh-HK", "zh-MO", "zh-Hant", "zh-Hant-TW"] {
            assert_eq!(locale(t).tag, "zh-Hant", "{t}");
        }
    }

    #[test]
    fn fifteen_languages_each_complete() {
        let tags: Vec<&str> = LOCALES.iter().map(|l| l.tag).collect();
        assert_eq!(
            tags,
            [
                "en", "ko", "ja", "ar", "zh-Hans", "zh-Hant", "vi", "th", "id", "ms", "de", "ru",
                "fr", "es", "pt"
            ]
        );
        for l in LOCALES {
            assert_eq!(l.disclaimer.matches("{provider}").count(), 1, "{}", l.tag);
            assert!(
                !l.read_more.is_empty() && !l.sectors.is_empty(),
                "{}",
                l.tag
            );
            assert!(!l.published.is_empty() && !l.press_release.is_empty());
            assert!(!l.distributor.is_empty() && !l.sector_cues.is_empty());
            assert!(cues(l.about_cues).all(|c| c.matches("{}").count() == 1));
            assert_eq!(locale(l.tag).tag, l.tag);
        }
    }

    #[test]
    fn indonesian_disclaimer_is_the_wire_text() {
        assert_eq!(
            disclaimer(locale("id"), "SeaPRwire"),
            "Artikel ini disediakan oleh penyedia konten pihak ketiga. SeaPRwire tidak memberikan jaminan atau pernyataan sehubungan dengan hal tersebut."
        );
    }

    #[test]
    fn english_disclaimer_is_the_published_text() {
        assert_eq!(
            disclaimer(locale("en"), "SeaPRwire"),
            "This article is provided by a third-party content provider. SeaPRwire makes no warranties or representations in connection with it."
        );
    }

    #[test]
    fn direction() {
        assert!(is_rtl("ar"));
        assert!(is_rtl("ar-EG"));
        assert!(is_rtl("he"));
        assert!(is_rtl("az-Arab"));
        assert!(!is_rtl("ku-Latn"));
        assert!(!is_rtl("en"));
        assert!(!is_rtl("zh-Hant-TW"));
    }
}
