//! The language the XML formats are written in: a [`Schema`] per format
//! (`rss.rs`, `atom.rs`) says which elements matter where, what each one's
//! value is ([`Read`]) and where it goes ([`Field`]), and which start tags
//! end a field left unclosed ([`Ends`]). One reader (`reader.rs`) reads
//! every format from its schema.
//!
//! How the reader walks a document with it:
//! - the root element names the format; its `xml:lang` is the feed's
//!   last-resort language;
//! - [`Schema::channel`] (RSS `channel`, at any depth, or the root itself
//!   when it has that local name; Atom's root `feed`): its direct children
//!   are read with [`Schema::feed_fields`];
//! - [`Schema::release`] (RSS `item`, Atom `entry`, at any depth): its
//!   direct children are read with [`Schema::release_fields`], and Media RSS
//!   elements (`media:*`) at any depth inside it
//!   ([`super::draft::ReleaseDraft::media_element`]). A release element
//!   starting inside an unclosed one ends that one;
//! - a [`Read::Group`] (Atom `author`, `source`): its direct children are
//!   read with the group's own rules; nothing else inside it is.

use super::capture::{Capture, Mode};
use super::clean::{clean, has_tag, link, oneline, person, title};
use super::date;
use super::draft::{add_category, fill, FeedDraft, LangOf, MediaText, ReleaseDraft};
use super::model::Text;
use super::tree::{Element, Ns};

/// One XML feed format, as data.
pub(crate) struct Schema {
    /// The element whose direct children are the feed's own fields.
    pub channel: Name,
    /// The element of one release.
    pub release: Name,
    /// The attribute of the release element that is its id (RDF's
    /// `rdf:about`), if the format has one.
    pub release_id: Option<&'static str>,
    /// The namespace unprefixed elements are read in when the root has
    /// no namespace (an Atom feed written without its namespace, as RFC
    /// 4287's examples are often copied, is read by local names).
    pub bare: Option<Ns>,
    /// How the channel's direct children are read.
    pub feed_fields: &'static [Rule],
    /// How a release's direct children are read.
    pub release_fields: &'static [Rule],
    /// The start tags that end a field left unclosed.
    pub ends: Ends,
}

/// An element name in a schema. [`Ns::Rss`] stands for plain RSS: no
/// namespace or the RSS 1.0 one.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Name(pub Ns, pub &'static str);

impl Name {
    /// Whether `el` is this element.
    #[inline]
    pub(crate) fn is(self, el: &Element<'_>) -> bool {
        let Name(ns, local) = self;
        (el.ns == ns || (ns == Ns::Rss && el.ns == Ns::None)) && el.local == local
    }
}

/// An element that matters, and how it is read.
pub(crate) struct Rule(pub Name, pub Read);

/// The rule reading element `local` of namespace `ns` by `read`.
pub(crate) const fn rule(ns: Ns, local: &'static str, read: Read) -> Rule {
    Rule(Name(ns, local), read)
}

/// How an element is read.
#[derive(Clone, Copy)]
pub(crate) enum Read {
    /// Its content, kept as [`Form`] says, is the value of [`Field`].
    Text(Field, Form),
    /// An Atom text construct: its `type` says the form (`text`, `html`,
    /// `xhtml`); skipped when it is not text, or, when `out_of_line` may
    /// be, when it has a `src`.
    Construct { field: Field, out_of_line: bool },
    /// RSS `guid`: the release's id, and its link when it is a permalink
    /// URL (`isPermaLink` not `false`).
    Guid,
    /// A link by its `rel` (absent: `alternate`): one of `alternates` is
    /// the page of the release (or of the feed, outside releases);
    /// `enclosure` is an image of the release when its `type` says so.
    Link { alternates: &'static [&'static str] },
    /// An enclosure, with its URL in this attribute: the release's image
    /// when its `type` (or the URL) says it is one.
    Enclosure(&'static str),
    /// A category named by its `label` attribute, else its `term`.
    CategoryAttrs,
    /// An element whose direct children are read with these rules.
    Group(&'static [Rule]),
}

/// How an element's content is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    /// Plain text: child elements vanish, their text stays.
    Plain,
    /// Escaped HTML read as text (RSS titles): child elements vanish, the
    /// text is HTML source.
    HtmlText,
    /// HTML: the text is HTML source, child elements are written back as
    /// HTML.
    Html,
}

