//! Every cap the feed parser enforces, in one place.
//!
//! Feeds are hostile input, so nothing in the parser grows without bound.
//! Hitting a cap is an error whose kind names the constant
//! ([`ErrorKind::Limit`](super::ErrorKind::Limit)`("MAX_INPUT_BYTES")` …),
//! returned by the `push` that hit it and again by `finish`, except the
//! count caps [`MAX_RELEASES`], [`MAX_CATEGORIES`] and [`MAX_AUTHORS`]: what
//! is over them is left out (reading stops at `MAX_RELEASES` releases) and
//! the feed is read without error.

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

/// Most namespace declarations in scope at once (real feeds have a dozen).
pub const MAX_NAMESPACES: usize = 128;

/// Most categories kept per release; more are left out.
pub const MAX_CATEGORIES: usize = 64;

/// Most authors kept per release (or feed); more are left out.
pub const MAX_AUTHORS: usize = 32;

/// Deepest nesting of arrays and objects in a JSON Feed.
pub const MAX_JSON_DEPTH: usize = 32;
