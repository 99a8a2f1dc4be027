//! Encoding sniffing and the byte-level streaming parser, natively, with
//! `encoding_rs` standing in for the browser's `TextDecoder`.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use support::decode::RsDecoder;
use syndicard::feed::encoding::{self, ByteParser, SNIFF_BYTES};

/// Every label encoding_rs knows (the WHATWG list) maps to the same
/// encoding in the core's table, and nothing else maps.
#[test]
fn label_table_matches_whatwg() {
    let labels = [
        "unicode-1-1-utf-8",
        "utf8",
        "cp1252",
        "latin1",
        "ascii",
        "iso-8859-2",
        "l2",
        "iso-8859-15",
        "cyrillic",
        "koi8-r",
        "koi",
        "koi8-u",
        "ibm866",
        "866",
        "macintosh",
        "x-mac-cyrillic",
        "windows-874",
        "tis-620",
        "dos-874",
        "iso-8859-8-i",
        "logical",
        "visual",
        "iso-8859-6",
        "arabic",
        "greek",
        "ecma-118",
        "hebrew",
        "gb2312",
        "gbk",
        "gb18030",
        "big5",
        "big5-hkscs",
        "euc-jp",
        "iso-2022-jp",
        "csiso2022jp",
        "shift_jis",
        "ms_kanji",
        "windows-31j",
        "sjis",
        "euc-kr",
        "windows-949",
        "ks_c_5601-1987",
        "csiso2022kr",
        "hz-gb-2312",
        "iso-2022-cn",
        "utf-16",
        "utf-16le",
        "ucs-2",
        "unicode",
        "utf-16be",
        "unicodefffe",
        "x-user-defined",
        "windows-1250",
        "x-cp1251",
        "windows-1258",
        "iso_8859-9:1989",
        "latin6",
        "iso885913",
        "iso8859-14",
        "csisolatin9",
        "iso-8859-16",
        "tis-620",
        "x-mac-ukrainian",
        "csmacintosh",
    ];
    for l in labels {
        let theirs =
            encoding_rs::Encoding::for_label(l.as_bytes()).map(|e| e.name().to_ascii_lowercase());
        let ours = encoding::encoding_for_label(l).map(str::to_string);
        // encoding_rs has no label for the replacement encoding's name.
        let theirs = theirs.or_else(|| {
            ["csiso2022kr", "hz-gb-2312", "iso-2022-cn"]
                .contains(&l)
                .then(|| "replacement".to_string())
        });
        assert_eq!(ours, theirs, "{l}");
        assert_eq!(
            encoding::encoding_for_label(&l.to_uppercase()),
            ours.as_deref(),
            "{l} upper case"
        );
    }
    for bad in ["", "utf-7", "latin-1", "utf_8", "x-klingon"] {
        assert_eq!(
            encoding::encoding_for_label(bad),
            encoding_rs::Encoding::for_label(bad.as_bytes()).map(|e| e.name()),
            "{bad}"
        );
    }
}

fn big_sjis_feed(items: usize) -> Vec<u8> {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>\n<rss version=\"2.0\"><channel><title>共同通信PRワイヤー</title>\n",
    );
    for i in 0..items {
        xml.push_str(&format!(
            "<item><title>新製品のお知らせ 第{i}号</title><description>株式会社サンプルは本日、新しいサービスを発表しました。</description></item>\n"
        ));
    }
    xml.push_str("</channel></rss>\n");
    let (bytes, _, bad) = encoding_rs::SHIFT_JIS.encode(&xml);
    assert!(!bad);
    bytes.into_owned()
}

/// Bytes pushed in chunks that split multi-byte sequences, across the
/// sniffing window, parse like the whole.
#[test]
fn byte_chunks_split_anywhere() {
    let bytes = big_sjis_feed(1200);
    assert!(bytes.len() > SNIFF_BYTES * 2);
    let whole = encoding::parse_bytes(&bytes, None, None, RsDecoder::boxed).unwrap();
    assert_eq!(whole.releases.len(), 1200);
    assert_eq!(whole.title.as_deref(), Some("共同通信PRワイヤー"));
    assert_eq!(
        whole.releases[1199].title.as_deref(),
        Some("新製品のお知らせ 第1199号")
    );
    for size in [1usize, 333, 4097, 70_000] {
        let mut p = ByteParser::new(None, None, Box::new(RsDecoder::boxed));
        let mut seen = Vec::new();
        for chunk in bytes.chunks(size) {
            p.push(chunk).unwrap();
            seen.push(p.complete());
        }
        assert_eq!(p.sniffed().map(|s| s.encoding), Some("shift_jis"));
        // Releases became complete while pushing, not only at the end.
        assert!(seen.iter().any(|&n| n > 0 && n < 1200), "{size}");
        assert_eq!(p.finish().unwrap(), whole, "{size}");
    }
}

/// A cap hit while pushing bytes stays the answer, even from `finish`.
#[test]
fn byte_level_caps_are_sticky() {
    use syndicard::feed::{limits::MAX_INPUT_BYTES, ErrorKind, Limit};
    let mut p = ByteParser::new(None, None, Box::new(RsDecoder::boxed));
    let chunk = vec![b' '; 1 << 20];
    let mut failed = false;
    for _ in 0..=MAX_INPUT_BYTES >> 20 {
        failed |= p.push(&chunk).is_err();
    }
    assert!(failed);
    let e = p.finish().unwrap_err();
    assert_eq!(e.kind, ErrorKind::Limit(Limit::InputBytes));
    // The same words as the text-level parser's cap (one message per limit).
    let mut text = syndicard::feed::Parser::new(None);
    let _ = text.push(&" ".repeat(MAX_INPUT_BYTES + 1));
    assert_eq!(e.message, text.finish().unwrap_err().message);
    assert!(e.message.contains("MAX_INPUT_BYTES"), "{}", e.message);
}
