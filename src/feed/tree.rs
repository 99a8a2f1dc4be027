//! Element nesting over the token stream: namespaces, `xml:base`,
//! `xml:lang`, and repair of broken nesting.
//!
//! The feed reader ([`super::reader`]) sees start and end events
//! with each element's namespace (recognised by URI, or by the conventional
//! prefix when a feed forgets to declare it), depth, effective base URL and
//! language. Nesting is repaired as browsers would: an end tag closes every
//! element opened after its match (so `<item><title>x</item>` still ends the
//! title, then the item); an end tag with no open match is ignored. Once the
//! root element closes, reading stops: garbage after it is never seen
//! (markup before the root, which the reader has not accepted as one, is
//! skipped instead).

use std::borrow::Cow;

use super::limits::{Limit, MAX_ATTRIBUTES, MAX_DEPTH, MAX_NAMESPACES};
use super::xml::{Attrs, Token};

/// The namespaces feed readers care about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ns {
    /// No namespace (RSS 0.9x/2.0 elements).
    None,
    /// RSS 1.0 / 0.90 (`http://purl.org/rss/1.0/`): read like [`Ns::None`]
    /// (in a schema, it names both: [`super::schema::Name`]).
    Rss,
    /// Atom 1.0 (and Atom 0.3, read the same way).
    Atom,
    /// `content:` (RSS content module).
    Content,
    /// `dc:` (Dublin Core elements).
    Dc,
    /// `dcterms:` (Dublin Core terms).
    DcTerms,
    /// `media:` (Media RSS).
    Media,
    /// `rdf:`.
    Rdf,
    /// XHTML (inside Atom `type="xhtml"` content).
    Xhtml,
    /// Anything else.
    Other,
}

/// Namespace URIs, compared without scheme, case or trailing `/` / `#`.
const URIS: &[(&str, Ns)] = &[
    ("purl.org/rss/1.0", Ns::Rss),
    ("my.netscape.com/rdf/simple/0.9", Ns::Rss),
    ("backend.userland.com/rss2", Ns::Rss),
    ("www.w3.org/2005/atom", Ns::Atom),
    ("purl.org/atom/ns", Ns::Atom),
    ("purl.org/rss/1.0/modules/content", Ns::Content),
    ("purl.org/dc/elements/1.1", Ns::Dc),
    ("purl.org/dc/terms", Ns::DcTerms),
    ("search.yahoo.com/mrss", Ns::Media),
    ("www.w3.org/1999/02/22-rdf-syntax-ns", Ns::Rdf),
    ("www.w3.org/1999/xhtml", Ns::Xhtml),
];

/// The conventional prefixes, for feeds that use one without declaring it.
const PREFIXES: &[(&str, Ns)] = &[
    ("content", Ns::Content),
    ("dc", Ns::Dc),
    ("dcterms", Ns::DcTerms),
    ("media", Ns::Media),
    ("atom", Ns::Atom),
    ("atom10", Ns::Atom),
    ("rdf", Ns::Rdf),
    ("xhtml", Ns::Xhtml),
];

/// The namespace named by `uri`; the empty URI (`xmlns=""`) is no
/// namespace.
fn ns_of_uri(uri: &str) -> Ns {
    let u = uri.trim();
    if u.is_empty() {
        return Ns::None;
    }
    let u = ["http://", "https://"]
        .iter()
        .find_map(|s| {
            u.get(..s.len())
                .filter(|p| p.eq_ignore_ascii_case(s))
                .map(|_| &u[s.len()..])
        })
        .unwrap_or(u)
        .trim_end_matches(['/', '#']);
    URIS.iter()
        .find(|(known, _)| known.eq_ignore_ascii_case(u))
        .map_or(Ns::Other, |&(_, ns)| ns)
}

/// The local part of a qualified name.
pub(crate) fn local_name(qname: &str) -> &str {
    qname.rsplit(':').next().unwrap_or(qname)
}

/// An element as a feed reader sees it when it starts.
pub(crate) struct Element<'a> {
    pub ns: Ns,
    pub local: &'a str,
    /// 0 for the root.
    pub depth: usize,
    pub attrs: &'a [(&'a str, Cow<'a, str>)],
    /// The effective base URL (`xml:base` chain resolved against the feed
    /// URL), if any.
    pub base: Option<&'a str>,
    /// The effective `xml:lang`, if any.
    pub lang: Option<&'a str>,
}

impl Element<'_> {
    /// The value of the attribute whose local name is `local` (any prefix
    /// but `xmlns`), trimmed.
    pub(crate) fn attr(&self, local: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| local_name(n) == local && !n.starts_with("xmlns"))
            .map(|(_, v)| v.trim())
    }
}

/// Why a reader stopped the parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Halt {
    /// A cap was hit.
    Limit(Limit),
}

