//! A day written out as the long date of a language, from the table in
//! `dates.rs`: what `Intl.DateTimeFormat(tag, { dateStyle: "long",
//! timeZone: "UTC" })` writes, for the tags the table covers.

use super::dates::{AREAS, BARE, MONTHS, REGIONS, ROWS};
use crate::feed::civil_from_days;
use crate::text::Words;

/// One long date: a pattern and the words and digits it is written with.
#[derive(Debug)]
pub struct Row {
    /// The date, `{d}`, `{m}` and `{y}` standing for the day, the month's
    /// name and the year.
    pub pattern: &'static str,
    /// Index into `MONTHS` of the twelve month names.
    pub months: u8,
    /// The digit zero of the digits written (`0`, or `٠` in Arabic).
    pub zero: char,
    /// Added to the Gregorian year (543 for the Buddhist calendar).
    pub year_offset: u16,
    /// Whether the day is written with two digits (`01`).
    pub pad_day: bool,
}

/// The years the table was checked on (the Buddhist calendar is Julian
/// before 1582).
const YEARS: std::ops::RangeInclusive<i64> = 1600..=9999;

/// The day of `wall_seconds` (seconds since the epoch, read in UTC) as the
/// long date of language `tag`: its row in the table (the whole tag,
/// case-insensitive: a language, or a language-script as locales.rs names
/// them, either with a region), else the row of the tag without its region.
/// `None` for a tag the table does not cover (another language or
/// script, a private-use region, a variant or extension) and for a year
/// outside 1600–9999: the shell writes those with `Intl`.
pub fn long_date(tag: &str, wall_seconds: i64) -> Option<String> {
    let row = row(tag)?;
    let (year, month, day) = civil_from_days(wall_seconds.div_euclid(86_400));
    if !YEARS.contains(&year) {
        return None;
    }
    let mut out = String::new();
    let mut pieces = row.pattern.split('{');
    out.push_str(pieces.next()?);
    // Each later piece opens with its mark (`d}`, `m}`, `y}`).
    for piece in pieces {
        let (mark, literal) = piece.split_at(2);
        match mark {
            "d}" => digits(&mut out, day, row.pad_day, row.zero),
            "m}" => out.push_str(
                Words::separated(MONTHS[usize::from(row.months)], '|')
                    .iter()
                    .nth(month as usize - 1)?,
            ),
            _ => digits(
                &mut out,
                year as u32 + u32::from(row.year_offset),
                false,
                row.zero,
            ),
        }
        out.push_str(literal);
    }
    Some(out)
}

/// Writes `n` (below 100,000) in the digits counted from `zero`, with two
/// digits at least when `pad`.
fn digits(out: &mut String, n: u32, pad: bool, zero: char) {
    let least = if pad { 10 } else { 1 };
    let mut unit = 10_000;
    while unit > n && unit > least {
        unit /= 10;
    }
    while unit > 0 {
        out.push(char::from_u32(u32::from(zero) + n / unit % 10).unwrap_or(zero));
        unit /= 10;
    }
}

/// The row of `tag`, if the table covers it: the tag is a key of `BARE`
/// (lower-case), or a key and a region.
fn row(tag: &str) -> Option<&'static Row> {
    let tag = tag.to_ascii_lowercase();
    BARE.iter().find_map(|&(key, own)| {
        let row = if tag == key {
            own
        } else {
            let region = tag.strip_prefix(key)?.strip_prefix('-')?;
            if !is_region(region) {
                return None;
            }
            REGIONS
                .iter()
                .find(|(p, regions, _)| *p == key && Words::spaced(regions).contains(region))
                .map_or(own, |&(_, _, row)| row)
        };
        Some(&ROWS[usize::from(row)])
    })
}

