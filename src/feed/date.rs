//! Dates as feeds write them.
//!
//! [`parse`] reads:
//! - RFC 822 / 2822 / 1123 / 850 and asctime forms: optional (even wrong)
//!   weekday, day, English month name (`Jun`, `June`, `Sept`), 2-, 3- or
//!   4-digit year (RFC 5322 §4.3: `00`–`49` is 20xx, `50`–`99` is 19xx, 3
//!   digits add 1900), `HH:MM[:SS[.fff]]` with optional AM/PM, and a zone:
//!   numeric (`+0700`, `+07:00`, `+07`, `GMT+7`), named (`UT`, `UTC`, `GMT`,
//!   `Z`, and the RFC's US zones `EST`/`EDT`/`CST`/`CDT`/`MST`/`MDT`/`PST`/
//!   `PDT`, plus a short table of unambiguous others: `CET`, `JST`, `WIB` …),
//!   or a military letter. Commas and extra spaces anywhere, a
//!   parenthesized comment (`(WIB)`), JavaScript's `Date.toString()` form
//!   and `05-Jun-2025` are fine.
//! - RFC 3339 / ISO 8601 with `-`, `/` or `.` between year, month, day (and
//!   the basic `20250605T160000Z` form), `T`, `t` or a space before the
//!   time, optional seconds and fraction, `Z`, `z`, a numeric offset or
//!   ` UTC`/` GMT`.
//!
//! Documented choices:
//! - No zone at all (ISO 8601 local time, an RFC 822 date missing its zone,
//!   a date without time) is read as UTC, offset 0; a date without time is
//!   midnight.
//! - Military letters are read as RFC 5322 §4.3 says: RFC 822 had their signs
//!   backwards, so every letter but `Z` means "-0000", an unknown zone, and
//!   is read as UTC. `J` is not a zone and makes the date unreadable.
//! - An alphabetic zone not in the table (`IST`, `BST`, `ET`: ambiguous or
//!   unknown) makes the date unreadable rather than hours off.
//! - Ambiguous numeric dates (`05/06/2025`) are unreadable.
//! - `at` is a word before the time (`June 5, 2025 at 4:00 PM`) and a zone
//!   after it (Atlantic Time, `16:31:00 AT`), one not in the table.
//! - A numeric offset after a date without a time (`2013-01-27-01`) makes
//!   it unreadable: ISO 8601 has no offset without a time.
//! - Reduced precision (`2003`, `2003-12`, ISO 8601 §4.1.2.3, allowed by
//!   W3C-DTF in `dc:date`) is unreadable: the card shows a full date, and
//!   the first day of the year or month would be a day the feed never said.
//!
//! Anything else, any field out of range (`Feb 30`, `25:00`, offset beyond
//! ±18 h) or any unknown word yields `None`: never an error, never a guess.

use super::model::{days_from_civil, DateTime};
use crate::text::Words;

/// The instant `s` denotes, or `None` when it cannot be read with
/// certainty.
pub fn parse(s: &str) -> Option<DateTime> {
    let s = s.trim();
    if s.is_empty() || s.len() > 128 {
        return None;
    }
    let b = s.as_bytes();
    if b.len() >= 8 && b[..4].iter().all(u8::is_ascii_digit) {
        iso(b)
    } else {
        rfc822(s)
    }
}

/// A validated civil date and time with an offset, as an instant.
fn build(y: i64, mo: u32, d: u32, h: u32, mi: u32, s: u32, off: i32) -> Option<DateTime> {
    let valid = (1..=9999).contains(&y)
        && (1..=12).contains(&mo)
        && d >= 1
        && d <= days_in_month(y, mo)
        && h <= 23
        && mi <= 59
        && s <= 60
        && off.abs() <= 18 * 60;
    // A leap second is read as the second before it.
    valid.then(|| DateTime::from_civil(y, mo, d, h, mi, s.min(59), off))
}

fn days_in_month(y: i64, m: u32) -> u32 {
    let next = if m == 12 {
        days_from_civil(y + 1, 1, 1)
    } else {
        days_from_civil(y, m + 1, 1)
    };
    (next - days_from_civil(y, m, 1)) as u32
}

/// A cursor over ASCII bytes.
struct Cur<'a> {
    b: &'a [u8],
    i: usize,
}

