//! The one reader of the XML formats: a tree [`Handler`] that reads
//! whichever format the root element names, driven by that format's
//! [`Schema`] (`rss.rs`, `atom.rs`).
//!
//! Until a top-level element is a feed root ([`detect::root`]), top-level
//! markup is skipped (a PHP warning before the feed …) and the first
//! reason it was not a feed is kept. Releases are counted as each one ends
//! ([`Reader::complete`]), and reading stops once the feed holds
//! [`super::limits::MAX_RELEASES`].

use super::capture::{Capture, Mode};
use super::clean::{clean, link};
use super::detect;
use super::draft::{add_category, fill, FeedDraft, ReleaseDraft};
use super::model::{Feed, Format};
use super::schema::{self, construct_type, Field, Read, Rule, Schema, Target};
use super::tree::{Element, Halt, Handler, Ns};
use super::{atom, rss};

/// The schema that reads `format`.
fn schema_of(format: Format) -> &'static Schema {
    match format {
        Format::Atom => &atom::SCHEMA,
        _ => &rss::SCHEMA,
    }
}

/// An XML feed being read.
#[derive(Default)]
pub(crate) struct Reader {
    /// The format's schema, once the root element has named one.
    schema: Option<&'static Schema>,
    /// Why the first top-level element was not a feed root, until one is.
    not_a_feed: Option<&'static str>,
    feed: FeedDraft,
    /// Namespace unprefixed elements are read in ([`Schema::bare`], when
    /// the root has no namespace).
    bare: Option<Ns>,
    /// Depth of the open channel, while it is open.
    channel: Option<usize>,
    /// The release being read, and its depth.
    release: Option<(usize, ReleaseDraft)>,
    /// The open group, its depth and the rules of its children.
    group: Option<(usize, &'static [Rule])>,
    /// The element whose content is being captured.
    cap: Option<Capture<Target>>,
    /// The feed holds the most releases it may.
    full: bool,
}

impl Reader {
    /// Releases complete so far.
    pub(crate) fn complete(&self) -> usize {
        self.feed.complete()
    }

    /// Why the document is not a feed, while no root has been accepted and
    /// a top-level element was seen.
    pub(crate) fn not_a_feed(&self) -> Option<&'static str> {
        self.not_a_feed.filter(|_| self.schema.is_none())
    }

    /// The feed read so far (an unfinished release is dropped), or, when
    /// no feed root was found, why not (`None`: no element at all).
    pub(crate) fn finish(self) -> Result<Feed, Option<&'static str>> {
        match self.schema {
            Some(_) => Ok(self.feed.finish()),
            None => Err(self.not_a_feed),
        }
    }

    fn add(&mut self, release: ReleaseDraft) {
        self.full = self.feed.add(release);
    }

    /// The root element: decides the format, or is skipped.
    fn root(&mut self, el: &Element<'_>) {
        let schema = match self.schema {
            Some(schema) => schema,
            None => match detect::root(el.local) {
                Ok(format) => {
                    self.feed = FeedDraft::new(format);
                    *self.schema.insert(schema_of(format))
                }
                Err(reason) => return fill(&mut self.not_a_feed, Some(reason)),
            },
        };
        self.feed.root_lang = el.lang.map(str::to_string);
        self.bare = schema.bare.filter(|_| el.ns == Ns::None);
        if el.local == schema.channel.1 {
            self.channel = Some(0);
        }
    }

    /// Reads `el` by the first of `rules` that names it, if any.
    fn read(&mut self, rules: &'static [Rule], el: &Element<'_>) {
        let Some(Rule(_, read)) = rules.iter().find(|Rule(name, _)| name.is(el)) else {
            return;
        };
        let release = self.release.as_mut().map(|(_, d)| d);
        self.cap = match *read {
            Read::Text(field, form) => {
                let (html, mode) = form.parts();
                Some(field.capture(html, el, mode))
            }
            Read::Construct { field, out_of_line } => {
                if out_of_line && el.attr("src").is_some() {
                    None
                } else {
                    construct_type(el.attr("type"))
                        .map(|(html, mode)| field.capture(html, el, mode))
                }
            }
            Read::Guid => {
                let permalink = el.attr("isPermaLink") != Some("false");
                Some(Field::Guid { permalink }.capture(false, el, Mode::Text))
            }
            Read::Group(rules) => {
                self.group = Some((el.depth, rules));
                None
            }
            Read::Link { alternates } => {
                let rel = el.attr("rel").unwrap_or("alternate");
                if alternates.contains(&rel) {
                    let href = el.attr("href").and_then(|h| link(h, el.base));
                    match release {
                        Some(d) => fill(&mut d.alt_link, href),
                        None => fill(&mut self.feed.alt_link, href),
                    }
                } else if rel == "enclosure" {
                    if let Some(d) = release {
                        d.enclosure(el, "href");
                    }
                }
                None
            }
            Read::Enclosure(attr) => {
                if let Some(d) = release {
                    d.enclosure(el, attr);
                }
                None
            }
            Read::CategoryAttrs => {
                let label = el.attr("label").filter(|l| !l.is_empty());
                if let (Some(d), Some(c)) = (release, label.or(el.attr("term"))) {
                    add_category(&mut d.release.categories, c);
                }
                None
            }
        };
    }
}

