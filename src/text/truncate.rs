//! Shortening text to fit a card, on a word or character boundary.
//!
//! Dependency-free (no Unicode tables beyond a few ranges). Lengths are
//! counted in Unicode scalar values (`char`s), which
//! is what a reader perceives closely enough for a budget of a few hundred
//! characters.

use super::collapse_spaces;

/// The ellipsis appended to shortened text.
pub const ELLIPSIS: char = '…';

/// How far back (as a fraction of `max`, in percent) a word boundary may
/// lie before the limit; beyond that the text is cut between characters
/// instead (text without spaces: Chinese, Japanese, Thai; or one very long
/// token such as a URL).
const WORD_WINDOW_PERCENT: usize = 30;

/// ZERO WIDTH SPACE: an invisible word boundary.
const ZWSP: char = '\u{200B}';

/// `text` with runs of white space collapsed and trimmed, shortened to at most `max`
/// characters (the ellipsis included) when it is longer.
///
/// The cut falls on the last word boundary (white space, or the zero-width
/// space that marks words in Thai, Lao and Khmer text) before the limit
/// when there is one within the last 30% of the budget; otherwise between
/// two characters, never before a combining mark, a joiner or a variation
/// selector (so a Thai vowel sign or an Arabic vowel mark stays on its
/// letter). Punctuation and spaces left dangling at the cut are dropped
/// before the ellipsis. Direction needs no special case: the ellipsis goes
/// at the logical end, which a right-to-left paragraph shows on the left.
///
/// `max == 0` means no limit; at least one character (with its marks) is
/// always kept, even where that exceeds a tiny `max`.
pub fn truncate(text: &str, max: usize) -> String {
    let collapsed = collapse_spaces(text).trim().to_string();
    if max == 0 || collapsed.chars().count() <= max {
        return collapsed;
    }
    let chars: Vec<char> = collapsed.chars().collect();
    // Room for the ellipsis.
    let budget = max.saturating_sub(1).max(1);
    let floor = budget - budget * WORD_WINDOW_PERCENT / 100;
    // A space at index i means the text before it is whole words. The
    // character at `budget` may itself be the space that ends a word.
    let word_cut = (floor..=budget)
        .rev()
        .find(|&i| i > 0 && (chars[i].is_whitespace() || chars[i] == ZWSP));
    let mut end = match word_cut {
        Some(i) => i,
        None => {
            let mut i = budget;
            while i > 0 && is_attached(chars[i]) {
                i -= 1;
            }
            if i == 0 {
                // Nothing whole fits: keep the first character with its marks.
                i = 1;
                while i < chars.len() && is_attached(chars[i]) {
                    i += 1;
                }
            }
            i
        }
    };
    while end > 1 && (is_dangling(chars[end - 1]) || chars[end - 1] == ZWSP) {
        end -= 1;
    }
    let mut out: String = chars[..end].iter().collect();
    out.push(ELLIPSIS);
    out
}

/// Whether `c` belongs to the character before it, so a cut must not fall
/// just before it: combining marks of the scripts the distributor serves,
/// joiners, variation selectors and emoji modifiers.
fn is_attached(c: char) -> bool {
    const RANGES: &[(char, char)] = &[
        ('\u{0300}', '\u{036F}'), // combining diacritical marks (Latin, Vietnamese)
        ('\u{0483}', '\u{0489}'), // Cyrillic
        ('\u{0591}', '\u{05C7}'), // Hebrew points
        ('\u{0610}', '\u{061A}'), // Arabic
        ('\u{064B}', '\u{065F}'), // Arabic harakat
        ('\u{0670}', '\u{0670}'),
        ('\u{06D6}', '\u{06ED}'),
        ('\u{0900}', '\u{0903}'), // Devanagari signs
        ('\u{093A}', '\u{094F}'),
        ('\u{0E31}', '\u{0E31}'), // Thai vowel and tone marks
        ('\u{0E34}', '\u{0E3A}'),
        ('\u{0E47}', '\u{0E4E}'),
        ('\u{1AB0}', '\u{1AFF}'),
        ('\u{1DC0}', '\u{1DFF}'),
        ('\u{200C}', '\u{200D}'), // ZWNJ, ZWJ
        ('\u{20D0}', '\u{20FF}'),
        ('\u{302A}', '\u{302F}'),
        ('\u{3099}', '\u{309A}'), // kana voicing marks
        ('\u{FE00}', '\u{FE0F}'), // variation selectors
        ('\u{FE20}', '\u{FE2F}'),
        ('\u{1F3FB}', '\u{1F3FF}'), // emoji skin tones
        ('\u{E0100}', '\u{E01EF}'),
    ];
    // Hangul jamo medial/final vowels and consonants (decomposed syllables).
    if ('\u{1160}'..='\u{11FF}').contains(&c) {
        return true;
    }
    RANGES.iter().any(|&(lo, hi)| (lo..=hi).contains(&c))
}

