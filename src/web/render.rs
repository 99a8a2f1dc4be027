//! The UI tree ([`crate::present::ui`]) as DOM, one crossing per tree: the
//! tree is encoded here as an instruction buffer (a stream of numbers for
//! the structure, one joined string for the contents) and built by a small JS
//! builder (js/builder.js) with `createElement`, `setAttribute`,
//! `createTextNode` and `append`; a `Date` leaf is written there by one
//! `Intl.DateTimeFormat` per language. Names cross as indices into tables
//! the builder is given once: the sanitizer's allowlists and the names the
//! core's layouts use, so no text of a feed can become a name. Nothing is
//! decided here and nothing is read back from the DOM while building.
//!
//! [`show`] puts the cards in place without blocking the page: the first
//! card in a task of its own, each later one in place of the placeholder
//! (or older card) that held its space, in slices that yield to the
//! browser between them.

use std::cell::Cell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, ShadowRoot};

use super::dom::{self, append};
use super::tasks;
use crate::feed::DateTime;
use crate::present::ui;
use crate::sanitize::policy;
use crate::text::Words;

/// The tag names an instruction can hold, by index: the sanitizer's
/// allowlist ([`policy::ELEMENTS`]), then those the core's layouts and
/// skeletons use besides.
const TAGS: &str = "p h1 h2 h3 h4 h5 h6 ul ol li dl dt dd blockquote q cite em strong b i u s \
    sub sup small mark br hr a img figure figcaption table caption thead tbody tfoot tr th td \
    pre code article aside div span time footer";

/// The attribute names an instruction can hold, by index: the sanitizer's
/// allowlist, then the layouts' own.
const ATTRIBUTES: &str = "href src alt width height colspan rowspan title lang dir \
    part class aria-hidden aria-label target rel datetime loading decoding referrerpolicy";

#[wasm_bindgen(module = "/js/builder.js")]
extern "C" {
    /// The builder's state: the name tables (space-separated) and its
    /// date formatters.
    #[wasm_bindgen(js_name = domNames)]
    fn dom_names(tags: &str, attrs: &str) -> JsValue;

    /// The tree encoded in `ops` and `text` as DOM (see js/builder.js);
    /// `None` when its root was refused.
    #[wasm_bindgen(js_name = buildDom)]
    fn build_dom(names: &JsValue, ops: &[f64], text: &str) -> Option<web_sys::Node>;
}

thread_local! {
    /// The builder's state, made once from the name tables.
    static BUILDER: JsValue = {
        debug_assert!(
            policy::ELEMENTS.iter().all(|tag| index(TAGS, tag).is_some())
                && policy::ELEMENT_ATTRIBUTES.iter().flat_map(|(_, a)| *a)
                    .all(|a| index(ATTRIBUTES, a).is_some())
                && policy::GLOBAL_ATTRIBUTES.iter().all(|a| index(ATTRIBUTES, a).is_some()),
            "the builder's tables hold the sanitizer's allowlists"
        );
        dom_names(TAGS, ATTRIBUTES)
    };
}

/// The index of `name` in `table` (space-separated names).
fn index(table: &'static str, name: &str) -> Option<u32> {
    let i = Words::spaced(table).position(|n| n == name);
    debug_assert!(i.is_some(), "{name} is in no table of the builder");
    i.map(|i| i as u32)
}

/// Instruction codes (js/builder.js).
const OPEN: u32 = 0;
const CLOSE: u32 = 1;
const ATTRIBUTE: u32 = 2;
const TEXT: u32 = 3;
const DATE: u32 = 4;

/// A tree being written as instructions: words `op | index << 3` and
/// their operands, as numbers (a `Float64Array` in JS: lengths and a
/// date's milliseconds are exact).
#[derive(Default)]
struct Encoder {
    ops: Vec<f64>,
    text: String,
}

impl Encoder {
    fn node(&mut self, node: &ui::Node) {
        match node {
            ui::Node::Element(e) => self.element(e),
            ui::Node::Text(t) => self.string(TEXT, t),
            ui::Node::Date(d) => {
                self.string(DATE, &d.lang);
                let wall = DateTime {
                    unix_seconds: d.wall_seconds,
                    offset_minutes: 0,
                };
                self.ops.push(wall.unix_millis());
            }
        }
    }

    /// `e` and its subtree; nothing when its tag is in no table.
    fn element(&mut self, e: &ui::Element) {
        let Some(tag) = index(TAGS, e.tag) else {
            return;
        };
        self.ops.push(f64::from(OPEN | tag << 3));
        for (name, value) in &e.attrs {
            if let Some(attr) = index(ATTRIBUTES, name) {
                self.string(ATTRIBUTE | attr << 3, value);
            }
        }
        for child in &e.children {
            self.node(child);
        }
        self.ops.push(f64::from(CLOSE));
    }

    /// Instruction `op`, then `s` as its length in UTF-16 code units.
    fn string(&mut self, op: u32, s: &str) {
        self.text.push_str(s);
        let units: usize = s.chars().map(char::len_utf16).sum();
        self.ops.extend([f64::from(op), units as f64]);
    }
}

/// `node` as DOM, in one crossing; `None` when its root is refused.
fn dom_node(node: &ui::Node) -> Option<web_sys::Node> {
    encoded(|encoder| encoder.node(node))
}

/// `e` and its subtree as a DOM element, in one crossing.
fn dom_element(e: &ui::Element) -> Option<web_sys::Element> {
    encoded(|encoder| encoder.element(e)).map(JsCast::unchecked_into)
}

/// The tree `write` encodes, built by the JS builder.
fn encoded(write: impl FnOnce(&mut Encoder)) -> Option<web_sys::Node> {
    let mut encoder = Encoder::default();
    write(&mut encoder);
    BUILDER.with(|builder| build_dom(builder, &encoder.ops, &encoder.text))
}

/// Replaces what `root` shows with `container` holding `count` cards,
/// card `i` made by `card(i)`. The children of the container `root` shows
/// now (the skeleton's placeholders, or the cards of an earlier load) hold
/// the space of the cards to come: after a yield, card 0 goes in, in the
/// new container that keeps the rest of them; card `i` then replaces the
/// `i`-th, slice by slice, each slice yielding after [`tasks::SLICE_MS`].
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
    let mut slices = tasks::Slices::yielding_first();
    let mut shown: Option<(web_sys::Element, Vec<web_sys::Element>)> = None;
    for i in 0..count {
        if slices.next().await && !current() {
            return;
        }
        let Some(node) = dom_node(&card(i)) else {
            continue;
        };
        match &shown {
            None => {
                let held = held(root, count);
                let Some(new) = dom_element(container) else {
                    return;
                };
                append(&new, &node);
                for placeholder in held.iter().skip(1) {
                    append(&new, placeholder);
                }
                dom::clear(root);
                append(root, &new);
                on_screen.set(true);
                // The first card is on screen: let the browser show it.
                slices.end();
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

/// The loading skeleton for `options` as DOM (an empty `div` if its root
/// were refused).
pub fn skeleton(doc: &Document, options: &crate::options::Options) -> web_sys::Element {
    dom_element(&crate::present::skeleton(options)).unwrap_or_else(|| dom::element(doc, "div"))
}
