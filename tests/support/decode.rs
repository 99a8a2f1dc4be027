//! Reading a fixture's bytes as the widget does: sniff, decode (here with
//! `encoding_rs` instead of the browser's `TextDecoder`), parse.

use syndicard::feed::encoding::{self, Decode, Sniffed};
use syndicard::feed::{self, Feed, ParseError};

/// `encoding_rs` behind the core's [`Decode`], as `TextDecoder` is in the
/// browser.
pub struct RsDecoder(encoding_rs::Decoder);

impl RsDecoder {
    pub fn boxed(name: &'static str) -> Box<dyn Decode> {
        let enc = encoding_rs::Encoding::for_label_no_replacement(name.as_bytes())
            .unwrap_or(encoding_rs::REPLACEMENT);
        // The BOM is skipped by the core already.
        Box::new(RsDecoder(enc.new_decoder_without_bom_handling()))
    }
}

impl Decode for RsDecoder {
    fn decode(&mut self, bytes: &[u8], last: bool) -> String {
        let cap = self
            .0
            .max_utf8_buffer_length(bytes.len())
            .unwrap_or(bytes.len() * 3 + 16);
        let mut out = String::with_capacity(cap);
        let (_, _, _) = self.0.decode_to_string(bytes, &mut out, last);
        out
    }
}

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