/// Characters not worth keeping right before an ellipsis: spaces, and
/// punctuation that joins to what was cut away.
fn is_dangling(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            ',' | ';'
                | ':'
                | '-'
                | '–'
                | '—'
                | '('
                | '['
                | '“'
                | '‘'
                | '"'
                | '\''
                | '«'
                | '、'
                | '，'
                | '：'
                | '；'
                | '（'
                | '「'
                | '『'
                | '،'
                | '؛'
                | '.'
                | '。'
                | '…'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn len(s: &str) -> usize {
        s.chars().count()
    }

    #[test]
    fn short_text_is_untouched_but_tidied() {
        assert_eq!(truncate("  A short   lede.\n", 280), "A short lede.");
        assert_eq!(truncate("Exactly ten", 11), "Exactly ten");
        assert_eq!(truncate("Anything at all", 0), "Anything at all");
    }

    #[test]
    fn long_latin_text_is_cut_on_a_word_boundary() {
        let text = "The 42,000-square-metre facility will recover lithium, nickel and cobalt \
                    from 60,000 tonnes of spent batteries a year.";
        let out = truncate(text, 60);
        assert_eq!(
            out,
            "The 42,000-square-metre facility will recover lithium…"
        );
        assert!(len(&out) <= 60);
        // Every word kept is a whole word of the original.
        let kept = out.trim_end_matches(ELLIPSIS);
        assert!(text.starts_with(kept));
        assert!(text[kept.len()..].starts_with([' ', ',']));
    }

    #[test]
    fn a_word_ending_exactly_at_the_limit_is_kept() {
        // "alpha beta gamma" : budget 10 with max 11 ends on "beta".
        assert_eq!(truncate("alpha beta gamma delta", 11), "alpha beta…");
    }

    #[test]
    fn dangling_punctuation_is_dropped_before_the_ellipsis() {
        assert_eq!(
            truncate("Zhou said: “China and Russia are”", 12),
            "Zhou said…"
        );
        assert_eq!(
            truncate("First, second, third, fourth", 15),
            "First, second…"
        );
    }

    #[test]
    fn indonesian_lede_at_card_length() {
        let text = "Rusia dan Global South (Selatan) telah memperkuat hubungan dan memperluas \
                    kerja sama digital sehubungan dengan peluang baru yang dibuka oleh sanksi \
                    Barat, menurut delegasi yang menghadiri Forum Digital Global pertama negara \
                    itu minggu ini.";
        let out = truncate(text, 120);
        assert!(len(&out) <= 120, "{out}");
        assert!(out.ends_with(" dengan peluang…"), "{out}");
    }

    #[test]
    fn chinese_without_spaces_is_cut_between_characters() {
        let text = "北京时间6月5日，海港电网公司在鹿特丹港开设了欧洲最大的电池回收工厂。该工厂占地四万二千平方米，每年可从六万吨废旧电池中回收锂、镍和钴。";
        let out = truncate(text, 20);
        assert_eq!(len(&out), 20);
        assert_eq!(out, "北京时间6月5日，海港电网公司在鹿特丹…");
        // A comma at the cut is dropped.
        let out = truncate(text, 10);
        assert_eq!(out, "北京时间6月5日…");
    }

    #[test]
    fn thai_words_marked_with_zero_width_spaces_are_kept_whole() {
        let text = "บริษัท\u{200B}ประกาศ\u{200B}ผล\u{200B}ประกอบการ\u{200B}ที่\u{200B}แข็งแกร่ง";
        assert_eq!(truncate(text, 20), "บริษัท\u{200B}ประกาศ\u{200B}ผล…");
    }

    #[test]
    fn japanese_voicing_marks_stay_on_their_kana() {
        // か + combining dakuten (U+3099) must not be split.
        let text = "か\u{3099}か\u{3099}か\u{3099}か\u{3099}か\u{3099}か\u{3099}";
        let out = truncate(text, 4);
        assert!(!out.contains("か…"), "{out:?}");
        assert_eq!(out, "か\u{3099}…");
    }

    #[test]
    fn thai_marks_stay_on_their_consonant() {
        // ที่ = ท + ี (U+0E35) + ่ (U+0E48): a cut inside it would orphan
        // the marks.
        let text = "บริษัทประกาศผลประกอบการที่แข็งแกร่งในไตรมาสแรกของปีนี้";
        for max in 2..len(text) {
            let out = truncate(text, max);
            assert!(len(&out) <= max, "{max}: {out}");
            let next = text.chars().nth(len(&out) - 1).unwrap();
            assert!(!is_attached(next), "{max}: cut before a mark in {out}");
            assert!(text.starts_with(out.trim_end_matches(ELLIPSIS)));
        }
        assert_eq!(truncate(text, 24), "บริษัทประกาศผลประกอบการ…");
        // Cuts inside ที่ (ท + ี + ่) move back before the ท.
        assert_eq!(truncate(text, 25), truncate(text, 24));
        assert_eq!(truncate(text, 26), truncate(text, 24));
        assert_eq!(truncate(text, 27), "บริษัทประกาศผลประกอบการที่…");
    }

    #[test]
    fn arabic_right_to_left_is_cut_on_a_word_with_the_ellipsis_at_the_logical_end() {
        let text = "أعلنت شركة الواحة للطاقة اليوم عن افتتاح أكبر محطة للطاقة الشمسية في المنطقة بقدرة ألفي ميغاواط.";
        let out = truncate(text, 40);
        assert!(len(&out) <= 40);
        assert_eq!(out, "أعلنت شركة الواحة للطاقة اليوم عن…");
        assert!(out.ends_with(ELLIPSIS));
    }

    #[test]
    fn arabic_vowel_marks_stay_on_their_letter() {
        // A fully vowelled word with no spaces: each letter carries a mark.
        let text = "كَتَبَكَتَبَكَتَبَكَتَبَ";
        assert_eq!(truncate(text, 2), "كَ…");
        for max in 2..len(text) {
            let out = truncate(text, max);
            let next = text.chars().nth(len(&out) - 1).unwrap();
            assert!(!is_attached(next), "{max}: {out}");
        }
    }

    #[test]
    fn a_long_token_without_spaces_is_cut_between_characters() {
        let text = "See https://newswire.example/releases/2025/06/harbor-grid-rotterdam-plant-opening-ceremony for details";
        let out = truncate(text, 40);
        assert_eq!(len(&out), 40);
        assert!(out.starts_with("See https://newswire.example/"));
    }

    #[test]
    fn emoji_modifiers_and_joiners_stay_attached() {
        let text = "👩\u{1F3FD}\u{200D}🔬👩\u{1F3FD}\u{200D}🔬👩\u{1F3FD}\u{200D}🔬";
        for max in 2..len(text) {
            let out = truncate(text, max);
            let next = text.chars().nth(len(&out) - 1).unwrap();
            assert!(!is_attached(next), "{max}: {out:?}");
        }
    }

    #[test]
    fn tiny_limits_keep_one_character() {
        assert_eq!(truncate("Hello world", 1), "H…");
        assert_eq!(truncate("Hello world", 2), "H…");
    }
}