impl Cur<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    fn eat(&mut self, set: &[u8]) -> Option<u8> {
        let c = self.peek().filter(|c| set.contains(c))?;
        self.i += 1;
        Some(c)
    }

    /// `min..=max` digits as a number.
    fn num(&mut self, min: usize, max: usize) -> Option<u32> {
        let start = self.i;
        let mut n: u32 = 0;
        while self.i - start < max {
            match self.peek() {
                Some(c) if c.is_ascii_digit() => {
                    n = n * 10 + u32::from(c - b'0');
                    self.i += 1;
                }
                _ => break,
            }
        }
        (self.i - start >= min).then_some(n)
    }

    fn skip_spaces(&mut self) {
        while self.eat(b" ").is_some() {}
    }

    fn rest(&self) -> &[u8] {
        self.b.get(self.i..).unwrap_or(&[])
    }
}

/// RFC 3339 / ISO 8601 (the string starts with four digits).
fn iso(b: &[u8]) -> Option<DateTime> {
    let mut c = Cur { b, i: 0 };
    let y = c.num(4, 4)?;
    let sep = c.eat(b"-/.");
    let (lo, hi) = if sep.is_some() { (1, 2) } else { (2, 2) };
    let mo = c.num(lo, hi)?;
    if let Some(sep) = sep {
        c.eat(&[sep])?;
    }
    let d = c.num(lo, hi)?;
    let (mut h, mut mi, mut s) = (0, 0, 0);
    let time_sep = c.peek();
    let timed = matches!(time_sep, Some(b'T' | b't' | b' '))
        && c.b.get(c.i + 1).is_some_and(u8::is_ascii_digit);
    if timed {
        c.i += 1;
        h = c.num(1, 2)?;
        let colon = sep.is_some() || c.peek() == Some(b':');
        if colon {
            c.eat(b":")?;
        }
        mi = c.num(2, 2)?;
        if (colon && c.eat(b":").is_some())
            || (!colon && c.peek().is_some_and(|d| d.is_ascii_digit()))
        {
            s = c.num(2, 2)?;
            if c.eat(b".,").is_some() {
                c.num(1, 9)?;
                while c.peek().is_some_and(|d| d.is_ascii_digit()) {
                    c.i += 1;
                }
            }
        }
    }
    c.skip_spaces();
    let off = match c.peek() {
        None => 0,
        // An offset needs a time (`2013-01-27-01` is no date-time).
        Some(b'+' | b'-') if timed => numeric_zone(c.rest())?,
        Some(b'+' | b'-') => return None,
        Some(_) => {
            let word = std::str::from_utf8(c.rest()).ok()?;
            let word = strip_comment(word)?;
            let word = word.trim();
            if word.is_empty() {
                0
            } else {
                zone(&word.to_ascii_lowercase())?
            }
        }
    };
    build(i64::from(y), mo, d, h, mi, s, off)
}

/// `s` without a trailing or embedded parenthesized comment; `None` when a
/// parenthesis is unbalanced.
fn strip_comment(s: &str) -> Option<String> {
    if !s.contains(['(', ')']) {
        return Some(s.to_string());
    }
    let mut out = String::with_capacity(s.len());
    let mut depth = 0u32;
    for c in s.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.checked_sub(1)?,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    (depth == 0).then_some(out)
}

/// `+HHMM`, `+HH:MM`, `+HH`, `-…`, the whole of `b`, in minutes.
fn numeric_zone(b: &[u8]) -> Option<i32> {
    let mut c = Cur { b, i: 0 };
    let sign = if c.eat(b"+-")? == b'-' { -1 } else { 1 };
    let h = c.num(1, 2)?;
    let m = if c.peek().is_none() {
        0
    } else {
        c.eat(b":");
        c.num(2, 2)?
    };
    if c.peek().is_some() || h > 18 || m > 59 {
        return None;
    }
    Some(sign * (h * 60 + m) as i32)
}

/// Named zones: RFC 822's, then a few unambiguous ones feeds use; their
/// offsets in [`ZONE_OFFSETS`] in the same order.
const ZONES: Words = Words::spaced("ut utc gmt z est edt cst cdt mst mdt pst pdt wet west cet cest eet eest msk wib ict wita sgt hkt awst wit jst kst aest aedt nzst nzdt hst akst akdt");

/// The offset of each zone in [`ZONES`], in minutes east of UTC.
const ZONE_OFFSETS: [i16; 35] = [
    0, 0, 0, 0, -300, -240, -360, -300, -420, -360, -480, -420, 0, 60, 60, 120, 120, 180, 180, 420,
    420, 480, 480, 480, 480, 540, 540, 540, 600, 660, 720, 780, -600, -540, -480,
];

