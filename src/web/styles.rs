//! The shadow root's styles, as one
//! [constructable stylesheet](https://drafts.csswg.org/cssom/#dom-cssstylesheet-cssstylesheet)
//! shared by every widget on the page and adopted with
//! [`adoptedStyleSheets`](https://drafts.csswg.org/cssom/#dom-documentorshadowroot-adoptedstylesheets):
//! CSP-safe (no `<style>` element, no `'unsafe-inline'`), parsed once.

use js_sys::Array;
use web_sys::{CssStyleSheet, ShadowRoot};

/// The widget's CSS: `styles.css` without its comments and needless
/// whitespace (minified at build time by `build.rs`).
pub const CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/styles.min.css"));

thread_local! {
    static SHEET: Option<CssStyleSheet> = CssStyleSheet::new()
        .ok()
        .filter(|sheet| sheet.replace_sync(CSS).is_ok());
}

/// Adopts the shared stylesheet into `root`.
pub fn adopt(root: &ShadowRoot) {
    SHEET.with(|sheet| {
        if let Some(sheet) = sheet {
            root.set_adopted_style_sheets(&Array::of1(sheet));
        }
    });
}
