//! Feed bytes to finished cards: decode (encoding_rs in place of the
//! browser's `TextDecoder`), parse, select, sanitize (html5ever in place of
//! `DOMParser`) and build each card's view, exactly as the widget does.

use syndicard::feed::encoding;
use syndicard::feed::{DateTime, Feed, ParseError, Release};
use syndicard::options::Options;
use syndicard::view::{self, CardView, Content};

use crate::decode::RsDecoder;
use crate::error::{Code, RelayError};
use crate::html;

/// One release ready to answer with: its view, and what the view does not
/// carry (its id and both dates).
pub struct Card {
    /// The release's `guid` / `id`.
    pub id: Option<String>,
    /// First publication.
    pub published: Option<DateTime>,
    /// Last update.
    pub updated: Option<DateTime>,
    /// Everything the widget would render.
    pub view: CardView,
}

/// The cards `options` select from the feed in `bytes`, served with
/// `content_type`, fetched from `feed_url`. `item=` matching nothing is
/// [`Code::ItemNotFound`]; an empty feed is no cards.
pub fn cards(
    bytes: &[u8],
    content_type: Option<&str>,
    feed_url: &str,
    options: &Options,
) -> Result<Vec<Card>, RelayError> {
    let charset = content_type.and_then(encoding::charset_of);
    let feed = encoding::parse_bytes(bytes, charset.as_deref(), Some(feed_url), RsDecoder::boxed)
        .map_err(parse_error)?;
    let cards = from_feed(&feed, options);
    if cards.is_empty() && options.item.is_some() && !feed.releases.is_empty() {
        return Err(RelayError::new(
            Code::ItemNotFound,
            "no release of the feed has that item id or link",
        ));
    }
    Ok(cards)
}

/// The selected releases of a parsed `feed` as cards.
pub fn from_feed(feed: &Feed, options: &Options) -> Vec<Card> {
    view::select(feed, options)
        .into_iter()
        .map(|release| Card {
            id: release.id.clone(),
            published: release.published,
            updated: release.updated,
            view: view::card_view(release, feed, content_of(release), options, None),
        })
        .collect()
}

fn parse_error(e: ParseError) -> RelayError {
    RelayError::new(
        Code::Parse,
        format!("the upstream is not a feed the relay can read: {e}"),
    )
}

/// The content of `release`, as the widget builds it ([`Content::of`]),
/// with html5ever and the allowlists as its HTML sanitizer.
fn content_of(release: &Release) -> Content<'_> {
    Content::of(release, &html::sanitized)
}

#[cfg(test)]
mod tests {
    use super::*;

    const RSS: &str = r#"<?xml version="1.0" encoding="windows-1252"?>
<rss version="2.0"><channel><title>Wire</title>
<item><guid>a-1</guid><title>Caf\xe9 opens</title><link>https://wire.example/a</link>
<description>&lt;p&gt;(SeaPRwire) &#8211; Lede &lt;b&gt;here&lt;/b&gt;.&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;&lt;p&gt;More.&lt;/p&gt;</description></item>
<item><guid>a-2</guid><title>Second</title><description>Plain.</description></item>
</channel></rss>"#;

    fn bytes() -> Vec<u8> {
        // The literal \xe9 above stands for the windows-1252 byte.
        RSS.replace("\\xe9", "\u{e9}")
            .chars()
            .map(|c| c as u32 as u8)
            .collect()
    }

    #[test]
    fn decodes_parses_and_dissects() {
        let opts = Options::parse([("limit", "5")]).unwrap();
        let cards = cards(
            &bytes(),
            Some("text/xml"),
            "https://wire.example/rss",
            &opts,
        )
        .unwrap();
        assert_eq!(cards.len(), 2);
        let v = &cards[0].view;
        assert_eq!(cards[0].id.as_deref(), Some("a-1"));
        assert_eq!(v.title, "Café opens");
        assert_eq!(v.dateline.as_deref(), Some("SeaPRwire"));
        assert_eq!(v.lede.as_deref(), Some("Lede here."));
        assert_eq!(v.body.len(), 1);
        assert!(!v.body[0].text_content().contains("x()"));
    }

    #[test]
    fn item_and_errors() {
        let url = "https://wire.example/rss";
        let opts = Options::parse([("item", "a-2")]).unwrap();
        let cards = cards(&bytes(), None, url, &opts).unwrap();
        assert_eq!(cards.len(), 1);
        assert_eq!(cards[0].view.title, "Second");
        let opts = Options::parse([("item", "nope")]).unwrap();
        let e = super::cards(&bytes(), None, url, &opts).err().unwrap();
        assert_eq!(e.code, Code::ItemNotFound);
        let e = super::cards(
            b"<html><body>hi</body></html>",
            None,
            url,
            &Options::default(),
        )
        .err()
        .unwrap();
        assert_eq!(e.code, Code::Parse);
    }
}
