//! RSS 0.91 / 0.92 / 2.0 (`<rss><channel><item>`) and RSS 1.0 / 0.90
//! (`<rdf:RDF>` with `channel` and `item` side by side), with the
//! extensions press feeds use: `content:encoded`, `dc:*`, `dcterms:*`,
//! `media:*`, `atom:link`.
//!
//! Channel fields are read only from direct children of `channel` (so an
//! `<image><title>` is never the feed title); item fields from direct
//! children of `item`, except Media RSS elements, read at any depth inside
//! the item (`media:group`, `media:content/media:thumbnail`).

use super::build::{self, add_category, first, Capture, Item, LangOf, MediaText, Mode};
use super::date;
use super::model::{Feed, Format, Text};
use super::tree::{Element, Halt, Handler, Ns};

/// What a captured element fills.
#[derive(Debug, Clone, Copy)]
enum Field {
    Title,
    Link,
    Guid { permalink: bool },
    Published,
    Date,
    Updated,
    Description,
    Encoded,
    Author,
    Creator,
    Category,
    Source,
    Language,
    Publisher,
    DcTitle,
    DcDescription,
    Media(MediaText),
    FeedTitle,
    FeedDcTitle,
    FeedLink,
    FeedLanguage,
    FeedDcLanguage,
    Generator,
    FeedPublisher,
    Editor,
}

/// The RSS / RDF reader.
pub(crate) struct Rss {
    feed: Feed,
    /// Depth of the open `channel`, while it is open.
    channel: Option<usize>,
    item: Option<(usize, Item)>,
    cap: Option<Capture<Field>>,
    root_lang: Option<String>,
    channel_lang: Option<String>,
    dc_language: Option<String>,
    dc_title: Option<String>,
    editor: Option<String>,
    alt_link: Option<String>,
    full: bool,
}

impl Rss {
    pub(crate) fn new(format: Format) -> Self {
        Rss {
            feed: Feed {
                format: Some(format),
                ..Feed::default()
            },
            channel: None,
            item: None,
            cap: None,
            root_lang: None,
            channel_lang: None,
            dc_language: None,
            dc_title: None,
            editor: None,
            alt_link: None,
            full: false,
        }
    }

    /// Releases complete so far.
    pub(crate) fn complete(&self) -> usize {
        self.feed.releases.len()
    }

    /// The feed read so far; an unfinished item is dropped.
    pub(crate) fn finish(self) -> Feed {
        let mut feed = self.feed;
        first(&mut feed.title, self.dc_title);
        first(
            &mut feed.language,
            self.dc_language.or(self.channel_lang).or(self.root_lang),
        );
        first(&mut feed.publisher, self.editor);
        first(&mut feed.link, self.alt_link);
        feed
    }

    fn push(&mut self, item: Item) {
        self.full = build::add_release(&mut self.feed, item);
    }

    fn item_child(el: &Element<'_>, item: &mut Item) -> Option<Capture<Field>> {
        let text = |f| Some(Capture::new(f, el, Mode::Text));
        match (el.ns, el.local) {
            (ns, local) if ns.is_rss() => match local {
                "title" => Some(Capture::with_lang(Field::Title, el, Mode::Text)),
                "link" => Some(Capture::with_base(Field::Link, el, Mode::Text)),
                "guid" => {
                    let permalink = el.attr("isPermaLink") != Some("false");
                    text(Field::Guid { permalink })
                }
                "pubDate" => text(Field::Published),
                "description" => Some(Capture::with_lang(Field::Description, el, Mode::Markup)),
                "author" => text(Field::Author),
                "category" => text(Field::Category),
                "source" => text(Field::Source),
                "enclosure" => {
                    item.enclosure(el, "url");
                    None
                }
                _ => None,
            },
            (Ns::Content, "encoded") => Some(Capture::with_lang(Field::Encoded, el, Mode::Markup)),
            (Ns::Dc, "title") => text(Field::DcTitle),
            (Ns::Dc, "description") => Some(Capture::new(Field::DcDescription, el, Mode::Markup)),
            (Ns::Dc, "creator") => text(Field::Creator),
            (Ns::Dc, "date") | (Ns::DcTerms, "issued" | "created") | (Ns::Atom, "published") => {
                text(Field::Date)
            }
            (Ns::Dc, "language") => text(Field::Language),
            (Ns::Dc, "publisher") => text(Field::Publisher),
            (Ns::Dc, "subject") => text(Field::Category),
            (Ns::DcTerms, "modified") | (Ns::Atom, "updated") => text(Field::Updated),
            (Ns::Atom, "link") => {
                let rel = el.attr("rel").unwrap_or("alternate");
                if rel == "alternate" {
                    if let Some(href) = el.attr("href") {
                        first(&mut item.alt_link, build::link(href, el.base));
                    }
                } else if rel == "enclosure" {
                    item.enclosure(el, "href");
                }
                None
            }
            _ => None,
        }
    }

