//! Atom 1.0 (and the Atom 0.3 names `issued` / `modified`), with `dc:*`
//! and `media:*` extensions in entries.
//!
//! Text constructs follow their `type`: `text` is plain, `html` is HTML
//! source, `xhtml` is serialized back to HTML from the children of its
//! wrapping `<div>`. Content with a `src` or another media type is skipped.
//! Links and images resolve against the `xml:base` chain, then the feed URL.

use super::build::{self, add_category, first, Capture, Item, LangOf, MediaText, Mode};
use super::date;
use super::model::{Feed, Format, Text};
use super::tree::{Element, Halt, Handler, Ns};

/// What a captured element fills.
#[derive(Debug, Clone, Copy)]
enum Field {
    Id,
    Title { html: bool },
    Summary { html: bool },
    Content { html: bool },
    Published,
    Updated,
    AuthorName,
    SourceTitle,
    Creator,
    Category,
    Language,
    Publisher,
    Date,
    Media(MediaText),
    FeedTitle { html: bool },
    FeedAuthorName,
    Generator,
}

/// Elements whose children matter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Parent {
    Author,
    Source,
    FeedAuthor,
}

/// The Atom reader.
pub(crate) struct Atom {
    feed: Feed,
    entry: Option<(usize, Item)>,
    parent: Option<(Parent, usize)>,
    cap: Option<Capture<Field>>,
    full: bool,
    /// The root element has no namespace: unprefixed elements are read as
    /// Atom.
    bare: bool,
}

/// How a text construct's `type` reads: `(html, mode)`; `None` when it is
/// not text.
fn text_type(t: Option<&str>) -> Option<(bool, Mode)> {
    match t.unwrap_or("text") {
        "text" | "text/plain" | "" => Some((false, Mode::Text)),
        "html" | "text/html" => Some((true, Mode::Markup)),
        "xhtml" | "application/xhtml+xml" => Some((true, Mode::Xhtml)),
        _ => None,
    }
}

fn text_of(s: &str, html: bool) -> Option<Text> {
    build::clean(s).map(|v| if html { Text::html(v) } else { Text::plain(v) })
}

impl Atom {
    pub(crate) fn new() -> Self {
        Atom {
            feed: Feed {
                format: Some(Format::Atom),
                ..Feed::default()
            },
            entry: None,
            parent: None,
            cap: None,
            full: false,
            bare: false,
        }
    }

    /// Releases complete so far.
    pub(crate) fn complete(&self) -> usize {
        self.feed.releases.len()
    }

    /// The feed read so far; an unfinished entry is dropped.
    pub(crate) fn finish(self) -> Feed {
        self.feed
    }

    fn entry_child(el: &Element<'_>, item: &mut Item) -> Option<Capture<Field>> {
        let text = |f| Some(Capture::new(f, el, Mode::Text));
        let construct = |f: fn(bool) -> Field| {
            let (html, mode) = text_type(el.attr("type"))?;
            Some(Capture::with_lang(f(html), el, mode))
        };
        match (el.ns, el.local) {
            (Ns::Atom, local) => match local {
                "id" => text(Field::Id),
                "title" => construct(|html| Field::Title { html }),
                "summary" => construct(|html| Field::Summary { html }),
                "content" if el.attr("src").is_none() => construct(|html| Field::Content { html }),
                "published" | "issued" => text(Field::Published),
                "updated" | "modified" => text(Field::Updated),
                "category" => {
                    let label = el.attr("label").filter(|l| !l.is_empty());
                    if let Some(c) = label.or(el.attr("term")) {
                        add_category(&mut item.r.categories, c);
                    }
                    None
                }
                "link" => {
                    let rel = el.attr("rel").unwrap_or("alternate");
                    if rel == "alternate" || rel.is_empty() {
                        if let Some(href) = el.attr("href") {
                            first(&mut item.r.link, build::link(href, el.base));
                        }
                    } else if rel == "enclosure" {
                        item.enclosure(el, "href");
                    }
                    None
                }
                _ => None,
            },
            (Ns::Dc, "creator") => text(Field::Creator),
            (Ns::Dc, "subject") => text(Field::Category),
            (Ns::Dc, "language") => text(Field::Language),
            (Ns::Dc, "publisher") => text(Field::Publisher),
            (Ns::Dc, "date") => text(Field::Date),
            _ => None,
        }
    }

