//! Native time of the core's per-card work after the browser has parsed a
//! release's HTML: the sanitizer's walk and the view (anatomy: dateline,
//! lede, disclaimer, sectors, boilerplate), for the first 20 releases of a
//! 200 KB feed of wire-shaped releases (tests/support/wire.rs). html5ever
//! stands in for the browser's DOMParser (its parse is timed on its own
//! row, for scale). Run: `cargo bench --bench anatomy`; results in
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
    use std::hint::black_box;

    use criterion::{criterion_group, BatchSize, Criterion};
    use markup5ever_rcdom::RcDom;
    use syndicard::feed::{self, Feed, Release, TextKind};
    use syndicard::options::Options;
    use syndicard::{sanitize, view};

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

    /// The HTML of a release's body and summary, parsed (defanged first,
    /// as in the widget).
    struct Parsed {
        body: RcDom,
        summary: RcDom,
    }

    fn parse(r: &Release) -> Parsed {
        let html = |t: &Option<feed::Text>| {
            let t = t.as_ref().filter(|t| t.kind == TextKind::Html).unwrap();
            html::parse(&sanitize::defang(&t.value))
        };
        Parsed {
            body: html(&r.content),
            summary: html(&r.summary),
        }
    }

    /// What the widget sanitizes per card: the body and the summary.
    fn walk(r: &Release, p: &Parsed) -> view::Content {
        let base = r.link.as_deref();
        view::Content {
            body: sanitize::sanitize(&html::body(&p.body), base),
            summary: sanitize::sanitize(&html::body(&p.summary), base),
        }
    }

    fn cards(c: &mut Criterion<CpuTime>) {
        let (feed, options) = setup();
        let releases = view::select(&feed, &options);
        assert_eq!(releases.len(), CARDS as usize);
        let parsed: Vec<Parsed> = releases.iter().map(|r| parse(r)).collect();
        let contents: Vec<view::Content> = releases
            .iter()
            .zip(&parsed)
            .map(|(r, p)| walk(r, p))
            .collect();
        // The bench measures real work: every card finds its parts.
        for (r, content) in releases.iter().zip(&contents) {
            let v = view::build(r, &feed, content.clone(), &options, None);
            assert!(v.lede.is_some() && v.dateline.is_some(), "{:?}", v.title);
            assert_eq!(v.provider, "SeaPRwire");
            assert!(!v.boilerplate.is_empty());
        }

        let mut g = c.benchmark_group("cards-20-of-200KB");
        g.sample_size(30);
        g.bench_function("html5ever-parse (DOMParser's stand-in)", |b| {
            b.iter(|| {
                releases
                    .iter()
                    .map(|r| parse(black_box(r)))
                    .collect::<Vec<_>>()
            })
        });
        g.bench_function("sanitize-walk", |b| {
            b.iter(|| {
                releases
                    .iter()
                    .zip(&parsed)
                    .map(|(r, p)| walk(black_box(r), p))
                    .collect::<Vec<_>>()
            })
        });
        g.bench_function("anatomy (view::build)", |b| {
            b.iter_batched(
                || contents.clone(),
                |contents| {
                    releases
                        .iter()
                        .zip(contents)
                        .map(|(r, content)| view::build(r, &feed, content, &options, None))
                        .collect::<Vec<_>>()
                },
                BatchSize::SmallInput,
            )
        });
        g.bench_function("sanitize+anatomy", |b| {
            b.iter(|| {
                releases
                    .iter()
                    .zip(&parsed)
                    .map(|(r, p)| view::build(r, &feed, walk(r, p), &options, None))
                    .collect::<Vec<_>>()
            })
        });
        g.finish();
    }

    criterion_group! {
        name = benches;
        config = Criterion::default().with_measurement(CpuTime);
        targets = cards
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::benches();
    criterion::Criterion::default()
        .configure_from_args()
        .final_summary();
}

#[cfg(target_arch = "wasm32")]
fn main() {}
