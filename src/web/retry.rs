//! Trying a request again: the attempts [`crate::net::retry`] allows, with
//! the waits it computes (from the clock and `Math.random()` jitter),
//! slept with `setTimeout`.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::AbortController;

use super::net::{self, Early, Opened};
use crate::net::retry;
use crate::status::Failure;

/// Opens `url` (see [`net::open`]), retrying transient failures. Each
/// attempt gets the controller `fresh()` returns, which its caller keeps
/// to abort it; `fresh()` returning `None` means nobody wants the feed any
/// more, and the last failure is returned.
pub async fn open(
    url: &str,
    timeout_ms: u32,
    conditions: &[(&str, &str)],
    revalidate: bool,
    fresh: &dyn Fn() -> Option<AbortController>,
) -> Result<Opened, Failure> {
    open_after(url, timeout_ms, conditions, revalidate, fresh, None).await
}

/// [`open`] whose first attempt is the `early` request the bootstrap
/// made (unconditional), if any.
pub async fn open_after(
    url: &str,
    timeout_ms: u32,
    conditions: &[(&str, &str)],
    revalidate: bool,
    fresh: &dyn Fn() -> Option<AbortController>,
    mut early: Option<Early>,
) -> Result<Opened, Failure> {
    let mut attempt = 0;
    loop {
        attempt += 1;
        let opened = match early.take() {
            Some(early) => early.open(url, timeout_ms).await,
            None => {
                let Some(controller) = fresh() else {
                    return Err(cancelled());
                };
                net::open(url, timeout_ms, &controller, conditions, revalidate).await
            }
        };
        let failed = match opened {
            Ok(opened) => return Ok(opened),
            Err(failed) => failed,
        };
        let wait = retry::delay_ms(
            attempt,
            failed.how,
            failed.retry_after.as_deref(),
            js_sys::Date::now(),
            js_sys::Math::random(),
        );
        match wait {
            Some(ms) => sleep(ms).await,
            None => return Err(failed.failure),
        }
    }
}

fn cancelled() -> Failure {
    Failure::new(
        crate::status::ErrorCode::Network,
        "the request was cancelled",
    )
}

/// Resolves after `ms` milliseconds.
pub async fn sleep(ms: u32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(
                resolve.unchecked_ref(),
                i32::try_from(ms).unwrap_or(i32::MAX),
            );
        }
    });
    let _ = JsFuture::from(promise).await;
}
