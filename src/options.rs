//! The widget's options and their validation.
//!
//! Options arrive as name/value strings from three places (the element's
//! attributes, `data-*` attributes, the object given to `mount()`); all are
//! read by [`Options::parse`], so each rule lives here once. A bad value is
//! a [`ConfigError`] naming the attribute and the value, never a panic.

use crate::i18n;
use crate::url;

/// Default for `limit`.
pub const DEFAULT_LIMIT: u32 = 1;
/// Largest `limit` accepted.
pub const MAX_LIMIT: u32 = 50;
/// Default for `timeout`, in milliseconds.
pub const DEFAULT_TIMEOUT_MS: u32 = 8_000;
/// Largest `timeout` accepted, in milliseconds.
pub const MAX_TIMEOUT_MS: u32 = 120_000;
/// Smallest non-zero `refresh`, in seconds (so a typo cannot hammer a wire).
pub const MIN_REFRESH_S: u32 = 15;
/// Largest `refresh`, in seconds (one day).
pub const MAX_REFRESH_S: u32 = 86_400;
/// Default for `heading-level`.
pub const DEFAULT_HEADING_LEVEL: u8 = 3;

/// Reads one option's value (trimmed; empty means "default") into
/// [`Options`], or says what a valid value looks like.
pub type Read = fn(&mut Options, &str) -> Result<(), String>;

/// Every option: its name as an attribute (the `data-` form and the JS
/// camelCase form map onto these) and how its value is read. The one list
/// of names: `<syndi-card>`'s observed attributes, the `data-*` hosts'
/// and `js/element.json` (checked at build time by
/// `scripts/element-meta.mjs`) follow it.
pub const OPTIONS: &[(&str, Read)] = &[
    ("feed", |o, v| {
        o.feed = text(v);
        Ok(())
    }),
    ("limit", |o, v| {
        o.limit = number(v, DEFAULT_LIMIT, 1, MAX_LIMIT)
            .ok_or_else(|| format!("a whole number from 1 to {MAX_LIMIT}"))?;
        Ok(())
    }),
    ("item", |o, v| {
        o.item = text(v);
        Ok(())
    }),
    ("layout", |o, v| {
        o.layout = keyword(
            v,
            &[
                ("card", Layout::Card),
                ("full", Layout::Full),
                ("list", Layout::List),
                ("compact", Layout::Compact),
            ],
        )?;
        Ok(())
    }),
    ("lang", |o, v| {
        o.lang = match v {
            "" => None,
            v if v.eq_ignore_ascii_case("auto") => None,
            v if i18n::is_language_tag(v) => Some(v.to_string()),
            _ => return Err("auto or a language tag such as en or pt-BR".into()),
        };
        Ok(())
    }),
    ("provider", |o, v| {
        o.provider = text(v);
        Ok(())
    }),
    ("theme", |o, v| {
        o.theme = keyword(
            v,
            &[
                ("auto", Theme::Auto),
                ("light", Theme::Light),
                ("dark", Theme::Dark),
            ],
        )?;
        Ok(())
    }),
    ("timeout", |o, v| {
        o.timeout_ms = number(v, DEFAULT_TIMEOUT_MS, 1, MAX_TIMEOUT_MS)
            .ok_or_else(|| format!("milliseconds, from 1 to {MAX_TIMEOUT_MS}"))?;
        Ok(())
    }),
    ("proxy", |o, v| {
        o.proxy = match v {
            "" => None,
            v if v.contains("{url}") => Some(v.to_string()),
            _ => return Err("a URL template containing {url}".into()),
        };
        Ok(())
    }),
    // Checked (http(s), resolved against the page) by the shell.
    ("relay", |o, v| {
        o.relay = text(v);
        Ok(())
    }),
    ("refresh", |o, v| {
        o.refresh_s = number(v, 0, 0, MAX_REFRESH_S)
            .filter(|&s| s == 0 || s >= MIN_REFRESH_S)
            .ok_or_else(|| {
                format!("0 (never) or seconds from {MIN_REFRESH_S} to {MAX_REFRESH_S}")
            })?;
        Ok(())
    }),
    ("heading-level", |o, v| {
        o.heading_level = number(v, DEFAULT_HEADING_LEVEL.into(), 2, 6)
            .and_then(|n| u8::try_from(n).ok())
            .ok_or("a heading level from 2 to 6")?;
        Ok(())
    }),
    ("loading", |o, v| {
        o.loading = keyword(v, &[("eager", Loading::Eager), ("lazy", Loading::Lazy)])?;
        Ok(())
    }),
];

/// How releases are laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Layout {
    /// Title, meta, image, lede, read-more.
    #[default]
    Card,
    /// The whole release: body, sectors, boilerplate, footer.
    Full,
    /// Headlines with dates.
    List,
    /// Title and date on one line.
    Compact,
}

/// Colour scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follows `prefers-color-scheme`.
    #[default]
    Auto,
    /// Light.
    Light,
    /// Dark.
    Dark,
}

