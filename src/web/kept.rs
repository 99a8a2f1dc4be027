//! The copy of each feed kept for the next page view, in the
//! [Cache API](https://w3c.github.io/ServiceWorker/#cache-interface) (per
//! origin): the bytes read, with the response's charset and validators,
//! whether they are the whole feed, and when they were stored. What may be
//! kept and which copies go is decided in [`crate::net::keep`]. Storage
//! that is unavailable (private mode, a sandboxed iframe, a full quota)
//! makes every call here a quiet no-op.
//!
//! The URLs kept are also listed in `localStorage` (key [`CACHE`], one URL
//! a line), which the bootstrap reads synchronously: a feed not listed has
//! no copy to revalidate, so its request starts at once, before the wasm
//! and without waiting for the Cache API (js/bootstrap.js).

use js_sys::{Array, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Cache, Headers, Request, Response, ResponseInit};

use crate::net::keep::{self, Validators};

/// The cache's name; a new layout of the stored entries gets a new name.
const CACHE: &str = "syndicard-1";

/// Header names of a stored entry.
const CHARSET: &str = "x-charset";
const ETAG: &str = "x-etag";
const LAST_MODIFIED: &str = "x-last-modified";
const WHOLE: &str = "x-whole";
const STORED: &str = "x-stored";
const SIZE: &str = "x-size";

/// A kept copy of a feed.
pub struct Kept {
    /// The response bytes read (the whole feed, or its head).
    pub bytes: Vec<u8>,
    /// The response's `charset`, if it had one.
    pub charset: Option<String>,
    /// The response's validators, for a conditional request.
    pub validators: Validators,
    /// Whether `bytes` is the whole feed.
    pub whole: bool,
}

async fn open() -> Option<Cache> {
    let caches = web_sys::window()?.caches().ok()?;
    JsFuture::from(caches.open(CACHE))
        .await
        .ok()?
        .dyn_into::<Cache>()
        .ok()
}

async fn entry(cache: &Cache, url: &str) -> Option<Response> {
    JsFuture::from(cache.match_with_str(url))
        .await
        .ok()?
        .dyn_into::<Response>()
        .ok()
}

/// The copy kept of the feed at `url`, if any.
pub async fn load(url: &str) -> Option<Kept> {
    let cache = open().await?;
    let response = entry(&cache, url).await?;
    let headers = response.headers();
    let get = |name: &str| headers.get(name).ok().flatten();
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    let bytes = Uint8Array::new(&buffer).to_vec();
    Some(Kept {
        bytes,
        charset: get(CHARSET),
        validators: Validators::new(get(ETAG), get(LAST_MODIFIED)),
        whole: get(WHOLE).as_deref() == Some("1"),
    })
}

/// Keeps `kept` as the copy of the feed at `url`, then evicts the oldest
/// copies beyond the bounds.
pub async fn store(url: &str, kept: &Kept) {
    let _ = try_store(url, kept).await;
}

async fn try_store(url: &str, kept: &Kept) -> Option<()> {
    let cache = open().await?;
    let headers = Headers::new().ok()?;
    if let Some(charset) = &kept.charset {
        headers.set(CHARSET, charset).ok()?;
    }
    if let Some(etag) = &kept.validators.etag {
        headers.set(ETAG, etag).ok()?;
    }
    if let Some(date) = &kept.validators.last_modified {
        headers.set(LAST_MODIFIED, date).ok()?;
    }
    headers
        .set(WHOLE, if kept.whole { "1" } else { "0" })
        .ok()?;
    headers
        .set(STORED, &(js_sys::Date::now() as u64).to_string())
        .ok()?;
    headers.set(SIZE, &kept.bytes.len().to_string()).ok()?;
    let init = ResponseInit::new();
    init.set_headers(&headers);
    let body = Uint8Array::from(kept.bytes.as_slice());
    let response = Response::new_with_opt_buffer_source_and_init(Some(&body), &init).ok()?;
    JsFuture::from(cache.put_with_str(url, &response))
        .await
        .ok()?;
    list(url, true);
    evict(&cache).await
}

/// Deletes the copy kept of the feed at `url` (its server now says
/// `no-store`).
pub async fn forget(url: &str) {
    list(url, false);
    if let Some(cache) = open().await {
        let _ = JsFuture::from(cache.delete_with_str(url)).await;
    }
}

async fn evict(cache: &Cache) -> Option<()> {
    let keys: Array = JsFuture::from(cache.keys()).await.ok()?.dyn_into().ok()?;
    let mut urls = Vec::new();
    let mut copies = Vec::new();
    for key in keys.iter() {
        let Ok(request) = key.dyn_into::<Request>() else {
            continue;
        };
        let url = request.url();
        let Some(response) = entry(cache, &url).await else {
            continue;
        };
        let headers = response.headers();
        let get = |name: &str| headers.get(name).ok().flatten();
        // Whole milliseconds: no float formatting or parsing in the wasm.
        let stored_ms = get(STORED).and_then(|s| s.parse::<u64>().ok()).unwrap_or(0) as f64;
        let bytes = get(SIZE)
            .and_then(|s| s.parse::<usize>().ok())
            .unwrap_or(keep::MAX_COPY_BYTES);
        urls.push(url);
        copies.push(keep::Copy { stored_ms, bytes });
    }
    for i in keep::evict(&copies) {
        list(&urls[i], false);
        let _ = JsFuture::from(cache.delete_with_str(&urls[i])).await;
    }
    Some(())
}

#[wasm_bindgen]
extern "C" {
    /// The page's [`Storage`](https://html.spec.whatwg.org/multipage/webstorage.html#the-storage-interface).
    type Storage;

    #[wasm_bindgen(method, catch, js_name = getItem)]
    fn get_item(this: &Storage, key: &str) -> Result<Option<String>, JsValue>;

    #[wasm_bindgen(method, catch, js_name = setItem)]
    fn set_item(this: &Storage, key: &str, value: &str) -> Result<(), JsValue>;
}

/// Adds `url` to the list of kept URLs in `localStorage` (`kept`), or
/// takes it off. Without storage (reading `localStorage` throws in a
/// sandboxed iframe), nothing is listed and the bootstrap asks the Cache.
fn list(url: &str, kept: bool) {
    let Some(href) = super::net::href(url) else {
        return;
    };
    let Some(storage) = Reflect::get(&js_sys::global(), &"localStorage".into())
        .ok()
        .filter(|s| s.is_object())
        .map(JsCast::unchecked_into::<Storage>)
    else {
        return;
    };
    let listed = storage.get_item(CACHE).ok().flatten().unwrap_or_default();
    // Built by hand: `[..].join` would pull in std's generic join (SIZE.md).
    let mut list = String::new();
    let others = listed.split('\n').filter(|l| !l.is_empty() && *l != href);
    for url in others.chain(kept.then_some(href.as_str())) {
        if !list.is_empty() {
            list.push('\n');
        }
        list.push_str(url);
    }
    if list != listed {
        let _ = storage.set_item(CACHE, &list);
    }
}
