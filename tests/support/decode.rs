//! Reading a fixture's bytes as the widget would.

use syndicard::feed::{self, Feed, ParseError};

/// What sniffing decided (until `feed::encoding` exists: UTF-8 only).
pub struct Sniffed {
    pub encoding: &'static str,
    pub overridden: bool,
}

/// Parses a fixture's bytes; also returns the decoded text and the sniffed
/// encoding.
pub fn parse_file(
    bytes: &[u8],
    _charset: Option<&str>,
    base: Option<&str>,
) -> (Result<Feed, ParseError>, String, Sniffed) {
    let text = String::from_utf8_lossy(bytes).into_owned();
    let result = feed::parse(&text, base);
    (
        result,
        text,
        Sniffed {
            encoding: "utf-8",
            overridden: false,
        },
    )
}
