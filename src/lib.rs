//! syndicard: an embeddable card for syndicated press releases.
//!
//! The crate is a pure core (feed parsing, release anatomy, languages,
//! sanitizer policy, options), tested natively with `cargo test`, and a thin
//! browser shell in [`web`] (fetch, DOM, custom element), compiled only for
//! `wasm32` and tested in headless Chromium. Data flows one way:
//!
//! options → fetch → decode → [`feed`] → sanitize → [`anatomy`] → [`view`] →
//! render → state and events.

pub mod anatomy;
pub mod feed;
pub mod i18n;
pub mod net;
pub mod options;
pub mod present;
pub mod safe;
pub mod sanitize;
pub mod status;
pub mod text;
pub mod unicode;
pub mod url;
pub mod view;

#[cfg(all(target_arch = "wasm32", feature = "web"))]
pub mod web;
