//! Getting the feed: [`fetch`](https://fetch.spec.whatwg.org/) via gloo-net,
//! its body read chunk by chunk from the
//! [`ReadableStream`](https://streams.spec.whatwg.org/#rs-class) so parsing
//! starts with the first bytes and can stop (cancelling the download) once
//! enough releases are in; a timeout that really aborts the request
//! ([`AbortController`](https://dom.spec.whatwg.org/#interface-abortcontroller));
//! or an inline feed child that needs no request at all.

use std::cell::Cell;
use std::rc::Rc;

use gloo_net::http::Request;
use js_sys::{Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, Element, ReadableStreamDefaultReader};

use super::timer::Timer;
use crate::feed::encoding;
use crate::net::keep::{self, Validators};
use crate::net::retry::Attempt;
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

/// When enough releases are in, a download with fewer bytes than this
/// left (by `Content-Length`) is read to its end instead of cancelled: it
/// is all but here, and a cancelled request shows as failed in devtools.
pub const FINISH_BELOW_BYTES: u64 = 16 * 1024;

/// A response body being downloaded, under a timeout.
pub struct Download {
    /// The `charset` parameter of `Content-Type`, if the server sent one.
    pub charset: Option<String>,
    /// The response's `ETag` and `Last-Modified` (when readable).
    pub validators: Validators,
    /// Whether the response may be kept for the next page view
    /// (`Cache-Control` does not say `no-store`).
    pub keepable: bool,
    /// The HTTP status (200 for most).
    pub status: u16,
    /// `Content-Length`, when the server sent one.
    length: Option<u64>,
    reader: ReadableStreamDefaultReader,
    controller: AbortController,
    timed_out: Rc<Cell<bool>>,
    url: String,
    timeout_ms: u32,
    _timer: Option<Timer>,
}

/// What a request got: a body to read, or `304 Not Modified` to a
/// conditional request.
pub enum Opened {
    /// A 2xx answer.
    Body(Download),
    /// The copy the request was conditional on is still current.
    NotModified,
}

/// An attempt that failed: the failure to report, and what retrying needs
/// to know about it.
pub struct Failed {
    /// The failure, as the element reports it.
    pub failure: Failure,
    /// How the attempt ended.
    pub how: Attempt,
    /// The answer's `Retry-After`, if any.
    pub retry_after: Option<String>,
}

/// Requests `url` with the extra request headers `conditions` and waits
/// for its headers. The whole download, body included, must finish within
/// `timeout_ms` or the request is aborted (error code `timeout`).
/// `controller` also aborts it when no widget wants the feed any more.
/// `revalidate` asks the browser's HTTP cache to check with the server
/// (`cache: no-cache`) where headers of our own cannot be sent.
pub async fn open(
    url: &str,
    timeout_ms: u32,
    controller: &AbortController,
    conditions: &[(&str, &str)],
    revalidate: bool,
) -> Result<Opened, Failed> {
    let mut request = Request::get(url).abort_signal(Some(&controller.signal()));
    for (name, value) in conditions {
        request = request.header(name, value);
    }
    if revalidate {
        request = request.cache(web_sys::RequestCache::NoCache);
    }
    let guard = Guard::start(url, timeout_ms, timeout_ms, controller);
    let response = request.send().await.map_err(|e| guard.fail(&e))?;
    guard.opened(response)
}

/// `url` as the browser writes it (`new URL(url).href`): the key under
/// which js/bootstrap.js files its early requests and [`super::kept`]
/// lists the feeds kept, so both sides name a feed alike.
pub fn href(url: &str) -> Option<String> {
    web_sys::Url::new(url).ok().map(|u| u.href())
}

/// A feed request the bootstrap (js/bootstrap.js `prefetchFeeds`) began
/// while the wasm was downloading: an unconditional `GET` of the URL
/// under its own `AbortController`, made only when no copy of the feed
/// was kept.
pub struct Early {
    response: js_sys::Promise,
    controller: AbortController,
    /// `Date.now()` when the request was made.
    started: f64,
}

