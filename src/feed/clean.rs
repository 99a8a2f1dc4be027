//! Raw element text to field values: trimmed or on one line, titles
//! as the text a reader sees, people's names out of RSS addresses, URLs
//! absolute and of an allowed scheme, images recognised.

use crate::url;

/// `s` trimmed, `None` when nothing is left.
pub(crate) fn clean(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// `s` on one line: runs of ASCII whitespace (line breaks, tabs) become
/// one space, ends trimmed. Other spaces (no-break, ideographic) are text.
pub(crate) fn oneline(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    for word in s.split_ascii_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    (!out.is_empty()).then_some(out)
}

/// Whether `s` holds something that looks like an HTML tag (for titles
/// whose format says nothing about markup).
pub(crate) fn has_tag(s: &str) -> bool {
    s.as_bytes()
        .windows(2)
        .any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'/' || w[1] == b'!'))
}

/// A plain-text title, whitespace collapsed. HTML (`html` true: RSS and
/// Dublin Core titles, whose text is escaped HTML in practice, and Atom or
/// Media RSS titles declared HTML) becomes the text a reader sees of it
/// ([`crate::sanitize::html_text`]: tags, comments and script or style
/// content gone, references decoded once more); plain text is kept as
/// written.
pub(crate) fn title(s: &str, html: bool) -> Option<String> {
    if html {
        oneline(&crate::sanitize::html_text(s))
    } else {
        oneline(s)
    }
}

/// A person as RSS writes one: `press@x.example (Jane Doe)` or
/// `Jane Doe <press@x.example>` give `Jane Doe`; anything else is kept.
pub(crate) fn person(s: &str) -> Option<String> {
    let s = s.trim();
    if let Some(open) = s.find('(') {
        if s.ends_with(')') && s[..open].contains('@') {
            if let Some(name) = oneline(&s[open + 1..s.len() - 1]) {
                return Some(name);
            }
        }
    }
    if let Some(lt) = s.find('<') {
        if s.ends_with('>') && s[lt..].contains('@') {
            if let Some(name) =
                oneline(s[..lt].trim_matches(|c: char| c == '"' || c.is_whitespace()))
            {
                return Some(name);
            }
        }
    }
    oneline(s)
}

/// A link URL, absolute and of an allowed scheme.
pub(crate) fn link(raw: &str, base: Option<&str>) -> Option<String> {
    url::checked(raw, base, url::LINK_SCHEMES)
}

/// An image URL, absolute and http(s).
pub(crate) fn image(raw: &str, base: Option<&str>) -> Option<String> {
    url::checked(raw, base, url::FETCH_SCHEMES)
}

/// Whether a media reference (its MIME `type`, Media RSS `medium`, URL) is
/// an image.
pub(crate) fn is_image(mime: Option<&str>, medium: Option<&str>, url: &str) -> bool {
    if let Some(m) = medium.filter(|m| !m.is_empty()) {
        return m.eq_ignore_ascii_case("image");
    }
    if let Some(t) = mime.filter(|t| !t.is_empty()) {
        return t.len() > 6 && t.get(..6).is_some_and(|p| p.eq_ignore_ascii_case("image/"));
    }
    let path = url.split(['?', '#']).next().unwrap_or("");
    let ext = path.rsplit('.').next().unwrap_or("");
    ["jpg", "jpeg", "png", "gif", "webp", "avif", "svg"]
        .iter()
        .any(|e| e.eq_ignore_ascii_case(ext))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_lose_markup() {
        let t = |s, html| title(s, html);
        assert_eq!(t("  Acme\n  Corp  ", true).as_deref(), Some("Acme Corp"));
        assert_eq!(
            t("<b>Acme</b> &amp;amp; Co &lt; 3", true).as_deref(),
            Some("Acme &amp; Co < 3")
        );
        assert_eq!(t("a < b", true).as_deref(), Some("a < b"));
        assert_eq!(t("Q&amp;A", true).as_deref(), Some("Q&A"));
        assert_eq!(t("<up> &amp;", false).as_deref(), Some("<up> &amp;"));
        assert_eq!(t(" \n ", true), None);
    }

    #[test]
    fn people() {
        assert_eq!(
            person("press@x.example (Jane Doe)").as_deref(),
            Some("Jane Doe")
        );
        assert_eq!(
            person("\"Jane Doe\" <press@x.example>").as_deref(),
            Some("Jane Doe")
        );
        assert_eq!(
            person("press@x.example").as_deref(),
            Some("press@x.example")
        );
        assert_eq!(person("Business Wire").as_deref(), Some("Business Wire"));
    }

    #[test]
    fn images_are_recognised() {
        assert!(is_image(Some("image/jpeg"), None, "x"));
        assert!(!is_image(Some("audio/mpeg"), None, "x.jpg"));
        assert!(is_image(None, Some("image"), "x"));
        assert!(!is_image(None, Some("video"), "x.jpg"));
        assert!(is_image(None, None, "https://x/a.JPG?w=300"));
        assert!(!is_image(None, None, "https://x/a.mp3"));
        assert!(!is_image(Some("imagé/png"), None, "x"));
    }
}
