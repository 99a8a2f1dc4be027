//! Format detection, by content only (never by URL or Content-Type: a feed
//! served as `text/html` or `text/plain` still parses).
//!
//! The first character that is not whitespace or a byte order mark
//! decides between JSON (`{`) and XML (anything else, so text before the
//! root such as a stray PHP warning does no harm); for XML the root
//! element's local name decides: `rss` (or a bare `channel`) → RSS, `RDF` →
//! RSS 1.0, `feed` → Atom.

use super::model::Format;

/// The two syntaxes a feed can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Syntax {
    Xml,
    Json,
}

/// The syntax of a document that starts with `head`; `None` while `head`
/// holds nothing but whitespace and byte order marks.
pub(crate) fn syntax(head: &str) -> Option<Syntax> {
    let c = head
        .chars()
        .find(|c| !c.is_whitespace() && *c != '\u{FEFF}')?;
    Some(if c == '{' { Syntax::Json } else { Syntax::Xml })
}

/// The format whose root element has local name `local`, or why the
/// document is not a feed.
pub(crate) fn root(local: &str) -> Result<Format, &'static str> {
    match local {
        "rss" | "channel" => Ok(Format::Rss),
        "RDF" => Ok(Format::Rdf),
        "feed" => Ok(Format::Atom),
        "html" | "HTML" | "body" | "head" => {
            Err("this is an HTML page, not a feed (is the feed URL right?)")
        }
        _ => Err("the document is XML but not RSS, Atom or JSON Feed"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn by_first_character() {
        assert_eq!(syntax(" \n\u{FEFF} "), None);
        assert_eq!(syntax("\u{FEFF}{\"version\""), Some(Syntax::Json));
        assert_eq!(syntax("  <?xml"), Some(Syntax::Xml));
        assert_eq!(syntax("Warning: x\n<rss>"), Some(Syntax::Xml));
    }

    #[test]
    fn by_root_element() {
        assert_eq!(root("rss"), Ok(Format::Rss));
        assert_eq!(root("RDF"), Ok(Format::Rdf));
        assert_eq!(root("feed"), Ok(Format::Atom));
        assert!(root("html").is_err());
        assert!(root("svg").is_err());
    }
}
