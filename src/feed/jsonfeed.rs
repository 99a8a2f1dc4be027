//! JSON Feed 1.0 and 1.1 (<https://jsonfeed.org/version/1.1>), from a
//! [`json::Value`](super::json::Value).
//!
//! 1.1's `authors` and `language` and 1.0's `author` are both read; item
//! `url` (else `external_url`) is the link, `image` (else `banner_image`)
//! the image, `content_html` (else `content_text`) the content. URLs
//! resolve against the feed URL, else the feed's own `feed_url`.

use super::clean;
use super::date;
use super::draft::{add_author, add_category, fill};
use super::json::Value;
use super::limits::{MAX_AUTHORS, MAX_CATEGORIES, MAX_RELEASES};
use super::model::{Feed, Format, Release, Text};

/// Whether `v` looks like a JSON Feed (an object with a jsonfeed.org
/// `version` or an `items` array).
pub(crate) fn is_feed(v: &Value) -> bool {
    v.get("version")
        .and_then(Value::as_str)
        .is_some_and(|s| s.contains("jsonfeed.org"))
        || matches!(v.get("items"), Some(Value::Arr(_)))
}

fn string(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).and_then(clean::clean)
}

/// Author names from 1.1 `authors` and 1.0 `author`, de-duplicated.
fn authors(v: &Value) -> Option<String> {
    let mut names: Vec<String> = Vec::new();
    let list = v.get("authors").map(Value::items).unwrap_or(&[]);
    for a in list.iter().chain(v.get("author")) {
        let name = a
            .get("name")
            .and_then(Value::as_str)
            .and_then(clean::oneline);
        add_author(&mut names, name);
        if names.len() >= MAX_AUTHORS {
            break;
        }
    }
    (!names.is_empty()).then(|| names.join(", "))
}

/// The normalized feed.
pub(crate) fn build(v: &Value, base_url: Option<&str>) -> Feed {
    let own = v
        .get("feed_url")
        .and_then(Value::as_str)
        .and_then(|u| clean::link(u, None));
    let base = base_url.or(own.as_deref());
    let mut feed = Feed {
        format: Some(Format::JsonFeed),
        title: v
            .get("title")
            .and_then(Value::as_str)
            .and_then(|t| clean::title(t, clean::has_tag(t))),
        link: v
            .get("home_page_url")
            .and_then(Value::as_str)
            .and_then(|u| clean::link(u, base)),
        language: string(v, "language"),
        generator: None,
        publisher: authors(v),
        releases: Vec::new(),
    };
    for item in v.get("items").map(Value::items).unwrap_or(&[]) {
        if feed.releases.len() >= MAX_RELEASES {
            break;
        }
        if matches!(item, Value::Obj(_)) {
            feed.releases.push(release(item, base));
        }
    }
    feed
}

fn release(v: &Value, base: Option<&str>) -> Release {
    let url = |key: &str, f: fn(&str, Option<&str>) -> Option<String>| {
        v.get(key).and_then(Value::as_str).and_then(|u| f(u, base))
    };
    let date = |key: &str| v.get(key).and_then(Value::as_str).and_then(date::parse);
    let mut r = Release {
        id: string(v, "id"),
        title: v
            .get("title")
            .and_then(Value::as_str)
            .and_then(|t| clean::title(t, clean::has_tag(t))),
        link: url("url", clean::link),
        published: date("date_published"),
        updated: date("date_modified"),
        author: authors(v),
        summary: string(v, "summary").map(Text::plain),
        content: string(v, "content_html").map(Text::html),
        image: url("image", clean::image),
        categories: Vec::new(),
        language: string(v, "language"),
        source: None,
    };
    fill(&mut r.link, url("external_url", clean::link));
    fill(&mut r.content, string(v, "content_text").map(Text::plain));
    fill(&mut r.image, url("banner_image", clean::image));
    let tags = v.get("tags").map(Value::items).unwrap_or(&[]);
    for tag in tags.iter().take(MAX_CATEGORIES * 4) {
        if let Some(t) = tag.as_str() {
            add_category(&mut r.categories, t);
        }
    }
    r
}
