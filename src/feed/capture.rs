//! Collecting the content of one element, until its end tag
//! ([`Capture`]): its text only, or its children written back as HTML.

use super::entities;
use super::limits::{Limit, MAX_STRING_BYTES};
use super::tree::{Element, Halt};

/// How a captured element's children are kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// Text only: child elements vanish, their text stays (titles, dates).
    Text,
    /// HTML: the element's own text is HTML source already (escaped HTML,
    /// CDATA); child elements (unescaped HTML in a broken feed) are written
    /// back as HTML, their text escaped.
    Markup,
    /// Atom `type="xhtml"`: children written back as HTML, all text escaped,
    /// the wrapping `<div>` dropped.
    Xhtml,
}

/// Elements that have no end tag in HTML.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// The content of one element being read, until its end tag.
pub(crate) struct Capture<F> {
    /// What the content is for.
    pub field: F,
    /// Depth of the captured element.
    pub depth: usize,
    /// The content so far.
    pub buf: String,
    /// The element's effective base URL, for fields that are URLs (set by
    /// the reader; `None` from [`Capture::new`]).
    pub base: Option<String>,
    /// The element's effective `xml:lang`, for the fields whose language
    /// is the release's (set by the reader; `None` from [`Capture::new`]).
    pub lang: Option<String>,
    mode: Mode,
    /// Depth of the XHTML wrapper `<div>` being dropped.
    wrapper: Option<usize>,
    /// The XHTML wrapper may still come (nothing but whitespace so far).
    wrapper_may_come: bool,
    /// How many child elements are open.
    open: usize,
}

impl<F> Capture<F> {
    pub(crate) fn new(field: F, el: &Element<'_>, mode: Mode) -> Self {
        Capture {
            field,
            depth: el.depth,
            buf: String::new(),
            base: None,
            lang: None,
            mode,
            wrapper: None,
            wrapper_may_come: mode == Mode::Xhtml,
            open: 0,
        }
    }

    /// Whether a child element starting now may show that the captured
    /// element was never closed (`<title>News<link>…`,
    /// `<description>…<item>`): only a direct child, and never inside
    /// XHTML content. Which elements do is the format's
    /// ([`super::schema::Schema::ends`]).
    pub(crate) fn may_end(&self) -> bool {
        self.open == 0 && self.mode != Mode::Xhtml
    }

    fn room(&self, more: usize) -> Result<(), Halt> {
        if self.buf.len().saturating_add(more) > MAX_STRING_BYTES {
            Err(Halt::Limit(Limit::StringBytes))
        } else {
            Ok(())
        }
    }

    /// A child element starts.
    pub(crate) fn start(&mut self, el: &Element<'_>) -> Result<(), Halt> {
        self.open += 1;
        if self.mode == Mode::Text {
            return Ok(());
        }
        if self.wrapper_may_come && el.depth == self.depth + 1 && el.local == "div" {
            self.wrapper = Some(el.depth);
            self.wrapper_may_come = false;
            return Ok(());
        }
        self.wrapper_may_come = false;
        let mut tag = String::with_capacity(el.local.len() + 2);
        tag.push('<');
        tag.push_str(el.local);
        for (name, value) in el.attrs {
            if name.starts_with("xmlns") {
                continue;
            }
            tag.push(' ');
            tag.push_str(name);
            tag.push_str("=\"");
            entities::escape_attr(value, &mut tag);
            tag.push('"');
        }
        tag.push('>');
        self.room(tag.len())?;
        self.buf.push_str(&tag);
        Ok(())
    }

    /// An element ends at `depth`; `true` when it is the captured one.
    pub(crate) fn end(&mut self, local: &str, depth: usize) -> Result<bool, Halt> {
        if depth <= self.depth {
            return Ok(true);
        }
        self.open = self.open.saturating_sub(1);
        if self.mode == Mode::Text || self.wrapper == Some(depth) || VOID.contains(&local) {
            return Ok(false);
        }
        self.room(local.len() + 3)?;
        self.buf.push_str("</");
        self.buf.push_str(local);
        self.buf.push('>');
        Ok(false)
    }

    /// Text inside the captured element.
    pub(crate) fn text(&mut self, text: &str) -> Result<(), Halt> {
        if self.wrapper_may_come && !text.trim().is_empty() {
            self.wrapper_may_come = false;
        }
        let escape = match self.mode {
            Mode::Text => false,
            Mode::Markup => self.open > 0,
            Mode::Xhtml => true,
        };
        if escape {
            let mut escaped = String::with_capacity(text.len());
            entities::escape_text(text, &mut escaped);
            self.room(escaped.len())?;
            self.buf.push_str(&escaped);
        } else {
            self.room(text.len())?;
            self.buf.push_str(text);
        }
        Ok(())
    }
}