/// Whether `region` (lower-case) is a region subtag the table covers:
/// alpha-2 but private use (aa, qm–qz, xa–xz, zz), or one of the M.49
/// areas.
fn is_region(region: &str) -> bool {
    match *region.as_bytes() {
        [a, b] if a.is_ascii_lowercase() && b.is_ascii_lowercase() => !matches!(
            (a, b),
            (b'a', b'a') | (b'q', b'm'..=b'z') | (b'x', _) | (b'z', b'z')
        ),
        [_, _, _] => Words::spaced(AREAS).contains(region),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feed::DateTime;

    fn at(iso: &str) -> i64 {
        let (y, m, d) = (&iso[..4], &iso[5..7], &iso[8..10]);
        let (y, m, d) = (y.parse().unwrap(), m.parse().unwrap(), d.parse().unwrap());
        DateTime::from_civil(y, m, d, 12, 0, 0, 0).unix_seconds
    }

    /// Dates as node's Intl (ICU 78.2) writes them.
    #[test]
    fn known_dates_read_as_intl_writes_them() {
        let cases = [
            ("en", "2024-02-29", "February 29, 2024"),
            ("en-GB", "1970-01-01", "1 January 1970"),
            ("en-ZA", "2025-01-01", "01 January 2025"),
            ("ko", "1999-12-31", "1999년 12월 31일"),
            ("ja", "2000-01-01", "2000年1月1日"),
            ("ar", "2024-02-29", "29 فبراير 2024"),
            ("ar-EG", "2025-12-31", "٣١ ديسمبر ٢٠٢٥"),
            ("zh-Hans", "2025-03-01", "2025年3月1日"),
            ("zh-Hant-TW", "2025-10-31", "2025年10月31日"),
            ("vi", "2024-11-01", "1 tháng 11, 2024"),
            ("th", "2024-01-01", "1 มกราคม 2567"),
            ("id", "1969-12-31", "31 Desember 1969"),
            ("ms", "2025-08-15", "15 Ogos 2025"),
            ("de", "2025-01-31", "31. Januar 2025"),
            ("de-AT", "2025-01-31", "31. Jänner 2025"),
            ("ru", "2025-05-09", "9 мая 2025 г."),
            ("fr", "2025-07-01", "1 juillet 2025"),
            ("fr-CA", "2025-07-14", "14 juillet 2025"),
            ("es", "2025-09-16", "16 de septiembre de 2025"),
            ("es-HN", "2025-09-06", "06 de septiembre de 2025"),
            ("pt", "2025-04-25", "25 de abril de 2025"),
            ("pt-BR", "2025-12-25", "25 de dezembro de 2025"),
        ];
        for (tag, day, want) in cases {
            assert_eq!(
                long_date(tag, at(day)).as_deref(),
                Some(want),
                "{tag} {day}"
            );
        }
    }

    #[test]
    fn the_day_is_the_utc_day_of_the_wall_clock() {
        // The last second of 1969 and the first of 1970.
        assert_eq!(long_date("en", -1).as_deref(), Some("December 31, 1969"));
        assert_eq!(long_date("en", 0).as_deref(), Some("January 1, 1970"));
        assert_eq!(
            long_date("de", at("2024-12-31") + 43_199).as_deref(),
            Some("31. Dezember 2024")
        );
        assert_eq!(
            long_date("de", at("2024-12-31") + 43_200).as_deref(),
            Some("1. Januar 2025")
        );
    }

    #[test]
    fn tags_are_read_case_insensitively_down_to_their_prefix() {
        let day = at("2025-01-05");
        assert_eq!(long_date("EN-gb", day).as_deref(), Some("5 January 2025"));
        // A region with nothing of its own: the language's row.
        assert_eq!(long_date("de-CH", day), long_date("de", day));
        assert_eq!(
            long_date("zh-hant-hk", day).as_deref(),
            Some("2025年1月5日")
        );
        assert_eq!(long_date("es-419", day), long_date("es", day));
    }

    #[test]
    fn what_the_table_does_not_cover_is_left_to_the_shell() {
        let day = at("2025-01-05");
        for tag in [
            "nl",
            "",
            "en-",
            "en_GB",
            "en-Latn",
            "sr-Cyrl",
            "en-US-posix",
            "en-u-ca-buddhist",
            "th-TH-u-nu-thai",
            "x-private",
            "en-XA",
            "en-QM",
            "en-999",
            "de-AT-1996",
            "english",
        ] {
            assert_eq!(long_date(tag, day), None, "{tag}");
        }
        assert_eq!(long_date("en", at("1599-12-31")), None);
        assert_eq!(
            long_date("en", at("1600-01-01")).as_deref(),
            Some("January 1, 1600")
        );
        assert_eq!(
            long_date(
                "en",
                DateTime::from_civil(10_000, 1, 1, 0, 0, 0, 0).unix_seconds
            ),
            None
        );
    }

    #[test]
    fn every_row_of_the_table_is_reachable_and_whole() {
        for (i, row) in ROWS.iter().enumerate() {
            assert!(
                BARE.iter().any(|&(_, r)| usize::from(r) == i)
                    || REGIONS.iter().any(|&(_, _, r)| usize::from(r) == i),
                "row {i} is used"
            );
            assert_eq!(MONTHS[usize::from(row.months)].split('|').count(), 12);
            for mark in ["{d}", "{m}", "{y}"] {
                assert_eq!(
                    row.pattern.matches(mark).count(),
                    1,
                    "{mark} in {}",
                    row.pattern
                );
            }
        }
        // Every language of the chrome has its row.
        for locale in super::super::LOCALES {
            assert!(long_date(locale.tag, 0).is_some(), "{}", locale.tag);
        }
    }
}
