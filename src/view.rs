//! The view: one plain struct per card, everything render needs and nothing
//! it has to decide. Built from a release, its sanitized body, the options
//! and the page's language: the body goes through [`crate::anatomy`], the
//! language through [`i18n::resolve`], and every word of chrome comes from
//! the card's [`Locale`].

use crate::anatomy;
use crate::feed::{DateTime, Feed, Release, Text, TextKind};
use crate::i18n::{self, Locale};
use crate::options::Options;
use crate::safe::{paragraphs_from_text, SafeNode};
use crate::text::collapse_spaces;
use crate::unicode;
use crate::url;

/// A release's text as safe trees: what [`card_view`] takes apart.
///
/// The body is needed for every card; the summary only when the body
/// yields no lede. So [`Content::of`] sanitizes the body at once and the
/// summary only if [`card_view`] asks for it.
#[derive(Clone, Default)]
pub struct Content<'a> {
    /// The body: the release's content (or, lacking it, its summary),
    /// HTML through the sanitizer, plain text through
    /// [`paragraphs_from_text`].
    pub body: Vec<SafeNode>,
    summary: Summary<'a>,
}

/// The HTML sanitizer the shell brings (the core has no HTML parser):
/// release HTML and the URL its relative URLs resolve against, to safe
/// blocks.
pub type Sanitizer<'s> = dyn Fn(&str, Option<&str>) -> Vec<SafeNode> + 's;

/// A release's summary, beside its body.
#[derive(Clone, Default)]
enum Summary<'a> {
    /// Given as safe blocks; empty when the caller had none, in which case
    /// a plain-text summary of the release is read from the release.
    #[default]
    Unknown,
    Given(Vec<SafeNode>),
    /// None beside the body (the body is the summary, or there is none).
    Absent,
    /// To be sanitized when asked for.
    Later {
        text: &'a Text,
        base: Option<&'a str>,
        html: &'a Sanitizer<'a>,
    },
}

impl<'a> Content<'a> {
    /// The content of `release`: the body is its content, else its
    /// summary; the summary alongside when both exist, sanitized only if
    /// [`card_view`] asks for it. HTML goes through `html`, plain text through
    /// [`paragraphs_from_text`].
    pub fn of(release: &'a Release, html: &'a Sanitizer<'a>) -> Content<'a> {
        let base = release.link.as_deref();
        match (&release.content, &release.summary) {
            (Some(content), Some(summary)) => Content {
                body: blocks(content, base, html),
                summary: Summary::Later {
                    text: summary,
                    base,
                    html,
                },
            },
            (Some(text), None) | (None, Some(text)) => Content {
                body: blocks(text, base, html),
                summary: Summary::Absent,
            },
            (None, None) => Content {
                body: Vec::new(),
                summary: Summary::Absent,
            },
        }
    }

    /// A body and its summary, both already safe blocks.
    pub fn with_summary(body: Vec<SafeNode>, summary: Vec<SafeNode>) -> Content<'static> {
        Content {
            body,
            summary: Summary::Given(summary),
        }
    }

    /// The summary's blocks (sanitizing it now if it waited), for a release
    /// whose body yields no lede.
    fn summary(self, release: &Release) -> Vec<SafeNode> {
        match self.summary {
            Summary::Given(nodes) if !nodes.is_empty() => nodes,
            Summary::Given(_) | Summary::Unknown => match &release.summary {
                Some(s) if s.kind == TextKind::Plain => paragraphs_from_text(&s.value),
                _ => Vec::new(),
            },
            Summary::Absent => Vec::new(),
            Summary::Later { text, base, html } => blocks(text, base, html),
        }
    }
}

/// `text` as safe blocks.
fn blocks(text: &Text, base: Option<&str>, html: &Sanitizer<'_>) -> Vec<SafeNode> {
    match text.kind {
        TextKind::Html => html(&text.value, base),
        TextKind::Plain => paragraphs_from_text(&text.value),
    }
}

