//! The `relay` option: the releases come from a syndicard relay's
//! `/v1/cards` (already fetched, parsed and dissected on the server, for
//! feeds that send no CORS headers) instead of the feed itself.
//!
//! The relay is another origin, so its answer is treated like a feed: its
//! JSON is read with the engine's `JSON.parse` (no serde in the widget),
//! every URL is checked again, and each body tree goes through the same
//! sanitizer walk as release HTML ([`JsonNode`] is its `SourceNode`), so
//! what is rendered is rebuilt from the allowlists, never taken as given.

use std::cell::Cell;
use std::rc::Rc;

use gloo_net::http::Request;
use js_sys::{Array, Reflect, JSON};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{AbortController, Element};

use super::net::{self, Timer};
use crate::feed::date;
use crate::i18n;
use crate::options::{percent_encode, ConfigError, Options};
use crate::sanitize::{self, SourceKind, SourceNode};
use crate::status::{ErrorCode, Failure};
use crate::url;
use crate::view::{CardView, Image};

/// The `source` attribute of cards that came through a relay.
pub const SOURCE: &str = "relay";

/// The `/v1/cards` URL to ask when the widget on `host` reads through a
/// relay: `relay` is set and no inline feed is given. (`proxy` plays no
/// part: the relay fetches the feed itself.)
pub fn wanted(
    host: &Element,
    options: &Options,
    page_url: &str,
) -> Result<Option<String>, Failure> {
    let Some(base) = options.relay.as_deref() else {
        return Ok(None);
    };
    if net::inline_feed(host).is_some() {
        return Ok(None);
    }
    let config = |e: ConfigError| Failure::new(ErrorCode::Config, e.to_string());
    let direct = Options {
        proxy: None,
        ..options.clone()
    };
    let feed = direct.feed_url(page_url).map_err(config)?;
    cards_url(base, page_url, &feed, options)
        .map(Some)
        .map_err(config)
}

/// The `/v1/cards` URL for `feed_url` (absolute) on the relay `base`
/// (the option's value, resolved against the page).
pub fn cards_url(
    base: &str,
    page_url: &str,
    feed_url: &str,
    options: &Options,
) -> Result<String, ConfigError> {
    let base =
        url::checked(base, Some(page_url), url::FETCH_SCHEMES).ok_or_else(|| ConfigError {
            attribute: "relay".into(),
            value: base.into(),
            expected: "the http(s) URL of a syndicard relay".into(),
        })?;
    let mut out = format!(
        "{}/v1/cards?url={}&limit={}",
        base.trim_end_matches('/'),
        percent_encode(feed_url),
        options.limit
    );
    if let Some(item) = &options.item {
        out.push_str("&item=");
        out.push_str(&percent_encode(item));
    }
    if let Some(lang) = &options.lang {
        out.push_str("&lang=");
        out.push_str(&percent_encode(lang));
    }
    Ok(out)
}

/// Asks the relay at `cards_url` for the cards, within `timeout_ms`;
/// `controller` aborts it when the widget reloads or is destroyed.
pub async fn cards(
    cards_url: &str,
    timeout_ms: u32,
    controller: &AbortController,
) -> Result<Vec<CardView>, Failure> {
    let timed_out = Rc::new(Cell::new(false));
    let timer = Timer::start(timeout_ms, {
        let controller = controller.clone();
        let timed_out = timed_out.clone();
        move || {
            timed_out.set(true);
            controller.abort();
        }
    });
    let fail = |e: gloo_net::Error| {
        if timed_out.get() {
            return Failure::new(
                ErrorCode::Timeout,
                format!("the relay at {cards_url} did not answer within {timeout_ms} ms"),
            );
        }
        Failure::new(
            ErrorCode::Network,
            format!("could not reach the relay at {cards_url} ({e})"),
        )
    };
    let response = Request::get(cards_url)
        .abort_signal(Some(&controller.signal()))
        .send()
        .await
        .map_err(fail)?;
    let text = response.text().await.map_err(fail)?;
    drop(timer);
    let value = JSON::parse(&text).map_err(|_| {
        Failure::new(
            ErrorCode::Parse,
            format!("the relay's answer from {cards_url} is not JSON"),
        )
    })?;
    if !response.ok() {
        return Err(Failure::new(
            ErrorCode::Http,
            format!(
                "the relay answered HTTP {} ({}: {})",
                response.status(),
                string(&value, "code").unwrap_or_default(),
                string(&value, "message").unwrap_or_default()
            ),
        ));
    }
    let releases: Array = Reflect::get(&value, &"releases".into())
        .ok()
        .and_then(|r| r.dyn_into().ok())
        .ok_or_else(|| {
            Failure::new(
                ErrorCode::Parse,
                format!("the relay's answer from {cards_url} has no releases"),
            )
        })?;
    Ok(releases.iter().map(|r| view(&r)).collect())
}