impl Form {
    /// Whether the value is HTML, and how the capture keeps children.
    pub(crate) fn parts(self) -> (bool, Mode) {
        match self {
            Form::Plain => (false, Mode::Text),
            Form::HtmlText => (true, Mode::Text),
            Form::Html => (true, Mode::Markup),
        }
    }
}

/// How an Atom text construct's `type` reads: `(html, mode)`; `None` when
/// it is not text.
pub(crate) fn construct_type(t: Option<&str>) -> Option<(bool, Mode)> {
    match t.unwrap_or("text") {
        "text" | "text/plain" | "" => Some((false, Mode::Text)),
        "html" | "text/html" => Some((true, Mode::Markup)),
        "xhtml" | "application/xhtml+xml" => Some((true, Mode::Xhtml)),
        _ => None,
    }
}

/// The start tags that end a field left unclosed: a feed element, not an
/// HTML one, starting directly inside a field (`<title>News<link>…`,
/// `<description>…<item>`). Matched by local name in any namespace, or
/// by namespace.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Ends {
    /// Every element of these namespaces.
    pub spaces: &'static [Ns],
    /// Elements with these local names.
    pub names: &'static [&'static str],
}

impl Ends {
    /// Whether a start tag `ns:local` is one of them.
    pub(crate) fn contains(&self, ns: Ns, local: &str) -> bool {
        self.spaces.contains(&ns) || self.names.contains(&local)
    }
}

/// Where a captured element's value goes, and how its text is cleaned.
/// Release fields are kept only inside a release; feed fields only outside.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Field {
    /// The release's id, trimmed.
    Id,
    /// Its title (HTML or plain as captured); `xml:lang` noted.
    Title,
    /// Its link, resolved against the element's base.
    Link,
    /// Its id; a permalink URL is also a candidate link.
    Guid { permalink: bool },
    /// Its publication date.
    Published,
    /// Its update date.
    Updated,
    /// A candidate publication date (`dc:date` and alike).
    Date,
    /// RSS `description` (HTML): the summary, or the content when there is
    /// no `content:encoded`; `xml:lang` noted.
    Description,
    /// `content:encoded` (HTML): the content; `xml:lang` noted.
    Encoded,
    /// Atom `summary`; `xml:lang` noted.
    Summary,
    /// Atom `content`; `xml:lang` noted.
    Content,
    /// `dc:title`: a candidate title.
    DcTitle,
    /// `dc:description`: a candidate description.
    DcDescription,
    /// A Media RSS text (title, description, category): candidates.
    Media(MediaText),
    /// An author as RSS writes one (`press@x.example (Jane Doe)`).
    Person,
    /// An author's name.
    Author,
    /// A category.
    Category,
    /// The release's source, on one line.
    Source,
    /// Atom `source/title`: the release's source, HTML only if it looks
    /// like it.
    SourceTitle,
    /// `dc:language`: the release's language, above any `xml:lang`.
    Language,
    /// `dc:publisher`: a candidate source.
    Publisher,
    /// The feed's title.
    FeedTitle,
    /// `dc:title` of the feed: a candidate title.
    FeedDcTitle,
    /// The feed's link, resolved against the element's base.
    FeedLink,
    /// The feed's language.
    FeedLanguage,
    /// `dc:language` of the feed: the first candidate language.
    FeedDcLanguage,
    /// The feed's generator.
    Generator,
    /// The feed's publisher.
    FeedPublisher,
    /// RSS `managingEditor`: a candidate publisher.
    Editor,
}

/// A captured element's field, and whether its text is HTML.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Target {
    pub field: Field,
    pub html: bool,
}

