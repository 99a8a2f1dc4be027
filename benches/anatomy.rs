//! Native time of the core's per-card work after the browser has parsed a
//! release's HTML: the sanitizer's walk (over the records the browser
//! shell hands over, src/sanitize/flat.rs) and the view (anatomy:
//! dateline, lede, disclaimer, sectors, boilerplate), as the widget does
//! it (`view::Content::of`: the summary only when the body has no lede),
//! for the first 20 releases of a 200 KB feed of wire-shaped releases
//! (tests/support/wire.rs). html5ever stands in for the browser's
//! DOMParser (its parse is timed on its own row, for scale); the records
//! js/flatten.js writes in the browser are written from its tree before
//! timing, so `sanitize-walk` is the wasm's share: indexing the records
//! and the walk. Run: `cargo bench --bench anatomy`; results in
//! BENCHMARKS.md. Times are thread CPU time (benches/support/cpu.rs).

#[cfg(not(target_arch = "wasm32"))]
#[path = "../tests/support/wire.rs"]
mod wire;

#[cfg(not(target_arch = "wasm32"))]
#[path = "../tests/support/html.rs"]
#[allow(dead_code)]
mod html;

#[cfg(not(target_arch = "wasm32"))]
#[path = "support/cpu.rs"]
mod cpu;

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::cell::Cell;
    use std::collections::HashMap;
    use std::hint::black_box;

    use criterion::{BatchSize, Criterion};
    use markup5ever_rcdom::RcDom;
    use syndicard::feed::{self, Feed, Release, TextKind};
    use syndicard::options::Options;
    use syndicard::safe::SafeNode;
    use syndicard::sanitize::{self, policy, Flat};
    use syndicard::view::{self, Content};

    use super::cpu::CpuTime;
    use super::{html, wire};

    const FEED_BYTES: usize = 200 * 1024;
    const CARDS: u32 = 20;

    fn setup() -> (Feed, Options) {
        let (text, _) = wire::rss(FEED_BYTES);
        let feed = feed::parse(&text, None).unwrap();
        let options = Options {
            limit: CARDS,
            ..Options::default()
        };
        (feed, options)
    }

    /// Every HTML text of the releases (bodies and summaries), parsed by
    /// html5ever (defanged first, as in the widget), by source.
    fn parse_all(releases: &[&Release]) -> HashMap<String, RcDom> {
        releases
            .iter()
            .flat_map(|r| [&r.content, &r.summary])
            .flatten()
            .filter(|t| t.kind == TextKind::Html)
            .map(|t| (t.value.clone(), html::parse(&sanitize::defang(&t.value))))
            .collect()
    }

    pub fn cards(c: &mut Criterion<CpuTime>) {
        let (feed, options) = setup();
        let releases = view::select(&feed, &options);
        assert_eq!(releases.len(), CARDS as usize);
        // What the browser hands over per text: its parse as records
        // (written by js/flatten.js there, from html5ever's tree here,
        // before timing).
        let records: HashMap<String, String> = parse_all(&releases)
            .into_iter()
            .map(|(source, dom)| {
                let r = html::records(&html::body(&dom), policy::MAX_NODES, policy::MAX_NESTING);
                (source, r)
            })
            .collect();
        // The sanitizer the core is handed: the records indexed and walked.
        let walks = Cell::new(0);
        let sanitizer = |source: &str, base: Option<&str>| {
            walks.set(walks.get() + 1);
            sanitize::sanitize(&Flat::read(&records[source]).root(), base)
        };
        // The bench measures real work: every card finds its parts, and
        // only the bodies are sanitized (every body has a lede).
        for r in &releases {
            let v = view::card_view(r, &feed, Content::of(r, &sanitizer), &options, None);
            assert!(v.lede.is_some() && v.dateline.is_some(), "{:?}", v.title);
            assert_eq!(v.provider, "SeaPRwire");
            assert!(!v.boilerplate.is_empty());
        }
        assert_eq!(walks.get(), releases.len());
        let contents: Vec<Vec<SafeNode>> = releases
            .iter()
            .map(|r| sanitizer(&r.content.as_ref().unwrap().value, r.link.as_deref()))
            .collect();

        let mut g = c.benchmark_group("cards-20-of-200KB");
        g.sample_size(30);
        g.bench_function("html5ever-parse (DOMParser's stand-in)", |b| {
            b.iter(|| parse_all(black_box(&releases)))
        });
        g.bench_function("sanitize-walk", |b| {
            b.iter(|| {
                releases
                    .iter()
                    .map(|r| Content::of(black_box(r), &sanitizer).body)
                    .collect::<Vec<_>>()
            })
        });
        g.bench_function("anatomy (view::card_view)", |b| {
            b.iter_batched(
                || contents.clone(),
                |contents| {
                    releases
                        .iter()
                        .zip(contents)
                        .map(|(r, body)| view::card_view(r, &feed, body, &options, None))
                        .collect::<Vec<_>>()
                },
                BatchSize::SmallInput,
            )
        });
        g.bench_function("sanitize+anatomy", |b| {
            b.iter(|| {
                releases
                    .iter()
                    .map(|r| view::card_view(r, &feed, Content::of(r, &sanitizer), &options, None))
                    .collect::<Vec<_>>()
            })
        });
        g.finish();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    cpu::run(&[native::cards]);
}

#[cfg(target_arch = "wasm32")]
fn main() {}