    fn feed_child(&mut self, el: &Element<'_>) -> Option<Capture<Field>> {
        if el.ns != Ns::Atom {
            return None;
        }
        match el.local {
            "title" => {
                let (html, mode) = text_type(el.attr("type"))?;
                Some(Capture::new(Field::FeedTitle { html }, el, mode))
            }
            "generator" => Some(Capture::new(Field::Generator, el, Mode::Text)),
            "link" => {
                if el.attr("rel").unwrap_or("alternate") == "alternate" {
                    if let Some(href) = el.attr("href") {
                        first(&mut self.feed.link, build::link(href, el.base));
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
        let feed = &mut self.feed;
        match c.field {
            Field::FeedTitle { html } => first(&mut feed.title, build::title(s, html)),
            Field::FeedAuthorName => first(&mut feed.publisher, build::oneline(s)),
            Field::Generator => first(&mut feed.generator, build::oneline(s)),
            _ => {}
        }
        let Some((_, item)) = &mut self.entry else {
            return;
        };
        let r = &mut item.r;
        match c.field {
            Field::Id => first(&mut r.id, build::clean(s)),
            Field::Title { html } => {
                first(&mut r.title, build::title(s, html));
                item.text_lang(LangOf::Title, lang);
            }
            Field::Summary { html } => {
                first(&mut r.summary, text_of(s, html));
                item.text_lang(LangOf::Summary, lang);
            }
            Field::Content { html } => {
                first(&mut r.content, text_of(s, html));
                item.text_lang(LangOf::Content, lang);
            }
            Field::Media(what) => item.media_text(what, s),
            Field::Published => first(&mut r.published, date::parse(s)),
            Field::Updated => first(&mut r.updated, date::parse(s)),
            Field::Date => first(&mut item.dc_date, date::parse(s)),
            Field::AuthorName | Field::Creator => item.add_author(build::oneline(s)),
            Field::SourceTitle => first(&mut r.source, build::title(s, build::has_tag(s))),
            Field::Category => add_category(&mut r.categories, s),
            Field::Language => first(&mut item.dc_language, build::clean(s)),
            Field::Publisher => first(&mut item.publisher, build::oneline(s)),
            _ => {}
        }
    }
}

impl Handler for Atom {
    fn start(&mut self, el: &Element<'_>) -> Result<(), Halt> {
        if let Some(c) = &mut self.cap {
            return c.start(el);
        }
        if el.depth == 0 {
            self.feed.language = el.lang.map(str::to_string);
            self.bare = el.ns == Ns::None;
            return Ok(());
        }
        // A feed without the Atom namespace (RFC 4287's examples are often
        // copied that way) is read by local names, as feed readers do.
        let el = &Element {
            ns: if self.bare && el.ns == Ns::None {
                Ns::Atom
            } else {
                el.ns
            },
            ..*el
        };
        if el.ns == Ns::Atom && el.local == "entry" {
            if let Some((_, done)) = self.entry.take() {
                self.push(done);
            }
            self.parent = None;
            self.entry = Some((el.depth, Item::new(el.lang)));
            return Ok(());
        }
        if let Some((parent, depth)) = self.parent {
            if el.depth == depth + 1 && el.ns == Ns::Atom {
                self.cap = match (parent, el.local) {
                    (Parent::Author, "name") => {
                        Some(Capture::new(Field::AuthorName, el, Mode::Text))
                    }
                    (Parent::FeedAuthor, "name") => {
                        Some(Capture::new(Field::FeedAuthorName, el, Mode::Text))
                    }
                    (Parent::Source, "title") => {
                        Some(Capture::new(Field::SourceTitle, el, Mode::Text))
                    }
                    _ => None,
                };
            }
            return Ok(());
        }
        if let Some((depth, item)) = &mut self.entry {
            if el.ns == Ns::Media {
                self.cap = item
                    .media_element(el)
                    .map(|m| Capture::new(Field::Media(m), el, Mode::Text));
            } else if el.depth == *depth + 1 {
                if el.ns == Ns::Atom && el.local == "author" {
                    self.parent = Some((Parent::Author, el.depth));
                } else if el.ns == Ns::Atom && el.local == "source" {
                    self.parent = Some((Parent::Source, el.depth));
                } else {
                    self.cap = Self::entry_child(el, item);
                }
            }
            return Ok(());
        }
        if el.depth == 1 {
            if el.ns == Ns::Atom && el.local == "author" {
                self.parent = Some((Parent::FeedAuthor, el.depth));
            } else {
                self.cap = self.feed_child(el);
            }
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
        if self.parent.is_some_and(|(_, d)| d == depth) {
            self.parent = None;
        } else if self.entry.as_ref().is_some_and(|(d, _)| *d == depth) {
            if let Some((_, item)) = self.entry.take() {
                self.push(item);
            }
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

impl Atom {
    fn push(&mut self, item: Item) {
        self.full = build::add_release(&mut self.feed, item);
    }
}
