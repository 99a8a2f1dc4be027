//! Reading a fixture's bytes as the widget does: sniff, decode (here with
//! `encoding_rs` instead of the browser's `TextDecoder`, through the relay's
//! `RsDecoder`), parse.

use syndicard::feed::encoding::{self, Sniffed};
use syndicard::feed::{self, Feed, ParseError};

#[path = "../../relay/src/decode.rs"]
mod relay_decode;

pub use relay_decode::RsDecoder;

/// Parses a fixture's bytes with [`encoding::parse_bytes`]; also returns the
/// decoded text (to parse again in chunks) and what sniffing decided.
pub fn parse_file(
    bytes: &[u8],
    charset: Option<&str>,
    base: Option<&str>,
) -> (Result<Feed, ParseError>, String, Sniffed) {
    let sniffed = encoding::sniff(bytes, charset);
    let text = RsDecoder::boxed(sniffed.encoding).decode(&bytes[sniffed.bom..], true);
    let result = encoding::parse_bytes(bytes, charset, base, RsDecoder::boxed);
    assert_eq!(
        result,
        feed::parse(&text, base),
        "bytes and text parse alike"
    );
    (result, text, sniffed)
}
