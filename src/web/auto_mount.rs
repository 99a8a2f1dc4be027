//! Hosts that are not `<syndi-card>`: every `[data-syndicard]` element on
//! the page, now and later, found and watched with a
//! [`MutationObserver`](https://dom.spec.whatwg.org/#interface-mutationobserver).
//! (`<syndi-card>` itself is a custom element whose callbacks call
//! [`super::api`]; the browser tells it when it connects, changes and
//! leaves.)

use js_sys::Array;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, MutationObserver, MutationObserverInit, MutationRecord};

use super::dom::document;
use super::widget;
use crate::options;

/// The attribute that marks a host in CMSs that strip unknown elements.
pub const DATA_HOST: &str = "data-syndicard";
/// The custom element's name.
pub const TAG: &str = "syndi-card";

/// Mounts every `[data-syndicard]` element on the page and watches the
/// document for more (added, changed, removed).
pub fn watch_document() {
    mount_within(&document().document_element());
    let callback = Closure::<dyn Fn(Array)>::new(|records: Array| {
        for record in records.iter() {
            let record: MutationRecord = record.unchecked_into();
            if record.type_() == "attributes" {
                if let Some(host) = record.target().and_then(|t| t.dyn_into::<Element>().ok()) {
                    remount(&host);
                }
                continue;
            }
            let added = record.added_nodes();
            for i in 0..added.length() {
                if let Some(el) = added.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                    mount_within(&Some(el));
                }
            }
        }
        for gone in widget::detached() {
            if gone.host().local_name() != TAG {
                gone.destroy();
            }
        }
    });
    let Ok(observer) = MutationObserver::new(callback.as_ref().unchecked_ref()) else {
        return;
    };
    let init = MutationObserverInit::new();
    init.set_child_list(true);
    init.set_subtree(true);
    let filter: Array = std::iter::once(DATA_HOST.to_string())
        .chain(options::names().map(|n| format!("data-{n}")))
        .map(JsValue::from)
        .collect();
    init.set_attribute_filter(&filter);
    if let Some(root) = document().document_element() {
        let _ = observer.observe_with_options(&root, &init);
    }
    // The observer lives as long as the page.
    callback.forget();
}

/// Mounts `root` and every `[data-syndicard]` inside it.
fn mount_within(root: &Option<Element>) {
    let Some(root) = root else { return };
    let selector = format!("[{DATA_HOST}]");
    if root.matches(&selector).unwrap_or(false) {
        remount(root);
    }
    if let Ok(list) = root.query_selector_all(&selector) {
        for i in 0..list.length() {
            if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                remount(&el);
            }
        }
    }
}

/// (Re)loads the widget on a `[data-syndicard]` host, mounting it first if
/// needed; a host that lost the attribute is unmounted.
fn remount(host: &Element) {
    if host.local_name() == TAG {
        return;
    }
    if !host.has_attribute(DATA_HOST) {
        if let Some(w) = widget::find(host) {
            w.destroy();
        }
        return;
    }
    if let Ok(w) = widget::attach(host) {
        super::tasks::spawn(Box::pin(w.load()));
    }
}
