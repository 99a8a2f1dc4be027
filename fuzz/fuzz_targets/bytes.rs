//! The byte-level `ByteParser` (sniff, decode, parse) over arbitrary bytes
//! split anywhere, with encoding_rs standing in for TextDecoder (the relay's
//! `RsDecoder`): same result as `parse_bytes` on the whole.
#![no_main]

use libfuzzer_sys::fuzz_target;
use syndicard::feed::encoding::{self, ByteParser};

#[path = "../../relay/src/decode.rs"]
mod decode;

use decode::RsDecoder;

fuzz_target!(|data: &[u8]| {
    let Some((&seed, rest)) = data.split_first() else {
        return;
    };
    let charset = match seed % 4 {
        0 => None,
        1 => Some("shift_jis"),
        2 => Some("iso-8859-1"),
        _ => Some("utf-16"),
    };
    let whole = encoding::parse_bytes(rest, charset, None, RsDecoder::boxed);
    let mut p = ByteParser::new(charset, None, Box::new(RsDecoder::boxed));
    let size = usize::from(seed / 4) + 1;
    for chunk in rest.chunks(size) {
        if p.push(chunk).is_err() {
            return;
        }
    }
    assert_eq!(p.finish(), whole);
});