/// A zone word (lower case): named, `gmt+7`-style, or a military letter.
fn zone(w: &str) -> Option<i32> {
    if let Some(&off) = ZONES
        .iter()
        .zip(&ZONE_OFFSETS)
        .find_map(|(n, off)| (n == w).then_some(off))
    {
        return Some(off.into());
    }
    for p in ["gmt", "utc", "ut"] {
        if let Some(rest) = w.strip_prefix(p) {
            if rest.starts_with(['+', '-']) {
                return numeric_zone(rest.as_bytes());
            }
        }
    }
    match w.as_bytes() {
        // RFC 5322 §4.3: military zones other than Z mean "-0000".
        [c] if c.is_ascii_lowercase() && *c != b'j' => Some(0),
        _ => None,
    }
}

const MONTHS: Words = Words::spaced(
    "january february march april may june july august september october november december",
);

const WEEKDAYS: Words = Words::spaced("monday tuesday wednesday thursday friday saturday sunday");

/// The 1-based index in `names` of the name `w` abbreviates (3 letters or
/// more).
fn name_in(w: &str, names: Words) -> Option<u32> {
    if w.len() < 3 {
        return None;
    }
    names.position(|n| n.starts_with(w)).map(|i| i as u32 + 1)
}

/// What the RFC 822-style reader has found so far.
#[derive(Default)]
struct Found {
    month: Option<u32>,
    nums: Vec<(u32, usize)>,
    time: Option<(u32, u32, u32)>,
    pm: Option<bool>,
    zone: Option<i32>,
}

fn set<T>(slot: &mut Option<T>, v: T) -> Option<()> {
    match slot {
        Some(_) => None,
        None => {
            *slot = Some(v);
            Some(())
        }
    }
}

fn rfc822(s: &str) -> Option<DateTime> {
    let s = strip_comment(s)?;
    let mut f = Found::default();
    for t in s.split(|c: char| c.is_whitespace() || c == ',') {
        word(&t.to_ascii_lowercase(), &mut f)?;
    }
    let month = f.month?;
    let (day, year) = match f.nums.as_slice() {
        [(a, la), (b, lb)] if *la <= 2 && *lb >= 3 => (*a, (*b, *lb)),
        [(a, la), (b, lb)] if *la >= 3 && *lb <= 2 => (*b, (*a, *la)),
        [(a, la), (b, lb)] if *la <= 2 && *lb <= 2 => (*a, (*b, *lb)),
        _ => return None,
    };
    let year = match year {
        (y, 2) if y < 50 => 2000 + y,
        (y, 2) => 1900 + y,
        (y, 3) => 1900 + y,
        (y, 4) => y,
        _ => return None,
    };
    let (mut h, mi, sec) = f.time.unwrap_or((0, 0, 0));
    match f.pm {
        Some(_) if f.time.is_none() || h == 0 || h > 12 => return None,
        Some(true) if h < 12 => h += 12,
        Some(false) if h == 12 => h = 0,
        _ => {}
    }
    build(i64::from(year), month, day, h, mi, sec, f.zone.unwrap_or(0))
}

/// Reads one word (lower case) into `f`; `None` when it makes no sense.
fn word(t: &str, f: &mut Found) -> Option<()> {
    let t = t.strip_suffix('.').unwrap_or(t);
    // `at` before the time is a word (`June 5, 2025 at 4:00 PM`); after
    // it, it is a zone (Atlantic Time), one not in the table.
    if t.is_empty() || (t == "at" && f.time.is_none()) {
        return Some(());
    }
    let b = t.as_bytes();
    if b.iter().all(u8::is_ascii_digit) {
        if f.nums.len() >= 2 || b.len() > 4 {
            return None;
        }
        f.nums.push((t.parse().ok()?, b.len()));
        return Some(());
    }
    if b.first().is_some_and(u8::is_ascii_digit) && t.contains(':') {
        // A time, possibly with the zone glued on (`16:00:00+0700`, `16:00z`).
        let end = t
            .find(|c: char| !(c.is_ascii_digit() || c == ':' || c == '.'))
            .unwrap_or(t.len());
        set(&mut f.time, time(&t[..end])?)?;
        return match &t[end..] {
            "" => Some(()),
            z => word(z, f),
        };
    }
    if b.first().is_some_and(|c| *c == b'+' || *c == b'-') {
        return set(&mut f.zone, numeric_zone(b)?);
    }
    if ["gmt", "utc", "ut"].iter().any(|p| t.starts_with(p)) {
        if let Some(z) = zone(t) {
            return set(&mut f.zone, z);
        }
    }
    if t.contains('-') {
        // 05-Jun-2025 (RFC 850)
        for part in t.split('-') {
            word(part, f)?;
        }
        return Some(());
    }
    if name_in(t, WEEKDAYS).is_some() {
        return Some(());
    }
    if let Some(m) = name_in(t, MONTHS).or((t == "sept").then_some(9)) {
        return set(&mut f.month, m);
    }
    match t {
        "am" | "a.m" => return set(&mut f.pm, false),
        "pm" | "p.m" => return set(&mut f.pm, true),
        _ => {}
    }
    set(&mut f.zone, zone(t)?)
}

