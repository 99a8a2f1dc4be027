//! A small JSON value parser for JSON Feed, bounded and forgiving.
//!
//! Numbers are kept as written (an `id` may be a number). Depth is capped
//! ([`MAX_JSON_DEPTH`]) and so is each string ([`MAX_STRING_BYTES`]).
//! Recovery, so a truncated or damaged feed still gives its complete items:
//! where the text ends early or stops making sense, every open container is
//! closed on what it holds so far; an array keeps only its complete
//! elements (a cut-off object in an array is dropped), an object keeps the
//! members read so far. The first problem is reported with its byte offset.
//! Anything after the top-level value is ignored.

use super::limits::{Limit, MAX_JSON_DEPTH, MAX_STRING_BYTES};

/// A JSON value.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value {
    Null,
    Bool(bool),
    /// A number, as written.
    Num(String),
    Str(String),
    Arr(Vec<Value>),
    Obj(Vec<(String, Value)>),
}

impl Value {
    /// The member `key` of an object.
    pub(crate) fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Obj(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// A string (or a number, as written).
    pub(crate) fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) | Value::Num(s) => Some(s),
            _ => None,
        }
    }

    /// The elements of an array (none for anything else).
    pub(crate) fn items(&self) -> &[Value] {
        match self {
            Value::Arr(items) => items,
            _ => &[],
        }
    }
}

/// What [`parse`] read.
#[derive(Debug)]
pub(crate) struct Parsed {
    /// The top-level value, possibly closed early.
    pub value: Option<Value>,
    /// The first problem: what, and at which byte offset.
    pub problem: Option<(&'static str, usize)>,
}

/// A cap was hit at a byte offset.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct OverLimit(pub Limit, pub usize);

/// Why a value could not be completed; carries what an enclosing container
/// may keep.
enum Cut {
    /// Stopped (problem recorded); the partial value, if worth keeping.
    Partial(Option<Value>),
    Limit(OverLimit),
}

/// The reader's state: the text (as bytes and as `str`), the byte offset
/// reached, the container depth, the first problem met.
struct Reader<'a> {
    b: &'a [u8],
    s: &'a str,
    i: usize,
    depth: usize,
    problem: Option<(&'static str, usize)>,
}

/// Parses the JSON text `s`.
pub(crate) fn parse(s: &str) -> Result<Parsed, OverLimit> {
    let mut p = Reader {
        b: s.as_bytes(),
        s,
        i: 0,
        depth: 0,
        problem: None,
    };
    p.ws();
    let value = match p.value() {
        Ok(v) => Some(v),
        Err(Cut::Partial(v)) => v,
        Err(Cut::Limit(l)) => return Err(l),
    };
    Ok(Parsed {
        value,
        problem: p.problem,
    })
}

impl Reader<'_> {
    fn ws(&mut self) {
        while let Some(c) = self.b.get(self.i) {
            if matches!(c, b' ' | b'\t' | b'\n' | b'\r') {
                self.i += 1;
            } else if self
                .s
                .get(self.i..)
                .is_some_and(|r| r.starts_with('\u{FEFF}'))
            {
                self.i += 3;
            } else {
                break;
            }
        }
    }

    fn fail(&mut self, what: &'static str) -> Cut {
        if self.problem.is_none() {
            let what = if self.i >= self.b.len() {
                "the JSON ends too early"
            } else {
                what
            };
            self.problem = Some((what, self.i));
        }
        Cut::Partial(None)
    }

    fn value(&mut self) -> Result<Value, Cut> {
        match self.b.get(self.i) {
            Some(b'{') => self.object(),
            Some(b'[') => self.array(),
            Some(b'"') => self.string().map(Value::Str),
            Some(b't') => self.literal("true", Value::Bool(true)),
            Some(b'f') => self.literal("false", Value::Bool(false)),
            Some(b'n') => self.literal("null", Value::Null),
            Some(c) if *c == b'-' || c.is_ascii_digit() => Ok(self.number()),
            _ => Err(self.fail("a JSON value was expected")),
        }
    }

