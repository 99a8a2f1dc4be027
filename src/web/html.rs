//! The browser's own HTML parser, read by the sanitizer in one crossing.
//!
//! Release HTML is parsed with
//! [`DOMParser.parseFromString`](https://html.spec.whatwg.org/multipage/dynamic-markup-insertion.html#dom-domparser-parsefromstring)
//! into an inert document: no browsing context, so nothing in it runs or
//! loads. Where the page enforces Trusted Types, the string is passed
//! through a `syndicard` policy first; that policy only ever feeds this
//! inert parser. The document is read back in one call to a tiny JS
//! walker (js/flatten.js) that returns it as one string of records.

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, HtmlElement};

use crate::safe;
use crate::sanitize::{self, policy, Flat};

#[wasm_bindgen(module = "/js/flatten.js")]
extern "C" {
    /// The children of `root` as flat records, at most `nodes` of them,
    /// none deeper than `depth` (see [`sanitize::flat`]).
    fn flatten(root: &HtmlElement, nodes: u32, depth: u32) -> String;

    /// `(s) => s`, the Trusted Types policy's `createHTML` (a JS function,
    /// so the release HTML does not cross into the wasm and back for it).
    #[wasm_bindgen(thread_local_v2, js_name = same)]
    static SAME: JsValue;
}

#[wasm_bindgen]
extern "C" {
    /// `DOMParser`, bound here so `parseFromString` can take a
    /// `TrustedHTML` as well as a string.
    #[wasm_bindgen(js_name = DOMParser)]
    type InertParser;

    #[wasm_bindgen(constructor, js_class = "DOMParser", catch)]
    fn new() -> Result<InertParser, JsValue>;

    #[wasm_bindgen(method, js_class = "DOMParser", js_name = parseFromString, catch)]
    fn parse_from(this: &InertParser, source: &JsValue, kind: &str) -> Result<Document, JsValue>;
}

thread_local! {
    /// The parser, and the Trusted Types policy's `createHTML` bound to the
    /// policy where the API exists; made once.
    static PARSER: Option<(InertParser, Option<js_sys::Function>)> =
        Some((InertParser::new().ok()?, create_html()));
}

/// A `syndicard` Trusted Types policy's `createHTML`, bound to it.
fn create_html() -> Option<js_sys::Function> {
    let window = web_sys::window()?;
    let factory = Reflect::get(&window, &"trustedTypes".into()).ok()?;
    if factory.is_undefined() {
        return None;
    }
    let create_policy: js_sys::Function = Reflect::get(&factory, &"createPolicy".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let rules = Object::new();
    Reflect::set(&rules, &"createHTML".into(), &SAME.with(JsValue::clone)).ok()?;
    let policy = create_policy
        .call2(&factory, &"syndicard".into(), &rules)
        .ok()?;
    let create: js_sys::Function = Reflect::get(&policy, &"createHTML".into())
        .ok()?
        .dyn_into()
        .ok()?;
    Some(create.bind0(&policy))
}

/// Parses `source` as an HTML document in an inert context, after
/// [`sanitize::defang`] (so a strict CSP on the page reports nothing).
pub(crate) fn parse(source: &str) -> Option<Document> {
    let source: JsValue = sanitize::defang(source).into();
    PARSER.with(|parser| {
        let (parser, create_html) = parser.as_ref()?;
        let input = match create_html {
            Some(f) => f.call1(&JsValue::NULL, &source).ok()?,
            None => source,
        };
        parser.parse_from(&input, "text/html").ok()
    })
}

/// `source` parsed by the browser and rebuilt from the allowlists;
/// relative URLs resolve against `base`. The parsed body crosses into the
/// wasm once, as the records of [`sanitize::flat`] (js/flatten.js).
/// (Public for the in-browser tests; not a JS export.)
pub fn sanitized(source: &str, base: Option<&str>) -> Vec<safe::SafeNode> {
    let Some(body) = parse(source).and_then(|doc| doc.body()) else {
        return Vec::new();
    };
    let records = flatten(&body, policy::MAX_NODES as u32, policy::MAX_NESTING as u32);
    sanitize::sanitize(&Flat::read(&records).root(), base)
}
