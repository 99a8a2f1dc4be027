//! Before the browser parses release HTML: the markup a browser checks
//! against the page's Content Security Policy *while parsing*, renamed or
//! removed.
//!
//! Chromium checks event-handler attributes (`script-src-attr`), `style`
//! attributes (`style-src-attr`) and `style` elements (`style-src-elem`)
//! against the page's policy as it parses them, even into an inert
//! `DOMParser` document where nothing can run: under a strict CSP every
//! such attribute in a release would send the partner a violation report
//! and log a console error, for markup the sanitizer drops anyway.
//! So, before parsing:
//!
//! - in every start tag, an attribute whose name starts with `on`, or is
//!   `style`, gets [`policy::DEFANG_PREFIX`] in front of its name (so
//!   `onclick` is read as the inert `x-onclick`, `style` as `x-style`);
//! - a `style` element, start tag to end tag, becomes an empty comment
//!   `<!---->` (which keeps a tag boundary a boundary).
//!
//! **This is not a safety step.** Safety is the walk over the browser's own
//! tree: whatever this pass misses (it follows the HTML tokenizer's states
//! for tags, attributes, comments and raw text, but not the tree builder,
//! so not foreign content or script escapes) the walk drops as before; the
//! cost of a miss is a report, never a kept attribute. The pass only adds
//! characters inside attribute names and replaces a whole raw-text element
//! with a comment; it never writes `<` or `>` anywhere else, so it cannot
//! make a tag out of text.

use super::policy;
use super::scan::{comment_end, raw_text_end, read_tag};
use crate::text::{find_bytes, past_byte};

/// Elements whose content the tokenizer reads as text up to their end tag
/// (RAWTEXT, RCDATA, script data; `plaintext` to the end of the input).
/// `noscript` is not among them: the inert document has scripting disabled.
const RAW_TEXT: &[&str] = &[
    "script",
    "style",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "textarea",
    "title",
    "plaintext",
];

/// `html` with the attributes and elements the browser would check against
/// the page's CSP while parsing renamed or removed (see the module docs).
pub fn defang(html: &str) -> String {
    let b = html.as_bytes();
    let mut out = String::with_capacity(html.len() + 32);
    // `html[copied..]` is still to be written.
    let mut copied = 0;
    let mut i = 0;
    while let Some(lt) = find_bytes(b, b"<", i) {
        i = lt + 1;
        match b.get(i) {
            Some(b'!') if b[i..].starts_with(b"!--") => i = comment_end(b, i + 3),
            Some(b'!' | b'?') => i = past_byte(b, b'>', i),
            Some(b'/') => match b.get(i + 1) {
                Some(c) if c.is_ascii_alphabetic() => i = read_tag(html, i + 1).end,
                Some(_) => i = past_byte(b, b'>', i),
                None => break,
            },
            Some(c) if c.is_ascii_alphabetic() => {
                let tag = read_tag(html, i);
                let (name, end) = (tag.name, tag.end);
                let renamed = tag
                    .attrs
                    .iter()
                    .filter(|(_, attr, _)| is_renamed(attr))
                    .map(|&(at, _, _)| at);
                let raw = RAW_TEXT.iter().find(|r| name.eq_ignore_ascii_case(r));
                if name.eq_ignore_ascii_case("style") {
                    // The whole element goes, end tag included.
                    let close = raw_text_end(b, end, "style");
                    let close = if close < b.len() {
                        read_tag(html, close + 2).end
                    } else {
                        close
                    };
                    out.push_str(&html[copied..lt]);
                    out.push_str("<!---->");
                    copied = close;
                    i = close;
                    continue;
                }
                for at in renamed {
                    out.push_str(&html[copied..at]);
                    out.push_str(policy::DEFANG_PREFIX);
                    copied = at;
                }
                i = match raw {
                    Some(r) if *r == "plaintext" => break,
                    Some(r) => raw_text_end(b, end, r),
                    None => end,
                };
            }
            _ => {}
        }
    }
    out.push_str(&html[copied..]);
    out
}

/// Whether the tokenizer's `attr` is one the page's CSP would check while
/// parsing: an event handler (`on…`) or `style`.
fn is_renamed(attr: &str) -> bool {
    (attr.len() >= 2 && attr.as_bytes()[..2].eq_ignore_ascii_case(b"on"))
        || attr.eq_ignore_ascii_case("style")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn handlers_and_style_attributes_are_renamed_in_start_tags_only() {
        assert_eq!(
            defang(r#"<p OnClick="a" style='b' title=on onx=1>on="x" style</p onclick=y>"#),
            r#"<p x-OnClick="a" x-style='b' title=on x-onx=1>on="x" style</p onclick=y>"#
        );
        assert_eq!(
            defang("<img/src=x/onerror=f()><a\nonmouseover\n=\ng()>"),
            "<img/src=x/onerror=f()><a\nx-onmouseover\n=\ng()>"
        );
        assert_eq!(
            defang(r#"<a title="x onclick=y" data-on="1" one="2">"#),
            r#"<a title="x onclick=y" data-on="1" x-one="2">"#
        );
        assert_eq!(defang("<a =onclick onclick>"), "<a =onclick x-onclick>");
    }

    #[test]
    fn style_elements_become_empty_comments() {
        assert_eq!(
            defang("a<style media=x>p{}</p onclick=1></STYLE >b<style>unclosed <p onclick=1>"),
            "a<!---->b<!---->"
        );
        assert_eq!(
            defang("<<style>x</style>img src=x onerror=f()>"),
            "<<!---->img src=x onerror=f()>",
            "the `<` before stays text"
        );
    }

    #[test]
    fn comments_raw_text_and_plaintext_are_left_alone() {
        for s in [
            "<!-- <p onclick=x> --><!--> <p>",
            "<!--a--!><p x>",
            "<? <p onclick=x> ?>",
            "<!DOCTYPE html><![CDATA[ x ]]>",
            "<script>'<p onclick=x>'</script>",
            "<textarea><p onclick=x></textarea >",
            "<title><i style=x></title>",
            "<xmp><i style=x></xmp>",
            "<plaintext><p onclick=x></plaintext><p onclick=y>",
            "</ p onclick=x>",
        ] {
            assert_eq!(defang(s), s, "{s:?}");
        }
        assert_eq!(
            defang("<!--x--><p onclick=1><script></scriptx><p onclick=2></script><p onclick=3>"),
            "<!--x--><p x-onclick=1><script></scriptx><p onclick=2></script><p x-onclick=3>"
        );
    }

    #[test]
    fn unclosed_and_odd_input_never_panics() {
        for s in [
            "<",
            "<a",
            "<a ",
            "<a on",
            "<a on=",
            "<a on='",
            "<!--",
            "<!-",
            "</",
            "</a",
            "<a/",
            "é<b é=é onclick=é>é",
            "<style",
            "<style>",
            "</style>",
            "<a\"onclick>",
        ] {
            let _ = defang(s);
        }
    }
}
