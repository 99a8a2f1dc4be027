//! The UI tree ([`crate::present::ui`]) as DOM, in one generic pass: an
//! element per `Element` (`createElement`, then `setAttribute` in order),
//! a text node per `Text`, and per `Date` a text node written by
//! [`intl::long_date`]. Nothing is decided here and nothing is read back
//! from the DOM while building.
//!
//! [`show`] puts the cards in place without blocking the page: the first
//! card in the task that has the views, each later one in place of the
//! placeholder (or older card) that held its space, in slices that yield
//! to the browser between them.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Node, ShadowRoot};

use super::dom::{self, append, set};
use super::{intl, tasks};
use crate::present::ui;

/// Milliseconds of building after which a slice yields to the browser.
const SLICE_MS: f64 = 12.0;

/// `node` as DOM.
pub fn build(doc: &Document, node: &ui::Node) -> Node {
    match node {
        ui::Node::Element(e) => element(doc, e).into(),
        ui::Node::Text(t) => doc.create_text_node(t).into(),
        ui::Node::Date(d) => doc
            .create_text_node(&intl::long_date(d.wall_seconds, &d.lang))
            .into(),
    }
}

/// `e` and its subtree as a DOM element.
pub fn element(doc: &Document, e: &ui::Element) -> Element {
    let el = dom::element(doc, e.tag);
    for (name, value) in &e.attrs {
        set(&el, name, value);
    }
    for child in &e.children {
        append(&el, &build(doc, child));
    }
    el
}

/// Replaces what `root` shows with `tree` (a container of cards). The
/// children of the container `root` shows now (the skeleton's
/// placeholders, or the cards of an earlier load) hold the space of the
/// cards to come: card 0 goes in at once, in a new container that keeps
/// the rest of them; card `i` then replaces the `i`-th, slice by slice.
/// Stops early, returning `false`, when `current` says this render was
/// superseded while it yielded.
pub async fn show(root: &ShadowRoot, mut tree: ui::Element, current: impl Fn() -> bool) -> bool {
    let doc = dom::document();
    let cards = std::mem::take(&mut tree.children);
    let container = element(&doc, &tree);
    let held: Vec<Element> = match root.first_element_child() {
        Some(old) => {
            let children = old.children();
            (0..children.length())
                .filter_map(|i| children.item(i))
                .collect()
        }
        None => Vec::new(),
    };
    let mut cards = cards.iter();
    if let Some(first) = cards.next() {
        append(&container, &build(&doc, first));
    }
    let kept = held.len().min(cards.len() + 1);
    for placeholder in held.iter().take(kept).skip(1) {
        append(&container, placeholder);
    }
    dom::clear(root);
    append(root, &container);

    let mut slice_start = f64::NEG_INFINITY;
    for (i, card) in cards.enumerate().map(|(i, c)| (i + 1, c)) {
        if js_sys::Date::now() - slice_start > SLICE_MS {
            tasks::yield_now().await;
            if !current() {
                return false;
            }
            slice_start = js_sys::Date::now();
        }
        let node = build(&doc, card);
        match held.get(i).filter(|_| i < kept) {
            Some(old) => {
                let _ = container.replace_child(&node, old.unchecked_ref());
            }
            None => append(&container, &node),
        }
    }
    true
}

/// The loading skeleton for `options` as DOM.
pub fn skeleton(doc: &Document, options: &crate::options::Options) -> Element {
    element(doc, &crate::present::skeleton(options))
}