/// When the feed is fetched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Loading {
    /// At once.
    #[default]
    Eager,
    /// Once the element comes within about a viewport of being visible.
    Lazy,
}

/// Validated options.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// The feed URL as written (relative to the page); see
    /// [`Options::feed_url`].
    pub feed: Option<String>,
    /// How many releases to show.
    pub limit: u32,
    /// Show only the release whose id or link equals this.
    pub item: Option<String>,
    /// Layout.
    pub layout: Layout,
    /// UI language override (`None` is `auto`).
    pub lang: Option<String>,
    /// Distributor name for the disclaimer.
    pub provider: Option<String>,
    /// Colour scheme.
    pub theme: Theme,
    /// Milliseconds before a fetch is abandoned.
    pub timeout_ms: u32,
    /// URL template containing `{url}`.
    pub proxy: Option<String>,
    /// Base URL of a syndicard relay to read the cards from.
    pub relay: Option<String>,
    /// Seconds between re-fetches; 0 is never.
    pub refresh_s: u32,
    /// Heading element level for titles, 2 to 6.
    pub heading_level: u8,
    /// When the feed is fetched.
    pub loading: Loading,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            feed: None,
            limit: DEFAULT_LIMIT,
            item: None,
            layout: Layout::Card,
            lang: None,
            provider: None,
            theme: Theme::Auto,
            timeout_ms: DEFAULT_TIMEOUT_MS,
            proxy: None,
            relay: None,
            refresh_s: 0,
            heading_level: DEFAULT_HEADING_LEVEL,
            loading: Loading::Eager,
        }
    }
}

/// A bad option value: which attribute, what it said, what was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// The attribute name (`limit`, `heading-level`, …).
    pub attribute: String,
    /// The value as given.
    pub value: String,
    /// What a valid value looks like.
    pub expected: String,
}

impl core::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(
            f,
            "invalid {}=\"{}\": expected {}",
            self.attribute, self.value, self.expected
        )
    }
}

/// The attribute name for an option key given as an attribute (`limit`),
/// a `data-` attribute (`data-heading-level`) or a JS property
/// (`headingLevel`); `None` for anything that is not an option.
pub fn canonical_name(key: &str) -> Option<&'static str> {
    option(key).map(|(name, _)| name)
}

/// Every option name, in [`OPTIONS`] order.
pub fn names() -> impl Iterator<Item = &'static str> {
    OPTIONS.iter().map(|(name, _)| *name)
}

/// The row of [`OPTIONS`] for `key` in any of its three spellings.
fn option(key: &str) -> Option<(&'static str, Read)> {
    let key = key.strip_prefix("data-").unwrap_or(key);
    let mut kebab = String::with_capacity(key.len() + 2);
    for c in key.chars() {
        if c.is_ascii_uppercase() {
            kebab.push('-');
            kebab.push(c.to_ascii_lowercase());
        } else {
            kebab.push(c);
        }
    }
    OPTIONS.iter().copied().find(|(n, _)| *n == kebab)
}

impl Options {
    /// Reads options from name/value pairs (later pairs override earlier
    /// ones; names that are not options are ignored). Empty values mean
    /// "default".
    pub fn parse<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Options, ConfigError> {
        let mut o = Options::default();
        for (key, raw) in pairs {
            let Some((name, read)) = option(key) else {
                continue;
            };
            read(&mut o, raw.trim()).map_err(|expected| ConfigError {
                attribute: name.to_string(),
                value: raw.to_string(),
                expected,
            })?;
        }
        Ok(o)
    }

    /// The URL to fetch: `feed` resolved against the page URL, through the
    /// proxy template when one is set, and checked to be http(s).
    pub fn feed_url(&self, page_url: &str) -> Result<String, ConfigError> {
        let raw = self.feed.as_deref().unwrap_or_default();
        let bad = |attribute: &str, value: &str, expected: &str| ConfigError {
            attribute: attribute.to_string(),
            value: value.to_string(),
            expected: expected.to_string(),
        };
        let feed = url::checked(raw, Some(page_url), url::FETCH_SCHEMES).ok_or_else(|| {
            bad(
                "feed",
                raw,
                "an http(s) URL, absolute or relative to the page",
            )
        })?;
        let Some(template) = &self.proxy else {
            return Ok(feed);
        };
        let proxied = template.replace("{url}", &percent_encode(&feed));
        url::checked(&proxied, Some(page_url), url::FETCH_SCHEMES).ok_or_else(|| {
            bad(
                "proxy",
                template,
                "an http(s) URL template containing {url}",
            )
        })
    }
}

fn number(value: &str, default: u32, min: u32, max: u32) -> Option<u32> {
    if value.is_empty() {
        return Some(default);
    }
    value
        .parse::<u32>()
        .ok()
        .filter(|n| (min..=max).contains(n))
}

/// `value` as owned text; `None` when empty.
fn text(value: &str) -> Option<String> {
    (!value.is_empty()).then(|| value.to_string())
}