/// What a feed reader does with the element events.
pub(crate) trait Handler {
    fn start(&mut self, el: &Element<'_>) -> Result<(), Halt>;
    fn end(&mut self, ns: Ns, local: &str, depth: usize) -> Result<(), Halt>;
    fn text(&mut self, text: &str) -> Result<(), Halt>;
    /// Whether reading should stop now (the release cap is reached).
    fn done(&self) -> bool;
    /// Whether an element `local` starting now implies the end of the
    /// innermost open one (a field left unclosed).
    fn implies_end(&self, ns: Ns, local: &str) -> bool {
        let _ = (ns, local);
        false
    }
    /// Whether the document's root element has been accepted. Until it
    /// is, top-level elements that close (stray markup before the feed)
    /// do not end the document.
    fn rooted(&self) -> bool {
        true
    }
}

/// One open element.
struct Open {
    /// Start of its qualified name in `Tree::names`.
    name: usize,
    ns: Ns,
    /// Lengths of the scoped stacks before it opened.
    decls: usize,
    bases: usize,
    langs: usize,
}

/// The open-element stack and its scoped state.
pub(crate) struct Tree {
    /// The qualified names of the open elements, end to end.
    names: String,
    open: Vec<Open>,
    decls: Vec<(String, Ns)>,
    bases: Vec<String>,
    langs: Vec<String>,
    base_url: Option<String>,
    /// The root element has closed.
    pub closed: bool,
}

impl Tree {
    pub(crate) fn new(base_url: Option<&str>) -> Self {
        Tree {
            names: String::new(),
            open: Vec::new(),
            decls: Vec::new(),
            bases: Vec::new(),
            langs: Vec::new(),
            base_url: base_url.map(str::to_string),
            closed: false,
        }
    }

    fn base(&self) -> Option<&str> {
        self.bases
            .last()
            .map(String::as_str)
            .or(self.base_url.as_deref())
    }

    fn resolve(&self, prefix: Option<&str>) -> Ns {
        let p = prefix.unwrap_or("");
        if let Some((_, ns)) = self.decls.iter().rev().find(|(d, _)| d == p) {
            return *ns;
        }
        match prefix {
            None => Ns::None,
            Some(p) => PREFIXES
                .iter()
                .find(|(known, _)| *known == p)
                .map_or(Ns::Other, |&(_, ns)| ns),
        }
    }

    /// Feeds one token through; `Ok(false)` when reading should stop.
    pub(crate) fn token(&mut self, token: Token<'_>, h: &mut impl Handler) -> Result<bool, Halt> {
        if self.closed {
            return Ok(false);
        }
        match token {
            Token::Start { name, attrs, empty } => self.start(name, attrs, empty, h)?,
            Token::End { name } => self.end(name, h)?,
            Token::Text(text) => {
                if !self.open.is_empty() {
                    h.text(&text)?;
                }
            }
        }
        Ok(!self.closed && !h.done())
    }

