//! Retries: network errors, timeouts, HTTP 5xx and 429 are tried again at
//! most [`MAX_RETRIES`] times, after an exponential backoff with jitter
//! (about [`BASE_DELAY_MS`], then twice that), or after what the server's
//! `Retry-After` asks (seconds or an HTTP date), capped at
//! [`MAX_RETRY_AFTER_MS`]. Other 4xx are answers, not accidents: never
//! retried.

use crate::feed::date;

/// Retries after the first attempt, at most.
pub const MAX_RETRIES: u32 = 2;
/// The backoff before the first retry, before jitter.
pub const BASE_DELAY_MS: u32 = 500;
/// The longest wait a `Retry-After` can ask for; longer asks are cut to it.
pub const MAX_RETRY_AFTER_MS: u32 = 20_000;

/// How an attempt ended, as far as retrying cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attempt {
    /// The request failed without an answer (offline, refused, reset).
    Network,
    /// The attempt took longer than the `timeout` option.
    Timeout,
    /// The server answered with this HTTP status (not 2xx or 304).
    Status(u16),
}

impl Attempt {
    /// Whether this kind of failure may go away by itself.
    pub fn transient(self) -> bool {
        match self {
            Attempt::Network | Attempt::Timeout => true,
            Attempt::Status(s) => s == 429 || (500..600).contains(&s),
        }
    }
}

/// The wait before trying again after attempt number `attempt` (1 for the
/// first) ended as `how`, or `None` when it must not be retried.
///
/// `retry_after` is the response's `Retry-After` header, `now_unix_ms` the
/// clock (for an HTTP-date `Retry-After`), `jitter` a number in `[0, 1)`:
/// the backoff is `BASE_DELAY_MS × 2^(attempt−1)`, scaled by 0.75 to 1.25
/// with the jitter, so widgets on many pages do not retry in step. A
/// `Retry-After` replaces the backoff when it asks for longer.
pub fn delay_ms(
    attempt: u32,
    how: Attempt,
    retry_after: Option<&str>,
    now_unix_ms: f64,
    jitter: f64,
) -> Option<u32> {
    if attempt == 0 || attempt > MAX_RETRIES || !how.transient() {
        return None;
    }
    let backoff = f64::from(BASE_DELAY_MS) * f64::from(1u32 << (attempt - 1).min(16));
    let jitter = if jitter.is_finite() {
        jitter.clamp(0.0, 1.0)
    } else {
        0.5
    };
    let backoff = (backoff * (0.75 + jitter / 2.0)) as u32;
    let asked = retry_after.and_then(|v| retry_after_ms(v, now_unix_ms));
    Some(asked.map_or(backoff, |a| a.max(backoff)))
}

/// What a `Retry-After` value asks for, in milliseconds from `now_unix_ms`,
/// capped at [`MAX_RETRY_AFTER_MS`]; `None` when it cannot be read.
pub fn retry_after_ms(value: &str, now_unix_ms: f64) -> Option<u32> {
    let value = value.trim();
    let ms = if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        value
            .parse::<u64>()
            .unwrap_or(u64::MAX)
            .saturating_mul(1000) as f64
    } else {
        let when = date::parse(value)?;
        (when.unix_millis() - now_unix_ms).max(0.0)
    };
    Some(ms.min(f64::from(MAX_RETRY_AFTER_MS)) as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transient_failures_are_retried_twice_with_growing_waits() {
        for how in [
            Attempt::Network,
            Attempt::Timeout,
            Attempt::Status(500),
            Attempt::Status(503),
            Attempt::Status(429),
        ] {
            let first = delay_ms(1, how, None, 0.0, 0.5).unwrap();
            let second = delay_ms(2, how, None, 0.0, 0.5).unwrap();
            assert_eq!(first, 500, "{how:?}");
            assert_eq!(second, 1000, "{how:?}");
            assert_eq!(delay_ms(3, how, None, 0.0, 0.5), None, "{how:?}");
        }
    }

    #[test]
    fn other_client_errors_are_not_retried() {
        for status in [400, 401, 403, 404, 410, 451] {
            assert_eq!(delay_ms(1, Attempt::Status(status), None, 0.0, 0.5), None);
        }
    }

    #[test]
    fn jitter_spreads_the_wait_by_a_quarter_either_way() {
        assert_eq!(delay_ms(1, Attempt::Network, None, 0.0, 0.0), Some(375));
        assert_eq!(delay_ms(1, Attempt::Network, None, 0.0, 0.999), Some(624));
        assert_eq!(delay_ms(2, Attempt::Network, None, 0.0, 0.0), Some(750));
        // Out-of-range jitter is clamped, never a panic or a negative wait.
        assert_eq!(delay_ms(1, Attempt::Network, None, 0.0, 7.0), Some(625));
        assert_eq!(
            delay_ms(1, Attempt::Network, None, 0.0, f64::NAN),
            Some(500)
        );
    }

    #[test]
    fn retry_after_in_seconds_is_honoured_and_capped() {
        assert_eq!(
            delay_ms(1, Attempt::Status(503), Some("3"), 0.0, 0.5),
            Some(3000)
        );
        assert_eq!(
            delay_ms(1, Attempt::Status(429), Some(" 120 "), 0.0, 0.5),
            Some(MAX_RETRY_AFTER_MS)
        );
        // Asking for less than the backoff does not shorten it.
        assert_eq!(
            delay_ms(2, Attempt::Status(503), Some("0"), 0.0, 0.5),
            Some(1000)
        );
        // Unreadable values fall back to the backoff.
        assert_eq!(
            delay_ms(1, Attempt::Status(503), Some("soon"), 0.0, 0.5),
            Some(500)
        );
        assert_eq!(
            delay_ms(
                1,
                Attempt::Status(503),
                Some("99999999999999999999"),
                0.0,
                0.5
            ),
            Some(MAX_RETRY_AFTER_MS)
        );
    }

    #[test]
    fn retry_after_as_an_http_date_counts_from_now() {
        // Wed, 21 Oct 2015 07:28:00 GMT
        let at = 1_445_412_480_000.0;
        let value = "Wed, 21 Oct 2015 07:28:00 GMT";
        assert_eq!(retry_after_ms(value, at - 4000.0), Some(4000));
        assert_eq!(retry_after_ms(value, at + 60_000.0), Some(0));
        assert_eq!(
            retry_after_ms(value, at - 3_600_000.0),
            Some(MAX_RETRY_AFTER_MS)
        );
        assert_eq!(
            delay_ms(1, Attempt::Status(503), Some(value), at - 2000.0, 0.5),
            Some(2000)
        );
    }

    #[test]
    fn a_retry_after_on_a_final_attempt_does_not_add_one() {
        assert_eq!(delay_ms(3, Attempt::Status(503), Some("1"), 0.0, 0.5), None);
        assert_eq!(delay_ms(0, Attempt::Status(503), None, 0.0, 0.5), None);
    }
}
