//! Which writing system a text is in, and the language that implies when a
//! release declares none.
//!
//! Letters are counted by Unicode block over the first
//! [`SAMPLE_CHARS`] characters. A non-Latin script wins when it has at
//! least a fifth as many letters as Latin (brand names and figures in Latin
//! are common in every wire's releases); Han and Kana count together, and
//! the text is Japanese when a tenth of them are Kana.

use crate::unicode;

/// How many characters of a text are looked at.
pub const SAMPLE_CHARS: usize = 4000;

/// A writing system, as far as the card needs to tell them apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    /// Latin letters (with every diacritic block).
    Latin,
    /// Cyrillic.
    Cyrillic,
    /// Arabic (right to left).
    Arabic,
    /// Hebrew (right to left).
    Hebrew,
    /// Thai.
    Thai,
    /// Hangul (Korean).
    Hangul,
    /// Han ideographs with enough Hiragana / Katakana to be Japanese.
    Kana,
    /// Han ideographs (Chinese).
    Han,
}

const ORDER: [Script; 8] = [
    Script::Latin,
    Script::Cyrillic,
    Script::Arabic,
    Script::Hebrew,
    Script::Thai,
    Script::Hangul,
    Script::Kana,
    Script::Han,
];

/// Unicode ranges of each script (letters only are counted).
const RANGES: &[(u32, u32, Script)] = &[
    (0x0041, 0x024F, Script::Latin),
    (0x1E00, 0x1EFF, Script::Latin),
    (0x0400, 0x052F, Script::Cyrillic),
    (0x0590, 0x05FF, Script::Hebrew),
    (0xFB1D, 0xFB4F, Script::Hebrew),
    (0x0600, 0x06FF, Script::Arabic),
    (0x0750, 0x077F, Script::Arabic),
    (0x08A0, 0x08FF, Script::Arabic),
    (0xFB50, 0xFDFF, Script::Arabic),
    (0xFE70, 0xFEFF, Script::Arabic),
    (0x0E00, 0x0E7F, Script::Thai),
    (0x1100, 0x11FF, Script::Hangul),
    (0x3130, 0x318F, Script::Hangul),
    (0xAC00, 0xD7AF, Script::Hangul),
    (0x3040, 0x30FF, Script::Kana),
    (0x31F0, 0x31FF, Script::Kana),
    (0xFF66, 0xFF9F, Script::Kana),
    (0x3400, 0x4DBF, Script::Han),
    (0x4E00, 0x9FFF, Script::Han),
    (0xF900, 0xFAFF, Script::Han),
    (0x20000, 0x2FA1F, Script::Han),
];

/// Characters only Simplified Chinese writes, and their Traditional forms
/// at the same positions in [`TRADITIONAL`].
const SIMPLIFIED: &str = "们这个为发国会说时来对业与经产学东动长开关电务区见现实进过还应该让从总门问间书车华语认计记论设话读请资报乐网络数据";
/// See [`SIMPLIFIED`].
const TRADITIONAL: &str = "們這個為發國會說時來對業與經產學東動長開關電務區見現實進過還應該讓從總門問間書車華語認計記論設話讀請資報樂網絡數據";

/// Letters Vietnamese writes and no other language of the table does.
const VIETNAMESE: &str = "ăâđêôơưĂÂĐÊÔƠƯ";

/// Ukrainian letters absent from Russian.
const UKRAINIAN: &str = "їєґЇЄҐ";

fn script_of(c: char) -> Option<Script> {
    if !unicode::is_letter(c) {
        return None;
    }
    let u = c as u32;
    RANGES
        .iter()
        .find(|(lo, hi, _)| (*lo..=*hi).contains(&u))
        .map(|(_, _, s)| *s)
}

fn index(s: Script) -> usize {
    ORDER.iter().position(|&o| o == s).unwrap_or(0)
}

/// The dominant script of `text`, or `None` when it has no letters of a
/// known script.
pub fn dominant_script(text: &str) -> Option<Script> {
    let mut counts = [0usize; ORDER.len()];
    for c in text.chars().take(SAMPLE_CHARS) {
        if let Some(s) = script_of(c) {
            counts[index(s)] += 1;
        }
    }
    let latin = counts[index(Script::Latin)];
    let kana = counts[index(Script::Kana)];
    let cjk = kana + counts[index(Script::Han)];
    let mut best: Option<(Script, usize)> = None;
    for (s, n) in [
        (Script::Cyrillic, counts[index(Script::Cyrillic)]),
        (Script::Arabic, counts[index(Script::Arabic)]),
        (Script::Hebrew, counts[index(Script::Hebrew)]),
        (Script::Thai, counts[index(Script::Thai)]),
        (Script::Hangul, counts[index(Script::Hangul)]),
        (Script::Han, cjk),
    ] {
        if n > 0 && best.is_none_or(|(_, b)| n > b) {
            best = Some((s, n));
        }
    }
    match best {
        Some((s, n)) if n * 4 >= latin => Some(if s == Script::Han && kana * 10 >= cjk {
            Script::Kana
        } else {
            s
        }),
        _ if latin > 0 => Some(Script::Latin),
        _ => None,
    }
}

