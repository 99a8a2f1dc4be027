//! The streaming claim: releases become complete while the text is still
//! arriving, so a widget showing `limit` releases can stop the download.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use support::gen;
use syndicard::feed::{self, Parser};

const CHUNK: usize = 16 * 1024;

/// Chunks of about `CHUNK` bytes, split on character boundaries.
fn chunks(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let mut end = (start + CHUNK).min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        out.push(&text[start..end]);
        start = end;
    }
    out
}

#[test]
fn a_4mb_feed_yields_its_first_releases_in_the_first_chunk() {
    let (text, items) = gen::rss(4 * 1024 * 1024);
    assert!(items > 3000, "{items}");
    let mut p = Parser::new(Some("https://www.businesswire.example/rss/all.xml"));
    let mut pushed = 0;
    for chunk in chunks(&text) {
        p.push(chunk).unwrap();
        pushed += chunk.len();
        if p.complete() >= 3 {
            break;
        }
    }
    // Three releases after one 16 KB chunk of a 4 MB feed.
    assert_eq!(pushed, CHUNK);
    // Stopping early (the shell cancels the download) gives them.
    let early = p.finish().unwrap();
    assert!(early.releases.len() >= 3);
    let whole = feed::parse(&text, Some("https://www.businesswire.example/rss/all.xml")).unwrap();
    assert_eq!(whole.releases.len(), items);
    assert_eq!(early.releases[..3], whole.releases[..3]);
    assert_eq!(early.title, whole.title);
}

#[test]
fn complete_grows_chunk_by_chunk() {
    let (text, items) = gen::rss(400 * 1024);
    let mut p = Parser::new(None);
    let mut last = 0;
    let mut steps = 0;
    for chunk in chunks(&text) {
        p.push(chunk).unwrap();
        assert!(p.complete() >= last);
        if p.complete() > last {
            steps += 1;
        }
        last = p.complete();
    }
    assert!(steps > 20, "{steps}");
    assert_eq!(p.finish().unwrap().releases.len(), items);
}

use support::decode::RsDecoder;
use syndicard::feed::encoding::{self, ByteParser};

const BASE: &str = "https://www.businesswire.example/rss/all.xml";

/// The byte offset just past the `n`-th (1-based) `</item>` of `text`.
fn end_of_item(text: &str, n: usize) -> usize {
    text.match_indices("</item>")
        .nth(n - 1)
        .map(|(i, m)| i + m.len())
        .expect("enough items")
}

#[test]
fn a_limit_stops_reading_inside_a_chunk_at_the_end_of_the_last_release() {
    let (text, items) = gen::rss(60 * 1024);
    assert!(items >= 50, "{items}");
    let whole = feed::parse(&text, Some(BASE)).unwrap();
    for limit in [1, 3, 20] {
        // The whole feed arrives as one chunk.
        let mut p = ByteParser::new(None, Some(BASE), Box::new(RsDecoder::boxed)).with_limit(limit);
        p.push(text.as_bytes()).unwrap();
        assert!(p.enough());
        assert_eq!(p.complete(), limit);
        // Read exactly up to the end of the limit-th release, no further.
        assert_eq!(p.consumed(), end_of_item(&text, limit), "limit {limit}");
        // More bytes change nothing once enough is read.
        p.push(b"<item><title>late</title></item>").unwrap();
        assert_eq!(p.consumed(), end_of_item(&text, limit));
        let early = p.finish().unwrap();
        assert_eq!(early.releases, whole.releases[..limit], "limit {limit}");
        assert_eq!(early.title, whole.title);
    }
}

#[test]
fn raising_the_limit_reads_on_from_where_reading_stopped() {
    let (text, items) = gen::rss(60 * 1024);
    let mut p = Parser::new(Some(BASE));
    p.set_limit(3);
    p.push(&text).unwrap();
    assert_eq!((p.complete(), p.consumed()), (3, end_of_item(&text, 3)));
    p.set_limit(usize::MAX);
    assert!(!p.enough());
    p.push("").unwrap();
    assert_eq!(p.complete(), items);
    assert_eq!(p.finish().unwrap(), feed::parse(&text, Some(BASE)).unwrap());
}

