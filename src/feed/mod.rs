//! Feed ingestion: text (or bytes) in, one normalized [`Feed`] out.
//!
//! Pure Rust, no browser APIs, tested natively. The format is detected by
//! content (`detect.rs`): RSS 0.91/0.92/2.0 and RSS 1.0 (`rss.rs`), Atom 1.0
//! (`atom.rs`), each a table in the language of `schema.rs` read by one
//! reader (`reader.rs`) over a small tolerant incremental XML tokenizer (`xml.rs`,
//! `tree.rs`), and JSON Feed 1.0/1.1 (`jsonfeed.rs` over `json.rs`). No XML
//! or JSON crate, no serde: everything here is compiled into the widget.
//!
//! | file | holds |
//! |---|---|
//! | `model.rs` | the normalized [`Feed`] / [`Release`] every parser produces |
//! | `mod.rs` | [`parse`], the streaming [`Parser`], [`ParseError`] |
//! | `encoding.rs` | [`encoding::sniff`], the WHATWG label table, [`encoding::Decode`], [`encoding::ByteParser`] |
//! | `detect.rs` | format detection by content |
//! | `xml.rs` | the incremental tokenizer |
//! | `entities.rs` | character references and the HTML named-entity table |
//! | `tree.rs` | nesting repair, namespaces, `xml:base`, `xml:lang` |
//! | `schema.rs` | the language of the format tables: which elements matter, how each is read, where its value goes, which start tags end an unclosed field |
//! | `rss.rs`, `atom.rs` | the RSS / RDF and Atom schemas (tables) |
//! | `reader.rs` | the one reader of every XML format, driven by its schema |
//! | `capture.rs` | collecting one element's content (text, or HTML written back) |
//! | `clean.rs` | raw text to field values: trimming, titles, people, URLs, images |
//! | `draft.rs` | a release / feed being read, its candidates, and its completion |
//! | `json.rs`, `jsonfeed.rs` | the JSON value parser and JSON Feed reader |
//! | `date.rs` | [`date::parse`] |
//! | `limits.rs` | every cap, as a named constant, and [`Limit`], the cap an error names |
//!
//! Streaming: a [`Parser`] takes decoded text in chunks as they arrive and
//! counts releases as each one's end tag is read ([`Parser::complete`]), so
//! a caller showing `limit` releases can stop the download once it has
//! them. [`parse`] is the one-shot form. From bytes, [`encoding::ByteParser`]
//! sniffs the encoding, decodes through the caller's [`encoding::Decode`]
//! (the browser's `TextDecoder`) and feeds a [`Parser`]:
//!
//! ```
//! use syndicard::feed::encoding::{ByteParser, Decode};
//!
//! struct Utf8; // the shell wraps TextDecoder instead
//! impl Decode for Utf8 {
//!     fn decode(&mut self, bytes: &[u8], _last: bool) -> String {
//!         String::from_utf8_lossy(bytes).into_owned()
//!     }
//! }
//!
//! let body: &[&[u8]] = &[b"<rss><channel><item><title>One</title></item>", b"<item>"];
//! let mut p = ByteParser::new(None, Some("https://wire.example/feed.xml"), Box::new(|_| Box::new(Utf8)));
//! for chunk in body {
//!     p.push(chunk)?;
//!     if p.complete() >= 1 {
//!         break; // enough: cancel the download
//!     }
//! }
//! let feed = p.finish()?;
//! assert_eq!(feed.releases[0].title.as_deref(), Some("One"));
//! # Ok::<(), syndicard::feed::ParseError>(())
//! ```
//!
//! (Decoding starts once the encoding is settled: here at the first `>`,
//! a feed without an XML declaration being UTF-8.) With
//! [`encoding::ByteParser::with_limit`] (or [`Parser::set_limit`]) reading
//! stops inside a chunk as soon as that many releases are complete, and
//! [`Parser::step`] reads a large chunk in bounded steps.
//! JSON Feeds are read whole at `finish`; `complete()` stays 0 for them.
//!
//! Recovery: undefined HTML entities, bare `&`, broken nesting, garbage
//! before or after the root and truncation are all read through.
//! [`Parser::finish`] returns every complete release read so far; it fails
//! (with a line and column) only when nothing usable was found, or when a
//! cap in [`limits`] was hit.

