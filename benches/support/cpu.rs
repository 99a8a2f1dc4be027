//! The benchmark thread's CPU time as a criterion measurement, and the
//! `main` that runs a bench's targets with it, shared by the benches (`#[path = "support/cpu.rs"] mod cpu;`).
//!
//! Times are `CLOCK_THREAD_CPUTIME_ID` through the `cpu-time` crate, not
//! wall time: the build machines are shared, and wall time there swings
//! by a factor of two or more with the load of other jobs; CPU time does
//! not count the time the thread waits.

use std::time::Duration;

use cpu_time::ThreadTime;
use criterion::measurement::{Measurement, ValueFormatter};
use criterion::{Criterion, Throughput};

/// The thread's CPU time, as a criterion measurement.
pub struct CpuTime;

impl Measurement for CpuTime {
    type Intermediate = ThreadTime;
    type Value = Duration;

    fn start(&self) -> ThreadTime {
        ThreadTime::now()
    }
    fn end(&self, started: ThreadTime) -> Duration {
        started.elapsed()
    }
    fn add(&self, a: &Duration, b: &Duration) -> Duration {
        *a + *b
    }
    fn zero(&self) -> Duration {
        Duration::ZERO
    }
    fn to_f64(&self, value: &Duration) -> f64 {
        value.as_nanos() as f64
    }
    fn formatter(&self) -> &dyn ValueFormatter {
        &Nanos
    }
}

/// A bench's `main`: runs `targets` measured in [`CpuTime`] (with the
/// command line's criterion options), then criterion's final summary.
pub fn run(targets: &[fn(&mut Criterion<CpuTime>)]) {
    let mut c = Criterion::default()
        .with_measurement(CpuTime)
        .configure_from_args();
    for target in targets {
        target(&mut c);
    }
    Criterion::default().configure_from_args().final_summary();
}

/// Formats nanoseconds of CPU time.
struct Nanos;

impl ValueFormatter for Nanos {
    fn scale_values(&self, typical: f64, values: &mut [f64]) -> &'static str {
        let (div, unit) = match typical {
            t if t < 1e3 => (1.0, "ns"),
            t if t < 1e6 => (1e3, "µs"),
            t if t < 1e9 => (1e6, "ms"),
            _ => (1e9, "s"),
        };
        values.iter_mut().for_each(|v| *v /= div);
        unit
    }
    fn scale_throughputs(&self, _typical: f64, t: &Throughput, values: &mut [f64]) -> &'static str {
        let n = match t {
            Throughput::Bytes(n) | Throughput::BytesDecimal(n) => *n as f64,
            Throughput::Elements(n) => *n as f64,
            _ => 1.0,
        };
        values
            .iter_mut()
            .for_each(|v| *v = n * 1e9 / *v / (1024.0 * 1024.0));
        "MiB/s"
    }
    fn scale_for_machines(&self, _values: &mut [f64]) -> &'static str {
        "ns"
    }
}