impl From<Vec<SafeNode>> for Content<'_> {
    /// A body alone.
    fn from(body: Vec<SafeNode>) -> Self {
        Content {
            body,
            summary: Summary::Unknown,
        }
    }
}

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
    /// The source shown in the meta line (e.g. `SeaPRwire`): the wire named
    /// by the body's dateline, else the release's `source`.
    pub dateline: Option<String>,
    /// Where the release was filed, from the dateline (`NEW YORK`, `東京`).
    pub place: Option<String>,
    /// Publication time: `present` writes its ISO form to `datetime` and
    /// its day in words in `lang` (`i18n::long_date`), or leaves a
    /// `ui::Date` the shell writes out where the table has no words.
    pub date: Option<DateTime>,
    /// Lead image.
    pub image: Option<Image>,
    /// The lede as plain text (dateline cut off, white space collapsed):
    /// the body's first paragraph, else the release's summary.
    pub lede: Option<String>,
    /// The lede with its inline markup (links, emphasis), for layout
    /// `full`; empty when there is no lede. Its text is [`CardView::lede`].
    pub lede_nodes: Vec<SafeNode>,
    /// The body blocks after the lede (layout `full` renders `lede_nodes`
    /// then `body`): no dateline, disclaimer, sector line, boilerplate or
    /// junk left in them.
    pub body: Vec<SafeNode>,
    /// Sector / category tags: the body's sector line first, then the
    /// release's categories, de-duplicated case-insensitively (first
    /// spelling kept), in order.
    pub sectors: Vec<String>,
    /// The distributor's "about" blocks (layout `full`).
    pub boilerplate: Vec<SafeNode>,
    /// The distributor named in the disclaimer (see [`card_view`] for where it
    /// comes from).
    pub provider: String,
    /// The disclaimer, in the card's language, provider named; shown once,
    /// in the footer (the body's own copy was removed).
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

/// Builds the view of `release` from its [`Content`] (a body alone converts
/// into one); `page_lang` is the host page's `lang`, if any.
///
/// - Parts: the body is dissected by [`anatomy::dissect_with`], knowing the
///   `provider` option, the release's source and the feed's publisher as
///   distributor names. With no lede in the body, the summary is sanitized
///   (if it waited, see [`Content::of`]) and dissected for one.
/// - Language ([`i18n::resolve`]): the `lang` option, the release's, the
///   feed's; else the language of the body's own disclaimer, or the
///   page's, when the text's script fits it; else the language the script
///   implies; else the page's; else `en`. `rtl` follows it.
/// - Provider: the `provider` option, else the name in the body's own
///   disclaimer, the dateline's wire, the release's source, the feed's
///   publisher, the feed's title, and last the locale's neutral
///   [`Locale::distributor`].
pub fn card_view<'a>(
    release: &Release,
    feed: &Feed,
    content: impl Into<Content<'a>>,
    options: &Options,
    page_lang: Option<&str>,
) -> CardView {
    let names: Vec<&str> = [&options.provider, &release.source, &feed.publisher]
        .into_iter()
        .filter_map(|n| n.as_deref())
        .collect();
    let title = release.title.as_deref();
    let mut content = content.into();
    let body = std::mem::take(&mut content.body);
    let mut parts = anatomy::dissect_with(body, title, &names);
    if parts.lede.is_none() {
        let summary = content.summary(release);
        let from_summary = anatomy::dissect_with(summary, title, &names);
        parts.lede = from_summary.lede;
        if parts.dateline.is_none() {
            parts.dateline = from_summary.dateline;
        }
    }
    let lede = parts.lede_text();
    let lede_nodes = parts.lede.take().unwrap_or_default();

    let lang = i18n::resolve(
        i18n::Declared {
            option: options.lang.as_deref(),
            release: release.language.as_deref(),
            feed: feed.language.as_deref(),
            evident: parts.disclaimer.as_ref().map(|d| d.lang),
            page: page_lang,
        },
        || sample_text(title, lede.as_deref(), &parts.body),
    );
    let locale = i18n::locale(&lang);

    let found = parts
        .disclaimer
        .as_ref()
        .and_then(|d| d.provider.as_deref());
    let wire = parts.dateline.as_ref().map(|d| d.wire.as_str());
    let provider = [
        options.provider.as_deref(),
        found,
        wire,
        release.source.as_deref(),
        feed.publisher.as_deref(),
        feed.title.as_deref(),
    ]
    .into_iter()
    .flatten()
    .map(clean_name)
    .find(|n| !n.is_empty())
    .unwrap_or_else(|| locale.distributor.to_string());

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
        dateline: wire
            .or(release.source.as_deref())
            .map(clean_name)
            .filter(|n| !n.is_empty()),
        place: parts.dateline.as_ref().and_then(|d| d.place.clone()),
        date: release.published.or(release.updated),
        image,
        lede,
        lede_nodes,
        body: parts.body,
        sectors: merge_sectors(&parts.sectors, &release.categories),
        boilerplate: parts.boilerplate,
        disclaimer: i18n::disclaimer(locale, &provider),
        provider,
        lang,
    }
}

