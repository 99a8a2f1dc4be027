//! Which language a card speaks: tag clean-up and the order of sources.

use super::script;

/// Whether `tag` is a plausible BCP 47 language tag: 2 to 35 characters,
/// subtags separated by `-`, the first 2 or 3 ASCII letters, each later
/// one 1 to 8 ASCII letters or digits (`en`, `pt-BR`, `zh-Hant-TW`,
/// `es-419`). The one rule for every tag the crate accepts: the `lang`
/// option, `lang` attributes in feed HTML, and (through [`canonical_tag`])
/// the languages feeds and pages declare.
pub fn is_language_tag(tag: &str) -> bool {
    tag.len() <= 35
        && tag.split('-').enumerate().all(|(i, sub)| {
            if i == 0 {
                (2..=3).contains(&sub.len()) && sub.bytes().all(|c| c.is_ascii_alphabetic())
            } else {
                (1..=8).contains(&sub.len()) && sub.bytes().all(|c| c.is_ascii_alphanumeric())
            }
        })
}

/// A declared language as a tag in its canonical case (`en-US`,
/// `zh-Hant-TW`): trimmed, `_` read as `-` (feeds write `en_US`), then
/// checked by [`is_language_tag`]; `None` for anything else (so a feed's
/// `English` or `*` never reaches `Intl.DateTimeFormat`, which would throw
/// on it).
pub fn canonical_tag(raw: &str) -> Option<String> {
    let tag = raw.trim().replace('_', "-");
    if !is_language_tag(&tag) {
        return None;
    }
    let mut out = String::with_capacity(tag.len());
    for (i, sub) in tag.split('-').enumerate() {
        if i > 0 {
            out.push('-');
        }
        let alpha = sub.bytes().all(|c| c.is_ascii_alphabetic());
        match sub.len() {
            4 if i > 0 && alpha => {
                out.push_str(&sub[..1].to_ascii_uppercase());
                out.push_str(&sub[1..].to_ascii_lowercase());
            }
            2 if i > 0 && alpha => out.push_str(&sub.to_ascii_uppercase()),
            _ => out.push_str(&sub.to_ascii_lowercase()),
        }
    }
    Some(out)
}

/// The declared languages, strongest first.
#[derive(Debug, Clone, Copy, Default)]
pub struct Declared<'a> {
    /// The `lang` option.
    pub option: Option<&'a str>,
    /// The release's own language.
    pub release: Option<&'a str>,
    /// The feed's language.
    pub feed: Option<&'a str>,
    /// The language the release's own text shows (the locale its
    /// disclaimer matched): evidence, not a declaration, so it is used
    /// only when it fits the text's script.
    pub evident: Option<&'a str>,
    /// The host page's `lang`.
    pub page: Option<&'a str>,
}

/// The card's language: the `lang` option, else the release's, else the
/// feed's (the first of them that is a plausible tag). When none of those
/// is declared: the language the release evidently is in (its disclaimer's)
/// if the text's script fits it; else the page's language if the script
/// fits it (a page in English embedding an undeclared Arabic release gets
/// `ar`, not `en`); else the language the script implies
/// ([`script::detect_script`]); else the page's; else `en`. `text` is
/// only called when the script is needed.
pub fn resolve(declared: Declared<'_>, text: impl FnOnce() -> String) -> String {
    let first = [declared.option, declared.release, declared.feed]
        .into_iter()
        .flatten()
        .find_map(canonical_tag);
    if let Some(tag) = first {
        return tag;
    }
    let text = text();
    let script = script::dominant_script(&text);
    let fits = |tag: &str| script.is_none_or(|s| script::fits(tag, s));
    if let Some(evident) = declared.evident.and_then(canonical_tag).filter(|t| fits(t)) {
        return evident;
    }
    let page = declared.page.and_then(canonical_tag);
    match page {
        Some(page) if fits(&page) => page,
        page => script::detect_script(&text)
            .map(str::to_string)
            .or(page)
            .unwrap_or_else(|| "en".to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_cleaned_or_refused() {
        assert_eq!(canonical_tag("en_us").as_deref(), Some("en-US"));
        assert_eq!(canonical_tag(" zh-hant-tw ").as_deref(), Some("zh-Hant-TW"));
        assert_eq!(canonical_tag("ID").as_deref(), Some("id"));
        assert_eq!(canonical_tag("es-419").as_deref(), Some("es-419"));
        for bad in [
            "",
            "English",
            "*",
            "e",
            "en--US",
            "en-US!",
            "ar-thisistoolong",
        ] {
            assert_eq!(canonical_tag(bad), None, "{bad}");
        }
    }

    #[test]
    fn one_rule_for_every_tag() {
        for good in ["en", "pt-BR", "zh-Hant-TW", "es-419", "fil", "de-CH-1996"] {
            assert!(is_language_tag(good), "{good}");
        }
        // Attribute values and option values are taken as written: the
        // `_` that feeds' declarations may use is not a separator here.
        for bad in [
            "",
            "e",
            "english",
            "en_US",
            "en-",
            "-en",
            "en--US",
            "en US",
            "en-US!",
            "1a",
            "x-private",
            "en-abcdefghi",
        ] {
            assert!(!is_language_tag(bad), "{bad}");
        }
        assert!(!is_language_tag(&format!("en{}", "-abc".repeat(9))));
    }

    #[test]
    fn declared_order() {
        let none = || String::from("unused");
        let d = Declared {
            option: Some("fr"),
            release: Some("de"),
            feed: Some("es"),
            evident: Some("id"),
            page: Some("pt"),
        };
        assert_eq!(resolve(d, none), "fr");
        let d = Declared {
            option: None,
            release: Some("bogus tag"),
            ..d
        };
        assert_eq!(resolve(d, none), "es");
    }

    #[test]
    fn page_then_script_then_english() {
        let page = |p: Option<&'static str>| Declared {
            page: p,
            ..Declared::default()
        };
        let arabic = || "أعلنت الشركة اليوم عن منصة جديدة".to_string();
        let english = || "The company announced a new platform".to_string();
        assert_eq!(resolve(page(Some("en")), arabic), "ar");
        assert_eq!(resolve(page(Some("ar-EG")), arabic), "ar-EG");
        assert_eq!(resolve(page(Some("de")), english), "de");
        assert_eq!(resolve(page(None), arabic), "ar");
        assert_eq!(resolve(page(None), english), "en");
        // Latin text on an Arabic page: the script cannot name a language,
        // so the page's stays.
        assert_eq!(resolve(page(Some("ar")), english), "ar");
    }

    #[test]
    fn evident_language_before_the_page_when_the_script_fits() {
        let indonesian = || "Delegasi forum teknologi telah membahas".to_string();
        let d = Declared {
            evident: Some("id"),
            page: Some("en"),
            ..Declared::default()
        };
        assert_eq!(resolve(d, indonesian), "id");
        let d = Declared {
            feed: Some("ms"),
            ..d
        };
        assert_eq!(resolve(d, indonesian), "ms");
        // An Indonesian disclaimer under an Arabic release does not make
        // the card Indonesian.
        let arabic = || "أعلنت الشركة اليوم عن منصة جديدة".to_string();
        let d = Declared {
            evident: Some("id"),
            ..Declared::default()
        };
        assert_eq!(resolve(d, arabic), "ar");
    }
}
