//! A small, tolerant, incremental XML tokenizer.
//!
//! Text is pushed in chunks split anywhere (inside a tag, a comment, a
//! reference); [`Tokenizer::run`] hands every complete token to a sink and
//! keeps the unfinished tail for the next chunk. Scans resume where they
//! stopped, so a long CDATA section arriving in many chunks is read once.
//!
//! Tolerance, as real feeds need it:
//! - only the five XML entities, numeric references and a table of HTML
//!   named references are decoded ([`super::entities`]); an unknown `&name;`
//!   or a bare `&` is literal text; a DOCTYPE (internal subset included) is
//!   skipped without expanding anything, so entity bombs and external
//!   entities do nothing;
//! - a `<` that cannot start markup (`a <3 b`, `x < y`) is text;
//! - a start tag cut short by another `<` ends there; an unterminated
//!   comment, PI or DOCTYPE at the end of input swallows the rest;
//! - comments and processing instructions (the XML declaration among them)
//!   are dropped; CDATA sections become text, undecoded.
//!
//! Nesting (and its repair) is the business of [`super::tree`].

use std::borrow::Cow;

use super::entities;
use super::limits::MAX_STRING_BYTES;
use crate::text::find_bytes;

/// One piece of markup or text.
#[derive(Debug, PartialEq)]
pub(crate) enum Token<'a> {
    /// `<name attrs>` or `<name attrs/>` (`empty`). `attrs` is the raw
    /// attribute text; read it with [`Attrs`].
    Start {
        name: &'a str,
        attrs: &'a str,
        empty: bool,
    },
    /// `</name>`.
    End { name: &'a str },
    /// Character data, references decoded (CDATA as written).
    Text(Cow<'a, str>),
}

/// A 1-based line and column (in characters) in the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Pos {
    pub line: u32,
    pub column: u32,
}

impl Pos {
    const START: Pos = Pos { line: 1, column: 1 };

    /// The position after reading `s` from here.
    fn after(mut self, s: &str) -> Pos {
        let b = s.as_bytes();
        let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        let tail = match b.iter().rposition(|&c| c == b'\n') {
            Some(last) => {
                let lines = b.iter().filter(|&&c| c == b'\n').count();
                self.line = self.line.saturating_add(count(lines));
                self.column = 1;
                b.get(last + 1..).unwrap_or(&[])
            }
            None => b,
        };
        let chars = tail.iter().filter(|&&c| c & 0xC0 != 0x80).count();
        self.column = self.column.saturating_add(count(chars));
        self
    }
}

/// Where a token starts, computed only when asked (errors are rare; most
/// tokens never need their line and column).
pub(crate) struct Mark<'a> {
    base: Pos,
    before: &'a str,
}

impl Mark<'_> {
    pub(crate) fn pos(&self) -> Pos {
        self.base.after(self.before)
    }
}

/// Where the scan of an unfinished token stopped, so the next chunk goes on
/// from there.
#[derive(Debug, Default, Clone, Copy)]
struct Scan {
    /// Byte offset (from the token's start) to resume at.
    resume: usize,
    /// The quote an attribute value or DOCTYPE literal is open in, or 0.
    quote: u8,
    /// The last byte outside quotes in a start tag (a quote opens a value
    /// only after `=`).
    prev: u8,
    /// `[` nesting in a DOCTYPE internal subset.
    brackets: u32,
}

/// The tokenizer: push text, then run.
#[derive(Debug)]
pub(crate) struct Tokenizer {
    buf: String,
    pos: Pos,
    scan: Scan,
    done: bool,
    /// Bytes tokenized so far.
    consumed: usize,
}

/// What [`Tokenizer::run`] stopped on.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Stop<E> {
    /// A token longer than [`MAX_STRING_BYTES`] starts at this position.
    TooLong(Pos),
    /// The sink failed.
    Sink(E),
}

impl Tokenizer {
    pub(crate) fn new() -> Self {
        Tokenizer {
            buf: String::new(),
            pos: Pos::START,
            scan: Scan::default(),
            done: false,
            consumed: 0,
        }
    }

    /// Appends the next chunk of text.
    pub(crate) fn push(&mut self, chunk: &str) {
        if !self.done {
            self.buf.push_str(chunk);
        }
    }