    fn channel_child(&mut self, el: &Element<'_>) -> Option<Capture<Field>> {
        let text = |f| Some(Capture::new(f, el, Mode::Text));
        match (el.ns, el.local) {
            (ns, local) if ns.is_rss() => match local {
                "title" => text(Field::FeedTitle),
                "link" => Some(Capture::with_base(Field::FeedLink, el, Mode::Text)),
                "language" => text(Field::FeedLanguage),
                "generator" => text(Field::Generator),
                "managingEditor" => text(Field::Editor),
                _ => None,
            },
            (Ns::Dc, "language") => text(Field::FeedDcLanguage),
            (Ns::Dc, "title") => text(Field::FeedDcTitle),
            (Ns::Dc, "publisher") => text(Field::FeedPublisher),
            (Ns::Atom, "link") => {
                if el.attr("rel").unwrap_or("alternate") == "alternate" {
                    if let Some(href) = el.attr("href") {
                        first(&mut self.alt_link, build::link(href, el.base));
                    }
                }
                None
            }
            _ => None,
        }
    }

    fn store(&mut self, c: Capture<Field>) {
        let lang = c.lang;
        let s = c.buf.as_str();
        let base = c.base.as_deref();
        let feed = &mut self.feed;
        match c.field {
            Field::FeedTitle => first(&mut feed.title, build::title(s, true)),
            Field::FeedLink => first(&mut feed.link, build::link(s, base)),
            Field::FeedLanguage => first(&mut feed.language, build::clean(s)),
            Field::FeedDcLanguage => first(&mut self.dc_language, build::clean(s)),
            Field::FeedDcTitle => first(&mut self.dc_title, build::title(s, true)),
            Field::Generator => first(&mut feed.generator, build::oneline(s)),
            Field::FeedPublisher => first(&mut feed.publisher, build::oneline(s)),
            Field::Editor => first(&mut self.editor, build::person(s)),
            _ => {}
        }
        let Some((_, item)) = &mut self.item else {
            return;
        };
        let r = &mut item.r;
        match c.field {
            Field::Title => {
                first(&mut r.title, build::title(s, true));
                item.text_lang(LangOf::Title, lang);
            }
            Field::Link => first(&mut r.link, build::link(s, base)),
            Field::Guid { permalink } => {
                first(&mut r.id, build::clean(s));
                if permalink && crate::url::scheme_of(s.trim()).is_some() {
                    first(&mut item.guid_link, build::link(s, None));
                }
            }
            Field::Published => first(&mut r.published, date::parse(s)),
            Field::Date => first(&mut item.dc_date, date::parse(s)),
            Field::Updated => first(&mut r.updated, date::parse(s)),
            Field::Description => {
                first(&mut item.description, build::clean(s).map(Text::html));
                item.text_lang(LangOf::Summary, lang);
            }
            Field::Encoded => {
                first(&mut item.encoded, build::clean(s).map(Text::html));
                item.text_lang(LangOf::Content, lang);
            }
            Field::DcTitle => first(&mut item.dc_title, build::title(s, true)),
            Field::DcDescription => {
                first(&mut item.dc_description, build::clean(s).map(Text::html))
            }
            Field::Media(what) => item.media_text(what, s),
            Field::Author => item.add_author(build::person(s)),
            Field::Creator => item.add_author(build::oneline(s)),
            Field::Category => add_category(&mut r.categories, s),
            Field::Source => first(&mut r.source, build::oneline(s)),
            Field::Language => first(&mut item.dc_language, build::clean(s)),
            Field::Publisher => first(&mut item.publisher, build::oneline(s)),
            _ => {}
        }
    }
}

impl Handler for Rss {
    fn start(&mut self, el: &Element<'_>) -> Result<(), Halt> {
        if let Some(c) = &mut self.cap {
            return c.start(el);
        }
        let rss = el.ns.is_rss();
        if el.depth == 0 {
            self.root_lang = el.lang.map(str::to_string);
            if el.local == "channel" {
                self.channel = Some(0);
            }
            return Ok(());
        }
        if rss && el.local == "item" {
            if let Some((_, done)) = self.item.take() {
                // An item opened inside an unclosed one: the first is over.
                self.push(done);
            }
            let mut item = Item::new(el.lang);
            item.r.id = el.attr("about").and_then(build::clean);
            self.item = Some((el.depth, item));
            return Ok(());
        }
        if let Some((depth, item)) = &mut self.item {
            if el.ns == Ns::Media {
                self.cap = item
                    .media_element(el)
                    .map(|m| Capture::new(Field::Media(m), el, Mode::Text));
            } else if el.depth == *depth + 1 {
                self.cap = Self::item_child(el, item);
            }
            return Ok(());
        }
        if rss && el.local == "channel" && self.channel.is_none() {
            self.channel = Some(el.depth);
            self.channel_lang = el.lang.map(str::to_string);
            return Ok(());
        }
        if self.channel.is_some_and(|d| el.depth == d + 1) {
            self.cap = self.channel_child(el);
        }
        Ok(())
    }

    fn end(&mut self, _ns: Ns, local: &str, depth: usize) -> Result<(), Halt> {
        if self.cap.is_some() {
            if let Some(c) = build::capture_end(&mut self.cap, local, depth)? {
                self.store(c);
            }
            return Ok(());
        }
        if self.item.as_ref().is_some_and(|(d, _)| *d == depth) {
            if let Some((_, item)) = self.item.take() {
                self.push(item);
            }
        } else if self.channel == Some(depth) {
            self.channel = None;
        }
        Ok(())
    }

    fn text(&mut self, text: &str) -> Result<(), Halt> {
        build::capture_text(&mut self.cap, text)
    }

    fn done(&self) -> bool {
        self.full
    }

    fn implies_end(&self, ns: Ns, local: &str) -> bool {
        build::capture_ends(&self.cap, ns, local)
    }
}