/// A name with white space collapsed and trimmed.
fn clean_name(name: &str) -> String {
    collapse_spaces(name).trim().to_string()
}

/// The body's sectors, then the release's categories, each once
/// (case-insensitively, first spelling kept), empty ones skipped.
pub fn merge_sectors(from_body: &[String], categories: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(from_body.len() + categories.len());
    let mut seen: Vec<String> = Vec::with_capacity(out.capacity());
    for s in from_body.iter().chain(categories) {
        let s = clean_name(s);
        let key = unicode::lower_str(&s);
        if !s.is_empty() && !seen.contains(&key) {
            seen.push(key);
            out.push(s);
        }
    }
    out
}

/// Enough of the card's text to tell its script.
fn sample_text(title: Option<&str>, lede: Option<&str>, body: &[SafeNode]) -> String {
    let mut out = String::new();
    for part in [title, lede].into_iter().flatten() {
        out.push_str(part);
        out.push('\n');
    }
    for block in body {
        if out.len() >= SAMPLE_BYTES {
            break;
        }
        out.push_str(&block.text_content());
        out.push('\n');
    }
    out
}

/// Bytes of text enough for the script detector's sample (four bytes per
/// character at most).
const SAMPLE_BYTES: usize = i18n::SAMPLE_CHARS * 4;

#[cfg(test)]
mod tests {
    use super::*;
    use core::cell::Cell;

    fn release(body: &str) -> (Release, Vec<SafeNode>) {
        let r = Release {
            title: Some("Acme Opens a Plant".into()),
            content: Some(Text::plain(body)),
            ..Release::default()
        };
        (r, paragraphs_from_text(body))
    }

    const BODY: &str = "NEW YORK, June 5, 2025 /PRNewswire/ -- Acme opened a <plant> today.\n\n\
        More text.\n\n\
        This article is provided by a third-party content provider. Acme Wire (https://acme.example/) makes no warranties or representations in connection with it.\n\n\
        Sectors: Industry, Energy";

    #[test]
    fn parts_fill_the_card() {
        let (r, body) = release(BODY);
        let r = Release {
            categories: vec!["energy".into(), " Manufacturing ".into(), "".into()],
            source: Some("Wire Source".into()),
            ..r
        };
        let v = card_view(&r, &Feed::default(), body, &Options::default(), None);
        assert_eq!(v.lang, "en");
        assert!(!v.rtl);
        assert_eq!(v.dateline.as_deref(), Some("PRNewswire"));
        assert_eq!(v.place.as_deref(), Some("NEW YORK"));
        assert_eq!(v.lede.as_deref(), Some("Acme opened a <plant> today."));
        assert_eq!(
            v.lede_nodes,
            vec![SafeNode::text("Acme opened a <plant> today.")]
        );
        assert_eq!(
            v.body,
            vec![SafeNode::element("p", vec![SafeNode::text("More text.")])]
        );
        assert_eq!(v.sectors, ["Industry", "Energy", "Manufacturing"]);
        // The body's own disclaimer names the provider; it is shown once.
        assert_eq!(v.provider, "Acme Wire");
        assert_eq!(
            v.disclaimer,
            "This article is provided by a third-party content provider. Acme Wire makes no warranties or representations in connection with it."
        );
        assert!(v
            .body
            .iter()
            .all(|b| !b.text_content().contains("third-party")));
    }

