//! The normalized feed model: one shape for RSS 0.9x/1.0/2.0, Atom 1.0 and
//! JSON Feed 1.0/1.1.
//!
//! Every parser produces a [`Feed`] holding [`Release`]s; everything after
//! parsing (anatomy, view, render, the `parse()` JS export) reads only this.
//! Fields are `Option` where feeds omit them; strings are already unescaped
//! (entities decoded, CDATA unwrapped) and trimmed, and URLs are absolute
//! where a base was known (`xml:base`, the feed URL).
//!
//! The model derives serde's `Serialize`: the `parse()` JS export hands it
//! to JavaScript through serde-wasm-bindgen, in the shape
//! `js/syndicard.d.ts` declares (camelCase names, `format` and `kind` as
//! short strings, dates as ISO 8601, absent values `null`).

use serde::{Serialize, Serializer};

/// The syndication format a feed was detected as (by content, never by URL
/// or Content-Type).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// RSS 0.91, 0.92 or 2.0 (`<rss>`).
    Rss,
    /// RSS 1.0 (`<rdf:RDF>`).
    Rdf,
    /// Atom 1.0 (`<feed>`).
    Atom,
    /// JSON Feed 1.0 or 1.1.
    #[serde(rename = "json")]
    JsonFeed,
}

impl Format {
    /// A short stable name, used by the `parse()` JS export.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Rss => "rss",
            Format::Rdf => "rdf",
            Format::Atom => "atom",
            Format::JsonFeed => "json",
        }
    }
}

/// A parsed feed: channel-level metadata and its releases in document order.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Feed {
    /// The detected format; `None` only for a default-constructed value.
    pub format: Option<Format>,
    /// Channel / feed title.
    pub title: Option<String>,
    /// The feed's home page (not the feed URL itself).
    pub link: Option<String>,
    /// Declared language (`<language>`, `xml:lang`, `dc:language`, JSON
    /// Feed `language`), as written (a BCP 47 tag in practice).
    pub language: Option<String>,
    /// `<generator>` / JSON Feed has none.
    pub generator: Option<String>,
    /// `dc:publisher`, RSS `managingEditor` owner, Atom `author` of the feed:
    /// the organisation publishing it, a provider-name candidate.
    pub publisher: Option<String>,
    /// Releases in document order.
    pub releases: Vec<Release>,
}

/// One syndicated press release (an RSS item, an Atom entry, a JSON Feed
/// item).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Release {
    /// `guid` / `id` / `rdf:about`, as written.
    pub id: Option<String>,
    /// Plain-text title: HTML in a title is the text a browser would
    /// render of it ([`crate::sanitize::html_text`]); `dc:title`, then
    /// `media:title`, when the item has no title of its own.
    pub title: Option<String>,
    /// Absolute URL of the release page.
    pub link: Option<String>,
    /// First publication time.
    pub published: Option<DateTime>,
    /// Last update time.
    pub updated: Option<DateTime>,
    /// Author name(s), joined with ", ".
    pub author: Option<String>,
    /// The short form: RSS `description` when `content:encoded` is also
    /// present, Atom `summary`, JSON Feed `summary`.
    pub summary: Option<Text>,
    /// The full body: `content:encoded`, Atom `content`, JSON Feed
    /// `content_html` / `content_text`, else RSS `description`.
    pub content: Option<Text>,
    /// Absolute URL of the lead image (`media:thumbnail`, `media:content`,
    /// an image `enclosure`, JSON Feed `image` / `banner_image`).
    pub image: Option<String>,
    /// Categories / tags / `dc:subject`, in order, de-duplicated.
    pub categories: Vec<String>,
    /// The release's own language: the item's `dc:language`, else the
    /// `xml:lang` of its content, summary or title, else its own
    /// (inherited) `xml:lang`; JSON Feed item `language`.
    pub language: Option<String>,
    /// Where the release comes from: RSS `<source>`, `dc:publisher`, Atom
    /// `<source><title>`. A provider-name candidate.
    pub source: Option<String>,
}

