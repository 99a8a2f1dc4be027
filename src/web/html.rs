//! The browser's own HTML parser behind the sanitizer's [`SourceNode`].
//!
//! Release HTML is parsed with
//! [`DOMParser.parseFromString`](https://html.spec.whatwg.org/multipage/dynamic-markup-insertion.html#dom-domparser-parsefromstring)
//! into an inert document: no browsing context, so nothing in it runs or
//! loads. Where the page enforces Trusted Types, the string is passed
//! through a `syndicard` policy first; that policy only ever feeds this
//! inert parser.

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Node};

use crate::markup;
use crate::sanitize::{self, SourceKind, SourceNode};

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
    /// The Trusted Types policy, created once where the API exists.
    static POLICY: Option<JsValue> = create_policy();
}

fn create_policy() -> Option<JsValue> {
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
    let identity = Closure::<dyn Fn(String) -> String>::new(|s: String| s).into_js_value();
    Reflect::set(&rules, &"createHTML".into(), &identity).ok()?;
    create_policy
        .call2(&factory, &"syndicard".into(), &rules)
        .ok()
}

/// Parses `source` as an HTML document in an inert context, after
/// [`sanitize::defang`] (so a strict CSP on the page reports nothing).
pub(crate) fn parse(source: &str) -> Option<Document> {
    let source = &sanitize::defang(source);
    let parser = InertParser::new().ok()?;
    let input = POLICY.with(|policy| match policy {
        Some(p) => Reflect::get(p, &"createHTML".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            .and_then(|f| f.call1(p, &source.into()).ok()),
        None => None,
    });
    let input = input.unwrap_or_else(|| source.into());
    parser.parse_from(&input, "text/html").ok()
}

/// `source` parsed by the browser and rebuilt from the allowlists;
/// relative URLs resolve against `base`. (Public for the in-browser tests;
/// not a JS export.)
pub fn sanitized(source: &str, base: Option<&str>) -> Vec<markup::Node> {
    match parse(source).and_then(|doc| doc.body()) {
        Some(body) => sanitize::sanitize(&Dom(body.into()), base),
        None => Vec::new(),
    }
}

/// A node of a browser DOM tree.
pub(crate) struct Dom(pub(crate) Node);

const HTML_NS: &str = "http://www.w3.org/1999/xhtml";

impl SourceNode for Dom {
    fn kind(&self) -> SourceKind {
        match self.0.node_type() {
            Node::ELEMENT_NODE => {
                let el: &Element = self.0.unchecked_ref();
                SourceKind::Element {
                    name: el.local_name().to_ascii_lowercase(),
                    html: el.namespace_uri().as_deref() == Some(HTML_NS),
                }
            }
            Node::TEXT_NODE | Node::CDATA_SECTION_NODE => {
                SourceKind::Text(self.0.node_value().unwrap_or_default())
            }
            _ => SourceKind::Other,
        }
    }

    fn attribute(&self, name: &str) -> Option<String> {
        self.0.dyn_ref::<Element>()?.get_attribute(name)
    }

    fn children(&self) -> Vec<Self> {
        // A template's children live in its content fragment, which the
        // walk never enters; `childNodes` of a template is empty.
        let list = self.0.child_nodes();
        (0..list.length())
            .filter_map(|i| list.item(i))
            .map(Dom)
            .collect()
    }
}
