//! Cache decisions: how long an upstream response stays fresh, how long it
//! may then be served stale while a revalidation runs, and what a request
//! arriving at a given age gets.
//!
//! Freshness is the upstream's `s-maxage` or `max-age`, clamped to
//! [`Config::min_ttl_s`, `Config::max_ttl_s`] (60 s to 1 h by default): at
//! least a minute so a burst of partner pages costs one upstream request,
//! at most an hour so a wire's correction shows the same hour. Without a
//! `max-age` the minimum applies. `no-store` and `private` keep nothing.
//! After freshness, a copy is served stale (and revalidated in the
//! background with `If-None-Match` / `If-Modified-Since`) for the
//! upstream's `stale-while-revalidate`, or [`Config::stale_s`] when it
//! gives none.

/// The relay's cache settings (bindings `RELAY_MIN_TTL`, `RELAY_MAX_TTL`,
/// `RELAY_STALE`, seconds).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Config {
    /// Shortest freshness.
    pub min_ttl_s: u32,
    /// Longest freshness.
    pub max_ttl_s: u32,
    /// How long past freshness a copy is served while revalidating, when
    /// the upstream does not say.
    pub stale_s: u32,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            min_ttl_s: 60,
            max_ttl_s: 3600,
            stale_s: 3600,
        }
    }
}

impl Config {
    /// Settings from the worker's bindings, each falling back to its
    /// default when missing or not a number; `min` is kept at or below
    /// `max`.
    pub fn from_bindings(min: Option<&str>, max: Option<&str>, stale: Option<&str>) -> Config {
        let d = Config::default();
        let read = |v: Option<&str>, default: u32| {
            v.and_then(|v| v.trim().parse::<u32>().ok())
                .unwrap_or(default)
        };
        let max_ttl_s = read(max, d.max_ttl_s);
        Config {
            min_ttl_s: read(min, d.min_ttl_s).min(max_ttl_s),
            max_ttl_s,
            stale_s: read(stale, d.stale_s),
        }
    }
}

/// How long one upstream response may be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lifetime {
    /// Whether to keep it at all.
    pub store: bool,
    /// Seconds it is fresh.
    pub ttl_s: u32,
    /// Seconds after that it may be served while revalidating.
    pub stale_s: u32,
}

/// The lifetime of a response with `cache_control` (the header's value).
pub fn lifetime(cache_control: Option<&str>, config: &Config) -> Lifetime {
    let mut max_age = None;
    let mut s_maxage = None;
    let mut swr = None;
    let mut store = true;
    for directive in cache_control.unwrap_or("").split(',') {
        let (name, value) = match directive.split_once('=') {
            Some((n, v)) => (n.trim(), Some(v.trim().trim_matches('"'))),
            None => (directive.trim(), None),
        };
        let seconds = value.and_then(|v| v.parse::<u64>().ok());
        match name.to_ascii_lowercase().as_str() {
            "no-store" | "private" => store = false,
            "max-age" => max_age = seconds,
            "s-maxage" => s_maxage = seconds,
            "stale-while-revalidate" => swr = seconds,
            _ => {}
        }
    }
    let ttl = s_maxage
        .or(max_age)
        .unwrap_or(0)
        .clamp(config.min_ttl_s.into(), config.max_ttl_s.into());
    Lifetime {
        store,
        ttl_s: u32::try_from(ttl).unwrap_or(u32::MAX),
        stale_s: swr.map_or(config.stale_s, |s| {
            u32::try_from(s.min(config.stale_s.into())).unwrap_or(0)
        }),
    }
}

/// What a request gets from a kept copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Serve {
    /// The copy, as it is.
    Fresh,
    /// The copy, and a revalidation starts in the background.
    Stale,
    /// Nothing usable: wait for the upstream (conditionally, when the copy
    /// has validators).
    Miss,
}

/// The decision for a copy `age_ms` old with `lifetime`.
pub fn serve(age_ms: f64, lifetime: &Lifetime) -> Serve {
    let fresh_ms = f64::from(lifetime.ttl_s) * 1000.0;
    let stale_ms = fresh_ms + f64::from(lifetime.stale_s) * 1000.0;
    if !lifetime.store || age_ms.is_nan() || age_ms < 0.0 {
        Serve::Miss
    } else if age_ms < fresh_ms {
        Serve::Fresh
    } else if age_ms < stale_ms {
        Serve::Stale
    } else {
        Serve::Miss
    }
}

/// Seconds of freshness left, for the `Cache-Control: max-age` the relay
/// answers with.
pub fn max_age_left(age_ms: f64, lifetime: &Lifetime) -> u32 {
    let left = f64::from(lifetime.ttl_s) - age_ms.max(0.0) / 1000.0;
    left.max(0.0).floor() as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ttl(cc: &str) -> Lifetime {
        lifetime(Some(cc), &Config::default())
    }

    #[test]
    fn max_age_is_clamped() {
        assert_eq!(ttl("max-age=5").ttl_s, 60);
        assert_eq!(ttl("public, max-age=600").ttl_s, 600);
        assert_eq!(ttl("max-age=86400").ttl_s, 3600);
        assert_eq!(ttl("max-age=600, s-maxage=120").ttl_s, 120);
        assert_eq!(ttl("max-age=nonsense").ttl_s, 60);
        assert_eq!(lifetime(None, &Config::default()).ttl_s, 60);
        assert_eq!(ttl("no-cache").ttl_s, 60);
    }

    #[test]
    fn no_store_and_private_keep_nothing() {
        assert!(!ttl("no-store").store);
        assert!(!ttl("private, max-age=600").store);
        assert!(ttl("public").store);
        assert_eq!(serve(0.0, &ttl("no-store")), Serve::Miss);
    }

    #[test]
    fn stale_window() {
        assert_eq!(ttl("max-age=60").stale_s, 3600);
        assert_eq!(ttl("max-age=60, stale-while-revalidate=30").stale_s, 30);
        assert_eq!(ttl("stale-while-revalidate=99999").stale_s, 3600);
        let l = ttl("max-age=120, stale-while-revalidate=30");
        assert_eq!(serve(0.0, &l), Serve::Fresh);
        assert_eq!(serve(119_999.0, &l), Serve::Fresh);
        assert_eq!(serve(120_000.0, &l), Serve::Stale);
        assert_eq!(serve(149_999.0, &l), Serve::Stale);
        assert_eq!(serve(150_000.0, &l), Serve::Miss);
        assert_eq!(serve(f64::NAN, &l), Serve::Miss);
        assert_eq!(max_age_left(30_500.0, &l), 89);
        assert_eq!(max_age_left(500_000.0, &l), 0);
    }

    #[test]
    fn configuration_from_bindings() {
        let c = Config::from_bindings(Some("1"), Some("10"), Some("0"));
        assert_eq!(
            c,
            Config {
                min_ttl_s: 1,
                max_ttl_s: 10,
                stale_s: 0
            }
        );
        assert_eq!(ttl_with("max-age=5", &c).ttl_s, 5);
        assert_eq!(
            Config::from_bindings(None, Some("x"), None),
            Config::default()
        );
        assert_eq!(
            Config::from_bindings(Some("100"), Some("10"), None).min_ttl_s,
            10
        );
    }

    fn ttl_with(cc: &str, c: &Config) -> Lifetime {
        lifetime(Some(cc), c)
    }
}