/// `H:MM`, `HH:MM:SS`, `HH:MM:SS.fff`.
fn time(t: &str) -> Option<(u32, u32, u32)> {
    let mut parts = t.split(':');
    let h = parts.next()?;
    let m = parts.next()?;
    let s = parts.next().unwrap_or("0");
    if parts.next().is_some() {
        return None;
    }
    let s = s.split('.').next().unwrap_or(s);
    let field = |p: &str, min: usize| -> Option<u32> {
        (p.len() >= min && p.len() <= 2 && p.bytes().all(|c| c.is_ascii_digit()))
            .then(|| p.parse().ok())
            .flatten()
    };
    Some((field(h, 1)?, field(m, 2)?, field(s, 1)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(s: &str) -> Option<String> {
        parse(s).map(|d| d.to_iso8601())
    }

    #[test]
    fn every_named_zone_has_its_offset() {
        assert_eq!(ZONES.iter().count(), ZONE_OFFSETS.len());
        assert_eq!(zone("est"), Some(-300));
        assert_eq!(zone("akdt"), Some(-480));
        assert_eq!(zone("nzdt"), Some(780));
    }

    #[test]
    fn rfc822_family() {
        for (s, want) in [
            ("Thu, 05 Jun 2025 16:00:00 +0700", "2025-06-05T09:00:00Z"),
            ("Thu, 5 Jun 2025 09:00:00 GMT", "2025-06-05T09:00:00Z"),
            ("Thu, 05 Jun 2025 09:00:00 UT", "2025-06-05T09:00:00Z"),
            ("Thu, 05 Jun 2025 05:00:00 EDT", "2025-06-05T09:00:00Z"),
            ("Wed, 15 Jan 2025 04:00:00 EST", "2025-01-15T09:00:00Z"),
            ("Wed, 15 Jan 2025 01:00:00 PST", "2025-01-15T09:00:00Z"),
            ("Wed, 15 Jan 2025 03:00:00 CST", "2025-01-15T09:00:00Z"),
            ("Wed, 15 Jan 2025 02:00:00 MST", "2025-01-15T09:00:00Z"),
            ("Thu, 05 Jun 2025 04:00:00 CDT", "2025-06-05T09:00:00Z"),
            ("Thu, 05 Jun 2025 03:00:00 MDT", "2025-06-05T09:00:00Z"),
            ("Thu, 05 Jun 2025 02:00:00 PDT", "2025-06-05T09:00:00Z"),
            ("05 Jun 2025 09:00 +0000", "2025-06-05T09:00:00Z"),
            ("Thu, 05 Jun 25 09:00:00 GMT", "2025-06-05T09:00:00Z"),
            ("Sat, 05 Jun 99 09:00:00 GMT", "1999-06-05T09:00:00Z"),
            ("Sat, 05 Jun 099 09:00:00 GMT", "1999-06-05T09:00:00Z"),
            ("Mon, 05 Jun 2025 09:00:00 GMT", "2025-06-05T09:00:00Z"),
            ("Thu,  05  Jun  2025  09:00:00  GMT", "2025-06-05T09:00:00Z"),
            ("Thu, 05 Jun, 2025, 09:00:00 GMT", "2025-06-05T09:00:00Z"),
            ("Thursday, 05-Jun-25 09:00:00 GMT", "2025-06-05T09:00:00Z"),
            ("Thu Jun  5 09:00:00 2025", "2025-06-05T09:00:00Z"),
            (
                "Thu Jun 05 2025 16:00:00 GMT+0700 (Western Indonesia Time)",
                "2025-06-05T09:00:00Z",
            ),
            ("Thu, 05 Jun 2025 16:00:00 +07:00", "2025-06-05T09:00:00Z"),
            ("Thu, 05 Jun 2025 16:00:00 WIB", "2025-06-05T09:00:00Z"),
            (
                "Thu, 05 Jun 2025 16:00:00 +0700 (WIB)",
                "2025-06-05T09:00:00Z",
            ),
            ("June 5, 2025 4:00 PM GMT+7", "2025-06-05T09:00:00Z"),
            ("June 5, 2025 at 4:00 PM GMT+7", "2025-06-05T09:00:00Z"),
            ("Sept 5 2025", "2025-09-05T00:00:00Z"),
            ("Thu, 05 Jun 2025 09:00:00 Z", "2025-06-05T09:00:00Z"),
            ("Thu, 05 Jun 2025 09:00:00 A", "2025-06-05T09:00:00Z"),
            ("Thu, 05 Jun 2025 09:00:00", "2025-06-05T09:00:00Z"),
            ("Thu, 05 Jun 2025 09:00:00 gmt", "2025-06-05T09:00:00Z"),
            ("Tue, 31 Dec 2024 23:59:60 GMT", "2024-12-31T23:59:59Z"),
            ("Thu, 05 Jun 2025 09:00:00.123 GMT", "2025-06-05T09:00:00Z"),
            ("Thu, 05 Jun 2025 04:00:00 GMT-0500", "2025-06-05T09:00:00Z"),
            ("Thu, 05 Jun 2025 04:00:00-05:00", "2025-06-05T09:00:00Z"),
        ] {
            assert_eq!(iso(s).as_deref(), Some(want), "{s}");
        }
        assert_eq!(
            parse("Thu, 05 Jun 2025 16:00:00 +0700")
                .unwrap()
                .offset_minutes,
            420
        );
        assert_eq!(
            parse("Thu, 05 Jun 2025 05:00:00 EDT")
                .unwrap()
                .offset_minutes,
            -240
        );
    }

    #[test]
    fn rfc3339_and_iso8601() {
        for (s, want) in [
            ("2025-06-05T16:00:00+07:00", "2025-06-05T09:00:00Z"),
            ("2025-06-05T09:00:00Z", "2025-06-05T09:00:00Z"),
            ("2025-06-05t09:00:00z", "2025-06-05T09:00:00Z"),
            ("2025-06-05T09:00:00.123456Z", "2025-06-05T09:00:00Z"),
            ("2025-06-05T16:00:00+0700", "2025-06-05T09:00:00Z"),
            ("2025-06-05T16:00+07", "2025-06-05T09:00:00Z"),
            ("2025-06-05 09:00:00", "2025-06-05T09:00:00Z"),
            ("2025-06-05T09:00:00", "2025-06-05T09:00:00Z"),
            ("2025-06-05 09:00:00 UTC", "2025-06-05T09:00:00Z"),
            ("2025-06-05 16:00:00 +07:00", "2025-06-05T09:00:00Z"),
            ("2025-06-05", "2025-06-05T00:00:00Z"),
            ("2025/06/05", "2025-06-05T00:00:00Z"),
            ("2025-6-5", "2025-06-05T00:00:00Z"),
            ("20250605T160000+0700", "2025-06-05T09:00:00Z"),
            ("20250605", "2025-06-05T00:00:00Z"),
            ("2024-02-29T00:00:00Z", "2024-02-29T00:00:00Z"),
            ("2025-06-04T20:00:00-05:00", "2025-06-05T01:00:00Z"),
        ] {
            assert_eq!(iso(s).as_deref(), Some(want), "{s}");
        }
    }

    #[test]
    fn unreadable_is_none() {
        for s in [
            "",
            "yesterday",
            "2025-02-30",
            "2023-02-29",
            "2025-13-01",
            "2025-06-05T24:00:00Z",
            "2025-06-05T09:60:00Z",
            "2025-06-05T09:00:00+25:00",
            "2025-06-05T09:00:00 IST",
            "Thu, 31 Jun 2025 09:00:00 GMT",
            "Thu, 05 Jun 2025 09:00:00 BST",
            "Thu, 05 Jun 2025 09:00:00 J",
            "Thu, 05 Foo 2025 09:00:00 GMT",
            "05/06/2025",
            "Thu, 05 Jun 2025 09:00:00 GMT GMT",
            "Thu, 05 Jun 2025 13:00 PM",
            "Thu, 05 Jun 2025 9:0:00 GMT",
            "Thu 05 Jun",
            "Jun 2025",
            "2025",
            "2025-06-05T09:00:00Z trailing",
            "Thu, 05 Jun 2025 09:00:00 (GMT",
            "0000-01-01",
            "１２３４-01-01",
            "Mon, 26 January 2004 16:31:00 AT",
            "2013-01-27-01",
            "2013-01-27+05:00",
            "2003",
            "2003-12",
            "200312",
        ] {
            assert_eq!(iso(s), None, "{s:?}");
        }
    }
}
