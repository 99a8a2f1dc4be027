//! Dates through [`Intl.DateTimeFormat`](https://tc39.es/ecma402/#datetimeformat-objects),
//! so every language's calendar words come from the browser, not the wasm.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;

use crate::feed::DateTime;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl, js_name = DateTimeFormat)]
    type DateTimeFormat;

    /// `new Intl.DateTimeFormat(locales, options)`; throws `RangeError` for
    /// a malformed tag, caught here.
    #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "DateTimeFormat", catch)]
    fn new(locales: &Array, options: &Object) -> Result<DateTimeFormat, JsValue>;

    #[wasm_bindgen(method, js_class = "Intl.DateTimeFormat", js_name = format)]
    fn format(this: &DateTimeFormat, date: &js_sys::Date) -> String;
}

/// `at` as a long date in language `lang` (e.g. "5 Juni 2025" in `id`,
/// "2025年6月5日" in `ja`), on the calendar day of the UTC offset the feed
/// wrote, so every reader sees the day the wire dated it. Falls back to
/// English for a tag Intl rejects.
pub fn long_date(at: DateTime, lang: &str) -> String {
    let wall_clock = at.unix_seconds + i64::from(at.offset_minutes) * 60;
    let unix_millis = wall_clock as f64 * 1000.0;
    let options = Object::new();
    let _ = Reflect::set(&options, &"dateStyle".into(), &"long".into());
    let _ = Reflect::set(&options, &"timeZone".into(), &"UTC".into());
    let date = js_sys::Date::new(&JsValue::from_f64(unix_millis));
    let locales = Array::of1(&lang.into());
    let formatter = DateTimeFormat::new(&locales, &options)
        .or_else(|_| DateTimeFormat::new(&Array::of1(&"en".into()), &options));
    match formatter {
        Ok(f) => f.format(&date),
        Err(_) => String::new(),
    }
}
