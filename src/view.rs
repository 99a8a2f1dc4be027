//! The view: one plain struct per card, everything render needs and nothing
//! it has to decide. Built from a release, its sanitized body, the options
//! and the page's language.

use crate::feed::{DateTime, Feed, Release};
use crate::i18n::{self, Locale};
use crate::markup::Node;
use crate::options::Options;
use crate::url;

/// One card, ready to render.
#[derive(Debug, Clone)]
pub struct CardView {
    /// BCP 47 tag set as the card's `lang`.
    pub lang: String,
    /// Whether the card runs right to left (`dir="rtl"`).
    pub rtl: bool,
    /// The chrome in the card's language.
    pub locale: &'static Locale,
    /// Plain-text title.
    pub title: String,
    /// Absolute http(s) link to the release, if any.
    pub link: Option<String>,
    /// The source shown in the meta line (e.g. `SeaPRwire`).
    pub dateline: Option<String>,
    /// Publication time; render formats it in `lang` and writes its ISO
    /// form to `datetime`.
    pub date: Option<DateTime>,
    /// Lead image.
    pub image: Option<Image>,
    /// The lede as plain text.
    pub lede: Option<String>,
    /// The sanitized body blocks (layout `full`).
    pub body: Vec<Node>,
    /// Sector / category tags, de-duplicated, in order.
    pub sectors: Vec<String>,
    /// The distributor's "about" blocks (layout `full`).
    pub boilerplate: Vec<Node>,
    /// The disclaimer, localized, provider named.
    pub disclaimer: String,
}

/// A lead image.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Image {
    /// Absolute http(s) URL.
    pub src: String,
    /// Alternative text (empty: decorative).
    pub alt: String,
}

/// The releases to show: the one matching `item` (by id or link), else the
/// first `limit`.
pub fn select<'f>(feed: &'f Feed, options: &Options) -> Vec<&'f Release> {
    match &options.item {
        Some(item) => feed
            .releases
            .iter()
            .filter(|r| r.id.as_deref() == Some(item) || r.link.as_deref() == Some(item))
            .take(1)
            .collect(),
        None => feed.releases.iter().take(options.limit as usize).collect(),
    }
}

/// Builds the view of `release`. `body` is its sanitized content (HTML
/// through the sanitizer, plain text through
/// [`crate::markup::paragraphs_from_text`]); `page_lang` is the host
/// page's `lang`, if any.
pub fn build(
    release: &Release,
    feed: &Feed,
    body: Vec<Node>,
    options: &Options,
    page_lang: Option<&str>,
) -> CardView {
    let lang = options
        .lang
        .as_deref()
        .or(release.language.as_deref())
        .or(feed.language.as_deref())
        .or(page_lang)
        .unwrap_or("en")
        .to_string();
    let locale = i18n::locale(&lang);
    let provider = options
        .provider
        .as_deref()
        .or(release.source.as_deref())
        .or(feed.publisher.as_deref())
        .or(feed.title.as_deref())
        .unwrap_or("The distributor");
    let lede = body
        .iter()
        .map(|b| b.text_content().trim().to_string())
        .find(|t| !t.is_empty());
    let link = release
        .link
        .as_deref()
        .and_then(|l| url::checked(l, None, url::FETCH_SCHEMES));
    let image = release
        .image
        .as_deref()
        .and_then(|src| url::checked(src, link.as_deref(), url::FETCH_SCHEMES))
        .map(|src| Image {
            src,
            alt: String::new(),
        });
    CardView {
        rtl: i18n::is_rtl(&lang),
        locale,
        title: release.title.clone().unwrap_or_default(),
        link,
        dateline: None,
        date: release.published.or(release.updated),
        image,
        lede,
        body,
        sectors: release.categories.clone(),
        boilerplate: Vec::new(),
        disclaimer: i18n::disclaimer(locale, provider),
        lang,
    }
}
