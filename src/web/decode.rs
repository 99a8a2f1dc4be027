//! Bytes to text with the browser's
//! [`TextDecoder`](https://encoding.spec.whatwg.org/#interface-textdecoder)
//! in streaming mode, which knows every WHATWG encoding, so the wasm carries
//! no tables. The core decides the encoding (`feed::encoding::sniff`); this
//! is its [`Decode`] in the browser.

use web_sys::{TextDecodeOptions, TextDecoder};

use crate::feed::encoding::Decode;

/// A streaming `TextDecoder` for one encoding.
pub struct BrowserDecoder {
    decoder: Option<TextDecoder>,
    streaming: TextDecodeOptions,
}

impl BrowserDecoder {
    /// A decoder for the WHATWG encoding `name`; one the browser refuses
    /// (the "replacement" encoding) decodes as UTF-8, and the feed then
    /// fails to parse with a position, rather than silently.
    pub fn new(name: &str) -> Self {
        let decoder = TextDecoder::new_with_label(name)
            .or_else(|_| TextDecoder::new())
            .ok();
        let streaming = TextDecodeOptions::new();
        streaming.set_stream(true);
        BrowserDecoder { decoder, streaming }
    }

    /// Boxed, for `feed::encoding::ByteParser`.
    pub fn boxed(name: &'static str) -> Box<dyn Decode> {
        Box::new(BrowserDecoder::new(name))
    }
}

impl Decode for BrowserDecoder {
    fn decode(&mut self, bytes: &[u8], last: bool) -> String {
        let Some(decoder) = &self.decoder else {
            return String::new();
        };
        let result = if last {
            decoder.decode_with_u8_array_and_options(bytes, &TextDecodeOptions::new())
        } else {
            decoder.decode_with_u8_array_and_options(bytes, &self.streaming)
        };
        result.unwrap_or_default()
    }
}