    /// The position of the first character not yet tokenized (the end of
    /// the input after a final run).
    pub(crate) fn pos(&self) -> Pos {
        self.pos
    }

    /// Bytes tokenized so far (the text after them is still to be read).
    pub(crate) fn consumed(&self) -> usize {
        self.consumed
    }

    /// Hands each complete token to `sink` with its position. `last` says
    /// the input ends here, so unfinished tokens are settled. The sink
    /// returns `Ok(false)` to stop reading for good (the root element has
    /// closed: anything after it is ignored); when it fails, the text after
    /// the token stays, to be read by the next run.
    #[cfg(test)]
    pub(crate) fn run<E>(
        &mut self,
        last: bool,
        sink: impl FnMut(Token<'_>, Mark<'_>) -> Result<bool, E>,
    ) -> Result<(), Stop<E>> {
        self.run_for(last, usize::MAX, sink).map(|_| ())
    }

    /// [`run`](Tokenizer::run), stopping at the first token boundary at or
    /// after `budget` bytes; `Ok(true)` when it stopped there with text
    /// left to read.
    pub(crate) fn run_for<E>(
        &mut self,
        last: bool,
        budget: usize,
        mut sink: impl FnMut(Token<'_>, Mark<'_>) -> Result<bool, E>,
    ) -> Result<bool, Stop<E>> {
        if self.done {
            self.buf = String::new();
            return Ok(false);
        }
        let mut at = 0;
        let mut result = Ok(false);
        while at < self.buf.len() {
            if at >= budget {
                result = Ok(true);
                break;
            }
            let rest = &self.buf[at..];
            let token = next_token(rest, last, &mut self.scan);
            let too_long = match &token {
                None => rest.len() > MAX_STRING_BYTES,
                // As when it arrives in pieces: too long either way.
                Some((_, len)) => *len > MAX_STRING_BYTES,
            };
            if too_long {
                result = Err(Stop::TooLong(self.pos.after(&self.buf[..at])));
                break;
            }
            let Some((token, len)) = token else { break };
            self.scan = Scan::default();
            let mark = Mark {
                base: self.pos,
                before: &self.buf[..at],
            };
            at += len;
            if let Some(token) = token {
                match sink(token, mark) {
                    Ok(true) => {}
                    Ok(false) => {
                        self.done = true;
                        break;
                    }
                    Err(e) => {
                        result = Err(Stop::Sink(e));
                        break;
                    }
                }
            }
        }
        self.pos = self.pos.after(&self.buf[..at]);
        self.consumed += at;
        if self.done {
            self.buf = String::new();
        } else {
            self.buf.drain(..at);
        }
        result
    }
}

/// The token at the start of `rest` and its length, `None` when more input
/// is needed to tell; a `None` token is markup that is dropped.
fn next_token<'a>(
    rest: &'a str,
    last: bool,
    scan: &mut Scan,
) -> Option<(Option<Token<'a>>, usize)> {
    let b = rest.as_bytes();
    if b.first() == Some(&b'<') {
        match b.get(1) {
            None if !last => return None,
            Some(b'!') => return bang(rest, last, scan),
            Some(b'?') => return skip_to(rest, 2, b"?>", last, scan),
            Some(b'/') => return end_tag(rest, last, scan),
            Some(&c) if is_name_start(c) => return start_tag(rest, last, scan),
            _ => {} // a literal `<`
        }
    }
    text(rest, last, scan)
}

/// Can `c` start an element name (ASCII letter, `_`, `:` or any non-ASCII)?
fn is_name_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_' || c == b':' || c >= 0x80
}

/// Character data up to the next `<` that may start markup.
fn text<'a>(rest: &'a str, last: bool, scan: &mut Scan) -> Option<(Option<Token<'a>>, usize)> {
    let b = rest.as_bytes();
    let mut i = scan.resume.max(1);
    while let Some(j) = b.get(i..).and_then(|t| t.iter().position(|&c| c == b'<')) {
        let lt = i + j;
        match b.get(lt + 1) {
            Some(&c) if !(c == b'!' || c == b'?' || c == b'/' || is_name_start(c)) => i = lt + 1,
            _ => return Some((Some(Token::Text(entities::decode(&rest[..lt]))), lt)),
        }
    }
    if last {
        Some((Some(Token::Text(entities::decode(rest))), rest.len()))
    } else {
        scan.resume = rest.len();
        None
    }
}

