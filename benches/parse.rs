//! Native parse throughput of `syndicard::feed` next to feed-rs on the same
//! bytes, for a small (20 KB), typical (200 KB) and large (4 MB)
//! Business Wire-style feed generated in code; and the streaming claim:
//! time until the first 3 releases of the 4 MB feed are complete when it
//! arrives in 16 KB chunks. Run: `cargo bench --bench parse`; results in
//! BENCHMARKS.md.
//!
//! Times are the benchmark thread's CPU time (`CLOCK_THREAD_CPUTIME_ID`
//! through the `cpu-time` crate), not wall time: the build machines are
//! shared, and wall time there swings by a factor of two or more with the
//! load of other jobs; CPU time does not count the time the thread waits.

// The benchmark and its native-only tools (criterion, feed-rs) are not built
// for wasm32, where `cargo clippy --all-targets` also compiles this file.
#[cfg(not(target_arch = "wasm32"))]
#[path = "../tests/support/gen.rs"]
mod gen;

#[cfg(not(target_arch = "wasm32"))]
#[path = "support/cpu.rs"]
mod cpu;

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::hint::black_box;
    use std::time::Duration;

    use criterion::{BenchmarkId, Criterion, Throughput};
    use syndicard::feed::encoding::{self, Decode};
    use syndicard::feed::{self, Parser};

    use super::cpu::CpuTime;
    use super::gen;

    const SIZES: &[(&str, usize)] = &[
        ("small-20KB", 20 * 1024),
        ("typical-200KB", 200 * 1024),
        ("large-4MB", 4 * 1024 * 1024),
    ];

    /// encoding_rs behind `Decode`, as TextDecoder is in the browser.
    struct Rs(encoding_rs::Decoder);

    impl Decode for Rs {
        fn decode(&mut self, bytes: &[u8], last: bool) -> String {
            let mut out = String::with_capacity(bytes.len() + 16);
            let _ = self.0.decode_to_string(bytes, &mut out, last);
            out
        }
    }

    fn decoder(name: &'static str) -> Box<dyn Decode> {
        let enc = encoding_rs::Encoding::for_label(name.as_bytes()).unwrap_or(encoding_rs::UTF_8);
        Box::new(Rs(enc.new_decoder_without_bom_handling()))
    }

    pub fn throughput(c: &mut Criterion<CpuTime>) {
        let mut g = c.benchmark_group("parse");
        for &(name, size) in SIZES {
            let (text, items) = gen::rss(size);
            // Both parsers must read every item.
            assert_eq!(feed::parse(&text, None).unwrap().releases.len(), items);
            assert_eq!(
                feed_rs::parser::parse(text.as_bytes())
                    .unwrap()
                    .entries
                    .len(),
                items
            );
            if size > 1_000_000 {
                g.sample_size(10).measurement_time(Duration::from_secs(8));
            } else {
                g.sample_size(50).measurement_time(Duration::from_secs(4));
            }
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_with_input(BenchmarkId::new("syndicard-text", name), &text, |b, t| {
                b.iter(|| feed::parse(black_box(t), None).unwrap())
            });
            g.bench_with_input(BenchmarkId::new("syndicard-bytes", name), &text, |b, t| {
                b.iter(|| {
                    encoding::parse_bytes(black_box(t.as_bytes()), None, None, decoder).unwrap()
                })
            });
            g.bench_with_input(BenchmarkId::new("feed-rs", name), &text, |b, t| {
                b.iter(|| feed_rs::parser::parse(black_box(t.as_bytes())).unwrap())
            });
        }
        g.finish();
    }

    pub fn first_three(c: &mut Criterion<CpuTime>) {
        let (text, _) = gen::rss(4 * 1024 * 1024);
        let bytes = text.as_bytes();
        let mut g = c.benchmark_group("first-3-of-4MB");
        g.sample_size(50);
        g.bench_function("syndicard-stream-16KB-chunks", |b| {
            b.iter(|| {
                let mut p = Parser::new(None);
                for chunk in bytes.chunks(16 * 1024) {
                    // The generated feed is ASCII, so byte chunks are text.
                    p.push(std::str::from_utf8(chunk).unwrap()).unwrap();
                    if p.complete() >= 3 {
                        break;
                    }
                }
                let feed = p.finish().unwrap();
                assert!(feed.releases.len() >= 3);
                feed
            })
        });
        g.sample_size(10).measurement_time(Duration::from_secs(8));
        g.bench_function("feed-rs-whole-document", |b| {
            b.iter(|| feed_rs::parser::parse(black_box(bytes)).unwrap())
        });
        g.finish();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    cpu::run(&[native::throughput, native::first_three]);
}

#[cfg(target_arch = "wasm32")]
fn main() {}
