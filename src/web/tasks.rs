//! Giving the main thread back between slices of work: `scheduler.yield()`
//! ([Prioritized Task Scheduling](https://wicg.github.io/scheduling-apis/#dom-scheduler-yield))
//! where the browser has it (the continuation runs before other queued
//! tasks), else a new task through `setTimeout(0)`.

use std::future::Future;
use std::pin::Pin;

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Resolves in a later task, after the browser has had the chance to
/// render and handle input.
pub async fn yield_now() {
    let _ = JsFuture::from(yielded()).await;
}

fn yielded() -> Promise {
    let global = js_sys::global();
    let scheduler = Reflect::get(&global, &"scheduler".into()).unwrap_or(JsValue::UNDEFINED);
    if let Some(f) = Reflect::get(&scheduler, &"yield".into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
    {
        if let Ok(promise) = f.call0(&scheduler).and_then(|p| p.dyn_into::<Promise>()) {
            return promise;
        }
    }
    Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(&resolve);
        }
    })
}

/// Milliseconds of work after which a slice gives the main thread back
/// (the page stays responsive: no task of ours nears the 50 ms of a long
/// task).
pub const SLICE_MS: f64 = 12.0;

/// A run of work cut into slices of about [`SLICE_MS`]: [`Slices::next`]
/// between two pieces of work yields once the slice has used its time.
pub struct Slices {
    started: f64,
}

impl Slices {
    /// Slices whose first begins now.
    pub fn starting_now() -> Slices {
        Slices {
            started: js_sys::Date::now(),
        }
    }

    /// Slices whose first begins after a yield.
    pub fn yielding_first() -> Slices {
        Slices {
            started: f64::NEG_INFINITY,
        }
    }

    /// Ends the current slice: the next [`Slices::next`] yields.
    pub fn end(&mut self) {
        self.started = f64::NEG_INFINITY;
    }

    /// Yields to the browser when the current slice has run its time, then
    /// starts the next; whether it yielded (the state of the page may have
    /// changed meanwhile).
    pub async fn next(&mut self) -> bool {
        if js_sys::Date::now() - self.started <= SLICE_MS {
            return false;
        }
        yield_now().await;
        self.started = js_sys::Date::now();
        true
    }
}

/// Runs `future` on the page's event loop (`spawn_local`). Boxed, so the
/// executor's task code is instantiated once for every caller rather than
/// once per future type.
pub fn spawn(future: Pin<Box<dyn Future<Output = ()>>>) {
    wasm_bindgen_futures::spawn_local(future);
}
