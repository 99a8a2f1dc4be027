//! Every cap the feed parser enforces, in one place.
//!
//! Feeds are hostile input, so nothing in the parser grows without bound.
//! Hitting a cap is an error whose kind says which ([`Limit`], in
//! [`ErrorKind::Limit`](super::ErrorKind::Limit)), with the one message
//! its `Display` writes, returned by the `push` that hit it and again by
//! `finish`, except the
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

/// A cap whose hitting stops the parse: the kind of an
/// [`ErrorKind::Limit`](super::ErrorKind::Limit) error. Its `Display` is
/// the error's message; [`Limit::name`] names its constant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// [`MAX_INPUT_BYTES`].
    InputBytes,
    /// [`MAX_DEPTH`].
    Depth,
    /// [`MAX_STRING_BYTES`].
    StringBytes,
    /// [`MAX_ATTRIBUTES`].
    Attributes,
    /// [`MAX_NAMESPACES`].
    Namespaces,
    /// [`MAX_JSON_DEPTH`].
    JsonDepth,
}

impl Limit {
    /// The name of the constant that sets the cap (`MAX_INPUT_BYTES` …).
    pub const fn name(self) -> &'static str {
        match self {
            Limit::InputBytes => "MAX_INPUT_BYTES",
            Limit::Depth => "MAX_DEPTH",
            Limit::StringBytes => "MAX_STRING_BYTES",
            Limit::Attributes => "MAX_ATTRIBUTES",
            Limit::Namespaces => "MAX_NAMESPACES",
            Limit::JsonDepth => "MAX_JSON_DEPTH",
        }
    }

    /// What is too much, in words a site owner can act on.
    const fn problem(self) -> &'static str {
        match self {
            Limit::InputBytes => "the feed is too large",
            Limit::Depth | Limit::JsonDepth => "the feed is too deeply nested",
            Limit::StringBytes => "a field or tag of the feed is too long",
            Limit::Attributes => "an element of the feed has too many attributes",
            Limit::Namespaces => "the feed declares too many namespaces",
        }
    }
}

impl core::fmt::Display for Limit {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(
            f,
            "{} to read safely (limit {})",
            self.problem(),
            self.name()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_message_names_its_constant() {
        for limit in [
            Limit::InputBytes,
            Limit::Depth,
            Limit::StringBytes,
            Limit::Attributes,
            Limit::Namespaces,
            Limit::JsonDepth,
        ] {
            let message = limit.to_string();
            assert!(
                message.ends_with(&format!("(limit {})", limit.name())),
                "{message}"
            );
            assert!(message.contains("to read safely"), "{message}");
        }
    }
}
