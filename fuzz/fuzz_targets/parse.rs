//! `feed::parse` (and the date parser and encoding sniffer) on arbitrary
//! input: no panic, no hang, no unbounded allocation.
#![no_main]

use libfuzzer_sys::fuzz_target;
use syndicard::feed::{self, date, encoding};

fuzz_target!(|data: &[u8]| {
    let _ = encoding::sniff(data, None);
    let text = String::from_utf8_lossy(data);
    let _ = date::parse(&text);
    if let Ok(feed) = feed::parse(&text, Some("https://fuzz.example/feeds/all.xml")) {
        for r in &feed.releases {
            // Every URL the parser hands on is absolute and of an allowed scheme.
            for u in r.link.iter().chain(&r.image) {
                assert!(u.starts_with("http") || u.starts_with("mailto:"), "{u}");
            }
        }
    }
});
