//! The exports `relay/worker.mjs` calls (wasm-bindgen). Each is a thin
//! wrapper over a pure function of this crate; answers cross as a
//! [`Reply`] (status, media type, body, CSP).

use wasm_bindgen::prelude::*;

use crate::cache::{self, Config, Lifetime};
use crate::endpoints::{self, Answer, Context};
use crate::error::{Code, RelayError};
use crate::target::{self, Allowlist};

/// An answer for the worker to send. For [`prepare`] and [`check_target`],
/// status 200 means "go ahead" and the body is the URL to fetch.
#[wasm_bindgen]
pub struct Reply(Answer);

#[wasm_bindgen]
impl Reply {
    /// HTTP status.
    #[wasm_bindgen(getter)]
    pub fn status(&self) -> u16 {
        self.0.status
    }

    /// `Content-Type`.
    #[wasm_bindgen(getter, js_name = contentType)]
    pub fn content_type(&self) -> String {
        self.0.content_type.to_string()
    }

    /// The body.
    #[wasm_bindgen(getter)]
    pub fn body(&self) -> String {
        self.0.body.clone()
    }

    /// `Content-Security-Policy`, for pages.
    #[wasm_bindgen(getter)]
    pub fn csp(&self) -> Option<String> {
        self.0.csp.clone()
    }
}

fn go(url: String) -> Reply {
    Reply(Answer {
        status: 200,
        content_type: "text/plain",
        body: url,
        csp: None,
    })
}

/// Checks a request (path, query) before anything is fetched; see
/// [`endpoints::prepare`].
#[wasm_bindgen]
pub fn prepare(path: &str, query: &str, allow: &str) -> Reply {
    match endpoints::prepare(path, query, &Allowlist::parse(allow)) {
        Ok(url) => go(url),
        Err(e) => Reply(e.into()),
    }
}

/// Checks a redirect's target; see [`target::check`].
#[wasm_bindgen(js_name = checkTarget)]
pub fn check_target(url: &str, allow: &str) -> Reply {
    match target::check(url, &Allowlist::parse(allow)) {
        Ok(t) => go(t.url),
        Err(e) => Reply(e.into()),
    }
}

/// The JSON error answer for a failure the worker saw (`code` from
/// [`crate::error::CODES`]; an unknown one is `upstream_unreachable`).
#[wasm_bindgen]
pub fn error(code: &str, message: &str) -> Reply {
    let code = Code::from_name(code).unwrap_or(Code::UpstreamUnreachable);
    Reply(RelayError::new(code, message).into())
}

/// `/v1/cards`, `/v1/oembed` or `/v1/card` for the feed in `bytes`.
#[wasm_bindgen]
#[allow(clippy::too_many_arguments)]
pub fn answer(
    path: &str,
    query: &str,
    bytes: &[u8],
    content_type: Option<String>,
    feed_url: &str,
    origin: &str,
    script: &str,
    cache_age: u32,
) -> Reply {
    let ctx = Context {
        origin,
        script,
        cache_age,
    };
    Reply(endpoints::answer(
        path,
        query,
        bytes,
        content_type.as_deref(),
        feed_url,
        &ctx,
    ))
}

/// The lifetime of an upstream response, `[store (0/1), ttl_s, stale_s]`,
/// under the configured bounds (bindings, as strings, may be absent).
#[wasm_bindgen]
pub fn lifetime(
    cache_control: Option<String>,
    min_ttl: Option<String>,
    max_ttl: Option<String>,
    stale: Option<String>,
) -> Vec<u32> {
    let config = Config::from_bindings(min_ttl.as_deref(), max_ttl.as_deref(), stale.as_deref());
    let l = cache::lifetime(cache_control.as_deref(), &config);
    vec![u32::from(l.store), l.ttl_s, l.stale_s]
}

/// What a request gets from a copy `age_ms` old: `fresh`, `stale`
/// (serve it and revalidate) or `miss`.
#[wasm_bindgen]
pub fn serve(age_ms: f64, store: bool, ttl_s: u32, stale_s: u32) -> String {
    let l = Lifetime {
        store,
        ttl_s,
        stale_s,
    };
    match cache::serve(age_ms, &l) {
        cache::Serve::Fresh => "fresh",
        cache::Serve::Stale => "stale",
        cache::Serve::Miss => "miss",
    }
    .to_string()
}

/// Seconds of freshness left, for `Cache-Control: max-age`.
#[wasm_bindgen(js_name = maxAgeLeft)]
pub fn max_age_left(age_ms: f64, ttl_s: u32) -> u32 {
    cache::max_age_left(
        age_ms,
        &Lifetime {
            store: true,
            ttl_s,
            stale_s: 0,
        },
    )
}

/// The `Content-Type` of `/v1/feed`; see [`endpoints::feed_content_type`].
#[wasm_bindgen(js_name = feedContentType)]
pub fn feed_content_type(upstream: Option<String>) -> String {
    endpoints::feed_content_type(upstream.as_deref())
}

/// The `Content-Security-Policy` of `/v1/feed`.
#[wasm_bindgen(js_name = feedCsp)]
pub fn feed_csp() -> String {
    endpoints::FEED_CSP.to_string()
}