impl Field {
    /// Which text of the release this is, for its language.
    fn lang_of(self) -> Option<LangOf> {
        match self {
            Field::Title => Some(LangOf::Title),
            Field::Description | Field::Summary => Some(LangOf::Summary),
            Field::Encoded | Field::Content => Some(LangOf::Content),
            _ => None,
        }
    }

    /// Whether the value is a URL relative to the element's base.
    fn is_url(self) -> bool {
        matches!(self, Field::Link | Field::FeedLink)
    }

    /// Starts capturing `el` for this field.
    pub(crate) fn capture(self, html: bool, el: &Element<'_>, mode: Mode) -> Capture<Target> {
        let mut c = Capture::new(Target { field: self, html }, el, mode);
        if self.lang_of().is_some() {
            c.lang = el.lang.map(str::to_string);
        }
        if self.is_url() {
            c.base = el.base.map(str::to_string);
        }
        c
    }
}

/// Stores a captured value where its field says: in `feed`, or in
/// `release` when one is being read (a release field read outside one is
/// dropped).
pub(crate) fn store(c: Capture<Target>, feed: &mut FeedDraft, release: Option<&mut ReleaseDraft>) {
    let Target { field, html } = c.field;
    let s = c.buf.as_str();
    let base = c.base.as_deref();
    let f = &mut feed.feed;
    match field {
        Field::FeedTitle => fill(&mut f.title, title(s, html)),
        Field::FeedDcTitle => fill(&mut feed.dc_title, title(s, html)),
        Field::FeedLink => fill(&mut f.link, link(s, base)),
        Field::FeedLanguage => fill(&mut f.language, clean(s)),
        Field::FeedDcLanguage => fill(&mut feed.dc_language, clean(s)),
        Field::Generator => fill(&mut f.generator, oneline(s)),
        Field::FeedPublisher => fill(&mut f.publisher, oneline(s)),
        Field::Editor => fill(&mut feed.editor, person(s)),
        _ => {
            if let Some(d) = release {
                if let Some(of) = field.lang_of() {
                    d.text_lang(of, c.lang);
                }
                store_release(field, html, s, base, d);
            }
        }
    }
}

/// Stores the value `s` of a release field.
fn store_release(field: Field, html: bool, s: &str, base: Option<&str>, d: &mut ReleaseDraft) {
    let r = &mut d.release;
    let text = || clean(s).map(|v| if html { Text::html(v) } else { Text::plain(v) });
    match field {
        Field::Id => fill(&mut r.id, clean(s)),
        Field::Title => fill(&mut r.title, title(s, html)),
        Field::Link => fill(&mut r.link, link(s, base)),
        Field::Guid { permalink } => {
            fill(&mut r.id, clean(s));
            if permalink && crate::url::scheme_of(s.trim()).is_some() {
                fill(&mut d.guid_link, link(s, None));
            }
        }
        Field::Published => fill(&mut r.published, date::parse(s)),
        Field::Updated => fill(&mut r.updated, date::parse(s)),
        Field::Date => fill(&mut d.dc_date, date::parse(s)),
        Field::Description => fill(&mut d.description, text()),
        Field::Encoded => fill(&mut d.encoded, text()),
        Field::Summary => fill(&mut r.summary, text()),
        Field::Content => fill(&mut r.content, text()),
        Field::DcTitle => fill(&mut d.dc_title, title(s, html)),
        Field::DcDescription => fill(&mut d.dc_description, text()),
        Field::Media(what) => d.media_text(what, s),
        Field::Person => d.add_author(person(s)),
        Field::Author => d.add_author(oneline(s)),
        Field::Category => add_category(&mut r.categories, s),
        Field::Source => fill(&mut r.source, oneline(s)),
        Field::SourceTitle => fill(&mut r.source, title(s, has_tag(s))),
        Field::Language => fill(&mut d.dc_language, clean(s)),
        Field::Publisher => fill(&mut d.publisher, oneline(s)),
        _ => {}
    }
}
