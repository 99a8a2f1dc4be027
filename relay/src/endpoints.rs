//! The endpoints' answers, as plain data: what the worker checks before
//! fetching ([`prepare`]) and what it answers once it has the feed's bytes
//! ([`answer`]). `/v1/feed` needs no rendering: the worker answers the
//! bytes themselves.

use crate::cache;
use crate::dissect;
use crate::error::{Code, RelayError};
use crate::oembed;
use crate::page;
use crate::params::{self, Params};
use crate::target::{self, Allowlist};
use crate::{cards, static_card};

/// The relay's endpoints, by path.
pub const ENDPOINTS: &[&str] = &["/v1/feed", "/v1/cards", "/v1/oembed", "/v1/card"];

/// An answer: status, media type, body, and the page's CSP when it is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    /// HTTP status.
    pub status: u16,
    /// `Content-Type`.
    pub content_type: &'static str,
    /// The body.
    pub body: String,
    /// `Content-Security-Policy`, for HTML pages.
    pub csp: Option<String>,
}

const JSON: &str = "application/json; charset=utf-8";
const HTML: &str = "text/html; charset=utf-8";

impl From<RelayError> for Answer {
    fn from(e: RelayError) -> Self {
        Answer {
            status: e.code.status(),
            content_type: JSON,
            body: e.to_json(),
            csp: None,
        }
    }
}

/// Checks a request before anything is fetched: the path names an
/// endpoint, the parameters are valid, the URL passes the target policy
/// and `format=xml` is refused. Returns the URL to fetch.
pub fn prepare(path: &str, query: &str, allow: &Allowlist) -> Result<String, RelayError> {
    if !ENDPOINTS.contains(&path) {
        return Err(RelayError::new(
            Code::NotFound,
            format!(
                "no endpoint {path}; the relay answers {}",
                ENDPOINTS.join(", ")
            ),
        ));
    }
    let p = params::parse(query)?;
    if p.xml {
        if path == "/v1/oembed" {
            return Err(RelayError::new(
                Code::NotImplemented,
                "oEmbed's XML format is not implemented; ask for format=json",
            ));
        }
        return Err(RelayError::new(
            Code::BadRequest,
            "format applies to /v1/oembed only",
        ));
    }
    Ok(target::check(&p.url, allow)?.url)
}

/// Media types `/v1/feed` passes on as the upstream sent them; any other
/// (`text/html`, `image/svg+xml`, …) is answered as `text/plain` with the
/// same charset, so feed bytes never become a document on the relay's
/// origin.
pub const FEED_TYPES: &[&str] = &[
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
    "application/feed+json",
    "application/json",
    "text/plain",
];

/// The `Content-Security-Policy` of `/v1/feed`: should a browser open the
/// bytes as a document anyway (XML with XHTML inside), nothing in it runs
/// or loads.
pub const FEED_CSP: &str = "default-src 'none'; sandbox";

/// The `Content-Type` `/v1/feed` answers for an upstream's `upstream`.
pub fn feed_content_type(upstream: Option<&str>) -> String {
    let upstream = upstream.unwrap_or("").trim();
    let essence = upstream
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    if FEED_TYPES.contains(&essence.as_str()) {
        return upstream.to_string();
    }
    let charset = upstream.split(';').skip(1).find_map(|p| {
        let (n, v) = p.split_once('=')?;
        let v = v.trim().trim_matches('"');
        (n.trim().eq_ignore_ascii_case("charset")
            && !v.is_empty()
            && v.bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':')))
        .then(|| v.to_string())
    });
    match charset {
        Some(c) => format!("text/plain; charset={c}"),
        None => "text/plain".to_string(),
    }
}

/// What [`answer`] needs besides the request and the feed.
pub struct Context<'a> {
    /// The relay's origin (`https://relay.example`), for the oEmbed snippet.
    pub origin: &'a str,
    /// The widget's classic-script URL, for the oEmbed snippet.
    pub script: &'a str,
    /// Freshness left of the feed copy, seconds.
    pub cache_age: u32,
}

/// The answer of `path` (`/v1/cards`, `/v1/oembed`, `/v1/card`) for the
/// feed in `bytes` fetched from `feed_url`.
pub fn answer(
    path: &str,
    query: &str,
    bytes: &[u8],
    content_type: Option<&str>,
    feed_url: &str,
    ctx: &Context,
) -> Answer {
    render(path, query, bytes, content_type, feed_url, ctx).unwrap_or_else(Answer::from)
}

