//! Tiny DOM helpers over web-sys
//! ([DOM Standard](https://dom.spec.whatwg.org/#dom-document-createelement))
//! for the widget's own nodes and host attributes: its fallback `slot`,
//! `state` and `error-code`, moving and clearing children. Cards and
//! skeletons are made by [`super::render`] through `js/builder.js`. No
//! markup string is ever parsed into the live page.

use web_sys::{Document, Element, Node};

/// The window's document.
pub fn document() -> Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("syndicard runs in a window with a document")
}

/// A new element `name` (a literal from this crate or the sanitizer's
/// allowlist, so creation cannot fail).
pub fn element(doc: &Document, name: &str) -> Element {
    doc.create_element(name)
        .expect("allowlisted element names are valid")
}

/// Sets an attribute whose name is a literal of this crate or from the
/// sanitizer's allowlist.
pub fn set(el: &Element, name: &str, value: &str) {
    // Literal, valid attribute names cannot make setAttribute throw.
    let _ = el.set_attribute(name, value);
}

/// Appends `child` to `parent`.
pub fn append(parent: &Node, child: &Node) {
    let _ = parent.append_child(child);
}

/// Removes every child of `node`.
pub fn clear(node: &Node) {
    while let Some(child) = node.first_child() {
        let _ = node.remove_child(&child);
    }
}
