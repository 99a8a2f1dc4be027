//! A release and a feed being read, with the candidates for fields that
//! several elements can fill ([`ReleaseDraft`], [`FeedDraft`]), and how
//! each is completed from its best candidates; slots filled once, lists
//! without duplicates.

use super::clean::{clean, image, is_image, oneline, title};
use super::limits::{MAX_AUTHORS, MAX_CATEGORIES, MAX_RELEASES};
use super::model::{DateTime, Feed, Format, Release, Text};
use super::tree::Element;

/// Fills `slot` with `v` unless it already has a value: the first
/// element read for a field wins.
pub(crate) fn fill<T>(slot: &mut Option<T>, v: Option<T>) {
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
pub(crate) struct ReleaseDraft {
    /// The fields read directly.
    pub release: Release,
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
    /// `atom:link rel="alternate"` (in RSS, a fallback for `link`).
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

impl ReleaseDraft {
    /// A release whose element's effective `xml:lang` is `lang`.
    pub(crate) fn new(lang: Option<&str>) -> Self {
        let mut draft = ReleaseDraft::default();
        draft.release.language = lang.map(str::to_string);
        draft
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
            MediaText::Title { html } => fill(&mut self.media_title, title(s, html)),
            MediaText::Description { html } => fill(
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
            "thumbnail" => fill(&mut self.thumbnail, image(raw, el.base)),
            "content" if is_image(el.attr("type"), el.attr("medium"), raw) => {
                fill(&mut self.media, image(raw, el.base))
            }
            _ => {}
        }
    }

    /// Reads an `enclosure` (RSS) or `link rel="enclosure"` (Atom) with
    /// its URL in `url_attr`.
    pub(crate) fn enclosure(&mut self, el: &Element<'_>, url_attr: &str) {
        if let Some(raw) = el.attr(url_attr) {
            if is_image(el.attr("type"), None, raw) {
                fill(&mut self.enclosure, image(raw, el.base));
            }
        }
    }

    /// The release, each field from its best candidate.
    pub(crate) fn finish(self) -> Release {
        let mut r = self.release;
        fill(&mut r.title, self.dc_title.or(self.media_title));
        let description = self.description.or(self.dc_description);
        match self.encoded {
            Some(encoded) => {
                fill(&mut r.summary, description);
                fill(&mut r.content, Some(encoded));
            }
            None => fill(&mut r.content, description),
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
        fill(
            &mut r.image,
            self.thumbnail.or(self.media).or(self.enclosure),
        );
        if r.author.is_none() && !self.authors.is_empty() {
            r.author = Some(self.authors.join(", "));
        }
        fill(&mut r.link, self.alt_link.or(self.guid_link));
        fill(&mut r.published, self.dc_date);
        fill(&mut r.source, self.publisher);
        r
    }
}

/// A feed being read: the releases complete so far and the candidates
/// for feed fields that several elements can fill.
#[derive(Debug, Default)]
pub(crate) struct FeedDraft {
    /// The fields read directly, and every complete release.
    pub feed: Feed,
    /// The root element's effective `xml:lang`.
    pub root_lang: Option<String>,
    /// The feed-field element's (RSS `channel`) effective `xml:lang`.
    pub channel_lang: Option<String>,
    /// `dc:language`.
    pub dc_language: Option<String>,
    /// `dc:title`.
    pub dc_title: Option<String>,
    /// RSS `managingEditor`.
    pub editor: Option<String>,
    /// `atom:link rel="alternate"`.
    pub alt_link: Option<String>,
}

impl FeedDraft {
    /// A feed in `format`.
    pub(crate) fn new(format: Format) -> Self {
        let mut draft = FeedDraft::default();
        draft.feed.format = Some(format);
        draft
    }

    /// Releases complete so far.
    pub(crate) fn complete(&self) -> usize {
        self.feed.releases.len()
    }

    /// Adds a finished release unless the feed already holds
    /// [`MAX_RELEASES`]; whether the feed is now full (reading stops there).
    pub(crate) fn add(&mut self, release: ReleaseDraft) -> bool {
        let releases = &mut self.feed.releases;
        if releases.len() < MAX_RELEASES {
            releases.push(release.finish());
        }
        releases.len() >= MAX_RELEASES
    }

    /// The feed, each field from its best candidate.
    pub(crate) fn finish(self) -> Feed {
        let mut feed = self.feed;
        fill(&mut feed.title, self.dc_title);
        fill(
            &mut feed.language,
            self.dc_language.or(self.channel_lang).or(self.root_lang),
        );
        fill(&mut feed.publisher, self.editor);
        fill(&mut feed.link, self.alt_link);
        feed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_are_deduplicated_in_order() {
        let mut c = Vec::new();
        for s in ["Top Story", " top  story ", "Daily News", "", "Daily News"] {
            add_category(&mut c, s);
        }
        assert_eq!(c, ["Top Story", "Daily News"]);
    }
}
