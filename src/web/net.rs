//! Getting the feed's bytes: [`fetch`](https://fetch.spec.whatwg.org/) via
//! gloo-net with a timeout that really aborts the request
//! ([`AbortController`](https://dom.spec.whatwg.org/#interface-abortcontroller)),
//! or an inline feed child that needs no request at all.

use std::cell::Cell;
use std::rc::Rc;

use gloo_net::http::Request;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{AbortController, Element};

use crate::status::{ErrorCode, Failure};

/// `type`s of a `<script>` child holding an inline feed.
pub const INLINE_TYPES: &[&str] = &[
    "application/rss+xml",
    "application/atom+xml",
    "application/xml",
    "application/feed+json",
];

/// The text of the first inline feed child of `host`, if any.
pub fn inline_feed(host: &Element) -> Option<String> {
    let children = host.children();
    (0..children.length())
        .filter_map(|i| children.item(i))
        .find(|c| {
            c.local_name() == "script"
                && c.get_attribute("type").is_some_and(|t| {
                    INLINE_TYPES
                        .iter()
                        .any(|known| t.trim().eq_ignore_ascii_case(known))
                })
        })
        .and_then(|s| s.text_content())
}

/// A fetched body.
pub struct Body {
    /// The raw bytes.
    pub bytes: Vec<u8>,
    /// The `charset` parameter of `Content-Type`, if the server sent one.
    pub charset: Option<String>,
}

/// Fetches `url`, giving up after `timeout_ms` (the request is aborted, not
/// just ignored). `controller` also aborts it when the widget is destroyed
/// or reloads; that case yields `Ok(None)` so nothing is reported.
pub async fn fetch(
    url: &str,
    timeout_ms: u32,
    controller: &AbortController,
) -> Result<Option<Body>, Failure> {
    let timed_out = Rc::new(Cell::new(false));
    let timer = Timer::start(timeout_ms, {
        let timed_out = timed_out.clone();
        let controller = controller.clone();
        move || {
            timed_out.set(true);
            controller.abort();
        }
    });
    let result = fetch_body(url, controller).await;
    drop(timer);
    match result {
        Ok(body) => Ok(Some(body)),
        Err(_) if timed_out.get() => Err(Failure::new(
            ErrorCode::Timeout,
            format!("the feed at {url} did not answer within {timeout_ms} ms"),
        )),
        Err(_) if controller.signal().aborted() => Ok(None),
        Err(failure) => Err(failure),
    }
}

async fn fetch_body(url: &str, controller: &AbortController) -> Result<Body, Failure> {
    let network = |e: gloo_net::Error| {
        Failure::new(
            ErrorCode::Network,
            format!("could not fetch the feed at {url} ({e}); if it is on another site, it must send CORS headers or be read through the proxy option"),
        )
    };
    let response = Request::get(url)
        .abort_signal(Some(&controller.signal()))
        .send()
        .await
        .map_err(network)?;
    if !response.ok() {
        return Err(Failure::new(
            ErrorCode::Http,
            format!(
                "the feed at {url} answered HTTP {} {}",
                response.status(),
                response.status_text()
            ),
        ));
    }
    let charset = response
        .headers()
        .get("content-type")
        .and_then(|ct| charset_of(&ct));
    let bytes = response.binary().await.map_err(network)?;
    Ok(Body { bytes, charset })
}

/// The `charset` parameter of a Content-Type value.
fn charset_of(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|param| {
        let (name, value) = param.split_once('=')?;
        name.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| value.trim().trim_matches('"').to_string())
    })
}

/// A `setTimeout` that is cleared when dropped.
pub struct Timer {
    id: i32,
    _callback: Closure<dyn FnMut()>,
}

impl Timer {
    /// Calls `f` once after `ms` milliseconds unless dropped first.
    pub fn start(ms: u32, f: impl FnMut() + 'static) -> Option<Timer> {
        let callback = Closure::<dyn FnMut()>::new(f);
        let id = web_sys::window()?
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                callback.as_ref().unchecked_ref(),
                i32::try_from(ms).unwrap_or(i32::MAX),
            )
            .ok()?;
        Some(Timer {
            id,
            _callback: callback,
        })
    }
}

impl Drop for Timer {
    fn drop(&mut self) {
        if let Some(w) = web_sys::window() {
            w.clear_timeout_with_handle(self.id);
        }
    }
}
