//! The streaming `Parser` with arbitrary split points gives the same result
//! as parsing the whole input, and `complete()` only grows.
#![no_main]

use libfuzzer_sys::fuzz_target;
use syndicard::feed::{self, ErrorKind, Parser};

fuzz_target!(|data: &[u8]| {
    let Some((&seed, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let base = Some("https://fuzz.example/feeds/all.xml");
    let whole = feed::parse(&text, base);

    // Split points from the seed: chunk lengths cycle through 1..=seed+1.
    let mut p = Parser::new(base);
    let mut start = 0;
    let mut want = 1usize;
    let mut complete = 0;
    let mut pushed = Ok(());
    for (i, _) in text.char_indices() {
        if i - start >= want {
            pushed = p.push(&text[start..i]);
            if pushed.is_err() {
                break;
            }
            start = i;
            want = want % (usize::from(seed) + 1) + 1;
            assert!(p.complete() >= complete);
            complete = p.complete();
        }
    }
    let chunked = pushed.and_then(|()| p.push(&text[start..])).and_then(|()| p.finish());
    let capped = |r: &Result<feed::Feed, feed::ParseError>| {
        matches!(r, Err(e) if matches!(e.kind, ErrorKind::Limit(_)))
    };
    if !capped(&whole) && !capped(&chunked) {
        assert_eq!(whole, chunked);
    }
    if let Ok(f) = &whole {
        assert!(complete <= f.releases.len());
    }
});