impl Early {
    /// Takes the bootstrap's entry for `url`, if it has one, and waits
    /// until it has looked for a kept copy: the request it made, or `None`
    /// (a copy is kept, so the request is the shell's to make).
    pub async fn claim(url: &str) -> Option<Early> {
        let key = js_sys::Symbol::for_("syndicard.early");
        let early = Reflect::get(&js_sys::global(), &key)
            .ok()?
            .dyn_into::<js_sys::Map>()
            .ok()?;
        let href = href(url)?;
        let entry = early.get(&href.as_str().into());
        if entry.is_undefined() || !early.delete(&href.as_str().into()) {
            return None;
        }
        let field = |value: &JsValue, name: &str| Reflect::get(value, &name.into()).ok();
        let controller = field(&entry, "controller")?.dyn_into().ok()?;
        let looked = field(&entry, "looked")?
            .dyn_into::<js_sys::Promise>()
            .ok()?;
        let made = JsFuture::from(looked).await.ok()?;
        if made.is_null() {
            return None;
        }
        Some(Early {
            response: field(&made, "response")?.dyn_into().ok()?,
            controller,
            started: field(&made, "started")?.as_f64()?,
        })
    }

    /// The request's controller (kept by its caller, to abort it).
    pub fn controller(&self) -> &AbortController {
        &self.controller
    }

    /// Waits for the request's headers, as [`open`] does: its timeout
    /// counts from when the bootstrap made it.
    pub async fn open(self, url: &str, timeout_ms: u32) -> Result<Opened, Failed> {
        let elapsed = js_sys::Date::now() - self.started;
        let left = (f64::from(timeout_ms) - elapsed).max(0.0) as u32;
        let guard = Guard::start(url, timeout_ms, left, &self.controller);
        let response = JsFuture::from(self.response).await.map_err(|e| {
            // What `fetch` rejects with: a `TypeError` (a network failure,
            // a CORS refusal) or the abort's `DOMException`, read as
            // `String(error)` ("TypeError: Failed to fetch"), as gloo-net
            // words the shell's own requests.
            let text = match e.dyn_ref::<js_sys::Error>() {
                Some(error) => String::from(error.to_string()),
                None => e.as_string().unwrap_or_default(),
            };
            guard.fail(&text)
        })?;
        let response = response
            .dyn_into::<web_sys::Response>()
            .map_err(|_| guard.fail(&"the response is not a Response"))?;
        guard.opened(response.into())
    }
}

/// A request under way: the timer that aborts it after its timeout, and
/// what its failures say.
struct Guard<'a> {
    url: &'a str,
    timeout_ms: u32,
    controller: &'a AbortController,
    timed_out: Rc<Cell<bool>>,
    timer: Option<Timer>,
}

impl<'a> Guard<'a> {
    /// Aborts the request through `controller` after `left_ms`; failures
    /// say `timeout_ms`.
    fn start(url: &'a str, timeout_ms: u32, left_ms: u32, controller: &'a AbortController) -> Self {
        let timed_out = Rc::new(Cell::new(false));
        let timer = Timer::start(left_ms, {
            let timed_out = timed_out.clone();
            let controller = controller.clone();
            move || {
                timed_out.set(true);
                controller.abort();
            }
        });
        Guard {
            url,
            timeout_ms,
            controller,
            timed_out,
            timer,
        }
    }

    fn fail(&self, e: &dyn core::fmt::Display) -> Failed {
        let how = if self.timed_out.get() {
            Attempt::Timeout
        } else {
            Attempt::Network
        };
        Failed {
            failure: failure(self.url, self.timeout_ms, self.timed_out.get(), e),
            how,
            retry_after: None,
        }
    }