    fn start(
        &mut self,
        name: &str,
        attrs: &str,
        empty: bool,
        h: &mut impl Handler,
    ) -> Result<(), Halt> {
        let mut list: Vec<(&str, Cow<'_, str>)> = Vec::new();
        for a in Attrs::new(attrs) {
            if list.len() >= MAX_ATTRIBUTES {
                return Err(Halt::Limit(Limit::Attributes));
            }
            list.push(a);
        }
        let (prefix, local) = match name.split_once(':') {
            Some((p, l)) => (Some(p), l),
            None => (None, name),
        };
        // A field left unclosed ends where a feed element starts inside it.
        let own_decl = list.iter().find_map(|(n, v)| {
            let declared = match n.strip_prefix("xmlns") {
                Some("") => None,
                Some(p) => Some(p.strip_prefix(':')?),
                None => return None,
            };
            (declared == prefix).then(|| ns_of_uri(v))
        });
        let guess = own_decl.unwrap_or_else(|| self.resolve(prefix));
        if !self.open.is_empty() && h.implies_end(guess, local) {
            self.close_to(self.open.len() - 1, h)?;
        }
        if self.open.len() >= MAX_DEPTH {
            return Err(Halt::Limit(Limit::Depth));
        }
        let mark = Open {
            name: self.names.len(),
            ns: Ns::Other,
            decls: self.decls.len(),
            bases: self.bases.len(),
            langs: self.langs.len(),
        };
        for (n, v) in &list {
            let decl = match n.strip_prefix("xmlns") {
                Some("") => Some(""),
                Some(p) => p.strip_prefix(':'),
                None => None,
            };
            if let Some(prefix) = decl {
                if self.decls.len() >= MAX_NAMESPACES {
                    self.pop_scopes(&mark);
                    return Err(Halt::Limit(Limit::Namespaces));
                }
                self.decls.push((prefix.to_string(), ns_of_uri(v)));
            } else if *n == "xml:base" {
                let v = v.trim();
                let resolved = self
                    .base()
                    .and_then(|b| crate::url::resolve(b, v))
                    .unwrap_or_else(|| v.to_string());
                self.bases.push(resolved);
            } else if *n == "xml:lang" {
                self.langs.push(v.trim().to_string());
            }
        }
        let ns = self.resolve(prefix);
        let el = Element {
            ns,
            local,
            depth: self.open.len(),
            attrs: &list,
            base: self.base(),
            lang: self
                .langs
                .last()
                .map(String::as_str)
                .filter(|l| !l.is_empty()),
        };
        h.start(&el)?;
        if empty {
            h.end(ns, local, self.open.len())?;
            self.pop_scopes(&mark);
            if self.open.is_empty() {
                self.closed = h.rooted();
            }
        } else {
            self.names.push_str(name);
            self.open.push(Open { ns, ..mark });
        }
        Ok(())
    }

    fn pop_scopes(&mut self, o: &Open) {
        self.names.truncate(o.name);
        self.decls.truncate(o.decls);
        self.bases.truncate(o.bases);
        self.langs.truncate(o.langs);
    }

    fn end(&mut self, name: &str, h: &mut impl Handler) -> Result<(), Halt> {
        let mut name_end = self.names.len();
        let mut found = None;
        for (i, o) in self.open.iter().enumerate().rev() {
            if self.names.get(o.name..name_end) == Some(name) {
                found = Some(i);
                break;
            }
            name_end = o.name;
        }
        match found {
            Some(target) => self.close_to(target, h),
            None => Ok(()), // a stray end tag
        }
    }

    /// Closes the open elements from the innermost down to index `target`.
    fn close_to(&mut self, target: usize, h: &mut impl Handler) -> Result<(), Halt> {
        while self.open.len() > target {
            let Some(o) = self.open.pop() else { break };
            let depth = self.open.len();
            let local = local_name(self.names.get(o.name..).unwrap_or(""));
            let result = h.end(o.ns, local, depth);
            self.pop_scopes(&o);
            result?;
        }
        if self.open.is_empty() {
            self.closed = h.rooted();
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feed::xml::Tokenizer;

    #[derive(Default)]
    struct Log(Vec<String>);

    impl Handler for Log {
        fn start(&mut self, el: &Element<'_>) -> Result<(), Halt> {
            self.0.push(format!(
                "<{:?}:{}@{} base={} lang={}>",
                el.ns,
                el.local,
                el.depth,
                el.base.unwrap_or("-"),
                el.lang.unwrap_or("-")
            ));
            Ok(())
        }
        fn end(&mut self, ns: Ns, local: &str, depth: usize) -> Result<(), Halt> {
            self.0.push(format!("</{ns:?}:{local}@{depth}>"));
            Ok(())
        }
        fn text(&mut self, text: &str) -> Result<(), Halt> {
            self.0.push(text.to_string());
            Ok(())
        }
        fn done(&self) -> bool {
            false
        }
    }

    fn run(doc: &str) -> Vec<String> {
        let mut t = Tokenizer::new();
        let mut tree = Tree::new(Some("https://wire.example/feeds/all.xml"));
        let mut log = Log::default();
        t.push(doc);
        t.run(true, |tok, _| tree.token(tok, &mut log)).unwrap();
        log.0
    }

    #[test]
    fn namespaces_by_uri_and_by_conventional_prefix() {
        let log = run(concat!(
            r#"<feed xmlns="http://www.w3.org/2005/Atom" xmlns:m="http://search.yahoo.com/mrss/">"#,
            r#"<m:thumbnail/><media:content/><dc:creator/><x:y/></feed>"#
        ));
        assert_eq!(
            log[0],
            "<Atom:feed@0 base=https://wire.example/feeds/all.xml lang=->"
        );
        assert_eq!(
            log[1],
            "<Media:thumbnail@1 base=https://wire.example/feeds/all.xml lang=->"
        );
        assert!(log[3].starts_with("<Media:content@1"));
        assert!(log[5].starts_with("<Dc:creator@1"));
        assert!(log[7].starts_with("<Other:y@1"));
    }

    #[test]
    fn base_and_lang_are_scoped() {
        let log = run(concat!(
            r#"<feed xml:base="/news/" xml:lang="en"><entry xml:base="2025/" xml:lang="id">"#,
            r#"<a/></entry><b/></feed>"#
        ));
        assert_eq!(
            log[2],
            "<None:a@2 base=https://wire.example/news/2025/ lang=id>"
        );
        assert_eq!(log[5], "<None:b@1 base=https://wire.example/news/ lang=en>");
    }

    #[test]
    fn nesting_is_repaired_and_garbage_after_the_root_ignored() {
        let log = run("<r><i><t>x</i></stray><j/></r><after>junk</after>");
        assert_eq!(
            log,
            [
                "<None:r@0 base=https://wire.example/feeds/all.xml lang=->",
                "<None:i@1 base=https://wire.example/feeds/all.xml lang=->",
                "<None:t@2 base=https://wire.example/feeds/all.xml lang=->",
                "x",
                "</None:t@2>",
                "</None:i@1>",
                "<None:j@1 base=https://wire.example/feeds/all.xml lang=->",
                "</None:j@1>",
                "</None:r@0>",
            ]
        );
    }

    #[test]
    fn depth_is_capped() {
        let doc = "<a>".repeat(MAX_DEPTH + 1);
        let mut t = Tokenizer::new();
        let mut tree = Tree::new(None);
        let mut log = Log::default();
        t.push(&doc);
        let r = t.run(true, |tok, _| tree.token(tok, &mut log));
        assert!(matches!(
            r,
            Err(crate::feed::xml::Stop::Sink(Halt::Limit(Limit::Depth)))
        ));
    }
}