mod atom;
mod capture;
mod clean;
pub mod date;
mod detect;
mod draft;
pub mod encoding;
pub(crate) mod entities;
mod json;
mod jsonfeed;
pub mod limits;
mod model;
mod reader;
mod rss;
mod schema;
mod tree;
mod xml;

pub(crate) use model::civil_from_days;
pub use model::{DateTime, Feed, Format, Release, Text, TextKind};

use reader::Reader;
use tree::{Halt, Tree};
use xml::{Pos, Stop, Tokenizer};

pub use limits::Limit;

/// What kind of failure a [`ParseError`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The text is damaged before anything usable could be read (a feed
    /// truncated before its first complete item, JSON that does not parse).
    Syntax,
    /// The text is not a feed at all (empty, HTML, other XML, other JSON).
    NotAFeed,
    /// A cap in [`limits`] was hit.
    Limit(Limit),
}

/// Why a feed could not be read, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// What kind of failure this is.
    pub kind: ErrorKind,
    /// What went wrong, in words a site owner can act on.
    pub message: String,
    /// 1-based line of the input where reading failed (0 when unknown).
    pub line: u32,
    /// 1-based column (in characters) on that line (0 when unknown).
    pub column: u32,
}

impl ParseError {
    fn at(kind: ErrorKind, message: impl Into<String>, pos: Pos) -> Self {
        ParseError {
            kind,
            message: message.into(),
            line: pos.line,
            column: pos.column,
        }
    }

    fn limit(limit: Limit, pos: Pos) -> Self {
        ParseError::at(ErrorKind::Limit(limit), limit.to_string(), pos)
    }
}

impl core::fmt::Display for ParseError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        if self.line > 0 {
            write!(
                f,
                "{} (line {}, column {})",
                self.message, self.line, self.column
            )
        } else {
            f.write_str(&self.message)
        }
    }
}

/// Parses a whole feed held in memory. `base_url` (the feed's own URL, when
/// known) resolves relative links. Same as [`Parser::new`], one
/// [`Parser::push`] and [`Parser::finish`].
pub fn parse(text: &str, base_url: Option<&str>) -> Result<Feed, ParseError> {
    let mut p = Parser::new(base_url);
    p.push(text)?;
    p.finish()
}

/// An XML feed being read.
struct XmlState {
    tok: Tokenizer,
    tree: Tree,
    doc: Reader,
    /// Where the first top-level element that is not a feed root starts.
    other_at: Option<Pos>,
}

/// Why reading stopped inside a run.
enum Pause {
    /// The reader halted at this position.
    Halt(Halt, Pos),
    /// The caller's number of releases is complete.
    Enough,
}

impl XmlState {
    /// Reads about `budget` more bytes of the text pushed (all of it when
    /// `usize::MAX`), stopping as soon as `limit` releases are complete;
    /// `Ok(true)` when it stopped for the budget with text left to read.
    fn run(&mut self, last: bool, budget: usize, limit: usize) -> Result<bool, ParseError> {
        let XmlState {
            tok,
            tree,
            doc,
            other_at,
        } = self;
        if doc.complete() >= limit {
            return Ok(false);
        }
        tok.run_for(last, budget, |t, mark| {
            let go_on = tree.token(t, doc).map_err(|h| Pause::Halt(h, mark.pos()))?;
            if other_at.is_none() && doc.not_a_feed().is_some() {
                *other_at = Some(mark.pos());
            }
            if doc.complete() >= limit {
                return Err(Pause::Enough);
            }
            Ok(go_on)
        })
        .or_else(|stop| match stop {
            Stop::Sink(Pause::Enough) => Ok(false),
            Stop::TooLong(pos) => Err(ParseError::limit(Limit::StringBytes, pos)),
            Stop::Sink(Pause::Halt(Halt::Limit(limit), pos)) => Err(ParseError::limit(limit, pos)),
        })
    }
}