fn render(
    path: &str,
    query: &str,
    bytes: &[u8],
    content_type: Option<&str>,
    feed_url: &str,
    ctx: &Context,
) -> Result<Answer, RelayError> {
    let Params {
        options,
        max_width,
        max_height,
        ..
    } = params::parse(query)?;
    let cards = dissect::cards(bytes, content_type, feed_url, &options)?;
    let (content_type, body, csp) = match path {
        "/v1/cards" => (JSON, cards::to_json(&cards), None),
        "/v1/card" => (HTML, page::html(&cards), Some(page::csp())),
        "/v1/oembed" => {
            let embed = oembed::Embed {
                feed_url,
                relay: ctx.origin,
                script: ctx.script,
                limit: options.limit,
                max_width,
                max_height,
                cache_age: ctx.cache_age,
            };
            (JSON, oembed::to_json(&cards, &embed), None)
        }
        other => {
            return Err(RelayError::new(
                Code::NotFound,
                format!("{other} is not rendered"),
            ))
        }
    };
    Ok(Answer {
        status: 200,
        content_type,
        body,
        csp,
    })
}

/// The static fragment of `cards` in the oEmbed layout (for tests and
/// tools).
pub fn fragment(cards: &[dissect::Card]) -> String {
    static_card::fragment(cards, static_card::Layout::Card)
}

/// Re-exported for the worker's cache.
pub use cache::{lifetime, max_age_left, serve, Config, Lifetime, Serve};

#[cfg(test)]
mod tests {
    use super::*;

    const FEED: &str = r#"<rss version="2.0"><channel><title>Wire</title>
<item><guid>g1</guid><title>A &amp; B</title><link>https://wire.example/1</link>
<description>&lt;p&gt;Lede.&lt;/p&gt;</description></item></channel></rss>"#;

    fn ctx() -> Context<'static> {
        Context {
            origin: "https://relay.example",
            script: "https://cdn.example/syndicard/embed.js",
            cache_age: 60,
        }
    }

    #[test]
    fn prepare_refuses_before_fetching() {
        let allow = Allowlist::parse("wire.example");
        assert_eq!(
            prepare("/v1/cards", "url=https://wire.example/rss", &allow),
            Ok("https://wire.example/rss".into())
        );
        let code = |path: &str, q: &str| prepare(path, q, &allow).unwrap_err().code;
        assert_eq!(code("/v2/cards", "url=x"), Code::NotFound);
        assert_eq!(code("/v1/cards", "limit=3"), Code::BadRequest);
        assert_eq!(
            code("/v1/cards", "url=https://wire.example/&limit=51"),
            Code::BadRequest
        );
        assert_eq!(
            code("/v1/oembed", "url=https://wire.example/&format=xml"),
            Code::NotImplemented
        );
        assert_eq!(
            code("/v1/cards", "url=https://other.example/"),
            Code::HostNotAllowed
        );
        assert_eq!(
            code("/v1/feed", "url=file:///etc/passwd"),
            Code::SchemeNotAllowed
        );
    }

    #[test]
    fn feed_bytes_never_become_a_page() {
        assert_eq!(
            feed_content_type(Some("application/rss+xml; charset=utf-8")),
            "application/rss+xml; charset=utf-8"
        );
        assert_eq!(feed_content_type(Some("Text/XML")), "Text/XML");
        assert_eq!(
            feed_content_type(Some("text/html; charset=Shift_JIS")),
            "text/plain; charset=Shift_JIS"
        );
        assert_eq!(feed_content_type(Some("image/svg+xml")), "text/plain");
        assert_eq!(
            feed_content_type(Some("text/html; charset=\"><x")),
            "text/plain"
        );
        assert_eq!(feed_content_type(None), "text/plain");
    }

    #[test]
    fn oembed_is_rich_with_required_fields() {
        let a = answer(
            "/v1/oembed",
            "url=x&maxwidth=320",
            FEED.as_bytes(),
            None,
            "https://wire.example/rss",
            &ctx(),
        );
        assert_eq!(a.status, 200);
        let v: serde_json::Value = serde_json::from_str(&a.body).unwrap();
        assert_eq!(v["version"], "1.0");
        assert_eq!(v["type"], "rich");
        assert_eq!(v["width"], 320);
        assert_eq!(v["height"], oembed::DEFAULT_HEIGHT);
        let html = v["html"].as_str().unwrap();
        assert!(html.starts_with("<div data-syndicard data-feed=\"https://wire.example/rss\" data-relay=\"https://relay.example\""));
        assert!(html.contains("A &amp; B"));
        assert!(html
            .ends_with("<script async src=\"https://cdn.example/syndicard/embed.js\"></script>"));
        assert_eq!(html.matches("<script").count(), 1);
    }

    #[test]
    fn card_page_has_its_csp_and_errors_are_json() {
        let a = answer(
            "/v1/card",
            "url=x",
            FEED.as_bytes(),
            None,
            "https://wire.example/rss",
            &ctx(),
        );
        assert_eq!(a.content_type, HTML);
        assert!(a.csp.unwrap().contains("script-src 'none'"));
        assert!(a.body.contains("<footer class=\"disclaimer\">This article is provided by a third-party content provider."));
        let a = answer(
            "/v1/cards",
            "url=x",
            b"not a feed",
            None,
            "https://wire.example/rss",
            &ctx(),
        );
        assert_eq!(a.status, 502);
        let v: serde_json::Value = serde_json::from_str(&a.body).unwrap();
        assert_eq!(v["code"], "parse");
    }
}