    fn literal(&mut self, word: &str, v: Value) -> Result<Value, Cut> {
        if self.b.get(self.i..self.i + word.len()) == Some(word.as_bytes()) {
            self.i += word.len();
            Ok(v)
        } else {
            Err(self.fail("a JSON value was expected"))
        }
    }

    fn number(&mut self) -> Value {
        let start = self.i;
        while self
            .b
            .get(self.i)
            .is_some_and(|c| c.is_ascii_digit() || matches!(c, b'-' | b'+' | b'.' | b'e' | b'E'))
        {
            self.i += 1;
        }
        Value::Num(self.s.get(start..self.i).unwrap_or("").to_string())
    }

    fn enter(&mut self) -> Result<(), Cut> {
        self.depth += 1;
        if self.depth > MAX_JSON_DEPTH {
            return Err(Cut::Limit(OverLimit(Limit::JsonDepth, self.i)));
        }
        self.i += 1;
        self.ws();
        Ok(())
    }

    fn array(&mut self) -> Result<Value, Cut> {
        self.enter()?;
        let mut items = Vec::new();
        if self.b.get(self.i) == Some(&b']') {
            self.i += 1;
            self.depth -= 1;
            return Ok(Value::Arr(items));
        }
        loop {
            match self.value() {
                Ok(v) => items.push(v),
                Err(Cut::Partial(Some(v @ Value::Arr(_)))) => {
                    items.push(v);
                    return Err(Cut::Partial(Some(Value::Arr(items))));
                }
                Err(Cut::Partial(_)) => return Err(Cut::Partial(Some(Value::Arr(items)))),
                Err(l) => return Err(l),
            }
            self.ws();
            match self.b.get(self.i) {
                Some(b',') => {
                    self.i += 1;
                    self.ws();
                }
                Some(b']') => {
                    self.i += 1;
                    self.depth -= 1;
                    return Ok(Value::Arr(items));
                }
                _ => {
                    self.fail("a `,` or `]` was expected");
                    return Err(Cut::Partial(Some(Value::Arr(items))));
                }
            }
        }
    }

    fn object(&mut self) -> Result<Value, Cut> {
        self.enter()?;
        let mut members = Vec::new();
        if self.b.get(self.i) == Some(&b'}') {
            self.i += 1;
            self.depth -= 1;
            return Ok(Value::Obj(members));
        }
        loop {
            if self.b.get(self.i) != Some(&b'"') {
                self.fail("a quoted member name was expected");
                return Err(Cut::Partial(Some(Value::Obj(members))));
            }
            let key = match self.string() {
                Ok(k) => k,
                Err(Cut::Partial(_)) => return Err(Cut::Partial(Some(Value::Obj(members)))),
                Err(l) => return Err(l),
            };
            self.ws();
            if self.b.get(self.i) != Some(&b':') {
                self.fail("a `:` was expected");
                return Err(Cut::Partial(Some(Value::Obj(members))));
            }
            self.i += 1;
            self.ws();
            match self.value() {
                Ok(v) => members.push((key, v)),
                Err(Cut::Partial(Some(v))) => {
                    members.push((key, v));
                    return Err(Cut::Partial(Some(Value::Obj(members))));
                }
                Err(Cut::Partial(None)) => return Err(Cut::Partial(Some(Value::Obj(members)))),
                Err(l) => return Err(l),
            }
            self.ws();
            match self.b.get(self.i) {
                Some(b',') => {
                    self.i += 1;
                    self.ws();
                }
                Some(b'}') => {
                    self.i += 1;
                    self.depth -= 1;
                    return Ok(Value::Obj(members));
                }
                _ => {
                    self.fail("a `,` or `}` was expected");
                    return Err(Cut::Partial(Some(Value::Obj(members))));
                }
            }
        }
    }

    fn hex4(&mut self) -> Option<u32> {
        let h = self.s.get(self.i..self.i + 4)?;
        let n = u32::from_str_radix(h, 16).ok()?;
        if !h.bytes().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        self.i += 4;
        Some(n)
    }

