//! The `relay` option: the releases come from a syndicard relay's
//! `/v1/cards` (already fetched, parsed and dissected on the server, for
//! feeds that send no CORS headers) instead of the feed itself.
//!
//! The relay is another origin, so its answer is treated like a feed: its
//! JSON is read with the engine's `JSON.parse` (no serde in the widget),
//! every URL is checked again, and each body tree is rebuilt from the
//! sanitizer's allowlists ([`tree`]), never taken as given.

use js_sys::{Array, Reflect, JSON};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{AbortController, Element};

use super::net::{self, Opened};
use super::retry;
use crate::feed::date;
use crate::i18n;
use crate::options::{percent_encode, ConfigError, Options};
use crate::safe::{self, SafeNode};
use crate::sanitize::policy;
use crate::status::{ErrorCode, Failure};
use crate::url;
use crate::view::{CardView, Image};

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
    let raw = options.feed.as_deref().unwrap_or_default();
    let Some(feed) = url::checked(raw, Some(page_url), url::FETCH_SCHEMES) else {
        // The error the widget gives for this feed without a relay.
        let e = options.feed_url(page_url).err();
        return Err(e.map_or_else(|| Failure::new(ErrorCode::Config, "invalid feed"), config));
    };
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

/// Asks the relay at `cards_url` for the cards, each attempt within
/// `timeout_ms`, retried like a feed's request ([`retry::open`]); `fresh`
/// gives each attempt its controller, or `None` once the widget no longer
/// wants the answer.
pub async fn cards(
    cards_url: &str,
    timeout_ms: u32,
    fresh: &dyn Fn() -> Option<AbortController>,
) -> Result<Vec<CardView>, Failure> {
    let Opened::Body(mut download) = retry::open(cards_url, timeout_ms, &[], false, fresh).await?
    else {
        return Err(Failure::new(
            ErrorCode::Http,
            format!("the relay at {cards_url} answered 304 to a plain request"),
        ));
    };
    let mut bytes = Vec::new();
    while let Some(chunk) = download.next().await? {
        bytes.extend_from_slice(&chunk);
    }
    let text = String::from_utf8(bytes).unwrap_or_default();
    let value = JSON::parse(&text).map_err(|_| {
        Failure::new(
            ErrorCode::Parse,
            format!("the relay's answer from {cards_url} is not JSON"),
        )
    })?;
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
        let mut out = Vec::new();
        let list = Reflect::get(r, &key.into()).unwrap_or_default();
        tree(&list, link.as_deref(), 0, &mut out);
        out
    };
    CardView {
        rtl: string(r, "dir").as_deref() == Some("rtl"),
        locale,
        title: string(r, "title").unwrap_or_default(),
        dateline: string(r, "dateline"),
        place: string(r, "place"),
        date,
        image,
        lede_nodes: lede.iter().map(|l| SafeNode::text(l.as_str())).collect(),
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

/// A `/v1/cards` body tree (an element is `{tag, attrs, children}`, text
/// is a string) rebuilt from the sanitizer's allowlists: tags and
/// attribute names are taken from [`policy`] (so nothing else can be
/// represented), URLs are checked again, an element not on the list is
/// unwrapped (its children kept in its place), anything nested deeper than
/// [`policy::MAX_NESTING`] is dropped. (Running the whole sanitizer walk
/// over the JSON would add a second copy of it to the wasm: about 5 KB of
/// gzip on every page view; SIZE.md.)
fn tree(list: &JsValue, base: Option<&str>, depth: usize, out: &mut Vec<SafeNode>) {
    let Some(list) = list.dyn_ref::<Array>() else {
        return;
    };
    if depth > policy::MAX_NESTING {
        return;
    }
    for v in list.iter() {
        if let Some(text) = v.as_string() {
            out.push(SafeNode::Text(text));
            continue;
        }
        let children = Reflect::get(&v, &"children".into()).unwrap_or_default();
        let Some((name, allowed)) = string(&v, "tag").and_then(|t| policy::element(&t)) else {
            tree(&children, base, depth + 1, out);
            continue;
        };
        let attrs_of = Reflect::get(&v, &"attrs".into()).unwrap_or_default();
        let attrs = policy::GLOBAL_ATTRIBUTES
            .iter()
            .chain(allowed)
            .filter_map(|&attr| {
                let raw = string(&attrs_of, attr)?;
                let value = match attr {
                    "href" => url::checked(&raw, base, url::LINK_SCHEMES)?,
                    "src" => url::checked(&raw, base, url::FETCH_SCHEMES)?,
                    _ => raw,
                };
                Some((attr, value))
            })
            .collect();
        let mut kids = Vec::new();
        tree(&children, base, depth + 1, &mut kids);
        out.push(SafeNode::Element(safe::SafeElement {
            name,
            attrs,
            children: kids,
        }));
    }
}