/// A piece of text and how to read it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Text {
    /// Whether `value` is markup or plain text.
    pub kind: TextKind,
    /// The text, entities already decoded once (so HTML is HTML source).
    pub value: String,
}

impl Text {
    /// Plain text.
    pub fn plain(value: impl Into<String>) -> Self {
        Text {
            kind: TextKind::Plain,
            value: value.into(),
        }
    }

    /// HTML source, to be sanitized before display.
    pub fn html(value: impl Into<String>) -> Self {
        Text {
            kind: TextKind::Html,
            value: value.into(),
        }
    }
}

/// How a [`Text`] value is to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum TextKind {
    /// Plain text: paragraphs separated by blank lines.
    #[serde(rename = "text")]
    Plain,
    /// HTML source (escaped HTML in RSS, Atom `type="html"` / `xhtml`,
    /// JSON Feed `content_html`).
    #[serde(rename = "html")]
    Html,
}

/// An instant, as read from a feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct DateTime {
    /// Seconds since 1970-01-01T00:00:00Z.
    pub unix_seconds: i64,
    /// The UTC offset the feed wrote, in minutes (0 when it wrote none).
    pub offset_minutes: i32,
}

impl DateTime {
    /// The instant at a civil date and time written with a UTC offset of
    /// `offset_minutes` (`2025-06-05 16:00:00 +07:00` is
    /// `from_civil(2025, 6, 5, 16, 0, 0, 420)`). Fields are not range-checked
    /// here; parsers check them.
    pub fn from_civil(
        year: i64,
        month: u32,
        day: u32,
        hour: u32,
        minute: u32,
        second: u32,
        offset_minutes: i32,
    ) -> Self {
        let days = days_from_civil(year, month, day);
        let local = days * 86_400 + i64::from(hour * 3600 + minute * 60 + second);
        DateTime {
            unix_seconds: local - i64::from(offset_minutes) * 60,
            offset_minutes,
        }
    }

    /// The instant in ISO 8601 / RFC 3339 UTC form (`2025-06-05T09:00:00Z`),
    /// as used for `<time datetime>`.
    pub fn to_iso8601(&self) -> String {
        let days = self.unix_seconds.div_euclid(86_400);
        let secs = self.unix_seconds.rem_euclid(86_400);
        let (y, m, d) = civil_from_days(days);
        format!(
            "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
            secs / 3600,
            secs / 60 % 60,
            secs % 60
        )
    }

    /// Milliseconds since the epoch, as JavaScript's `Date` takes them.
    pub fn unix_millis(&self) -> f64 {
        self.unix_seconds as f64 * 1000.0
    }
}

/// Serialized as its ISO 8601 form ([`DateTime::to_iso8601`]).
impl Serialize for DateTime {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_iso8601())
    }
}

/// Days since 1970-01-01 to a proleptic Gregorian (year, month, day),
/// after Howard Hinnant's `civil_from_days`.
pub(crate) fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// A (year, month, day) to days since 1970-01-01; the inverse of
/// [`civil_from_days`].
pub(crate) fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso8601_of_known_instants() {
        let at = |s| DateTime {
            unix_seconds: s,
            offset_minutes: 0,
        };
        assert_eq!(at(0).to_iso8601(), "1970-01-01T00:00:00Z");
        assert_eq!(at(951_782_400).to_iso8601(), "2000-02-29T00:00:00Z");
        assert_eq!(at(1_749_114_000).to_iso8601(), "2025-06-05T09:00:00Z");
        assert_eq!(at(-1).to_iso8601(), "1969-12-31T23:59:59Z");
    }

    #[test]
    fn from_civil_applies_the_offset() {
        let t = DateTime::from_civil(2025, 6, 5, 16, 0, 0, 7 * 60);
        assert_eq!(t.to_iso8601(), "2025-06-05T09:00:00Z");
        assert_eq!(t.offset_minutes, 420);
    }

    #[test]
    fn civil_round_trip() {
        for days in (-800_000..800_000).step_by(997) {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days, "{y}-{m}-{d}");
        }
    }
}
