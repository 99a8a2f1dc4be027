//! The UI tree ([`crate::present::ui`]) as DOM, in one generic pass: an
//! element per `ui::Element` (`createElement`, then `setAttribute` in order),
//! a text node per `Text`, and per `Date` a text node written by
//! [`intl::long_date`]. Nothing is decided here and nothing is read back
//! from the DOM while building.
//!
//! [`show`] puts the cards in place without blocking the page: the first
//! card in a task of its own, each later one in place of the placeholder
//! (or older card) that held its space, in slices that yield to the
//! browser between them.

use std::cell::Cell;

use wasm_bindgen::JsCast;
use web_sys::{Document, ShadowRoot};

use super::dom::{self, append, set};
use super::{intl, tasks};
use crate::present::ui;

/// Milliseconds of building after which a slice yields to the browser.
const SLICE_MS: f64 = 12.0;

/// `node` as DOM.
pub fn dom_node(doc: &Document, node: &ui::Node) -> web_sys::Node {
    match node {
        ui::Node::Element(e) => dom_element(doc, e).into(),
        ui::Node::Text(t) => doc.create_text_node(t).into(),
        ui::Node::Date(d) => doc
            .create_text_node(&intl::long_date(d.wall_seconds, &d.lang))
            .into(),
    }
}

/// `e` and its subtree as a DOM element.
pub fn dom_element(doc: &Document, e: &ui::Element) -> web_sys::Element {
    let el = dom::element(doc, e.tag);
    for (name, value) in &e.attrs {
        set(&el, name, value);
    }
    for child in &e.children {
        append(&el, &dom_node(doc, child));
    }
    el
}

/// Replaces what `root` shows with `container` holding `count` cards,
/// card `i` made by `card(i)`. The children of the container `root` shows
/// now (the skeleton's placeholders, or the cards of an earlier load) hold
/// the space of the cards to come: after a yield, card 0 goes in, in the
/// new container that keeps the rest of them; card `i` then replaces the
/// `i`-th, slice by slice, each slice yielding after [`SLICE_MS`].
/// `on_screen` is set once the first card is. Stops early when `current`
/// says, after a yield, that this render was superseded.
pub async fn show(
    root: &ShadowRoot,
    container: &ui::Element,
    count: usize,
    mut card: impl FnMut(usize) -> ui::Node,
    current: impl Fn() -> bool,
    on_screen: &Cell<bool>,
) {
    let doc = dom::document();
    let mut slice_start = f64::NEG_INFINITY;
    let mut shown: Option<(web_sys::Element, Vec<web_sys::Element>)> = None;
    for i in 0..count {
        if js_sys::Date::now() - slice_start > SLICE_MS {
            tasks::yield_now().await;
            if !current() {
                return;
            }
            slice_start = js_sys::Date::now();
        }
        let node = dom_node(&doc, &card(i));
        match &shown {
            None => {
                let held = held(root, count);
                let new = dom_element(&doc, container);
                append(&new, &node);
                for placeholder in held.iter().skip(1) {
                    append(&new, placeholder);
                }
                dom::clear(root);
                append(root, &new);
                on_screen.set(true);
                // The first card is on screen: let the browser show it.
                slice_start = f64::NEG_INFINITY;
                shown = Some((new, held));
            }
            Some((new, held)) => match held.get(i) {
                Some(old) => {
                    let _ = new.replace_child(&node, old.unchecked_ref());
                }
                None => append(new, &node),
            },
        }
    }
}

/// The elements of the container `root` shows, at most `count`.
fn held(root: &ShadowRoot, count: usize) -> Vec<web_sys::Element> {
    let Some(old) = root.first_element_child() else {
        return Vec::new();
    };
    let children = old.children();
    (0..children.length().min(count as u32))
        .filter_map(|i| children.item(i))
        .collect()
}

/// The loading skeleton for `options` as DOM.
pub fn skeleton(doc: &Document, options: &crate::options::Options) -> web_sys::Element {
    dom_element(doc, &crate::present::skeleton(options))
}