/// Skips to just after `end`, searching from `from`; at the end of input an
/// unterminated construct swallows the rest.
fn skip_to<'a>(
    rest: &'a str,
    from: usize,
    end: &[u8],
    last: bool,
    scan: &mut Scan,
) -> Option<(Option<Token<'a>>, usize)> {
    let start = scan.resume.max(from);
    match find_bytes(rest.as_bytes(), end, start) {
        Some(i) => Some((None, i + end.len())),
        None if last => Some((None, rest.len())),
        None => {
            scan.resume = rest.len().saturating_sub(end.len() - 1).max(from);
            None
        }
    }
}

const COMMENT: &[u8] = b"<!--";
const CDATA: &[u8] = b"<![CDATA[";
const DOCTYPE: &[u8] = b"<!DOCTYPE";

/// `<!--…-->`, `<![CDATA[…]]>`, `<!DOCTYPE…>` or another `<!…>`.
fn bang<'a>(rest: &'a str, last: bool, scan: &mut Scan) -> Option<(Option<Token<'a>>, usize)> {
    let b = rest.as_bytes();
    if b.starts_with(COMMENT) {
        return skip_to(rest, COMMENT.len(), b"-->", last, scan);
    }
    if b.starts_with(CDATA) {
        let from = scan.resume.max(CDATA.len());
        return match find_bytes(b, b"]]>", from) {
            Some(end) => Some((
                Some(Token::Text(Cow::Borrowed(&rest[CDATA.len()..end]))),
                end + 3,
            )),
            None if last => Some((
                Some(Token::Text(Cow::Borrowed(&rest[CDATA.len()..]))),
                rest.len(),
            )),
            None => {
                scan.resume = rest.len().saturating_sub(2).max(from);
                None
            }
        };
    }
    if b.len() >= DOCTYPE.len() && b[..DOCTYPE.len()].eq_ignore_ascii_case(DOCTYPE) {
        return doctype(rest, last, scan);
    }
    let may_grow = |p: &[u8]| b.len() < p.len() && p[..b.len()].eq_ignore_ascii_case(b);
    if !last && (may_grow(COMMENT) || may_grow(CDATA) || may_grow(DOCTYPE)) {
        return None;
    }
    skip_to(rest, 2, b">", last, scan)
}

/// A DOCTYPE, internal subset and quoted literals included, skipped whole.
fn doctype<'a>(rest: &'a str, last: bool, scan: &mut Scan) -> Option<(Option<Token<'a>>, usize)> {
    let b = rest.as_bytes();
    let mut i = scan.resume.max(DOCTYPE.len());
    while let Some(&c) = b.get(i) {
        if scan.quote != 0 {
            if c == scan.quote {
                scan.quote = 0;
            }
        } else {
            match c {
                b'"' | b'\'' => scan.quote = c,
                b'[' => scan.brackets += 1,
                b']' => scan.brackets = scan.brackets.saturating_sub(1),
                b'>' if scan.brackets == 0 => return Some((None, i + 1)),
                _ => {}
            }
        }
        i += 1;
    }
    if last {
        Some((None, rest.len()))
    } else {
        scan.resume = i;
        None
    }
}

/// `</name>`; a `<` before the `>` ends it too (`</title<link>`).
fn end_tag<'a>(rest: &'a str, last: bool, scan: &mut Scan) -> Option<(Option<Token<'a>>, usize)> {
    let b = rest.as_bytes();
    let from = scan.resume.max(2);
    let stop = b
        .get(from..)
        .and_then(|t| t.iter().position(|&c| c == b'>' || c == b'<'));
    let (inner_end, len) = match stop {
        Some(j) if b.get(from + j) == Some(&b'>') => (from + j, from + j + 1),
        Some(j) => (from + j, from + j),
        None if last => (rest.len(), rest.len()),
        None => {
            scan.resume = rest.len();
            return None;
        }
    };
    let name = rest[2..inner_end]
        .trim_start()
        .split(|c: char| c.is_ascii_whitespace())
        .next()
        .unwrap_or("");
    Some((Some(Token::End { name }), len))
}

