//! The third-party disclaimer a wire appends, found by comparing a line
//! with every disclaimer template of the locale table, tolerantly:
//!
//! - both sides are folded ([`super::text::fold`]): letters and digits
//!   only, lower-cased, so spacing, no-break spaces, punctuation and quotes
//!   never matter;
//! - the template's text before `{provider}` must match the start of the
//!   line (after at most [`MAX_LABEL`] letters of a label such as
//!   "Disclaimer:"), and its text after `{provider}` the end, each within
//!   an edit distance of one in eight characters (at least 2), so "The
//!   article" for "This article" or a dropped particle still match;
//! - whatever lies between is the provider: any name, with or without
//!   "(https://…)", which is cut off the name reported.

use super::text::{fold, fold_chars, is_space, Folded};
use crate::i18n::LOCALES;

/// Letters of a label allowed before the disclaimer proper.
pub const MAX_LABEL: usize = 16;
/// Letters allowed after it (a stray mark left by a converter).
const MAX_TRAILER: usize = 4;
/// Longest folded provider (name and URL).
const MAX_PROVIDER: usize = 100;

/// A disclaimer found in a body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundDisclaimer {
    /// The provider it names, URL removed (`SeaPRwire`); `None` when it
    /// names only a URL.
    pub provider: Option<String>,
    /// The tag of the locale whose template it matched (`id`).
    pub lang: &'static str,
}