enum State {
    /// Nothing but whitespace yet.
    Start(String),
    Xml(Box<XmlState>),
    /// JSON is read whole at the end (JSON Feeds are small).
    Json(String),
}

/// An incremental feed parser: push decoded text as it arrives, watch
/// [`complete`](Parser::complete) grow, [`finish`](Parser::finish) at the
/// end of input or whenever enough releases are in.
pub struct Parser {
    base: Option<String>,
    state: State,
    bytes: usize,
    failed: Option<ParseError>,
    /// Reading stops once this many releases are complete.
    limit: usize,
}

impl Parser {
    /// A parser for a feed whose own URL is `base_url` (relative links
    /// resolve against it, after any `xml:base`).
    pub fn new(base_url: Option<&str>) -> Parser {
        Parser {
            base: base_url.map(str::to_string),
            state: State::Start(String::new()),
            bytes: 0,
            failed: None,
            limit: usize::MAX,
        }
    }

    /// Stops reading as soon as `limit` releases are complete: the text
    /// after the end of the `limit`-th is kept unread (raising the limit
    /// later reads on from there), and [`finish`](Parser::finish) returns
    /// those releases without reading it. Feed fields written after them
    /// are not read. (XML only: JSON Feeds are read whole.)
    pub fn set_limit(&mut self, limit: usize) {
        self.limit = limit;
    }

    /// Whether the limit's releases are complete (nothing more is read).
    pub fn enough(&self) -> bool {
        self.complete() >= self.limit
    }

    /// Bytes of text read so far; the rest of the text pushed is pending.
    pub fn consumed(&self) -> usize {
        match &self.state {
            State::Xml(x) => x.tok.consumed(),
            _ => 0,
        }
    }

    /// Feeds the next chunk of decoded text (chunks may split anywhere) and
    /// reads it, up to the limit's releases: [`write`](Parser::write), then
    /// one unbounded [`step`](Parser::step). Fails only when a cap is hit;
    /// after a failure every call (and [`finish`](Parser::finish)) returns
    /// the same error.
    pub fn push(&mut self, chunk: &str) -> Result<(), ParseError> {
        self.write(chunk)?;
        self.step(usize::MAX).map(|_| ())
    }

    /// Takes the next chunk of decoded text without reading it; read it
    /// with [`step`](Parser::step).
    pub fn write(&mut self, chunk: &str) -> Result<(), ParseError> {
        self.guard(|p| p.write_inner(chunk))
    }

    /// Reads about `max_bytes` of the text written (stopping at the first
    /// token boundary past them, or as soon as the limit's releases are
    /// complete); `Ok(true)` when text is left for another step, so a
    /// caller can yield between steps of a large chunk.
    pub fn step(&mut self, max_bytes: usize) -> Result<bool, ParseError> {
        let limit = self.limit;
        self.guard(|p| match &mut p.state {
            State::Xml(x) => x.run(false, max_bytes, limit),
            _ => Ok(false),
        })
    }

    /// Runs `f` unless the parser has failed; a failure sticks.
    fn guard<T>(
        &mut self,
        f: impl FnOnce(&mut Self) -> Result<T, ParseError>,
    ) -> Result<T, ParseError> {
        if let Some(e) = &self.failed {
            return Err(e.clone());
        }
        let result = f(self);
        if let Err(e) = &result {
            self.failed = Some(e.clone());
        }
        result
    }