    /// The answer's headers read: `304`, a failure status, or a body to
    /// read (still under the timer).
    fn opened(self, response: gloo_net::http::Response) -> Result<Opened, Failed> {
        let url = self.url;
        let status = response.status();
        let headers = response.headers();
        if status == 304 {
            return Ok(Opened::NotModified);
        }
        if !response.ok() {
            return Err(Failed {
                failure: Failure::new(
                    ErrorCode::Http,
                    format!(
                        "the feed at {url} answered HTTP {status} {}",
                        response.status_text()
                    ),
                ),
                how: Attempt::Status(status),
                retry_after: headers.get("retry-after"),
            });
        }
        let charset = headers
            .get("content-type")
            .and_then(|ct| encoding::charset_of(&ct));
        let length = headers
            .get("content-length")
            .and_then(|l| l.trim().parse::<u64>().ok());
        let reader = response
            .body()
            .and_then(|body| {
                body.get_reader()
                    .dyn_into::<ReadableStreamDefaultReader>()
                    .ok()
            })
            .ok_or_else(|| self.fail(&"the response has no readable body"))?;
        Ok(Opened::Body(Download {
            charset,
            validators: Validators::new(headers.get("etag"), headers.get("last-modified")),
            keepable: keep::may_keep(headers.get("cache-control").as_deref()),
            status,
            length,
            reader,
            controller: self.controller.clone(),
            timed_out: self.timed_out,
            url: url.to_string(),
            timeout_ms: self.timeout_ms,
            _timer: self.timer,
        }))
    }
}

impl Download {
    /// The next chunk of the body; `None` at its end.
    pub async fn next(&mut self) -> Result<Option<Vec<u8>>, Failure> {
        Ok(self.next_chunk().await?.map(|chunk| chunk.to_vec()))
    }

    /// The next chunk of the body as the browser gave it, not yet copied
    /// into the wasm (a chunk can be megabytes when the body arrived
    /// before it was read); `None` at its end.
    pub async fn next_chunk(&mut self) -> Result<Option<Uint8Array>, Failure> {
        let result = JsFuture::from(self.reader.read())
            .await
            .map_err(|e| self.failure(&js_message(&e)))?;
        let done = Reflect::get(&result, &"done".into())
            .ok()
            .and_then(|d| d.as_bool())
            .unwrap_or(true);
        if done {
            return Ok(None);
        }
        let value = Reflect::get(&result, &"value".into()).unwrap_or(JsValue::UNDEFINED);
        Ok(Some(
            value
                .dyn_into::<Uint8Array>()
                .unwrap_or_else(|_| Uint8Array::new_with_length(0)),
        ))
    }

    /// Whether the rest of the body, after the first `read` bytes, is
    /// worth cancelling rather than reading: unknown in size, or at least
    /// [`FINISH_BELOW_BYTES`].
    pub fn worth_stopping(&self, read: u64) -> bool {
        self.length
            .is_none_or(|total| total.saturating_sub(read) >= FINISH_BELOW_BYTES)
    }

    /// Stops the download: cancels the body stream and aborts the request.
    pub fn stop(&self) {
        let _ = self.reader.cancel();
        self.controller.abort();
    }

    fn failure(&self, e: &dyn core::fmt::Display) -> Failure {
        failure(&self.url, self.timeout_ms, self.timed_out.get(), e)
    }
}

/// A request that failed: `timeout` when our timer aborted it, `network`
/// otherwise (offline, refused, DNS, CORS; the browser does not say which).
fn failure(url: &str, timeout_ms: u32, timed_out: bool, e: &dyn core::fmt::Display) -> Failure {
    if timed_out {
        return Failure::new(
            ErrorCode::Timeout,
            format!("the feed at {url} did not arrive within {timeout_ms} ms"),
        );
    }
    Failure::new(
        ErrorCode::Network,
        format!("could not fetch the feed at {url} ({e}); a feed on another site must send CORS headers or be read through the proxy option"),
    )
}

fn js_message(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap_or_default()
}