    /// A string (the cursor is on its opening quote).
    fn string(&mut self) -> Result<String, Cut> {
        self.i += 1;
        let mut out = String::new();
        loop {
            let start = self.i;
            while self
                .b
                .get(self.i)
                .is_some_and(|c| *c != b'"' && *c != b'\\')
            {
                self.i += 1;
            }
            out.push_str(self.s.get(start..self.i).unwrap_or(""));
            if out.len() > MAX_STRING_BYTES {
                return Err(Cut::Limit(OverLimit(Limit::StringBytes, start)));
            }
            match self.b.get(self.i) {
                Some(b'"') => {
                    self.i += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.i += 1;
                    let Some(&e) = self.b.get(self.i) else {
                        return Err(self.fail("the JSON ends too early"));
                    };
                    self.i += 1;
                    match e {
                        b'n' => out.push('\n'),
                        b't' => out.push('\t'),
                        b'r' => out.push('\r'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'u' => {
                            let Some(hi) = self.hex4() else {
                                out.push('\u{FFFD}');
                                continue;
                            };
                            let c = if (0xD800..0xDC00).contains(&hi)
                                && self.b.get(self.i..self.i + 2) == Some(b"\\u")
                            {
                                let save = self.i;
                                self.i += 2;
                                match self.hex4() {
                                    Some(lo) if (0xDC00..0xE000).contains(&lo) => char::from_u32(
                                        0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00),
                                    ),
                                    _ => {
                                        self.i = save;
                                        None
                                    }
                                }
                            } else {
                                char::from_u32(hi)
                            };
                            out.push(c.unwrap_or('\u{FFFD}'));
                        }
                        // `\"`, `\\`, `\/`, and any other escaped character as itself.
                        _ => {
                            self.i -= 1;
                            let ch = self.s.get(self.i..).and_then(|r| r.chars().next());
                            if let Some(ch) = ch {
                                out.push(ch);
                                self.i += ch.len_utf8();
                            }
                        }
                    }
                }
                _ => return Err(self.fail("the JSON ends too early")),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> (Option<Value>, Option<(&'static str, usize)>) {
        let p = parse(s).unwrap();
        (p.value, p.problem)
    }

    fn s(x: &str) -> Value {
        Value::Str(x.to_string())
    }

    #[test]
    fn values() {
        let (val, problem) = v(
            r#" {"a": [1, -2.5e3, true, false, null], "b": "x\"\\\/\n\u00e9\ud83d\ude00", "c": {}} trailing"#,
        );
        assert_eq!(problem, None);
        let val = val.unwrap();
        assert_eq!(val.get("a").unwrap().items().len(), 5);
        assert_eq!(
            val.get("a").unwrap().items()[1],
            Value::Num("-2.5e3".into())
        );
        assert_eq!(val.get("b").unwrap().as_str(), Some("x\"\\/\né😀"));
        assert_eq!(val.get("c"), Some(&Value::Obj(vec![])));
    }

    #[test]
    fn bad_escapes_are_replaced() {
        let (val, _) = v(r#"["\ud800x", "\uZZZZ", "\q"]"#);
        assert_eq!(
            val.unwrap(),
            Value::Arr(vec![s("\u{FFFD}x"), s("\u{FFFD}ZZZZ"), s("q")])
        );
    }

    #[test]
    fn truncation_keeps_complete_elements() {
        let (val, problem) =
            v(r#"{"title": "T", "items": [{"id": "1"}, {"id": "2", "title": "cut"#);
        let val = val.unwrap();
        assert_eq!(val.get("title"), Some(&s("T")));
        assert_eq!(val.get("items").unwrap().items().len(), 1);
        assert_eq!(problem.unwrap().0, "the JSON ends too early");
    }

    #[test]
    fn damage_keeps_what_came_before() {
        let (val, problem) = v(r#"{"items": [{"id": "1"}, oops, {"id": "3"}]}"#);
        assert_eq!(val.unwrap().get("items").unwrap().items().len(), 1);
        assert_eq!(problem, Some(("a JSON value was expected", 24)));
        assert_eq!(v("nope").0, None);
    }

    #[test]
    fn depth_is_capped() {
        let deep = "[".repeat(MAX_JSON_DEPTH + 1);
        assert_eq!(parse(&deep).unwrap_err().0.name(), "MAX_JSON_DEPTH");
        let ok = "[".repeat(MAX_JSON_DEPTH);
        assert!(parse(&ok).is_ok());
    }
}
