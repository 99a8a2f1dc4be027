//! What every format reader shares: collecting an element's content
//! ([`Capture`]), cleaning text, checking URLs, and assembling a
//! [`Release`] from its candidates ([`Item`]).

use super::entities;
use super::limits::{Limit, MAX_AUTHORS, MAX_CATEGORIES, MAX_RELEASES, MAX_STRING_BYTES};
use super::model::{DateTime, Feed, Release, Text};
use super::tree::{Element, Halt, Ns};
use crate::url;

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

/// Passes `text` to the element being captured, if any (the `text` of
/// every format's tree handler).
pub(crate) fn capture_text<F>(cap: &mut Option<Capture<F>>, text: &str) -> Result<(), Halt> {
    match cap {
        Some(c) => c.text(text),
        None => Ok(()),
    }
}

/// Whether a start tag `ns:local` ends the field being captured, if any
/// (the `implies_end` of every format's tree handler).
pub(crate) fn capture_ends<F>(cap: &Option<Capture<F>>, ns: Ns, local: &str) -> bool {
    cap.as_ref().is_some_and(|c| c.ends_here(ns, local))
}

/// Feeds an end tag to the field being captured; the capture, taken out,
/// once its own end tag closes it.
pub(crate) fn capture_end<F>(
    cap: &mut Option<Capture<F>>,
    local: &str,
    depth: usize,
) -> Result<Option<Capture<F>>, Halt> {
    let closed = match cap {
        Some(c) => c.end(local, depth)?,
        None => false,
    };
    Ok(if closed { cap.take() } else { None })
}

/// Adds a finished release to `feed` unless it already holds
/// [`MAX_RELEASES`]; whether the feed is now full (reading stops there).
pub(crate) fn add_release(feed: &mut Feed, item: Item) -> bool {
    if feed.releases.len() < MAX_RELEASES {
        feed.releases.push(item.finish());
    }
    feed.releases.len() >= MAX_RELEASES
}

/// The content of one element being read, until its end tag.
pub(crate) struct Capture<F> {
    /// What the content is for.
    pub field: F,
    /// Depth of the captured element.
    pub depth: usize,
    /// The content so far.
    pub buf: String,
    /// The element's effective base URL, for fields that are URLs.
    pub base: Option<String>,
    /// The element's effective `xml:lang`, for the fields whose language
    /// is the release's.
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

    /// Whether a child element `local` (namespace `ns`) starting now shows
    /// that the captured element was never closed: a feed element, not an
    /// HTML one, inside a field (`<title>News<link>…`,
    /// `<description>…<item>`). Never inside XHTML content.
    pub(crate) fn ends_here(&self, ns: Ns, local: &str) -> bool {
        if self.open > 0 || self.mode == Mode::Xhtml {
            return false;
        }
        matches!(ns, Ns::Content | Ns::Dc | Ns::DcTerms)
            || [
                "item",
                "entry",
                "channel",
                "title",
                "link",
                "description",
                "guid",
                "pubDate",
                "category",
                "author",
                "enclosure",
                "id",
                "summary",
                "published",
                "updated",
            ]
            .contains(&local)
    }

    /// The same, remembering the element's `xml:lang`.
    pub(crate) fn with_lang(field: F, el: &Element<'_>, mode: Mode) -> Self {
        Capture {
            lang: el.lang.map(str::to_string),
            ..Capture::new(field, el, mode)
        }
    }

    /// The same, remembering the element's base URL.
    pub(crate) fn with_base(field: F, el: &Element<'_>, mode: Mode) -> Self {
        Capture {
            base: el.base.map(str::to_string),
            ..Capture::new(field, el, mode)
        }
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

/// `slot` gets `v` unless it already has a value.
pub(crate) fn first<T>(slot: &mut Option<T>, v: Option<T>) {
    if slot.is_none() {
        *slot = v;
    }
}

/// Adds a category (whitespace collapsed) unless it is empty or already
/// there, ignoring case as `crate::unicode` folds it (Latin, Greek,
/// Cyrillic, Armenian; std's Unicode case tables would cost the wasm ~11 KB).
pub(crate) fn add_category(list: &mut Vec<String>, s: &str) {
    if list.len() >= MAX_CATEGORIES {
        return;
    }
    let Some(c) = oneline(s) else { return };
    if !list.iter().any(|x| crate::unicode::eq_ignore_case(x, &c)) {
        list.push(c);
    }
}

/// Adds an author's name unless it is already there (at most
/// [`MAX_AUTHORS`]).
pub(crate) fn add_author(list: &mut Vec<String>, name: Option<String>) {
    if let Some(name) = name {
        if list.len() < MAX_AUTHORS && !list.contains(&name) {
            list.push(name);
        }
    }
}

/// A Media RSS text element inside a release, read at any depth (in
/// `media:group` and `media:content` too): fallbacks for the title, the
/// summary and the categories (Media RSS 1.5.1, "Optional Elements").
#[derive(Debug, Clone, Copy)]
pub(crate) enum MediaText {
    /// `media:title`; `type="html"` or plain.
    Title { html: bool },
    /// `media:description`; `type="html"` or plain.
    Description { html: bool },
    /// `media:category` without a `label` (its text).
    Category,
}

/// Which text's `xml:lang` speaks for a release, most telling first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum LangOf {
    /// `content`, `content:encoded`.
    Content,
    /// `summary`, `description`.
    Summary,
    /// `title`.
    Title,
}

/// A release being read, with the candidates for fields that several
/// elements can fill.
#[derive(Debug, Default)]
pub(crate) struct Item {
    pub r: Release,
    /// RSS `description`.
    pub description: Option<Text>,
    /// `content:encoded`.
    pub encoded: Option<Text>,
    /// `media:thumbnail`.
    pub thumbnail: Option<String>,
    /// An image `media:content`.
    pub media: Option<String>,
    /// An image `enclosure` / Atom `link rel="enclosure"`.
    pub enclosure: Option<String>,
    pub authors: Vec<String>,
    /// `atom:link rel="alternate"` in RSS.
    pub alt_link: Option<String>,
    /// A permalink `guid`.
    pub guid_link: Option<String>,
    /// `dc:date`, `dcterms:issued`, `atom:published` in RSS.
    pub dc_date: Option<DateTime>,
    /// `dc:publisher`.
    pub publisher: Option<String>,
    /// `dc:title`.
    pub dc_title: Option<String>,
    /// `dc:description`.
    pub dc_description: Option<Text>,
    /// `media:title`.
    pub media_title: Option<String>,
    /// `media:description`.
    pub media_description: Option<Text>,
    /// `media:category` values.
    pub media_categories: Vec<String>,
    /// The item's `dc:language`.
    pub dc_language: Option<String>,
    /// The `xml:lang` of the most telling text read ([`LangOf`]).
    pub text_lang: Option<(LangOf, String)>,
}

impl Item {
    pub(crate) fn new(lang: Option<&str>) -> Self {
        let mut item = Item::default();
        item.r.language = lang.map(str::to_string);
        item
    }

