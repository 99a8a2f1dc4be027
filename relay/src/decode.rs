//! `encoding_rs` behind the core's [`Decode`], as `TextDecoder` is in the
//! browser: the relay's decoder, and the native tests' and the `bytes` fuzz
//! target's (tests/support and fuzz/ include this file as it is).

use syndicard::feed::encoding::Decode;

/// An `encoding_rs` decoder for one encoding.
pub struct RsDecoder(encoding_rs::Decoder);

impl RsDecoder {
    /// A decoder for the encoding `name` (a WHATWG encoding name, as
    /// sniffing gives it); an unknown name decodes as the replacement
    /// encoding.
    pub fn boxed(name: &'static str) -> Box<dyn Decode> {
        let enc = encoding_rs::Encoding::for_label_no_replacement(name.as_bytes())
            .unwrap_or(encoding_rs::REPLACEMENT);
        // The core has skipped any byte order mark already.
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
        let _ = self.0.decode_to_string(bytes, &mut out, last);
        out
    }
}
