//! A `setTimeout` owned by Rust: cleared when dropped, so a timeout,
//! refresh or grace period never outlives what it was for.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// A `setTimeout` that is cleared when dropped.
pub struct Timer {
    id: i32,
    _callback: Closure<dyn FnMut()>,
}

impl Timer {
    /// Calls `f` once after `ms` milliseconds unless dropped first.
    pub fn start(ms: u32, f: impl FnMut() + 'static) -> Option<Timer> {
        Timer::start_boxed(ms, Box::new(f))
    }

    /// [`Timer::start`] for one boxed callback type: the closure's glue is
    /// instantiated once, not per caller.
    fn start_boxed(ms: u32, f: Box<dyn FnMut()>) -> Option<Timer> {
        let callback = Closure::wrap(f);
        let id = web_sys::window()?
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                callback.as_ref().unchecked_ref(),
                i32::try_from(ms).unwrap_or(i32::MAX),
            )
            .ok()?;
        Some(Timer {
            id,
            _callback: callback,
        })
    }
}

impl Drop for Timer {
    fn drop(&mut self) {
        if let Some(w) = web_sys::window() {
            w.clear_timeout_with_handle(self.id);
        }
    }
}
