//! The feed fixture corpus: every `tests/feeds/NAME.expected` names a feed
//! file (by default the other `tests/feeds/NAME.*`) and the normalized
//! result it must give, written by hand from reading the feed.
//!
//! Expected-file format, one `key: value` a line (`#` starts a comment):
//!
//! ```text
//! base: https://wire.example/feed.xml   # the feed URL passed to the parser
//! charset: windows-1252                 # the HTTP charset passed
//! encoding: windows-1252                # the encoding sniffing must decide
//! overridden: true                      # sniffing chose UTF-8 over a label
//! error: syntax 3:7                     # or: not-a-feed, limit MAX_DEPTH
//! format: rss
//! title: …            link: …   language: …   generator: …   publisher: …
//! releases: 2
//! release 1
//! id: …  title: …  link: …  published: 2025-06-05T09:00:00Z +07:00
//! updated: …  author: …  image: …  language: …  source: …
//! summary: plain: …    content: html: <p>…
//! categories: Top Story | Daily News
//! ```
//!
//! Every field not written is expected to be absent (empty for
//! categories). `key^: v` means the value starts with `v`, `key*: v` that it
//! contains `v`, `key$: v` that it ends with `v` (a key may have several);
//! `\n` and `\u{a0}` in a value are a newline and that character. Each
//! feed is also parsed in chunks of several sizes, which must give the same
//! result as parsing it whole.
#![cfg(not(target_arch = "wasm32"))]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use syndicard::feed::{self, DateTime, ErrorKind, Feed, ParseError, Release, Text, TextKind};

mod support;

use support::decode::parse_file;

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/feeds")
}

fn date(d: &Option<DateTime>) -> Option<String> {
    d.map(|d| {
        let o = d.offset_minutes;
        let sign = if o < 0 { '-' } else { '+' };
        format!(
            "{} {sign}{:02}:{:02}",
            d.to_iso8601(),
            o.abs() / 60,
            o.abs() % 60
        )
    })
}

fn text(t: &Option<Text>) -> Option<String> {
    t.as_ref().map(|t| {
        let kind = match t.kind {
            TextKind::Plain => "plain",
            TextKind::Html => "html",
        };
        format!("{kind}: {}", t.value)
    })
}

fn feed_fields(f: &Feed) -> Vec<(&'static str, Option<String>)> {
    vec![
        ("format", f.format.map(|x| x.as_str().to_string())),
        ("title", f.title.clone()),
        ("link", f.link.clone()),
        ("language", f.language.clone()),
        ("generator", f.generator.clone()),
        ("publisher", f.publisher.clone()),
        ("releases", Some(f.releases.len().to_string())),
    ]
}

fn release_fields(r: &Release) -> Vec<(&'static str, Option<String>)> {
    vec![
        ("id", r.id.clone()),
        ("title", r.title.clone()),
        ("link", r.link.clone()),
        ("published", date(&r.published)),
        ("updated", date(&r.updated)),
        ("author", r.author.clone()),
        ("summary", text(&r.summary)),
        ("content", text(&r.content)),
        ("image", r.image.clone()),
        (
            "categories",
            (!r.categories.is_empty()).then(|| r.categories.join(" | ")),
        ),
        ("language", r.language.clone()),
        ("source", r.source.clone()),
    ]
}

fn error_string(e: &ParseError) -> String {
    match e.kind {
        ErrorKind::Syntax => format!("syntax {}:{}", e.line, e.column),
        ErrorKind::NotAFeed => "not-a-feed".to_string(),
        ErrorKind::Limit(limit) => format!("limit {}", limit.name()),
    }
}

/// One expectation: key, operator (`=`, `^`, `*`, `$`), value.
type Expect = (String, char, String);

struct Spec {
    feed: Option<String>,
    base: Option<String>,
    charset: Option<String>,
    encoding: Option<String>,
    overridden: bool,
    top: Vec<Expect>,
    releases: Vec<Vec<Expect>>,
}

fn read_spec(text: &str) -> Spec {
    let mut spec = Spec {
        feed: None,
        base: None,
        charset: None,
        encoding: None,
        overridden: false,
        top: Vec::new(),
        releases: Vec::new(),
    };
    for line in text.lines() {
        let line = line.trim_end();
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(n) = line.strip_prefix("release ") {
            let n: usize = n.trim().parse().expect("release number");
            assert_eq!(n, spec.releases.len() + 1, "releases are numbered in order");
            spec.releases.push(Vec::new());
            continue;
        }
        let (key, value) = line
            .split_once(':')
            .unwrap_or_else(|| panic!("bad line {line:?}"));
        let value = unescape(value.strip_prefix(' ').unwrap_or(value));
        let (key, op) = match key.chars().last() {
            Some(c @ ('^' | '*' | '$')) => (&key[..key.len() - 1], c),
            _ => (key, '='),
        };
        match key {
            "feed" => spec.feed = Some(value),
            "base" => spec.base = Some(value),
            "charset" => spec.charset = Some(value),
            "encoding" => spec.encoding = Some(value),
            "overridden" => spec.overridden = value == "true",
            _ => {
                let e = (key.to_string(), op, value);
                match spec.releases.last_mut() {
                    Some(r) => r.push(e),
                    None => spec.top.push(e),
                }
            }
        }
    }
    spec
}

