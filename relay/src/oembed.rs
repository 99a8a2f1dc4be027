//! `/v1/oembed`: an [oEmbed 1.0](https://oembed.com/) `rich` response. Its
//! `html` is the static card (readable without script) inside the embed
//! snippet's element, followed by the snippet's one
//! `<script async src=…embed.js>`, which upgrades it to the live widget
//! reading through this relay.

use serde::Serialize;

use crate::dissect::Card;
use crate::static_card::{self, escape_text, Layout};

/// Width when the consumer sets no `maxwidth`.
pub const DEFAULT_WIDTH: u32 = 600;
/// Height when the consumer sets no `maxheight`: about one card.
pub const DEFAULT_HEIGHT: u32 = 400;

/// The response (`version`, `type`, `html`, `width` and `height` are
/// required for `rich`).
#[derive(Serialize)]
pub struct Rich<'a> {
    /// Always `"1.0"`.
    pub version: &'static str,
    /// Always `"rich"`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// The static card and the embed snippet.
    pub html: String,
    /// Pixels.
    pub width: u32,
    /// Pixels.
    pub height: u32,
    /// The first release's title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<&'a str>,
    /// The wire.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider_name: Option<&'a str>,
    /// Seconds a consumer may keep it.
    pub cache_age: u32,
}

/// What the snippet needs besides the cards.
pub struct Embed<'a> {
    /// The feed URL (as checked).
    pub feed_url: &'a str,
    /// The relay's own origin, for `data-relay`.
    pub relay: &'a str,
    /// The widget's classic-script entry (`…/embed.js`).
    pub script: &'a str,
    /// Releases shown.
    pub limit: u32,
    /// Requested bounds.
    pub max_width: Option<u32>,
    /// See `max_width`.
    pub max_height: Option<u32>,
    /// Freshness left, seconds.
    pub cache_age: u32,
}

/// The oEmbed JSON for `cards`.
pub fn to_json(cards: &[Card], embed: &Embed) -> String {
    let mut html = String::from("<div data-syndicard data-feed=\"");
    escape_text(embed.feed_url, &mut html);
    html.push_str("\" data-relay=\"");
    escape_text(embed.relay, &mut html);
    html.push_str("\" data-limit=\"");
    html.push_str(&embed.limit.to_string());
    html.push_str("\">");
    html.push_str(&static_card::fragment(cards, Layout::Card));
    html.push_str("</div><script async src=\"");
    escape_text(embed.script, &mut html);
    html.push_str("\"></script>");
    let first = cards.first().map(|c| &c.view);
    let rich = Rich {
        version: "1.0",
        kind: "rich",
        html,
        width: embed
            .max_width
            .map_or(DEFAULT_WIDTH, |w| w.min(DEFAULT_WIDTH)),
        height: embed
            .max_height
            .map_or(DEFAULT_HEIGHT, |h| h.min(DEFAULT_HEIGHT)),
        title: first.map(|v| v.title.as_str()),
        provider_name: first.map(|v| v.provider.as_str()),
        cache_age: embed.cache_age,
    };
    serde_json::to_string(&rich).expect("oEmbed always serializes")
}