/// The language `text` is most likely in, judged by its script alone:
/// `ar` (Arabic script), `he`, `th`, `ko` (Hangul), `ja` (Kana present),
/// `zh-Hans` / `zh-Hant` (Han, told apart by characters only one of them
/// writes; `zh` when undecided), `ru` (Cyrillic; `uk` when Ukrainian-only
/// letters appear) and `vi` (Latin with Vietnamese letters). Any other
/// Latin text gives `None`: the script cannot tell English from
/// Indonesian or German, so the caller falls back to the page's language.
pub fn detect_script(text: &str) -> Option<&'static str> {
    let sample = || text.chars().take(SAMPLE_CHARS);
    Some(match dominant_script(text)? {
        Script::Arabic => "ar",
        Script::Hebrew => "he",
        Script::Thai => "th",
        Script::Hangul => "ko",
        Script::Kana => "ja",
        Script::Han => {
            let simplified = sample().filter(|c| SIMPLIFIED.contains(*c)).count();
            let traditional = sample().filter(|c| TRADITIONAL.contains(*c)).count();
            match simplified.cmp(&traditional) {
                core::cmp::Ordering::Greater => "zh-Hans",
                core::cmp::Ordering::Less => "zh-Hant",
                core::cmp::Ordering::Equal => "zh",
            }
        }
        Script::Cyrillic if sample().any(|c| UKRAINIAN.contains(c)) => "uk",
        Script::Cyrillic => "ru",
        Script::Latin => {
            let letters = sample().filter(|c| unicode::is_letter(*c)).count();
            let marked = sample()
                .filter(|c| VIETNAMESE.contains(*c) || ('\u{1EA0}'..='\u{1EF9}').contains(c))
                .count();
            if marked >= 3 && marked * 50 >= letters {
                "vi"
            } else {
                return None;
            }
        }
    })
}

/// The script a language is normally written in (Latin for anything not
/// listed). Japanese counts Han-only text as its own.
pub fn script_of_language(tag: &str) -> Script {
    let mut subtags = tag.split(['-', '_']);
    let primary = subtags.next().unwrap_or("").to_ascii_lowercase();
    if let Some(script) = subtags.find(|s| s.len() == 4) {
        if let Some(s) = SCRIPT_SUBTAGS
            .iter()
            .find(|(code, _)| code.eq_ignore_ascii_case(script))
        {
            return s.1;
        }
    }
    LANGUAGE_SCRIPTS
        .iter()
        .find(|(_, langs)| langs.contains(&primary.as_str()))
        .map_or(Script::Latin, |(s, _)| *s)
}

const SCRIPT_SUBTAGS: &[(&str, Script)] = &[
    ("Latn", Script::Latin),
    ("Cyrl", Script::Cyrillic),
    ("Arab", Script::Arabic),
    ("Hebr", Script::Hebrew),
    ("Hans", Script::Han),
    ("Hant", Script::Han),
    ("Jpan", Script::Kana),
    ("Kore", Script::Hangul),
];

const LANGUAGE_SCRIPTS: &[(Script, &[&str])] = &[
    (
        Script::Arabic,
        &["ar", "fa", "ur", "ps", "sd", "ug", "ckb", "ks"],
    ),
    (Script::Hebrew, &["he", "iw", "yi"]),
    (Script::Thai, &["th"]),
    (Script::Hangul, &["ko"]),
    (Script::Kana, &["ja"]),
    (Script::Han, &["zh", "yue", "wuu"]),
    (
        Script::Cyrillic,
        &[
            "ru", "uk", "be", "bg", "mk", "sr", "kk", "ky", "mn", "tg", "tt", "ba",
        ],
    ),
];

/// Whether text in `script` fits a page or card declared as `tag`.
pub fn fits(tag: &str, script: Script) -> bool {
    let expected = script_of_language(tag);
    expected == script || (expected == Script::Kana && script == Script::Han)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_and_the_languages_they_imply() {
        for (text, tag) in [
            (
                "تعلن الشركة اليوم عن إطلاق منصة SeaPRwire الجديدة",
                Some("ar"),
            ),
            ("החברה הודיעה היום על השקת המוצר", Some("he")),
            (
                "東京に本社を置く企業が新しいサービスを発表しました",
                Some("ja"),
            ),
            ("这家公司今天发布了新的人工智能平台", Some("zh-Hans")),
            ("這家公司今天發布了新的人工智慧平台", Some("zh-Hant")),
            ("中文新品", Some("zh")),
            ("회사는 오늘 새로운 플랫폼을 발표했습니다", Some("ko")),
            ("บริษัทประกาศเปิดตัวแพลตฟอร์มใหม่ในวันนี้", Some("th")),
            ("Компания объявила о запуске новой платформы", Some("ru")),
            (
                "Компанія оголосила про запуск нової платформи її",
                Some("uk"),
            ),
            ("Công ty hôm nay công bố ra mắt nền tảng mới", Some("vi")),
            ("The company announced a new platform today", None),
            ("Perusahaan mengumumkan platform baru hari ini", None),
            ("2025 — 100%", None),
            ("", None),
        ] {
            assert_eq!(detect_script(text), tag, "{text}");
        }
    }

    #[test]
    fn latin_brand_names_do_not_outvote_cjk() {
        let text = "SeaPRwire Technologies Limited は本日、AI を発表しました";
        assert_eq!(dominant_script(text), Some(Script::Kana));
        let text = "A long English sentence quoting one word: 東京";
        assert_eq!(dominant_script(text), Some(Script::Latin));
    }

    #[test]
    fn language_scripts() {
        assert_eq!(script_of_language("ar-EG"), Script::Arabic);
        assert_eq!(script_of_language("en"), Script::Latin);
        assert_eq!(script_of_language("sr-Latn"), Script::Latin);
        assert_eq!(script_of_language("zh-Hant-TW"), Script::Han);
        assert!(fits("ja", Script::Han));
        assert!(!fits("en", Script::Arabic));
        assert!(fits("de", Script::Latin));
    }
}