    #[test]
    fn provider_order() {
        let (r, _) = release("Plain lede.");
        let feed = Feed {
            title: Some("Feed Title".into()),
            publisher: Some("Publisher".into()),
            ..Feed::default()
        };
        let v = |r: &Release, feed: &Feed, o: &Options, body: &str| {
            card_view(r, feed, paragraphs_from_text(body), o, None).provider
        };
        let opt = Options {
            provider: Some("Option Wire".into()),
            ..Options::default()
        };
        assert_eq!(v(&r, &feed, &opt, BODY), "Option Wire");
        assert_eq!(v(&r, &feed, &Options::default(), BODY), "Acme Wire");
        let no_disclaimer = "(SeaPRwire) – Lede.";
        assert_eq!(
            v(&r, &feed, &Options::default(), no_disclaimer),
            "SeaPRwire"
        );
        let sourced = Release {
            source: Some("Source Wire".into()),
            ..r.clone()
        };
        assert_eq!(
            v(&sourced, &feed, &Options::default(), "Lede."),
            "Source Wire"
        );
        assert_eq!(v(&r, &feed, &Options::default(), "Lede."), "Publisher");
        let untitled = Feed {
            publisher: None,
            ..feed.clone()
        };
        assert_eq!(v(&r, &untitled, &Options::default(), "Lede."), "Feed Title");
        let bare = Release {
            language: Some("de".into()),
            ..r
        };
        let card = card_view(
            &bare,
            &Feed::default(),
            Vec::new(),
            &Options::default(),
            None,
        );
        assert_eq!(card.provider, "Der Anbieter");
        assert!(card.disclaimer.starts_with("Dieser Artikel"));
    }

    #[test]
    fn language_order_and_direction() {
        let arabic = "(SeaPRwire) – أعلنت الشركة اليوم عن افتتاح مصنع جديد في دبي.";
        let (r, _) = release(arabic);
        let lang = |r: &Release, feed: &Feed, o: &Options, page: Option<&str>| {
            let v = card_view(r, feed, paragraphs_from_text(arabic), o, page);
            (v.lang, v.rtl, v.locale.tag)
        };
        let none = Options::default();
        let feed = Feed::default();
        assert_eq!(lang(&r, &feed, &none, None), ("ar".into(), true, "ar"));
        assert_eq!(
            lang(&r, &feed, &none, Some("en")),
            ("ar".into(), true, "ar")
        );
        let feed_fr = Feed {
            language: Some("fr_FR".into()),
            ..Feed::default()
        };
        assert_eq!(
            lang(&r, &feed_fr, &none, None),
            ("fr-FR".into(), false, "fr")
        );
        let r_tw = Release {
            language: Some("zh-TW".into()),
            ..r.clone()
        };
        assert_eq!(
            lang(&r_tw, &feed_fr, &none, None),
            ("zh-TW".into(), false, "zh-Hant")
        );
        let opt = Options {
            lang: Some("ar-EG".into()),
            ..Options::default()
        };
        assert_eq!(
            lang(&r_tw, &feed_fr, &opt, None),
            ("ar-EG".into(), true, "ar")
        );
        let (en, body) = release("Plain English lede.");
        let v = card_view(&en, &Feed::default(), body, &none, Some("id"));
        assert_eq!((v.lang.as_str(), v.locale.tag), ("id", "id"));
    }

