//! Shared helpers for the in-browser tests (`tests/web_*.rs`): a host with
//! an inline feed, a mount options object, shadow-tree queries. Include
//! with `mod web_support;`.
#![allow(dead_code)]

use js_sys::{Object, Reflect};
use syndicard::web::api;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, ShadowRoot};

/// The test page's document.
pub fn document() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A new `div` appended to the body, holding an inline feed of MIME type
/// `kind` (the widget reads it with no request).
pub fn inline_host(kind: &str, text: &str) -> Element {
    let doc = document();
    let host = doc.create_element("div").unwrap();
    let script = doc.create_element("script").unwrap();
    script.set_attribute("type", kind).unwrap();
    script.set_text_content(Some(text));
    host.append_child(&script).unwrap();
    doc.body().unwrap().append_child(&host).unwrap();
    host
}

/// A `mount()` options object from name/value pairs.
pub fn options(pairs: &[(&str, &str)]) -> JsValue {
    let o = Object::new();
    for (k, v) in pairs {
        Reflect::set(&o, &(*k).into(), &(*v).into()).unwrap();
    }
    o.into()
}

/// Mounts an inline feed with `pairs` as options, asserts it reached
/// `ready`, and returns its shadow root.
pub async fn mount_ready(kind: &str, text: &str, pairs: &[(&str, &str)]) -> ShadowRoot {
    let host = inline_host(kind, text);
    api::mount(host.clone().into(), options(pairs))
        .await
        .unwrap();
    assert_eq!(host.get_attribute("state").as_deref(), Some("ready"));
    host.shadow_root()
        .expect("the widget attaches an open shadow root")
}

/// Every element matching `selector` in `root`.
pub fn all(root: &ShadowRoot, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().dyn_into().unwrap())
        .collect()
}

/// The first element matching `selector` in `root`; panics if none.
pub fn one(root: &ShadowRoot, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector} in the shadow tree"))
}

/// The text of the first element matching `selector`.
pub fn text_of(root: &ShadowRoot, selector: &str) -> String {
    one(root, selector).text_content().unwrap_or_default()
}
