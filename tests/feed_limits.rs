//! Every cap in `feed::limits` is an error (or, for the release count, a
//! stop) — never a hang or an out-of-memory.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use support::gen;
use syndicard::feed::limits::*;
use syndicard::feed::{self, ErrorKind, Parser};

fn limit_of(r: Result<feed::Feed, feed::ParseError>) -> &'static str {
    match r {
        Err(e) => match e.kind {
            ErrorKind::Limit(limit) => limit.name(),
            other => panic!("not a limit: {other:?} {e}"),
        },
        Ok(f) => panic!("parsed {} releases", f.releases.len()),
    }
}

#[test]
fn input_size() {
    let (text, _) = gen::rss(MAX_INPUT_BYTES + 100_000);
    assert_eq!(limit_of(feed::parse(&text, None)), "MAX_INPUT_BYTES");
    // Pushed in chunks, the push that crosses the cap fails and so does
    // everything after it.
    let mut p = Parser::new(None);
    let mut failed_at = None;
    for (i, chunk) in text.as_bytes().chunks(1 << 20).enumerate() {
        let chunk = std::str::from_utf8(chunk).unwrap(); // ASCII feed
        if p.push(chunk).is_err() {
            failed_at = Some(i);
            break;
        }
    }
    assert_eq!(failed_at, Some(16));
    assert_eq!(limit_of(p.finish()), "MAX_INPUT_BYTES");
}

#[test]
fn field_length() {
    let big = "x".repeat(MAX_STRING_BYTES + 1);
    let doc = format!("<rss><channel><item><title>{big}</title></item></channel></rss>");
    assert_eq!(limit_of(feed::parse(&doc, None)), "MAX_STRING_BYTES");
    // The same field built from many small text pieces.
    let pieces = "ab<!-- -->".repeat(MAX_STRING_BYTES / 2 + 1);
    let doc = format!("<rss><channel><item><title>{pieces}</title></item></channel></rss>");
    assert_eq!(limit_of(feed::parse(&doc, None)), "MAX_STRING_BYTES");
    // One huge tag or comment outside any field.
    let doc = format!("<rss><!--{big}--><channel></channel></rss>");
    assert_eq!(limit_of(feed::parse(&doc, None)), "MAX_STRING_BYTES");
    let json = format!(r#"{{"version":"https://jsonfeed.org/version/1","title":"{big}"}}"#);
    assert_eq!(limit_of(feed::parse(&json, None)), "MAX_STRING_BYTES");
}

#[test]
fn nesting_depth_and_attributes() {
    let doc = format!("<rss>{}", "<x>".repeat(MAX_DEPTH));
    assert_eq!(limit_of(feed::parse(&doc, None)), "MAX_DEPTH");
    let ok = format!(
        "<rss><channel><title>T</title>{}",
        "<x>".repeat(MAX_DEPTH - 3)
    );
    assert!(feed::parse(&ok, None).is_ok());
    let attrs: String = (0..=MAX_ATTRIBUTES)
        .map(|i| format!(" a{i}=\"v\""))
        .collect();
    let doc = format!("<rss><channel{attrs}></channel></rss>");
    assert_eq!(limit_of(feed::parse(&doc, None)), "MAX_ATTRIBUTES");
    let json = format!(r#"{{"items":{}"#, "[".repeat(MAX_JSON_DEPTH + 5));
    assert_eq!(limit_of(feed::parse(&json, None)), "MAX_JSON_DEPTH");
}

#[test]
fn release_count_stops_reading_without_error() {
    let mut doc = String::from("<rss><channel><title>Many</title>");
    for i in 0..MAX_RELEASES + 50 {
        doc.push_str(&format!("<item><guid>{i}</guid></item>"));
    }
    doc.push_str("</channel></rss>");
    let feed = feed::parse(&doc, None).unwrap();
    assert_eq!(feed.releases.len(), MAX_RELEASES);
    assert_eq!(feed.releases[MAX_RELEASES - 1].id.as_deref(), Some("9999"));

    let mut json = String::from(r#"{"version":"https://jsonfeed.org/version/1.1","items":["#);
    for i in 0..MAX_RELEASES + 50 {
        json.push_str(&format!(r#"{{"id":"{i}"}},"#));
    }
    json.push_str(r#"{"id":"last"}]}"#);
    assert_eq!(
        feed::parse(&json, None).unwrap().releases.len(),
        MAX_RELEASES
    );
}

#[test]
fn an_entity_bomb_costs_nothing() {
    let mut dtd = String::from("<!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\">");
    for i in 1..40 {
        dtd.push_str(&format!(
            "<!ENTITY a{i} \"{}\">",
            format!(
                "&a{};",
                if i == 1 {
                    String::new()
                } else {
                    (i - 1).to_string()
                }
            )
            .repeat(10)
        ));
    }
    dtd.push_str("]>");
    let doc = format!("{dtd}<rss><channel><title>&a39;</title></channel></rss>");
    // The test thread's CPU time, not wall time: a loaded machine preempts
    // the thread without making the parse any less linear.
    let start = cpu_time::ThreadTime::now();
    let feed = feed::parse(&doc, None).unwrap();
    assert_eq!(feed.title.as_deref(), Some("&a39;"));
    assert!(start.elapsed().as_millis() < 1000);
}

#[test]
fn long_lists_and_many_namespaces_stay_linear() {
    // 200,000 distinct categories in one item: the first MAX_CATEGORIES are
    // kept, quickly.
    let mut doc = String::from("<rss><channel><item><title>t</title>");
    for i in 0..200_000 {
        doc.push_str(&format!(
            "<category>c{i}</category><dc:creator>a{i}</dc:creator>"
        ));
    }
    doc.push_str("</item></channel></rss>");
    // CPU time of this thread, as above.
    let start = cpu_time::ThreadTime::now();
    let feed = feed::parse(&doc, None).unwrap();
    assert_eq!(feed.releases[0].categories.len(), MAX_CATEGORIES);
    assert_eq!(
        feed.releases[0]
            .author
            .as_deref()
            .map(|a| a.split(", ").count()),
        Some(MAX_AUTHORS)
    );
    let mut json =
        String::from(r#"{"version":"https://jsonfeed.org/version/1.1","items":[{"tags":["#);
    let tags: Vec<String> = (0..200_000).map(|i| format!("\"t{i}\"")).collect();
    json.push_str(&tags.join(","));
    json.push_str(r#"],"authors":["#);
    let authors: Vec<String> = (0..200_000)
        .map(|i| format!(r#"{{"name":"a{i}"}}"#))
        .collect();
    json.push_str(&authors.join(","));
    json.push_str("]}]}");
    let feed = feed::parse(&json, None).unwrap();
    assert_eq!(feed.releases[0].categories.len(), MAX_CATEGORIES);
    // A title of a million `<a` with no `>`.
    let doc = format!(
        "<rss><channel><title>{}</title></channel></rss>",
        "&lt;a".repeat(200_000)
    );
    assert!(feed::parse(&doc, None).unwrap().title.is_some());
    assert!(start.elapsed().as_secs() < 20, "{:?}", start.elapsed());
    // Namespace declarations in scope are capped.
    let decls: String = (0..100)
        .map(|i| format!(" xmlns:p{i}=\"urn:x:{i}\""))
        .collect();
    let doc = format!("<rss{decls}><channel{decls}></channel></rss>");
    assert_eq!(limit_of(feed::parse(&doc, None)), "MAX_NAMESPACES");
}