    #[test]
    fn summary_is_the_lede_when_the_body_has_none() {
        let r = Release {
            title: Some("T".into()),
            summary: Some(Text::html("<p>(SeaPRwire) – <b>Acme</b> opened…</p>")),
            ..Release::default()
        };
        // The summary as the sanitizer gives it.
        let summary = vec![
            SafeNode::element(
                "p",
                vec![
                    SafeNode::text("(SeaPRwire) –\u{a0}"),
                    SafeNode::element("b", vec![SafeNode::text("Acme")]),
                    SafeNode::text(" opened\u{a0}a plant & more."),
                ],
            ),
            SafeNode::element("p", vec![SafeNode::text("Second.")]),
        ];
        let content = Content::with_summary(Vec::new(), summary);
        let v = card_view(&r, &Feed::default(), content, &Options::default(), None);
        assert_eq!(v.lede.as_deref(), Some("Acme opened a plant & more."));
        assert_eq!(v.dateline.as_deref(), Some("SeaPRwire"));
        let r = Release {
            summary: Some(Text::plain("Just a summary.")),
            ..r
        };
        let v = card_view(&r, &Feed::default(), Vec::new(), &Options::default(), None);
        assert_eq!(v.lede.as_deref(), Some("Just a summary."));
        assert!(v.body.is_empty());
    }

    #[test]
    fn sectors_merge_body_first() {
        let body = vec!["Top Story".to_string(), "Daily News".to_string()];
        let cats = vec![
            "daily news".to_string(),
            "Tech".to_string(),
            "TOP  story".to_string(),
        ];
        assert_eq!(
            merge_sectors(&body, &cats),
            ["Top Story", "Daily News", "Tech"]
        );
    }

    #[test]
    fn the_summary_is_sanitized_only_when_the_body_has_no_lede() {
        let calls = Cell::new(0);
        let html = |source: &str, base: Option<&str>| {
            calls.set(calls.get() + 1);
            assert_eq!(base, Some("https://w.example/r"));
            paragraphs_from_text(&source.replace("<p>", "").replace("</p>", "\n\n"))
        };
        let release = |body: &str| Release {
            title: Some("T".into()),
            link: Some("https://w.example/r".into()),
            content: Some(Text::html(body)),
            summary: Some(Text::html("<p>(SeaPRwire) – The summary lede.</p>")),
            ..Release::default()
        };
        let with_lede = release("<p>The body lede.</p><p>More.</p>");
        let v = card_view(
            &with_lede,
            &Feed::default(),
            Content::of(&with_lede, &html),
            &Options::default(),
            None,
        );
        assert_eq!(v.lede.as_deref(), Some("The body lede."));
        assert_eq!(calls.get(), 1, "the body only");

        calls.set(0);
        let no_lede = release("<p>T</p>");
        let v = card_view(
            &no_lede,
            &Feed::default(),
            Content::of(&no_lede, &html),
            &Options::default(),
            None,
        );
        assert_eq!(v.lede.as_deref(), Some("The summary lede."));
        assert_eq!(v.dateline.as_deref(), Some("SeaPRwire"));
        assert_eq!(calls.get(), 2, "the body, then the summary");

        // A summary alone is the body, sanitized once.
        calls.set(0);
        let summary_only = Release {
            content: None,
            ..no_lede.clone()
        };
        let v = card_view(
            &summary_only,
            &Feed::default(),
            Content::of(&summary_only, &html),
            &Options::default(),
            None,
        );
        assert_eq!(v.lede.as_deref(), Some("The summary lede."));
        assert_eq!(calls.get(), 1);
        // Plain text needs no sanitizer.
        calls.set(0);
        let plain = Release {
            content: Some(Text::plain("Plain lede.")),
            ..with_lede
        };
        let v = card_view(
            &plain,
            &Feed::default(),
            Content::of(&plain, &html),
            &Options::default(),
            None,
        );
        assert_eq!(v.lede.as_deref(), Some("Plain lede."));
        assert_eq!(calls.get(), 0);
    }
}