/// The variant `value` names in `table` (ASCII case-insensitively); empty
/// is the default. Otherwise the names, as what a valid value looks like
/// ("eager or lazy").
fn keyword<T: Copy + Default>(value: &str, table: &[(&str, T)]) -> Result<T, String> {
    if value.is_empty() {
        return Ok(T::default());
    }
    if let Some(&(_, v)) = table
        .iter()
        .find(|(name, _)| value.eq_ignore_ascii_case(name))
    {
        return Ok(v);
    }
    let mut expected = String::new();
    for (i, (name, _)) in table.iter().enumerate() {
        if i > 0 {
            expected.push_str(if i + 1 == table.len() { " or " } else { ", " });
        }
        expected.push_str(name);
    }
    Err(expected)
}

/// Percent-encodes everything but the unreserved characters, as
/// `encodeURIComponent` does for ASCII (UTF-8 bytes for the rest).
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3);
    for b in s.bytes() {
        if b.is_ascii_alphanumeric()
            || matches!(
                b,
                b'-' | b'_' | b'.' | b'!' | b'~' | b'*' | b'\'' | b'(' | b')'
            )
        {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_the_documented_ones() {
        let o = Options::parse([]).unwrap();
        assert_eq!(o.limit, 1);
        assert_eq!(o.layout, Layout::Card);
        assert_eq!(o.theme, Theme::Auto);
        assert_eq!(o.timeout_ms, 8000);
        assert_eq!(o.refresh_s, 0);
        assert_eq!(o.heading_level, 3);
        assert_eq!(o.lang, None);
        assert_eq!(o.loading, Loading::Eager);
        let lazy = Options::parse([("loading", "Lazy")]).unwrap();
        assert_eq!(lazy.loading, Loading::Lazy);
    }

    #[test]
    fn every_option_reads_an_empty_value_as_its_default() {
        for (name, _) in OPTIONS {
            for value in ["", "  "] {
                assert_eq!(
                    Options::parse([(*name, value)]),
                    Ok(Options::default()),
                    "{name}"
                );
            }
        }
        let mut names: Vec<_> = names().collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), OPTIONS.len(), "each option is listed once");
    }

    #[test]
    fn a_bad_keyword_lists_the_valid_ones() {
        for (name, expected) in [
            ("layout", "card, full, list or compact"),
            ("theme", "auto, light or dark"),
            ("loading", "eager or lazy"),
        ] {
            let e = Options::parse([(name, "nope")]).unwrap_err();
            assert_eq!(e.expected, expected);
            assert_eq!(
                Options::parse([(name, expected.split([',', ' ']).next().unwrap())]).map(|_| ()),
                Ok(())
            );
        }
    }

    #[test]
    fn three_spellings_of_a_name() {
        for key in ["heading-level", "data-heading-level", "headingLevel"] {
            let o = Options::parse([(key, "5")]).unwrap();
            assert_eq!(o.heading_level, 5, "{key}");
        }
        assert_eq!(canonical_name("class"), None);
        assert_eq!(canonical_name("data-syndicard"), None);
    }

    #[test]
    fn bad_values_name_the_attribute_and_value() {
        for (name, value) in [
            ("limit", "0"),
            ("limit", "three"),
            ("limit", "51"),
            ("heading-level", "1"),
            ("heading-level", "7"),
            ("layout", "grid"),
            ("theme", "sepia"),
            ("timeout", "-5"),
            ("refresh", "5"),
            ("lang", "en_US!"),
            ("proxy", "https://p.example/?u="),
            ("loading", "later"),
        ] {
            let e = Options::parse([(name, value)]).unwrap_err();
            assert_eq!(e.attribute, name);
            assert_eq!(e.value, value);
            let text = e.to_string();
            assert!(text.contains(name) && text.contains(value), "{text}");
        }
    }

    #[test]
    fn feed_url_resolves_against_the_page_and_rejects_other_schemes() {
        let page = "https://news.example/section/page.html";
        let o = Options::parse([("feed", "feeds/wire.xml")]).unwrap();
        assert_eq!(
            o.feed_url(page).unwrap(),
            "https://news.example/section/feeds/wire.xml"
        );
        let o = Options::parse([("feed", "javascript:alert(1)")]).unwrap();
        assert_eq!(o.feed_url(page).unwrap_err().attribute, "feed");
        let o = Options::parse([]).unwrap();
        assert_eq!(o.feed_url(page).unwrap_err().attribute, "feed");
    }

    #[test]
    fn proxy_template_gets_the_encoded_feed_url() {
        let o = Options::parse([
            ("feed", "https://wire.example/rss?x=1&y=2"),
            ("proxy", "https://proxy.example/fetch?url={url}"),
        ])
        .unwrap();
        assert_eq!(
            o.feed_url("https://host.example/").unwrap(),
            "https://proxy.example/fetch?url=https%3A%2F%2Fwire.example%2Frss%3Fx%3D1%26y%3D2"
        );
    }
}
