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