impl Handler for Reader {
    fn start(&mut self, el: &Element<'_>) -> Result<(), Halt> {
        if let Some(c) = &mut self.cap {
            return c.start(el);
        }
        if el.depth == 0 {
            self.root(el);
            return Ok(());
        }
        let Some(schema) = self.schema else {
            return Ok(()); // inside markup before the feed
        };
        let bare;
        let el = match self.bare {
            Some(ns) if el.ns == Ns::None => {
                bare = Element { ns, ..*el };
                &bare
            }
            _ => el,
        };
        if schema.release.is(el) {
            if let Some((_, done)) = self.release.take() {
                // A release opened inside an unclosed one: the first is over.
                self.add(done);
            }
            self.group = None;
            let mut d = ReleaseDraft::new(el.lang);
            if let Some(id) = schema.release_id {
                d.release.id = el.attr(id).and_then(clean);
            }
            self.release = Some((el.depth, d));
            return Ok(());
        }
        if let Some((depth, rules)) = self.group {
            if el.depth == depth + 1 {
                self.read(rules, el);
            }
            return Ok(());
        }
        if let Some((depth, d)) = &mut self.release {
            if el.ns == Ns::Media {
                self.cap = d
                    .media_element(el)
                    .map(|m| Field::Media(m).capture(false, el, Mode::Text));
            } else if el.depth == *depth + 1 {
                self.read(schema.release_fields, el);
            }
            return Ok(());
        }
        if self.channel.is_none() && schema.channel.is(el) {
            self.channel = Some(el.depth);
            self.feed.channel_lang = el.lang.map(str::to_string);
            return Ok(());
        }
        if self.channel.is_some_and(|d| el.depth == d + 1) {
            self.read(schema.feed_fields, el);
        }
        Ok(())
    }

    fn end(&mut self, _ns: Ns, local: &str, depth: usize) -> Result<(), Halt> {
        if let Some(c) = &mut self.cap {
            if c.end(local, depth)? {
                if let Some(c) = self.cap.take() {
                    let release = self.release.as_mut().map(|(_, d)| d);
                    schema::store(c, &mut self.feed, release);
                }
            }
            return Ok(());
        }
        if self.group.is_some_and(|(d, _)| d == depth) {
            self.group = None;
        } else if self.release.as_ref().is_some_and(|(d, _)| *d == depth) {
            if let Some((_, done)) = self.release.take() {
                self.add(done);
            }
        } else if self.channel == Some(depth) {
            self.channel = None;
        }
        Ok(())
    }

    fn text(&mut self, text: &str) -> Result<(), Halt> {
        match &mut self.cap {
            Some(c) => c.text(text),
            None => Ok(()),
        }
    }

    fn done(&self) -> bool {
        self.full
    }

    fn implies_end(&self, ns: Ns, local: &str) -> bool {
        match (&self.cap, self.schema) {
            (Some(c), Some(schema)) => c.may_end() && schema.ends.contains(ns, local),
            _ => false,
        }
    }

    fn rooted(&self) -> bool {
        self.schema.is_some()
    }
}

#[cfg(test)]
mod tests {
    use crate::feed::{parse, Feed};

    fn read(doc: &str) -> Feed {
        parse(doc, Some("https://wire.example/feed.xml")).unwrap()
    }

    fn titles(f: &Feed) -> Vec<&str> {
        f.releases
            .iter()
            .filter_map(|r| r.title.as_deref())
            .collect()
    }

    #[test]
    fn a_release_inside_an_unclosed_one_ends_it_in_every_format() {
        let rss =
            read("<rss><channel><item><title>One<item><title>Two</title></item></channel></rss>");
        assert_eq!(titles(&rss), ["One", "Two"]);
        let atom = read(concat!(
            r#"<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>One"#,
            "<entry><title>Two</title></entry></feed>"
        ));
        assert_eq!(titles(&atom), ["One", "Two"]);
    }

    #[test]
    fn each_format_ends_an_unclosed_field_at_its_own_elements() {
        let rss = read(concat!(
            "<rss><channel><item><description>Intro <summary>More</summary> end",
            "<guid>g1</guid></item></channel></rss>"
        ));
        let r = &rss.releases[0];
        assert_eq!(r.id.as_deref(), Some("g1"));
        let content = r.content.as_ref().map(|t| t.value.as_str());
        assert_eq!(content, Some("Intro <summary>More</summary> end"));

        let atom = read(concat!(
            r#"<feed xmlns="http://www.w3.org/2005/Atom"><entry><summary>Intro "#,
            "<guid>x</guid> end<id>e1</id></entry></feed>"
        ));
        let r = &atom.releases[0];
        assert_eq!(r.id.as_deref(), Some("e1"));
        let summary = r.summary.as_ref().map(|t| t.value.as_str());
        assert_eq!(summary, Some("Intro x end"));
    }
}
