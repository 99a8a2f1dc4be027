//! The normalized feed as a plain JS object, for the `parse()` export:
//! built with `Object` and `Reflect.set`
//! ([ECMAScript](https://tc39.es/ecma262/#sec-reflect.set)) rather than
//! serde, which would add ~24 KB to the wasm.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::feed::{DateTime, Feed, Release, Text, TextKind};

fn put(obj: &Object, key: &str, value: impl Into<JsValue>) {
    let _ = Reflect::set(obj, &key.into(), &value.into());
}

fn opt_str(value: &Option<String>) -> JsValue {
    value.as_deref().map_or(JsValue::NULL, JsValue::from)
}

fn date(value: &Option<DateTime>) -> JsValue {
    value.map_or(JsValue::NULL, |d| d.to_iso8601().into())
}

fn text(value: &Option<Text>) -> JsValue {
    let Some(t) = value else { return JsValue::NULL };
    let obj = Object::new();
    let kind = match t.kind {
        TextKind::Plain => "text",
        TextKind::Html => "html",
    };
    put(&obj, "kind", kind);
    put(&obj, "value", t.value.as_str());
    obj.into()
}

fn release(r: &Release) -> Object {
    let obj = Object::new();
    put(&obj, "id", opt_str(&r.id));
    put(&obj, "title", opt_str(&r.title));
    put(&obj, "link", opt_str(&r.link));
    put(&obj, "published", date(&r.published));
    put(&obj, "updated", date(&r.updated));
    put(&obj, "author", opt_str(&r.author));
    put(&obj, "summary", text(&r.summary));
    put(&obj, "content", text(&r.content));
    put(&obj, "image", opt_str(&r.image));
    let categories: Array = r
        .categories
        .iter()
        .map(|c| JsValue::from(c.as_str()))
        .collect();
    put(&obj, "categories", categories);
    put(&obj, "language", opt_str(&r.language));
    put(&obj, "source", opt_str(&r.source));
    obj
}

/// `feed` as `{format, title, link, language, generator, publisher,
/// releases: [...]}`; dates are ISO 8601 strings, absent values `null`.
pub fn feed(feed: &Feed) -> JsValue {
    let obj = Object::new();
    put(
        &obj,
        "format",
        feed.format.map_or(JsValue::NULL, |f| f.as_str().into()),
    );
    put(&obj, "title", opt_str(&feed.title));
    put(&obj, "link", opt_str(&feed.link));
    put(&obj, "language", opt_str(&feed.language));
    put(&obj, "generator", opt_str(&feed.generator));
    put(&obj, "publisher", opt_str(&feed.publisher));
    let releases: Array = feed.releases.iter().map(release).collect();
    put(&obj, "releases", releases);
    obj.into()
}
