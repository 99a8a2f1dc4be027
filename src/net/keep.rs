//! The copy of a feed kept in the browser for the next page view: whether
//! a response may be kept, how big it may be, the validators that make the
//! next request conditional, whether an answer changed anything, and which
//! copies go when there are too many.

/// The largest copy kept of one feed, in bytes. A download cut short once
/// enough releases are in keeps the head it read, so this bounds only
/// widgets that read a whole, large feed.
pub const MAX_COPY_BYTES: usize = 512 * 1024;
/// At most this many feeds are kept; the oldest go first.
pub const MAX_COPIES: usize = 16;
/// All kept copies together stay under this many bytes.
pub const MAX_TOTAL_BYTES: usize = 2 * 1024 * 1024;

/// Whether a response may be kept at all: not when its `Cache-Control`
/// says `no-store`.
pub fn may_keep(cache_control: Option<&str>) -> bool {
    !cache_control.is_some_and(|cc| {
        cc.split(',').any(|directive| {
            directive
                .split('=')
                .next()
                .is_some_and(|name| name.trim().eq_ignore_ascii_case("no-store"))
        })
    })
}

/// Whether a copy of `bytes` bytes fits the bound for one feed.
pub fn fits(bytes: usize) -> bool {
    bytes > 0 && bytes <= MAX_COPY_BYTES
}

/// The validators of a response (`ETag`, `Last-Modified`), which make the
/// next request for the same feed conditional.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validators {
    /// The `ETag` header, as sent.
    pub etag: Option<String>,
    /// The `Last-Modified` header, as sent.
    pub last_modified: Option<String>,
}

impl Validators {
    /// Validators from the two header values (blank ones ignored).
    pub fn new(etag: Option<String>, last_modified: Option<String>) -> Self {
        let clean = |v: Option<String>| v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
        Validators {
            etag: clean(etag),
            last_modified: clean(last_modified),
        }
    }

    /// The request headers of a conditional request: `If-None-Match` from
    /// the `ETag`, `If-Modified-Since` from `Last-Modified`.
    pub fn conditions(&self) -> Vec<(&'static str, &str)> {
        let mut out = Vec::new();
        if let Some(etag) = &self.etag {
            out.push(("if-none-match", etag.as_str()));
        }
        if let Some(date) = &self.last_modified {
            out.push(("if-modified-since", date.as_str()));
        }
        out
    }

    /// Whether an answer with `status` and validators `answer` says the
    /// kept copy is still current: a 304, or the same entity tag (weakly
    /// compared), or, when neither has an entity tag, the same
    /// `Last-Modified`.
    pub fn unchanged(&self, status: u16, answer: &Validators) -> bool {
        if status == 304 {
            return true;
        }
        let weak = |t: &str| t.trim_start_matches("W/").to_string();
        match (&self.etag, &answer.etag) {
            (Some(a), Some(b)) => weak(a) == weak(b),
            (None, None) => self
                .last_modified
                .as_ref()
                .is_some_and(|a| answer.last_modified.as_ref() == Some(a)),
            _ => false,
        }
    }
}

/// A kept copy as eviction sees it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Copy {
    /// When it was stored (any clock, the same for all copies).
    pub stored_ms: f64,
    /// Its size in bytes.
    pub bytes: usize,
}

/// The indexes of the copies to delete so that at most [`MAX_COPIES`]
/// remain, together under [`MAX_TOTAL_BYTES`]: the oldest first.
pub fn evict(copies: &[Copy]) -> Vec<usize> {
    let mut count = copies.len();
    let mut total: usize = copies.iter().map(|c| c.bytes).sum();
    let mut out: Vec<usize> = Vec::new();
    // A few copies at most: picking the oldest left each time needs no
    // sort (and keeps the sort's code out of the wasm).
    while count > MAX_COPIES || total > MAX_TOTAL_BYTES {
        let oldest = (0..copies.len())
            .filter(|i| !out.contains(i))
            .reduce(|a, b| {
                if copies[b].stored_ms < copies[a].stored_ms {
                    b
                } else {
                    a
                }
            });
        let Some(i) = oldest else { break };
        out.push(i);
        count -= 1;
        total -= copies[i].bytes;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_store_keeps_nothing() {
        assert!(may_keep(None));
        assert!(may_keep(Some("max-age=60, public")));
        assert!(may_keep(Some("private, no-cache")));
        assert!(!may_keep(Some("no-store")));
        assert!(!may_keep(Some("max-age=0, No-Store")));
        assert!(!may_keep(Some(" private ,no-store ")));
        // A directive that merely contains the word is not it.
        assert!(may_keep(Some("x-no-store-ish=1")));
    }

    #[test]
    fn copies_are_bounded_in_size() {
        assert!(!fits(0));
        assert!(fits(1));
        assert!(fits(MAX_COPY_BYTES));
        assert!(!fits(MAX_COPY_BYTES + 1));
    }

    #[test]
    fn conditional_headers_come_from_the_kept_validators() {
        let v = Validators::new(
            Some("\"v2\"".into()),
            Some("Tue, 03 Jun 2025 10:00:00 GMT".into()),
        );
        assert_eq!(
            v.conditions(),
            vec![
                ("if-none-match", "\"v2\""),
                ("if-modified-since", "Tue, 03 Jun 2025 10:00:00 GMT")
            ]
        );
        assert!(Validators::new(Some("  ".into()), None)
            .conditions()
            .is_empty());
    }

    #[test]
    fn unchanged_is_a_304_or_the_same_validator() {
        let kept = Validators::new(Some("W/\"a\"".into()), None);
        assert!(kept.unchanged(304, &Validators::default()));
        assert!(kept.unchanged(200, &Validators::new(Some("\"a\"".into()), None)));
        assert!(!kept.unchanged(200, &Validators::new(Some("\"b\"".into()), None)));
        assert!(!kept.unchanged(200, &Validators::default()));
        let dated = Validators::new(None, Some("Tue, 03 Jun 2025 10:00:00 GMT".into()));
        assert!(dated.unchanged(200, &dated.clone()));
        assert!(!dated.unchanged(
            200,
            &Validators::new(None, Some("Wed, 04 Jun 2025 10:00:00 GMT".into()))
        ));
        assert!(!Validators::default().unchanged(200, &Validators::default()));
    }

    #[test]
    fn eviction_removes_the_oldest_until_within_bounds() {
        let copy = |stored_ms: f64, bytes: usize| Copy { stored_ms, bytes };
        assert!(evict(&[copy(1.0, 10), copy(2.0, 10)]).is_empty());
        // One too many: the oldest goes, wherever it is in the list.
        let mut many: Vec<Copy> = (0..=MAX_COPIES)
            .map(|i| copy(100.0 + i as f64, 10))
            .collect();
        many.swap(0, 5);
        assert_eq!(evict(&many), vec![5]);
        // Too many bytes: oldest first until the rest fit.
        let big = MAX_TOTAL_BYTES / 2;
        assert_eq!(
            evict(&[copy(3.0, big), copy(1.0, big), copy(2.0, big), copy(4.0, 1)]),
            vec![1, 2]
        );
    }
}
