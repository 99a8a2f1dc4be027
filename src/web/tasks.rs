//! Giving the main thread back between slices of work: `scheduler.yield()`
//! ([Prioritized Task Scheduling](https://wicg.github.io/scheduling-apis/#dom-scheduler-yield))
//! where the browser has it (the continuation runs before other queued
//! tasks), else a new task through `setTimeout(0)`.

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