/// `<name attrs>` / `<name attrs/>`, with `>` inside quoted values allowed;
/// a `<` outside quotes ends a broken tag. Unfinished at the end of input,
/// the tag is dropped.
fn start_tag<'a>(rest: &'a str, last: bool, scan: &mut Scan) -> Option<(Option<Token<'a>>, usize)> {
    let b = rest.as_bytes();
    let mut i = scan.resume.max(1);
    while let Some(&c) = b.get(i) {
        if scan.quote != 0 {
            if c == scan.quote {
                scan.quote = 0;
                scan.prev = c;
            }
        } else {
            match c {
                b'>' => return Some((Some(tag(&rest[1..i])), i + 1)),
                b'<' => return Some((Some(tag(&rest[1..i])), i)),
                b'"' | b'\'' if scan.prev == b'=' => scan.quote = c,
                c if c.is_ascii_whitespace() => {}
                c => scan.prev = c,
            }
        }
        i += 1;
    }
    if last {
        Some((None, rest.len()))
    } else {
        scan.resume = i;
        None
    }
}

/// The start tag whose text between `<` and `>` is `inner`.
fn tag(inner: &str) -> Token<'_> {
    let trimmed = inner.trim_end_matches(|c: char| c.is_ascii_whitespace());
    let (inner, empty) = match trimmed.strip_suffix('/') {
        Some(s) => (s, true),
        None => (trimmed, false),
    };
    let name_end = inner
        .bytes()
        .position(|c| c.is_ascii_whitespace() || c == b'/')
        .unwrap_or(inner.len());
    Token::Start {
        name: &inner[..name_end],
        attrs: &inner[name_end..],
        empty,
    }
}

/// The attributes of a start tag, as `(name, value)` with references in
/// values decoded. Tolerant: unquoted values, valueless attributes (value
/// ""), stray `=` and `/` are all read without error.
pub(crate) struct Attrs<'a> {
    rest: &'a str,
}

impl<'a> Attrs<'a> {
    pub(crate) fn new(raw: &'a str) -> Self {
        Attrs { rest: raw }
    }
}

/// `s` without leading bytes matching `skip` (ASCII only, so the cut is a
/// character boundary).
fn skip(s: &str, skip: impl Fn(u8) -> bool) -> &str {
    let n = s.bytes().position(|b| !skip(b)).unwrap_or(s.len());
    &s[n..]
}

/// The index of the first byte matching `stop` (ASCII), or the length.
fn until(s: &str, stop: impl Fn(u8) -> bool) -> usize {
    s.bytes().position(stop).unwrap_or(s.len())
}

impl<'a> Iterator for Attrs<'a> {
    type Item = (&'a str, Cow<'a, str>);

