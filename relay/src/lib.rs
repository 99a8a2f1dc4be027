//! syndicard's relay: the widget's server side, a Cloudflare Worker (run
//! locally with workerd) built from the same core.
//!
//! The Worker itself (`relay/worker.mjs`) is a thin JavaScript module that
//! does what needs the Workers runtime: fetching upstream (redirects
//! followed by hand, size cap, timeout), the in-flight map that coalesces
//! concurrent requests, the cache. Everything it decides, it asks this
//! crate (compiled to wasm with wasm-bindgen, [`wasm`]), whose parts are
//! pure and tested natively:
//!
//! | module | one idea |
//! |---|---|
//! | [`target`] | which upstream URLs may be fetched (scheme, allowlist, addresses) |
//! | [`ip`] | IPv4/IPv6 literals in every spelling, public or not |
//! | [`params`] | the endpoints' query parameters |
//! | [`cache`] | freshness, stale-while-revalidate, what a request gets |
//! | [`error`] | the JSON errors and their statuses |
//! | [`decode`] | `encoding_rs` behind the core's `Decode` |
//! | [`html`] | html5ever behind the sanitizer's `SourceNode` |
//! | [`dissect`] | feed bytes to the widget's card views |
//! | [`cards`] | `/v1/cards` JSON |
//! | [`static_card`] | escaped static HTML of cards |
//! | [`page`] | `/v1/card`: the page and its CSP |
//! | [`oembed`] | `/v1/oembed` JSON |
//! | [`endpoints`] | each endpoint's answer, from the parts above |

pub mod cache;
pub mod cards;
pub mod decode;
pub mod dissect;
pub mod endpoints;
pub mod error;
pub mod html;
pub mod ip;
pub mod oembed;
pub mod page;
pub mod params;
pub mod static_card;
pub mod target;

#[cfg(target_arch = "wasm32")]
pub mod wasm;
