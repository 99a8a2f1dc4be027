//! What the wasm exports to `js/bootstrap.js`, which wraps it into the
//! public exports of `dist/syndicard.js` (types in `js/syndicard.d.ts`):
//! `mount` and `parse` (called by the bootstrap's own `mount()` and
//! `parse()` once the wasm is ready), the `Handle` they return, and the
//! callbacks of the `<syndi-card>` custom element class.

use std::future::Future;
use std::pin::Pin;

use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use super::{auto_mount, widget};
use crate::feed;
use crate::options::canonical_name;

/// Runs once when the module is instantiated: mounts `[data-syndicard]`
/// hosts and watches for more.
#[wasm_bindgen(start)]
pub fn start() {
    auto_mount::watch_document();
}

/// A mounted widget, as returned by `mount()`.
#[wasm_bindgen]
pub struct Handle {
    host: Element,
    /// The options given to `mount()`, re-applied when `refresh()` mounts
    /// the widget again after `destroy()`.
    options: Vec<(String, String)>,
}

#[wasm_bindgen]
impl Handle {
    /// Re-fetches and re-renders (mounting again, with the same options,
    /// after `destroy()`); resolves once the widget has settled.
    /// (Not an `async fn`: through [`promise`], so wasm-bindgen-futures'
    /// promise adapter is in the wasm once.)
    pub fn refresh(&self) -> js_sys::Promise {
        let host = self.host.clone();
        let options = self.options.clone();
        promise(Box::pin(async move {
            let widget = match widget::find(&host) {
                Some(w) => Ok(w),
                None => widget::attach(&host).inspect(|w| w.set_js_options(options)),
            };
            if let Ok(w) = widget {
                w.refresh().await;
            }
            Ok(JsValue::UNDEFINED)
        }))
    }

    /// Stops the widget (pending request, refresh timer), removes its
    /// cards and shows the element's own children again.
    pub fn destroy(&self) {
        if let Some(w) = widget::find(&self.host) {
            w.destroy();
        }
    }

    /// The host element.
    #[wasm_bindgen(getter)]
    pub fn element(&self) -> Element {
        self.host.clone()
    }
}

/// Mounts the widget on `element` with `options` (an object whose keys are
/// the attribute names, in kebab- or camelCase), over the element's own
/// attributes. Resolves with a handle once the first load has settled
/// (`state` is `ready`, `empty` or `error`; bad options do not reject).
#[wasm_bindgen(js_name = mount)]
pub fn mount_export(element: JsValue, options: JsValue) -> js_sys::Promise {
    promise(Box::pin(async move {
        mount(element, options).await.map(JsValue::from)
    }))
}

/// [`mount_export`] for Rust callers: resolves with the [`Handle`].
pub async fn mount(element: JsValue, options: JsValue) -> Result<Handle, JsValue> {
    let host: Element = element.dyn_into().map_err(|_| {
        js_sys::TypeError::new("syndicard.mount: the first argument must be an element")
    })?;
    let widget = widget::attach(&host)?;
    let options = option_pairs(options);
    widget.set_js_options(options.clone());
    widget.load().await;
    Ok(Handle { host, options })
}

/// The promise of an async export, settled by `future` (what an `async fn`
/// export returns): one boxed future type, so wasm-bindgen-futures'
/// promise adapter is not instantiated once per export.
fn promise(future: Pin<Box<dyn Future<Output = Result<JsValue, JsValue>>>>) -> js_sys::Promise {
    wasm_bindgen_futures::future_to_promise(future)
}

#[wasm_bindgen]
extern "C" {
    /// JavaScript's `String(value)`: numbers are formatted by the engine,
    /// which keeps Rust's float formatting out of the wasm.
    #[wasm_bindgen(js_name = String)]
    fn js_string(value: &JsValue) -> String;
}

/// The option name/value pairs of a JS options object (non-option keys
/// ignored; every value as JavaScript's `String(value)` gives it).
fn option_pairs(options: JsValue) -> Vec<(String, String)> {
    let Some(obj) = options.dyn_ref::<js_sys::Object>() else {
        return Vec::new();
    };
    js_sys::Object::keys(obj)
        .iter()
        .filter_map(|k| k.as_string())
        .filter_map(|key| {
            let name = canonical_name(&key)?;
            let value = js_sys::Reflect::get(obj, &key.as_str().into()).ok()?;
            if value.is_undefined() || value.is_null() {
                return None;
            }
            Some((name.to_string(), js_string(&value)))
        })
        .collect()
}

/// Parses feed text (RSS, Atom or JSON Feed) into the normalized feed as a
/// plain object, serialized by serde-wasm-bindgen from the model's derived
/// `Serialize` (absent values `null`); throws an `Error` naming the line
/// and column when nothing usable could be read.
#[wasm_bindgen]
pub fn parse(text: &str) -> Result<JsValue, JsValue> {
    let feed = feed::parse(text, None)
        .map_err(|e| js_sys::Error::new(&format!("syndicard.parse: {e}")))?;
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
    Ok(feed.serialize(&serializer)?)
}

/// `connectedCallback` of `<syndi-card>`.
#[wasm_bindgen(js_name = "__syndicardConnected")]
pub fn connected(host: Element) {
    if let Ok(w) = widget::attach(&host) {
        super::tasks::spawn(Box::pin(w.load()));
    }
}

/// `refresh()` of `<syndi-card>`: loads again now; resolves once settled
/// (at once when the element is not mounted).
#[wasm_bindgen(js_name = "__syndicardRefresh")]
pub fn refresh(host: Element) -> js_sys::Promise {
    promise(Box::pin(async move {
        if let Some(w) = widget::find(&host) {
            w.load().await;
        }
        Ok(JsValue::UNDEFINED)
    }))
}

/// `disconnectedCallback` of `<syndi-card>`.
#[wasm_bindgen(js_name = "__syndicardDisconnected")]
pub fn disconnected(host: Element) {
    if let Some(w) = widget::find(&host) {
        w.destroy();
    }
}

/// `attributeChangedCallback` of `<syndi-card>` (only while mounted).
#[wasm_bindgen(js_name = "__syndicardChanged")]
pub fn changed(host: Element) {
    if let Some(w) = widget::find(&host) {
        super::tasks::spawn(Box::pin(w.load()));
    }
}