fn check(
    what: &str,
    actual: Vec<(&'static str, Option<String>)>,
    expected: &[Expect],
    report: &mut String,
) {
    for (key, op, _) in expected {
        if !actual.iter().any(|(k, _)| k == key) && key != "error" {
            let _ = writeln!(report, "{what}: unknown key {key:?} ({op})");
        }
    }
    for (key, value) in actual {
        let exps: Vec<&Expect> = expected.iter().filter(|(k, _, _)| k == key).collect();
        let holds = |(_, op, e): &Expect, v: &str| match op {
            '^' => v.starts_with(e.as_str()),
            '*' => v.contains(e.as_str()),
            '$' => v.ends_with(e.as_str()),
            _ => v == e,
        };
        let failed: Vec<String> = match &value {
            None if exps.is_empty() => Vec::new(),
            None => exps
                .iter()
                .map(|(_, op, e)| format!("{op} {e:?}"))
                .collect(),
            Some(_) if exps.is_empty() => vec!["(absent)".to_string()],
            Some(v) => exps
                .iter()
                .filter(|e| !holds(e, v))
                .map(|(_, op, e)| format!("{op} {e:?}"))
                .collect(),
        };
        for f in failed {
            let _ = writeln!(
                report,
                "{what} {key}:\n   expected {f}\n   actual   {value:?}"
            );
        }
    }
}

/// `\n` and `\u{XXXX}` escapes in an expected value.
fn unescape(v: &str) -> String {
    let mut out = String::new();
    let mut rest = v;
    while let Some(i) = rest.find('\\') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        if let Some(r) = rest.strip_prefix("\\n") {
            out.push('\n');
            rest = r;
        } else if let Some(r) = rest.strip_prefix("\\u{") {
            let end = r.find('}').expect("closing brace");
            let c = u32::from_str_radix(&r[..end], 16)
                .ok()
                .and_then(char::from_u32);
            out.push(c.expect("a code point"));
            rest = &r[end + 1..];
        } else {
            out.push('\\');
            rest = &rest[1..];
        }
    }
    out.push_str(rest);
    out
}

/// Parses `text` in chunks of `size` characters.
fn chunked(text: &str, size: usize, base: Option<&str>) -> Result<Feed, ParseError> {
    let mut p = feed::Parser::new(base);
    let mut start = 0;
    let mut count = 0;
    for (i, _) in text.char_indices() {
        if count == size {
            p.push(&text[start..i])?;
            start = i;
            count = 0;
        }
        count += 1;
    }
    p.push(&text[start..])?;
    p.finish()
}

fn run_one(expected_path: &Path, report: &mut String) {
    let name = expected_path
        .file_stem()
        .unwrap()
        .to_string_lossy()
        .to_string();
    let spec = read_spec(&std::fs::read_to_string(expected_path).unwrap());
    let feed_path = match &spec.feed {
        Some(f) => dir().join(f),
        None => std::fs::read_dir(dir())
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| {
                p.file_stem().is_some_and(|s| s.to_string_lossy() == name)
                    && p.extension().is_some_and(|e| e != "expected")
            })
            .unwrap_or_else(|| panic!("{name}: no feed file")),
    };
    let bytes = std::fs::read(&feed_path).unwrap();
    let base = spec.base.as_deref();
    let (result, text, sniffed) = parse_file(&bytes, spec.charset.as_deref(), base);
    let mut own = String::new();
    if let Some(enc) = &spec.encoding {
        if &sniffed.encoding.to_string() != enc {
            let _ = writeln!(own, "{name}: encoding {} != {enc}", sniffed.encoding);
        }
    }
    if sniffed.overridden != spec.overridden {
        let _ = writeln!(own, "{name}: overridden is {}", sniffed.overridden);
    }
    let expect_error = spec.top.iter().find(|(k, _, _)| k == "error");
    match (&result, expect_error) {
        (Err(e), Some((_, _, want))) => {
            if &error_string(e) != want {
                let _ = writeln!(own, "{name}: error {} ({e}) != {want}", error_string(e));
            }
        }
        (Err(e), None) => {
            let _ = writeln!(own, "{name}: unexpected error {} ({e})", error_string(e));
        }
        (Ok(_), Some((_, _, want))) => {
            let _ = writeln!(own, "{name}: parsed, but expected error {want}");
        }
        (Ok(feed), None) => {
            check(&name, feed_fields(feed), &spec.top, &mut own);
            if feed.releases.len() != spec.releases.len() {
                let _ = writeln!(
                    own,
                    "{name}: {} releases described, {} read",
                    spec.releases.len(),
                    feed.releases.len()
                );
            }
            for (i, (r, exp)) in feed.releases.iter().zip(&spec.releases).enumerate() {
                check(
                    &format!("{name} release {}", i + 1),
                    release_fields(r),
                    exp,
                    &mut own,
                );
            }
        }
    }
    for size in [1, 7, 100, 4096] {
        if text.len() > 300_000 && size < 100 {
            continue;
        }
        let again = chunked(&text, size, base);
        if again != result {
            let _ = writeln!(own, "{name}: chunks of {size} give a different result");
        }
    }
    report.push_str(&own);
}

#[test]
fn corpus() {
    let mut expected: Vec<PathBuf> = std::fs::read_dir(dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "expected"))
        .collect();
    expected.sort();
    assert!(
        expected.len() >= 40,
        "the corpus has {} feeds",
        expected.len()
    );
    let mut report = String::new();
    for path in &expected {
        run_one(path, &mut report);
    }
    assert!(
        report.is_empty(),
        "{} feeds checked:\n{report}",
        expected.len()
    );
}
