//! `/v1/cards`: the dissected releases as JSON, `{"releases": [ … ]}`, one
//! object per release with exactly the fields of [`Release`]. Bodies are JSON
//! trees of the sanitizer's output (an element is `{"tag", "attrs",
//! "children"}`, text is a string), never HTML strings: what the widget
//! builds from them is built node by node, never parsed.

use std::collections::BTreeMap;

use serde::Serialize;
use syndicard::safe::SafeNode;

use crate::dissect::Card;

/// The answer of `/v1/cards`.
#[derive(Serialize)]
pub struct Releases<'a> {
    /// In feed order.
    pub releases: Vec<Release<'a>>,
}

/// One release, as the widget's `relay=` reader expects it.
#[derive(Serialize)]
pub struct Release<'a> {
    /// `guid` / `id`, or null.
    pub id: Option<&'a str>,
    /// Plain text.
    pub title: &'a str,
    /// Absolute http(s) URL, or null.
    pub link: Option<&'a str>,
    /// ISO 8601 UTC, or null.
    pub published: Option<String>,
    /// ISO 8601 UTC, or null.
    pub updated: Option<String>,
    /// The wire named in the meta line, or null.
    pub dateline: Option<&'a str>,
    /// Where the release was filed, or null.
    pub place: Option<&'a str>,
    /// Plain text, or null.
    pub lede: Option<&'a str>,
    /// Sector tags.
    pub sectors: &'a [String],
    /// Plain text, in the release's language, provider named.
    pub disclaimer: &'a str,
    /// The distributor's "about" blocks, as trees.
    pub boilerplate: Vec<Tree<'a>>,
    /// The lead image, or null.
    pub image: Option<Image<'a>>,
    /// BCP 47 tag of the card.
    pub lang: &'a str,
    /// `ltr` or `rtl`.
    pub dir: &'static str,
    /// The body blocks after the lede, as trees.
    pub body: Vec<Tree<'a>>,
}

/// A lead image.
#[derive(Serialize)]
pub struct Image<'a> {
    /// Absolute http(s) URL.
    pub src: &'a str,
    /// Alternative text.
    pub alt: &'a str,
    /// Pixels, when known (feeds rarely say).
    pub width: Option<u32>,
    /// Pixels, when known.
    pub height: Option<u32>,
}

/// A node of a sanitized tree.
#[derive(Serialize)]
#[serde(untagged)]
pub enum Tree<'a> {
    /// Text, shown as text.
    Text(&'a str),
    /// An allowlisted element with its checked attributes.
    Element {
        /// Tag name, from the allowlist.
        tag: &'static str,
        /// Attribute name to value.
        attrs: BTreeMap<&'static str, &'a str>,
        /// Child nodes.
        children: Vec<Tree<'a>>,
    },
}

fn trees(nodes: &[SafeNode]) -> Vec<Tree<'_>> {
    nodes.iter().map(tree).collect()
}

fn tree(node: &SafeNode) -> Tree<'_> {
    match node {
        SafeNode::Text(t) => Tree::Text(t),
        SafeNode::Element(e) => Tree::Element {
            tag: e.name,
            attrs: e.attrs.iter().map(|(k, v)| (*k, v.as_str())).collect(),
            children: trees(&e.children),
        },
    }
}

/// The JSON of `/v1/cards` for `cards`.
pub fn to_json(cards: &[Card]) -> String {
    let releases = cards
        .iter()
        .map(|c| {
            let v = &c.view;
            Release {
                id: c.id.as_deref(),
                title: &v.title,
                link: v.link.as_deref(),
                published: c.published.map(|d| d.to_iso8601()),
                updated: c.updated.map(|d| d.to_iso8601()),
                dateline: v.dateline.as_deref(),
                place: v.place.as_deref(),
                lede: v.lede.as_deref(),
                sectors: &v.sectors,
                disclaimer: &v.disclaimer,
                boilerplate: trees(&v.boilerplate),
                image: v.image.as_ref().map(|i| Image {
                    src: &i.src,
                    alt: &i.alt,
                    width: None,
                    height: None,
                }),
                lang: &v.lang,
                dir: if v.rtl { "rtl" } else { "ltr" },
                body: trees(&v.body),
            }
        })
        .collect();
    serde_json::to_string(&Releases { releases }).expect("cards always serialize")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dissect;
    use syndicard::options::Options;

    const FEED: &str = r#"<rss version="2.0"><channel><title>Wire</title><language>de</language>
<item><guid>g1</guid><title>Titel</title><link>https://wire.example/1</link>
<pubDate>Thu, 05 Jun 2025 09:00:00 GMT</pubDate><category>Energie</category>
<description><![CDATA[<p>BERLIN, 5. Juni 2025 (SeaPRwire) – Der Lede mit <a href="/x" onclick="y()">Link</a>.</p><p>Zweiter <i>Absatz</i>.</p>]]></description></item>
</channel></rss>"#;

    #[test]
    fn exactly_the_documented_fields() {
        let cards = dissect::cards(
            FEED.as_bytes(),
            None,
            "https://wire.example/rss",
            &Options::default(),
        )
        .unwrap();
        let v: serde_json::Value = serde_json::from_str(&to_json(&cards)).unwrap();
        let top = v.as_object().unwrap();
        assert_eq!(top.keys().collect::<Vec<_>>(), ["releases"]);
        let r = v["releases"][0].as_object().unwrap();
        let mut keys: Vec<&str> = r.keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(
            keys,
            [
                "body",
                "boilerplate",
                "dateline",
                "dir",
                "disclaimer",
                "id",
                "image",
                "lang",
                "lede",
                "link",
                "place",
                "published",
                "sectors",
                "title",
                "updated"
            ]
        );
        assert_eq!(r["id"], "g1");
        assert_eq!(r["lang"], "de");
        assert_eq!(r["dir"], "ltr");
        assert_eq!(r["published"], "2025-06-05T09:00:00Z");
        assert_eq!(r["updated"], serde_json::Value::Null);
        assert_eq!(r["image"], serde_json::Value::Null);
        assert_eq!(r["sectors"], serde_json::json!(["Energie"]));
        assert!(r["disclaimer"]
            .as_str()
            .unwrap()
            .starts_with("Dieser Artikel"));
        assert_eq!(r["lede"], "Der Lede mit Link.");
        // The body is a tree, never a string of markup.
        assert_eq!(
            r["body"],
            serde_json::json!([{"tag": "p", "attrs": {}, "children": [
                "Zweiter ", {"tag": "i", "attrs": {}, "children": ["Absatz"]}, "."
            ]}])
        );
    }
}
