//! Bytes to text with the browser's
//! [`TextDecoder`](https://encoding.spec.whatwg.org/#interface-textdecoder),
//! which knows every WHATWG encoding, so the wasm carries no tables.

use web_sys::TextDecoder;

/// Decodes `bytes` as the encoding `label` names; an unknown label decodes
/// as UTF-8. Malformed sequences become U+FFFD, as the standard says.
pub fn decode(bytes: &mut [u8], label: &str) -> String {
    let decoder = TextDecoder::new_with_label(label)
        .or_else(|_| TextDecoder::new())
        .expect("TextDecoder exists in every browser syndicard supports");
    decoder.decode_with_u8_array(bytes).unwrap_or_default()
}
