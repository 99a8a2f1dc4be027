//! The browser's decoding path: the core sniffs the encoding, the browser's
//! `TextDecoder` (streaming) decodes, chunks split anywhere, even inside a
//! multi-byte character.
#![cfg(target_arch = "wasm32")]

use syndicard::feed::encoding::ByteParser;
use syndicard::feed::Feed;
use syndicard::web::decode::BrowserDecoder;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Parses `bytes` pushed in chunks of `size` bytes.
fn parse_in_chunks(bytes: &[u8], size: usize, charset: Option<&str>) -> Feed {
    let mut parser = ByteParser::new(charset, None, Box::new(BrowserDecoder::boxed));
    for chunk in bytes.chunks(size) {
        parser.push(chunk).unwrap();
    }
    parser.finish().unwrap()
}

fn first_title(feed: &Feed) -> &str {
    feed.releases[0].title.as_deref().unwrap()
}

#[wasm_bindgen_test]
fn shift_jis_declared_in_the_xml_declaration() {
    let bytes = include_bytes!("feeds/enc-shift-jis.xml");
    for size in [1, 2, 3, 7, 4096] {
        let feed = parse_in_chunks(bytes, size, None);
        assert_eq!(
            feed.title.as_deref(),
            Some("ＰＲワイヤー　日本語版"),
            "chunks of {size}"
        );
        assert_eq!(first_title(&feed), "株式会社コントソ、大阪に新工場を建設");
    }
}

#[wasm_bindgen_test]
fn windows_1252_from_the_http_charset() {
    let bytes = include_bytes!("feeds/enc-latin1-http.xml");
    let feed = parse_in_chunks(bytes, 5, Some("ISO-8859-1"));
    assert_eq!(first_title(&feed), "SGF’s façade wins “Grand Prix”");
}

#[wasm_bindgen_test]
fn utf16_with_a_byte_order_mark() {
    let bytes = include_bytes!("feeds/enc-utf16le-bom.xml");
    let feed = parse_in_chunks(bytes, 3, None);
    assert_eq!(first_title(&feed), "Η Contoso ανοίγει γραφείο στην Αθήνα");
}

#[wasm_bindgen_test]
fn utf8_split_inside_characters_is_not_garbled() {
    let xml = "<rss version=\"2.0\"><channel><title>Wire</title><item><title>Zürich – 東京 – القاهرة 🎉</title></item></channel></rss>";
    for size in 1..=5 {
        let feed = parse_in_chunks(xml.as_bytes(), size, Some("utf-8"));
        assert_eq!(
            first_title(&feed),
            "Zürich – 東京 – القاهرة 🎉",
            "chunks of {size}"
        );
    }
}

#[wasm_bindgen_test]
fn utf8_wrongly_declared_latin1_is_read_as_utf8() {
    let bytes = include_bytes!("feeds/enc-utf8-declared-latin1.xml");
    let feed = parse_in_chunks(bytes, 11, None);
    assert_eq!(first_title(&feed), "Grüezi: neue Tarife für 2026");
}
