//! Languages: which one a card speaks, which way it runs, and the words of
//! its chrome (disclaimer, labels), all held as data in [`locales`].

mod locales;

pub use locales::{Locale, LOCALES};

/// The locale for a BCP 47 tag: an exact match of the whole tag
/// (`zh-Hant`), then of its primary subtag (`pt-BR` → `pt`); English for
/// anything unknown.
pub fn locale(tag: &str) -> &'static Locale {
    let tag = tag.trim();
    let primary = tag.split(['-', '_']).next().unwrap_or("");
    LOCALES
        .iter()
        .find(|l| l.tag.eq_ignore_ascii_case(tag))
        .or_else(|| LOCALES.iter().find(|l| l.tag.eq_ignore_ascii_case(primary)))
        .unwrap_or(&LOCALES[0])
}

/// Languages written right to left (primary subtags).
pub const RTL: &[&str] = &["ar", "he", "fa", "ur", "yi", "ps", "sd", "ug", "dv", "ckb"];

/// Whether text in language `tag` runs right to left.
pub fn is_rtl(tag: &str) -> bool {
    let primary = tag.split(['-', '_']).next().unwrap_or("");
    RTL.iter().any(|r| r.eq_ignore_ascii_case(primary))
}

/// The disclaimer in `locale`'s language naming `provider`.
pub fn disclaimer(locale: &Locale, provider: &str) -> String {
    locale.disclaimer.replace("{provider}", provider)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_by_tag_then_primary_then_english() {
        assert_eq!(locale("id").tag, "id");
        assert_eq!(locale("id-ID").tag, "id");
        assert_eq!(locale("EN-gb").tag, "en");
        assert_eq!(locale("xx").tag, "en");
        assert_eq!(locale("").tag, "en");
    }

    #[test]
    fn indonesian_disclaimer_is_the_wire_text() {
        assert_eq!(
            disclaimer(locale("id"), "SeaPRwire"),
            "Artikel ini disediakan oleh penyedia konten pihak ketiga. SeaPRwire tidak memberikan jaminan atau pernyataan sehubungan dengan hal tersebut."
        );
    }

    #[test]
    fn direction() {
        assert!(is_rtl("ar"));
        assert!(is_rtl("ar-EG"));
        assert!(!is_rtl("en"));
    }
}