/// One release of `/v1/cards` as a card view.
fn view(r: &JsValue) -> CardView {
    let lang = string(r, "lang").unwrap_or_else(|| "en".into());
    let locale = i18n::locale(&lang);
    let link = string(r, "link").and_then(|l| url::checked(&l, None, url::FETCH_SCHEMES));
    let image = Reflect::get(r, &"image".into())
        .ok()
        .filter(JsValue::is_object)
        .and_then(|i| {
            let src = url::checked(&string(&i, "src")?, None, url::FETCH_SCHEMES)?;
            Some(Image {
                src,
                alt: string(&i, "alt").unwrap_or_default(),
            })
        });
    let date = ["published", "updated"]
        .iter()
        .find_map(|k| string(r, k).and_then(|d| date::parse(&d)));
    let lede = string(r, "lede").filter(|l| !l.trim().is_empty());
    let tree = |key: &str| {
        let root = JsonNode::Root(
            Reflect::get(r, &key.into())
                .ok()
                .and_then(|v| v.dyn_into::<Array>().ok())
                .unwrap_or_default(),
        );
        sanitize::sanitize(&root, link.as_deref())
    };
    CardView {
        rtl: string(r, "dir").as_deref() == Some("rtl"),
        locale,
        title: string(r, "title").unwrap_or_default(),
        dateline: string(r, "dateline"),
        place: string(r, "place"),
        date,
        image,
        lede_nodes: lede
            .iter()
            .map(|l| crate::markup::Node::text(l.as_str()))
            .collect(),
        lede,
        body: tree("body"),
        sectors: Reflect::get(r, &"sectors".into())
            .ok()
            .and_then(|v| v.dyn_into::<Array>().ok())
            .map(|a| a.iter().filter_map(|s| s.as_string()).collect())
            .unwrap_or_default(),
        boilerplate: tree("boilerplate"),
        provider: String::new(),
        disclaimer: string(r, "disclaimer")
            .unwrap_or_else(|| i18n::disclaimer(locale, locale.distributor)),
        link,
        lang,
    }
}

/// `object[key]` when it is a string.
fn string(object: &JsValue, key: &str) -> Option<String> {
    Reflect::get(object, &key.into()).ok()?.as_string()
}

/// A node of a `/v1/cards` body tree, walked by the sanitizer like a
/// parsed document: an element is `{tag, attrs, children}`, text is a
/// string; the root is the array of blocks.
enum JsonNode {
    Root(Array),
    Value(JsValue),
}

impl SourceNode for JsonNode {
    fn kind(&self) -> SourceKind {
        match self {
            JsonNode::Root(_) => SourceKind::Other,
            JsonNode::Value(v) => match (v.as_string(), string(v, "tag")) {
                (Some(text), _) => SourceKind::Text(text),
                (None, Some(tag)) => SourceKind::Element {
                    name: tag.to_ascii_lowercase(),
                    html: true,
                },
                (None, None) => SourceKind::Other,
            },
        }
    }

    fn attribute(&self, name: &str) -> Option<String> {
        match self {
            JsonNode::Value(v) => string(&Reflect::get(v, &"attrs".into()).ok()?, name),
            JsonNode::Root(_) => None,
        }
    }

    fn children(&self) -> Vec<Self> {
        let list = match self {
            JsonNode::Root(a) => Some(a.clone()),
            JsonNode::Value(v) => Reflect::get(v, &"children".into())
                .ok()
                .and_then(|c| c.dyn_into::<Array>().ok()),
        };
        list.map(|a| a.iter().map(JsonNode::Value).collect())
            .unwrap_or_default()
    }
}
