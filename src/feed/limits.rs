//! Every cap the feed parser enforces, in one place.
//!
//! Feeds are hostile input, so nothing in the parser grows without bound.
//! Hitting a cap is an error whose kind names the constant
//! ([`ErrorKind::Limit`](super::ErrorKind::Limit)`("MAX_INPUT_BYTES")` …),
//! returned by the `push` that hit it and again by `finish`, except
//! [`MAX_RELEASES`]: reading stops there and the feed holds the first
//! `MAX_RELEASES` releases.

/// Most bytes of input (text, after decoding) one feed may have. Business
/// Wire's full feed is about 4 MB.
pub const MAX_INPUT_BYTES: usize = 16 * 1024 * 1024;

/// Most releases kept from one feed; reading stops (without error) once this
/// many are complete.
pub const MAX_RELEASES: usize = 10_000;

/// Deepest element nesting in an XML feed (the root is depth 1).
pub const MAX_DEPTH: usize = 64;

/// Longest single field (a title, a body …) and longest single piece of
/// markup (a tag, a comment, a CDATA section, a DOCTYPE), in bytes.
pub const MAX_STRING_BYTES: usize = 1024 * 1024;

/// Most attributes on one XML element.
pub const MAX_ATTRIBUTES: usize = 256;

/// Deepest nesting of arrays and objects in a JSON Feed.
pub const MAX_JSON_DEPTH: usize = 32;