    fn write_inner(&mut self, chunk: &str) -> Result<(), ParseError> {
        self.bytes = self.bytes.saturating_add(chunk.len());
        if self.bytes > limits::MAX_INPUT_BYTES {
            let pos = match &self.state {
                State::Xml(x) => x.tok.pos(),
                _ => Pos { line: 0, column: 0 },
            };
            return Err(ParseError::limit(Limit::InputBytes, pos));
        }
        match &mut self.state {
            State::Start(head) => {
                head.push_str(chunk);
                // All before `chunk` was whitespace: only `chunk` can decide.
                match detect::syntax(chunk) {
                    None => Ok(()),
                    Some(detect::Syntax::Json) => {
                        self.state = State::Json(std::mem::take(head));
                        Ok(())
                    }
                    Some(detect::Syntax::Xml) => {
                        let mut x = XmlState {
                            tok: Tokenizer::new(),
                            tree: Tree::new(self.base.as_deref()),
                            doc: Reader::default(),
                            other_at: None,
                        };
                        x.tok.push(head);
                        self.state = State::Xml(Box::new(x));
                        Ok(())
                    }
                }
            }
            State::Xml(x) => {
                x.tok.push(chunk);
                Ok(())
            }
            State::Json(text) => {
                text.push_str(chunk);
                Ok(())
            }
        }
    }

    /// Number of complete releases read so far (always 0 for JSON Feed,
    /// which is read whole at [`finish`](Parser::finish)).
    pub fn complete(&self) -> usize {
        match &self.state {
            State::Xml(x) => x.doc.complete(),
            _ => 0,
        }
    }

    /// End of input (or the caller has enough): the feed with every
    /// complete release. An unfinished release at the end is dropped.
    pub fn finish(mut self) -> Result<Feed, ParseError> {
        if let Some(e) = self.failed.take() {
            return Err(e);
        }
        match self.state {
            State::Start(_) => Err(ParseError::at(
                ErrorKind::NotAFeed,
                "the feed is empty",
                Pos { line: 1, column: 1 },
            )),
            State::Json(text) => finish_json(&text, self.base.as_deref()),
            State::Xml(mut x) => {
                x.run(true, usize::MAX, self.limit)?;
                let end = x.tok.pos();
                let feed = x.doc.finish().map_err(|why| {
                    ParseError::at(
                        ErrorKind::NotAFeed,
                        why.unwrap_or("no feed found: the text is neither XML nor JSON"),
                        x.other_at.unwrap_or(Pos { line: 1, column: 1 }),
                    )
                })?;
                if feed.releases.is_empty() && feed.title.is_none() && !x.tree.closed {
                    return Err(ParseError::at(
                        ErrorKind::Syntax,
                        "the feed ends before its first complete item",
                        end,
                    ));
                }
                Ok(feed)
            }
        }
    }
}

/// The 1-based line and column of byte `offset` in `text`.
fn pos_in(text: &str, offset: usize) -> Pos {
    let mut pos = Pos { line: 1, column: 1 };
    for b in text.as_bytes().iter().take(offset) {
        if *b == b'\n' {
            pos.line = pos.line.saturating_add(1);
            pos.column = 1;
        } else if b & 0xC0 != 0x80 {
            pos.column = pos.column.saturating_add(1);
        }
    }
    pos
}

fn finish_json(text: &str, base: Option<&str>) -> Result<Feed, ParseError> {
    let parsed = json::parse(text)
        .map_err(|json::OverLimit(limit, at)| ParseError::limit(limit, pos_in(text, at)))?;
    let syntax = |problem: Option<(&str, usize)>| {
        let (what, at) = problem.unwrap_or(("the JSON is not valid", 0));
        ParseError::at(ErrorKind::Syntax, what, pos_in(text, at))
    };
    let Some(value) = parsed.value else {
        return Err(syntax(parsed.problem));
    };
    if !jsonfeed::is_feed(&value) {
        return Err(ParseError::at(
            ErrorKind::NotAFeed,
            "the document is JSON but not a JSON Feed",
            Pos { line: 1, column: 1 },
        ));
    }
    let feed = jsonfeed::build(&value, base);
    if parsed.problem.is_some() && feed.releases.is_empty() && feed.title.is_none() {
        return Err(syntax(parsed.problem));
    }
    Ok(feed)
}
