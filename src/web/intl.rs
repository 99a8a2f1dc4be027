//! Dates through [`Intl.DateTimeFormat`](https://tc39.es/ecma402/#datetimeformat-objects),
//! so every language's calendar words come from the browser, not the wasm.
//! One formatter per language per page: made on first use, then kept.

use std::cell::RefCell;

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;

use crate::feed::DateTime;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl, js_name = DateTimeFormat)]
    #[derive(Clone)]
    type DateTimeFormat;

    /// `new Intl.DateTimeFormat(locales, options)`; throws `RangeError` for
    /// a malformed tag, caught here.
    #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "DateTimeFormat", catch)]
    fn new(locales: &Array, options: &Object) -> Result<DateTimeFormat, JsValue>;

    #[wasm_bindgen(method, js_class = "Intl.DateTimeFormat", js_name = format)]
    fn format(this: &DateTimeFormat, date: &js_sys::Date) -> String;
}

thread_local! {
    /// The formatters made so far, by language tag (a page shows few).
    static FORMATTERS: RefCell<Vec<(String, Option<DateTimeFormat>)>> =
        const { RefCell::new(Vec::new()) };
}

/// The wall-clock time `wall_seconds` (see [`crate::present::ui::Date`]) as
/// a long date in language `lang` (e.g. "5 Juni 2025" in `id`, "2025年6月5日"
/// in `ja`), read in UTC so the day is the one the feed wrote. Falls back
/// to English for a tag Intl rejects.
pub fn long_date(wall_seconds: i64, lang: &str) -> String {
    let wall = DateTime {
        unix_seconds: wall_seconds,
        offset_minutes: 0,
    };
    let date = js_sys::Date::new(&JsValue::from_f64(wall.unix_millis()));
    match formatter(lang) {
        Some(f) => f.format(&date),
        None => String::new(),
    }
}

fn formatter(lang: &str) -> Option<DateTimeFormat> {
    FORMATTERS.with(|cache| {
        if let Some((_, f)) = cache.borrow().iter().find(|(l, _)| l == lang) {
            return f.clone();
        }
        let options = Object::new();
        let _ = Reflect::set(&options, &"dateStyle".into(), &"long".into());
        let _ = Reflect::set(&options, &"timeZone".into(), &"UTC".into());
        let made = DateTimeFormat::new(&Array::of1(&lang.into()), &options)
            .or_else(|_| DateTimeFormat::new(&Array::of1(&"en".into()), &options))
            .ok();
        cache.borrow_mut().push((lang.to_owned(), made.clone()));
        made
    })
}
