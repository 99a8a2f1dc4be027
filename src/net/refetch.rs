//! What a widget needs from a feed, and which option changes need the feed
//! again. Layout, theme, language, heading level and provider only change
//! how releases look: the widget re-renders from what it already read.
//! A different feed or proxy is a different request; a different `item`
//! is looked for afresh; a larger `limit` needs the feed again only when
//! the releases read so far do not cover it.

use crate::options::Options;

/// How many complete releases a widget with `options` waits for: `limit`,
/// or every release when it shows one `item` (it may come anywhere).
pub fn need(options: &Options) -> usize {
    match options.item {
        Some(_) => usize::MAX,
        None => options.limit as usize,
    }
}

/// How much of a feed has been read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Read {
    /// Complete releases parsed.
    pub releases: usize,
    /// Whether the feed was read to its end.
    pub whole: bool,
}

impl Read {
    /// Whether this covers a widget that needs `need` releases.
    pub fn covers(self, need: usize) -> bool {
        self.whole || self.releases >= need
    }
}

/// Whether going from options `before` to `after`, with `read` of the feed
/// in hand, needs the feed fetched again (rather than a re-render).
pub fn needs_fetch(before: &Options, after: &Options, read: Read) -> bool {
    before.feed != after.feed
        || before.proxy != after.proxy
        || before.item != after.item
        || !read.covers(need(after))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(pairs: &[(&str, &str)]) -> Options {
        Options::parse(pairs.iter().copied()).unwrap()
    }

    const FEED: (&str, &str) = ("feed", "https://wire.example/rss.xml");

    #[test]
    fn presentation_changes_re_render_without_fetching() {
        let before = options(&[FEED]);
        let read = Read {
            releases: 1,
            whole: false,
        };
        for change in [
            ("layout", "full"),
            ("theme", "dark"),
            ("lang", "de"),
            ("heading-level", "2"),
            ("provider", "Wire"),
            ("timeout", "900"),
            ("refresh", "60"),
        ] {
            let after = options(&[FEED, change]);
            assert!(!needs_fetch(&before, &after, read), "{change:?}");
        }
    }

    #[test]
    fn source_changes_fetch() {
        let before = options(&[FEED]);
        let read = Read {
            releases: 5,
            whole: true,
        };
        for change in [
            ("feed", "https://wire.example/other.xml"),
            ("proxy", "/proxy?url={url}"),
            ("item", "wire-7"),
        ] {
            let after = options(&[FEED, change]);
            assert!(needs_fetch(&before, &after, read), "{change:?}");
        }
    }

    #[test]
    fn a_larger_limit_fetches_only_beyond_what_was_read() {
        let before = options(&[FEED, ("limit", "2")]);
        let after = options(&[FEED, ("limit", "4")]);
        let head = |releases| Read {
            releases,
            whole: false,
        };
        assert!(needs_fetch(&before, &after, head(2)));
        assert!(!needs_fetch(&before, &after, head(4)));
        assert!(!needs_fetch(&after, &before, head(2)));
        // A feed read to its end holds everything there is.
        let whole = Read {
            releases: 3,
            whole: true,
        };
        assert!(!needs_fetch(&before, &after, whole));
    }

    #[test]
    fn an_item_needs_every_release() {
        assert_eq!(need(&options(&[FEED, ("limit", "3")])), 3);
        assert_eq!(need(&options(&[FEED, ("item", "x")])), usize::MAX);
        assert!(!Read {
            releases: 50,
            whole: false
        }
        .covers(usize::MAX));
    }
}