    pub(crate) fn add_author(&mut self, name: Option<String>) {
        add_author(&mut self.authors, name);
    }

    /// Notes the effective `xml:lang` of a text the release holds.
    pub(crate) fn text_lang(&mut self, of: LangOf, lang: Option<String>) {
        let Some(lang) = lang.filter(|l| !l.is_empty()) else {
            return;
        };
        if self.text_lang.as_ref().is_none_or(|(o, _)| of < *o) {
            self.text_lang = Some((of, lang));
        }
    }

    /// Reads a Media RSS element starting inside the release: images now;
    /// the text element whose content is to be captured, if it is one.
    pub(crate) fn media_element(&mut self, el: &Element<'_>) -> Option<MediaText> {
        self.media(el);
        let html = || el.attr("type") == Some("html");
        match el.local {
            "title" => Some(MediaText::Title { html: html() }),
            "description" => Some(MediaText::Description { html: html() }),
            "category" => match el.attr("label").filter(|l| !l.is_empty()) {
                Some(label) => {
                    add_category(&mut self.media_categories, label);
                    None
                }
                None => Some(MediaText::Category),
            },
            _ => None,
        }
    }

    /// Stores the text `s` of a Media RSS element.
    pub(crate) fn media_text(&mut self, what: MediaText, s: &str) {
        match what {
            MediaText::Title { html } => first(&mut self.media_title, title(s, html)),
            MediaText::Description { html } => first(
                &mut self.media_description,
                clean(s).map(|v| if html { Text::html(v) } else { Text::plain(v) }),
            ),
            MediaText::Category => add_category(&mut self.media_categories, s),
        }
    }

    /// Reads a `media:thumbnail` / `media:content` element.
    fn media(&mut self, el: &Element<'_>) {
        let Some(raw) = el.attr("url") else { return };
        match el.local {
            "thumbnail" => first(&mut self.thumbnail, image(raw, el.base)),
            "content" if is_image(el.attr("type"), el.attr("medium"), raw) => {
                first(&mut self.media, image(raw, el.base))
            }
            _ => {}
        }
    }

    /// Reads an `enclosure` (RSS) or `link rel="enclosure"` (Atom) with
    /// its URL in `url_attr`.
    pub(crate) fn enclosure(&mut self, el: &Element<'_>, url_attr: &str) {
        if let Some(raw) = el.attr(url_attr) {
            if is_image(el.attr("type"), None, raw) {
                first(&mut self.enclosure, image(raw, el.base));
            }
        }
    }

    /// The release, each field from its best candidate.
    pub(crate) fn finish(self) -> Release {
        let mut r = self.r;
        first(&mut r.title, self.dc_title.or(self.media_title));
        let description = self.description.or(self.dc_description);
        match self.encoded {
            Some(encoded) => {
                first(&mut r.summary, description);
                first(&mut r.content, Some(encoded));
            }
            None => first(&mut r.content, description),
        }
        if r.summary.is_none() && r.content.is_none() {
            r.summary = self.media_description;
        }
        if r.categories.is_empty() {
            r.categories = self.media_categories;
        }
        if let Some(lang) = self.dc_language.or(self.text_lang.map(|(_, l)| l)) {
            r.language = Some(lang);
        }
        first(
            &mut r.image,
            self.thumbnail.or(self.media).or(self.enclosure),
        );
        if r.author.is_none() && !self.authors.is_empty() {
            r.author = Some(self.authors.join(", "));
        }
        first(&mut r.link, self.alt_link.or(self.guid_link));
        first(&mut r.published, self.dc_date);
        first(&mut r.source, self.publisher);
        r
    }
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

    #[test]
    fn categories_are_deduplicated_in_order() {
        let mut c = Vec::new();
        for s in ["Top Story", " top  story ", "Daily News", "", "Daily News"] {
            add_category(&mut c, s);
        }
        assert_eq!(c, ["Top Story", "Daily News"]);
    }
}