    fn next(&mut self) -> Option<Self::Item> {
        let space = |b: u8| b.is_ascii_whitespace();
        loop {
            let s = skip(self.rest, |b| space(b) || b == b'/');
            if s.is_empty() {
                self.rest = s;
                return None;
            }
            let name_end = until(s, |b| space(b) || b == b'=' || b == b'/');
            if name_end == 0 {
                // A stray `=` (the only other way to get here).
                self.rest = &s[1..];
                continue;
            }
            let name = &s[..name_end];
            let after = skip(&s[name_end..], space);
            let Some(value) = after.strip_prefix('=') else {
                self.rest = after;
                return Some((name, Cow::Borrowed("")));
            };
            let value = skip(value, space);
            let (raw, rest) = match value.as_bytes().first() {
                Some(&q) if q == b'"' || q == b'\'' => {
                    let body = &value[1..];
                    match body.bytes().position(|b| b == q) {
                        Some(e) => (&body[..e], &body[e + 1..]),
                        None => (body, ""),
                    }
                }
                _ => {
                    let e = until(value, space);
                    (&value[..e], &value[e..])
                }
            };
            self.rest = rest;
            return Some((name, entities::decode(raw)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tokens of `chunks` pushed one by one, as readable strings.
    fn tokens(chunks: &[&str]) -> Vec<String> {
        let mut t = Tokenizer::new();
        let mut out = Vec::new();
        let n = chunks.len();
        for (i, c) in chunks.iter().enumerate() {
            t.push(c);
            t.run(i + 1 == n, |tok, _| {
                out.push(match tok {
                    Token::Start { name, attrs, empty } => {
                        let a: Vec<String> =
                            Attrs::new(attrs).map(|(n, v)| format!("{n}={v}")).collect();
                        format!("<{name}{}{}>", if empty { "/" } else { "" }, a.join(","))
                    }
                    Token::End { name } => format!("</{name}>"),
                    Token::Text(s) => format!("T:{s}"),
                });
                Ok::<bool, ()>(true)
            })
            .unwrap();
        }
        // Adjacent text tokens are one text.
        let mut merged: Vec<String> = Vec::new();
        for s in out {
            match (merged.last_mut(), s.strip_prefix("T:")) {
                (Some(prev), Some(more)) if prev.starts_with("T:") => prev.push_str(more),
                _ => merged.push(s),
            }
        }
        merged
    }

    #[test]
    fn basic_document() {
        let doc =
            "<?xml version=\"1.0\"?>\n<!-- c --><rss a=\"1\" b='2>3'><t>x &amp; y</t><e/></rss>";
        assert_eq!(
            tokens(&[doc]),
            [
                "T:\n",
                "<rssa=1,b=2>3>",
                "<t>",
                "T:x & y",
                "</t>",
                "<e/>",
                "</rss>"
            ]
        );
    }

    #[test]
    fn every_split_point_gives_the_same_tokens() {
        let doc = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x \"]>\">]><rss><!-- a -- b --><i t='a&quot;b'>AT&T &nbsp;<![CDATA[<p>&amp;</p>]]> a <3</i><x/></rss>";
        let whole = tokens(&[doc]);
        for i in 0..=doc.len() {
            if !doc.is_char_boundary(i) {
                continue;
            }
            for j in i..=doc.len() {
                if !doc.is_char_boundary(j) {
                    continue;
                }
                assert_eq!(
                    tokens(&[&doc[..i], &doc[i..j], &doc[j..]]),
                    whole,
                    "{i} {j}"
                );
            }
        }
        assert_eq!(
            whole,
            [
                "<rss>",
                "<it=a\"b>",
                "T:AT&T \u{a0}<p>&amp;</p> a <3",
                "</i>",
                "<x/>",
                "</rss>"
            ]
        );
    }

    #[test]
    fn broken_markup_is_read() {
        assert_eq!(
            tokens(&["<a><b>x</b<c>y</c </a>"]),
            ["<a>", "<b>", "T:x", "</b>", "<c>", "T:y", "</c>", "</a>"]
        );
        assert_eq!(tokens(&["<a x=1 y z='q>"]), Vec::<String>::new());
        assert_eq!(tokens(&["<a x=1 y <b>"]), ["<ax=1,y=>", "<b>"]);
        assert_eq!(tokens(&["<a>1 < 2 <"]), ["<a>", "T:1 < 2 <"]);
        assert_eq!(tokens(&["<a><!-- never closed"]), ["<a>"]);
        assert_eq!(tokens(&["<a><![CDATA[cut"]), ["<a>", "T:cut"]);
    }

    #[test]
    fn positions_are_lines_and_columns() {
        let mut t = Tokenizer::new();
        t.push("<a>\n  é<b/>\n</a>");
        let mut seen = Vec::new();
        t.run(true, |tok, mark| {
            if let Token::Start { name, .. } = tok {
                seen.push((name.to_string(), mark.pos()));
            }
            Ok::<bool, ()>(true)
        })
        .unwrap();
        assert_eq!(seen[1], ("b".to_string(), Pos { line: 2, column: 4 }));
        assert_eq!(t.pos(), Pos { line: 3, column: 5 });
    }

    #[test]
    fn a_huge_unfinished_token_is_a_limit() {
        let mut t = Tokenizer::new();
        t.push("<a><!--");
        t.push(&"x".repeat(MAX_STRING_BYTES + 1));
        let r = t.run(false, |_, _| Ok::<bool, ()>(true));
        assert_eq!(r, Err(Stop::TooLong(Pos { line: 1, column: 4 })));
    }
}