#[test]
fn a_large_chunk_is_read_in_bounded_steps() {
    let (text, items) = gen::rss(1024 * 1024);
    const STEP: usize = 16 * 1024;
    let mut p = ByteParser::new(None, Some(BASE), Box::new(RsDecoder::boxed));
    p.write(text.as_bytes()).unwrap();
    let mut steps = 0;
    let mut before = p.consumed();
    let mut pending = true;
    while pending {
        pending = p.step(STEP).unwrap();
        let read = p.consumed() - before;
        // A step stops at the first token boundary past its budget; one
        // token here (an escaped description) is under 2 KB.
        assert!(read < STEP + 2048, "step {steps} read {read}");
        before = p.consumed();
        steps += 1;
    }
    assert!(steps > 50, "{steps}");
    assert!(p.complete() > items - 5, "most releases read before finish");
    assert_eq!(p.finish().unwrap(), feed::parse(&text, Some(BASE)).unwrap());
}

/// A fixture: its name, bytes, and the HTTP charset and base URL its
/// `.expected` names.
type Fixture = (String, Vec<u8>, Option<String>, Option<String>);

/// Every fixture of tests/feeds.
fn fixtures() -> Vec<Fixture> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/feeds");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "expected") {
            continue;
        }
        let spec = std::fs::read_to_string(&path).unwrap();
        let field = |key: &str| {
            spec.lines()
                .find_map(|l| l.strip_prefix(key))
                .map(|v| v.trim().to_string())
        };
        let stem = path.file_stem().unwrap().to_string_lossy().to_string();
        let feed = match field("feed:") {
            Some(f) => dir.join(f),
            None => std::fs::read_dir(&dir)
                .unwrap()
                .map(|e| e.unwrap().path())
                .find(|p| {
                    p.file_stem().is_some_and(|s| s.to_string_lossy() == stem)
                        && p.extension().is_some_and(|e| e != "expected")
                })
                .unwrap(),
        };
        let bytes = std::fs::read(feed).unwrap();
        out.push((stem, bytes, field("charset:"), field("base:")));
    }
    out.sort();
    out
}

/// Every fixture, pushed as bytes in chunks of 1, 7, 100 and 4096 and read
/// in small steps, gives the result of reading it whole; with a limit, the
/// first releases of that result.
#[test]
fn every_fixture_streams_and_stops_alike() {
    let all = fixtures();
    assert!(all.len() >= 50, "{}", all.len());
    for (name, bytes, charset, base) in &all {
        let (charset, base) = (charset.as_deref(), base.as_deref());
        let whole = encoding::parse_bytes(bytes, charset, base, RsDecoder::boxed);
        for size in [1usize, 7, 100, 4096] {
            if bytes.len() > 300_000 && size < 100 {
                continue;
            }
            for limit in [None, Some(1), Some(2)] {
                let mut p = ByteParser::new(charset, base, Box::new(RsDecoder::boxed));
                if let Some(n) = limit {
                    p = p.with_limit(n);
                }
                let mut failed = None;
                'chunks: for chunk in bytes.chunks(size) {
                    if let Err(e) = p.write(chunk) {
                        failed = Some(e);
                        break;
                    }
                    loop {
                        match p.step(64) {
                            Ok(true) => {}
                            Ok(false) => break,
                            Err(e) => {
                                failed = Some(e);
                                break 'chunks;
                            }
                        }
                    }
                }
                let got = match failed {
                    Some(e) => Err(e),
                    None => p.finish(),
                };
                let what = format!("{name}: chunks of {size}, limit {limit:?}");
                match (&whole, &got, limit) {
                    (_, _, None) => assert_eq!(&got, &whole, "{what}"),
                    (Ok(w), Ok(g), Some(n)) if w.format != Some(feed::Format::JsonFeed) => {
                        let n = n.min(w.releases.len());
                        assert_eq!(g.releases, w.releases[..n], "{what}");
                    }
                    (Ok(w), Ok(g), Some(_)) => assert_eq!(g, w, "{what}"),
                    // A limit may stop reading before a cap or damage is met.
                    (Err(_), _, Some(_)) => {}
                    (Ok(_), Err(e), Some(_)) => panic!("{what}: {e}"),
                }
            }
        }
    }
}