/// The disclaimer `line` is, if it is one.
pub fn parse(line: &str) -> Option<FoundDisclaimer> {
    let folded = fold(line);
    let text: Vec<char> = folded.iter().map(|f| f.c).collect();
    let mut best: Option<(usize, usize, usize, &'static str)> = None;
    for locale in LOCALES {
        let Some((before, after)) = locale.disclaimer.split_once("{provider}") else {
            continue;
        };
        let (before, after) = (fold_chars(before), fold_chars(after));
        let fixed = before.len() + after.len();
        if text.len() <= fixed.saturating_sub(tolerance(fixed))
            || text.len() > fixed + MAX_LABEL + MAX_TRAILER + MAX_PROVIDER
        {
            continue;
        }
        let (cost_a, start) = align_prefix(&before, &text, MAX_LABEL);
        let rev_text: Vec<char> = text.iter().rev().copied().collect();
        let rev_after: Vec<char> = after.iter().rev().copied().collect();
        let (cost_b, tail) = align_prefix(&rev_after, &rev_text, MAX_TRAILER);
        let end = text.len() - tail;
        let cost = cost_a + cost_b;
        let fits = start < end && end - start <= MAX_PROVIDER && cost <= tolerance(fixed);
        if fits && best.is_none_or(|b| cost < b.0) {
            best = Some((cost, start, end, locale.tag));
        }
    }
    let (_, start, end, lang) = best?;
    Some(FoundDisclaimer {
        provider: provider_name(line, &folded[start..end]),
        lang,
    })
}

/// Edits allowed when comparing `len` folded characters.
fn tolerance(len: usize) -> usize {
    (len / 8).max(2)
}

/// Aligns all of `pattern` with a stretch of `text` that starts within the
/// first `free` characters: the least edit distance, and where in `text`
/// that stretch ends (the nearest such end on ties, so a substitution
/// never eats into the provider's name where a deletion would do).
fn align_prefix(pattern: &[char], text: &[char], free: usize) -> (usize, usize) {
    const FAR: usize = usize::MAX / 4;
    let width = text.len().min(pattern.len() * 2 + free + 8);
    let mut row: Vec<usize> = (0..=width)
        .map(|j| if j <= free { 0 } else { FAR })
        .collect();
    let mut next = vec![0; width + 1];
    for (i, &p) in pattern.iter().enumerate() {
        next[0] = i + 1;
        for j in 1..=width {
            let swap = row[j - 1] + usize::from(text[j - 1] != p);
            next[j] = swap.min(row[j] + 1).min(next[j - 1] + 1);
        }
        core::mem::swap(&mut row, &mut next);
    }
    let mut best = (FAR, 0);
    for (j, &cost) in row.iter().enumerate() {
        if cost < best.0 {
            best = (cost, j);
        }
    }
    best
}

/// The provider as written in `line`, from the first to the last folded
/// character of `span` (and the closing brackets or full stops right after
/// it: `Acme (Asia)`, `Acme Ltd.`), with any URL (bare or in parentheses)
/// removed and surrounding punctuation trimmed.
fn provider_name(line: &str, span: &[Folded]) -> Option<String> {
    let (first, last) = (span.first()?, span.last()?);
    let closing = line[last.at.1..]
        .chars()
        .take_while(|c| matches!(c, ')' | '）' | '.'))
        .map(char::len_utf8)
        .sum::<usize>();
    let raw = &line[first.at.0..last.at.1 + closing];
    let mut name = String::with_capacity(raw.len());
    let mut depth = 0usize;
    let mut group = String::new();
    for c in raw.chars() {
        match c {
            '(' | '（' => {
                depth += 1;
                group.push(c);
            }
            ')' | '）' if depth > 0 => {
                depth -= 1;
                group.push(c);
                if depth == 0 {
                    if !is_url(&group) {
                        name.push_str(&group);
                    }
                    group.clear();
                }
            }
            c if depth > 0 => group.push(c),
            c => name.push(c),
        }
    }
    if !is_url(&group) {
        name.push_str(&group);
    }
    let name: Vec<&str> = name
        .split(is_space)
        .filter(|w| !w.is_empty() && !is_url(w))
        .collect();
    let name = name.join(" ");
    let name = name.trim_matches(|c: char| !c.is_alphanumeric() && !matches!(c, ')' | '）' | '.'));
    (!name.is_empty() && name.chars().any(char::is_alphanumeric)).then(|| name.to_string())
}

fn is_url(s: &str) -> bool {
    let s = s.to_ascii_lowercase();
    s.contains("://") || s.contains("http") || s.contains("www.")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{disclaimer, LOCALES};

    fn found(line: &str) -> (Option<String>, &'static str) {
        let d = parse(line).unwrap_or_else(|| panic!("not found: {line}"));
        (d.provider, d.lang)
    }

    #[test]
    fn the_wire_text_with_url_and_odd_spaces() {
        let line = "Artikel ini disediakan oleh penyedia konten pihak ketiga. SeaPRwire (https://www.seaprwire.com/) tidak memberikan jaminan atau pernyataan sehubungan dengan hal tersebut.";
        assert_eq!(found(line), (Some("SeaPRwire".into()), "id"));
        let spaced = line.replace(' ', "\u{a0} ");
        assert_eq!(found(&spaced), (Some("SeaPRwire".into()), "id"));
    }

    #[test]
    fn every_template_round_trips_with_any_provider() {
        for l in LOCALES {
            for provider in ["SeaPRwire", "Asia Wire Services Ltd.", "美通社"] {
                let text = disclaimer(l, provider);
                assert_eq!(found(&text), (Some(provider.into()), l.tag), "{text}");
                let with_url = disclaimer(l, &format!("{provider} (https://wire.example/)"));
                assert_eq!(
                    found(&with_url),
                    (Some(provider.into()), l.tag),
                    "{with_url}"
                );
            }
        }
    }

    #[test]
    fn near_variants_match() {
        let en = "The article is provided by a third-party content provider. SeaPRwire (https://www.seaprwire.com/) makes no warranties or representations in connection with it.";
        assert_eq!(found(en), (Some("SeaPRwire".into()), "en"));
        let ko = "이 기사는 제3자 콘텐츠 제공업체가 제공한 것입니다. SeaPRwire는 이와 관련하여 어떠한 보증이나 진술도 하지 않습니다.";
        assert_eq!(found(ko), (Some("SeaPRwire".into()), "ko"));
        let labelled = "Disclaimer: This article is provided by a third-party content provider. Acme Wire makes no warranties or representations in connection with it.";
        assert_eq!(found(labelled), (Some("Acme Wire".into()), "en"));
        let url_only = "This article is provided by a third-party content provider. https://wire.example/ makes no warranties or representations in connection with it.";
        assert_eq!(found(url_only), (None, "en"));
    }

    #[test]
    fn other_text_is_not_a_disclaimer() {
        for line in [
            "This article is provided by our newsroom.",
            "SeaPRwire makes no warranties or representations in connection with it.",
            "Artikel ini disediakan oleh penyedia konten pihak ketiga.",
            "Sektor: Top Story, Daily News",
            "",
        ] {
            assert_eq!(parse(line), None, "{line}");
        }
    }
}
