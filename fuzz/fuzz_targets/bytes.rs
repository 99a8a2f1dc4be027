//! The byte-level `ByteParser` (sniff, decode, parse) over arbitrary bytes
//! split anywhere, with encoding_rs standing in for TextDecoder: same
//! result as `parse_bytes` on the whole.
#![no_main]

use libfuzzer_sys::fuzz_target;
use syndicard::feed::encoding::{self, ByteParser, Decode};

struct Rs(encoding_rs::Decoder);

impl Decode for Rs {
    fn decode(&mut self, bytes: &[u8], last: bool) -> String {
        let mut out = String::with_capacity(bytes.len() * 3 + 16);
        let _ = self.0.decode_to_string(bytes, &mut out, last);
        out
    }
}

fn make(name: &'static str) -> Box<dyn Decode> {
    let enc = encoding_rs::Encoding::for_label_no_replacement(name.as_bytes())
        .unwrap_or(encoding_rs::REPLACEMENT);
    Box::new(Rs(enc.new_decoder_without_bom_handling()))
}

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
    let whole = encoding::parse_bytes(rest, charset, None, make);
    let mut p = ByteParser::new(charset, None, Box::new(make));
    let size = usize::from(seed / 4) + 1;
    for chunk in rest.chunks(size) {
        if p.push(chunk).is_err() {
            return;
        }
    }
    assert_eq!(p.finish(), whole);
});
