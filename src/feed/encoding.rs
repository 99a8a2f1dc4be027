//! Which encoding a feed's bytes are in, decided before decoding.
//!
//! [`sniff`] decides in this order: a byte order mark, then the
//! HTTP `charset`, then the XML declaration's `encoding=` (or UTF-16 `<?`
//! without a BOM), then UTF-8. Labels map to encodings through the WHATWG
//! label table (all 228 labels, names only, held as data below), so every
//! label a browser knows works. One correction: when the decision is a
//! legacy encoding but the head of the bytes is valid UTF-8 and not plain
//! ASCII, the label is wrong and UTF-8 wins ([`Sniffed::overridden`]) — a
//! UTF-8 feed declared `ISO-8859-1` is common and would otherwise turn into
//! mojibake silently.
//!
//! The decoding itself is not done here: the wasm would have to carry the
//! tables. The browser's `TextDecoder` does it; the core only sees a
//! [`Decode`], which the shell implements over `TextDecoder` (and native
//! tests over `encoding_rs`). [`ByteParser`] ties sniffing, decoding and the
//! streaming [`Parser`] together.

use super::limits::{Limit, MAX_INPUT_BYTES};
use super::xml::Pos;
use super::{Feed, ParseError, Parser};
use crate::text::Words;

/// How many leading bytes sniffing looks at (and [`ByteParser`] gathers
/// before it starts decoding).
pub const SNIFF_BYTES: usize = 64 * 1024;

/// What decided the encoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// A byte order mark.
    Bom,
    /// The HTTP `Content-Type` charset.
    Http,
    /// The XML declaration (or UTF-16 `<?` without a BOM).
    Declaration,
    /// Nothing said: UTF-8.
    Default,
}

/// The outcome of [`sniff`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sniffed {
    /// The WHATWG encoding name, lower case as `TextDecoder.encoding` gives
    /// it (`"utf-8"`, `"windows-1252"`, `"shift_jis"` …); also a valid
    /// `TextDecoder` label, except `"replacement"` (labels such as
    /// `iso-2022-kr`, which browsers refuse to decode: the feed is
    /// unreadable).
    pub encoding: &'static str,
    /// Bytes of byte order mark to skip before decoding.
    pub bom: usize,
    /// What decided it.
    pub source: Source,
    /// The label said a legacy encoding but the bytes are UTF-8: UTF-8 was
    /// chosen instead.
    pub overridden: bool,
}

/// A streaming decoder from the sniffed encoding to text, e.g. the
/// browser's `TextDecoder` with `{stream: true}`.
pub trait Decode {
    /// Decodes the next `bytes`; a sequence split between calls is carried
    /// over. `last` marks the end of the input (flush what is pending).
    /// Malformed input becomes U+FFFD.
    fn decode(&mut self, bytes: &[u8], last: bool) -> String;
}

/// The WHATWG encoding a label names (ASCII whitespace trimmed, any case).
pub fn encoding_for_label(label: &str) -> Option<&'static str> {
    let label = label.trim_matches(|c: char| c.is_ascii_whitespace());
    encodings()
        .find(|(_, labels)| Words::spaced(labels).contains_ignore_ascii_case(label))
        .map(|(name, _)| name)
}

/// The `charset` parameter of a Content-Type header value (quotes
/// removed): the HTTP charset [`sniff`] weighs.
pub fn charset_of(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|param| {
        let (name, value) = param.split_once('=')?;
        name.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| value.trim().trim_matches('"').to_string())
    })
}

/// Decides the encoding of bytes starting with `head` (at most
/// [`SNIFF_BYTES`] are looked at) served with HTTP charset `http_charset`.
pub fn sniff(head: &[u8], http_charset: Option<&str>) -> Sniffed {
    let head = head.get(..SNIFF_BYTES).unwrap_or(head);
    let decided = |encoding, source| Sniffed {
        encoding,
        bom: 0,
        source,
        overridden: false,
    };
    for (bom, encoding) in [
        (&b"\xEF\xBB\xBF"[..], "utf-8"),
        (b"\xFE\xFF", "utf-16be"),
        (b"\xFF\xFE", "utf-16le"),
    ] {
        if head.starts_with(bom) {
            return Sniffed {
                bom: bom.len(),
                ..decided(encoding, Source::Bom)
            };
        }
    }
    let mut s = match http_charset.and_then(encoding_for_label) {
        Some(e) => decided(e, Source::Http),
        None => match declared(head) {
            Some(e) => decided(e, Source::Declaration),
            None => decided("utf-8", Source::Default),
        },
    };
    let legacy = !matches!(s.encoding, "utf-8" | "utf-16le" | "utf-16be");
    if legacy && utf8_beyond_ascii(head) {
        s.encoding = "utf-8";
        s.overridden = true;
    }
    s
}

/// The encoding the XML declaration names, or UTF-16 when the bytes are
/// `<?` in UTF-16 without a BOM. UTF-16 labels in an ASCII-readable
/// declaration mean UTF-8, `x-user-defined` means windows-1252 (as in
/// HTML).
fn declared(head: &[u8]) -> Option<&'static str> {
    if head.starts_with(b"<\0?\0") {
        return Some("utf-16le");
    }
    if head.starts_with(b"\0<\0?") {
        return Some("utf-16be");
    }
    let start = head.iter().position(|c| !c.is_ascii_whitespace())?;
    let decl = head.get(start..)?;
    if !decl.starts_with(b"<?xml") {
        return None;
    }
    let end = decl.iter().take(1024).position(|&c| c == b'>')?;
    let decl = std::str::from_utf8(decl.get(..end)?).ok()?;
    let at = decl.find("encoding")?;
    let rest = decl[at + 8..].trim_start().strip_prefix('=')?.trim_start();
    let quote = rest.chars().next().filter(|q| *q == '"' || *q == '\'')?;
    let label = rest[1..].split(quote).next()?;
    match encoding_for_label(label)? {
        "utf-16le" | "utf-16be" => Some("utf-8"),
        "x-user-defined" => Some("windows-1252"),
        e => Some(e),
    }
}

/// Whether `head` is valid UTF-8 (a sequence cut off at its end allowed)
/// holding at least one non-ASCII character.
fn utf8_beyond_ascii(head: &[u8]) -> bool {
    let valid = match std::str::from_utf8(head) {
        Ok(_) => head.len(),
        Err(e) if e.error_len().is_none() => e.valid_up_to(),
        Err(_) => return false,
    };
    head.get(..valid).is_some_and(|v| !v.is_ascii())
}

/// Whether what [`sniff`] decides for `head` is final before
/// [`SNIFF_BYTES`] are in: the decision is UTF-8 or UTF-16 (only a legacy
/// label can be overruled by UTF-8 bytes further on) and no XML
/// declaration can still be arriving (a byte order mark or an HTTP
/// charset decided, or a `>` has arrived).
fn settled(head: &[u8], http_charset: Option<&str>) -> bool {
    let s = sniff(head, http_charset);
    let legacy = !matches!(s.encoding, "utf-8" | "utf-16le" | "utf-16be");
    !legacy && (matches!(s.source, Source::Bom | Source::Http) || head.contains(&b'>'))
}

/// Makes the decoder for an encoding name (see [`Sniffed::encoding`]).
pub type MakeDecoder = Box<dyn FnOnce(&'static str) -> Box<dyn Decode>>;

/// The streaming parser over bytes: gathers [`SNIFF_BYTES`] (or all the
/// input, if less; or less when the first bytes already settle it: UTF-8
/// or UTF-16 by a byte order mark, the HTTP charset, or the bytes up to the
/// first `>`), sniffs, creates the decoder for the encoding chosen, then
/// decodes and parses each chunk as it comes.
///
/// With [`with_limit`](ByteParser::with_limit), reading stops inside a
/// chunk as soon as that many releases are complete. A large chunk can be
/// read in bounded steps ([`write`](ByteParser::write), then
/// [`step`](ByteParser::step) until it reports nothing pending), so the
/// caller can yield to the page between them.
pub struct ByteParser {
    http_charset: Option<String>,
    head: Vec<u8>,
    /// The head was seen to hold a legacy decision: gather all of
    /// [`SNIFF_BYTES`].
    gather: bool,
    make: Option<MakeDecoder>,
    decoder: Option<Box<dyn Decode>>,
    sniffed: Option<Sniffed>,
    parser: Parser,
    bytes: usize,
    failed: Option<ParseError>,
}

impl ByteParser {
    /// A parser for bytes served with `http_charset`, of a feed at
    /// `base_url`; `make_decoder` gets the encoding name chosen.
    pub fn new(
        http_charset: Option<&str>,
        base_url: Option<&str>,
        make_decoder: MakeDecoder,
    ) -> Self {
        ByteParser {
            http_charset: http_charset.map(str::to_string),
            head: Vec::new(),
            gather: false,
            make: Some(make_decoder),
            decoder: None,
            sniffed: None,
            parser: Parser::new(base_url),
            bytes: 0,
            failed: None,
        }
    }

    /// What sniffing decided, once it has run.
    pub fn sniffed(&self) -> Option<Sniffed> {
        self.sniffed
    }

    /// Number of complete releases parsed so far.
    pub fn complete(&self) -> usize {
        self.parser.complete()
    }

    /// Stops reading as soon as `limit` releases are complete (see
    /// [`Parser::set_limit`]).
    pub fn with_limit(mut self, limit: usize) -> Self {
        self.parser.set_limit(limit);
        self
    }

    /// Changes the limit while reading (see [`Parser::set_limit`]): raising
    /// it reads on from where the old one stopped.
    pub fn set_limit(&mut self, limit: usize) {
        self.parser.set_limit(limit);
    }

    /// Whether the limit's releases are complete: nothing more is read, the
    /// download can be cancelled.
    pub fn enough(&self) -> bool {
        self.parser.enough()
    }

    /// Bytes of decoded text read so far (for UTF-8 input, the input bytes
    /// after the byte order mark).
    pub fn consumed(&self) -> usize {
        self.parser.consumed()
    }

    fn start(&mut self) -> Result<(), ParseError> {
        let s = sniff(&self.head, self.http_charset.as_deref());
        self.sniffed = Some(s);
        let Some(make) = self.make.take() else {
            return Ok(());
        };
        let mut decoder = make(s.encoding);
        let head = std::mem::take(&mut self.head);
        let text = decoder.decode(head.get(s.bom..).unwrap_or(&[]), false);
        self.decoder = Some(decoder);
        self.parser.write(&text)
    }

    /// Feeds the next bytes of the response body and reads them, up to the
    /// limit's releases: [`write`](ByteParser::write), then one unbounded
    /// [`step`](ByteParser::step). Fails only when a cap is hit; after a
    /// failure every call (and `finish`) returns the same error.
    pub fn push(&mut self, bytes: &[u8]) -> Result<(), ParseError> {
        self.write(bytes)?;
        self.step(usize::MAX).map(|_| ())
    }

    /// Takes the next bytes of the response body (decoding them once the
    /// encoding is settled) without reading them.
    pub fn write(&mut self, bytes: &[u8]) -> Result<(), ParseError> {
        if let Some(e) = &self.failed {
            return Err(e.clone());
        }
        let result = self.write_inner(bytes);
        if let Err(e) = &result {
            self.failed = Some(e.clone());
        }
        result
    }

    /// Reads about `max_bytes` more of the text written (see
    /// [`Parser::step`]); `Ok(true)` when text is left for another step.
    pub fn step(&mut self, max_bytes: usize) -> Result<bool, ParseError> {
        if let Some(e) = &self.failed {
            return Err(e.clone());
        }
        self.parser.step(max_bytes)
    }

    fn write_inner(&mut self, bytes: &[u8]) -> Result<(), ParseError> {
        self.bytes = self.bytes.saturating_add(bytes.len());
        if self.bytes > MAX_INPUT_BYTES {
            return Err(ParseError::limit(
                Limit::InputBytes,
                Pos { line: 0, column: 0 },
            ));
        }
        match &mut self.decoder {
            Some(d) => {
                let text = d.decode(bytes, false);
                self.parser.write(&text)
            }
            None => {
                self.head.extend_from_slice(bytes);
                if !self.gather && self.head.contains(&b'>') {
                    // Settled now, or only the full head can tell.
                    self.gather = !settled(&self.head, self.http_charset.as_deref());
                    if !self.gather {
                        return self.start();
                    }
                }
                if self.head.len() >= SNIFF_BYTES {
                    self.start()
                } else {
                    Ok(())
                }
            }
        }
    }

    /// End of input (or enough releases): the feed.
    pub fn finish(mut self) -> Result<Feed, ParseError> {
        if let Some(e) = self.failed.take() {
            return Err(e);
        }
        if self.decoder.is_none() {
            self.start()?;
        }
        if let Some(d) = &mut self.decoder {
            let text = d.decode(&[], true);
            self.parser.push(&text)?;
        }
        self.parser.finish()
    }
}

/// Parses a whole feed from its bytes: [`ByteParser`] in one go.
pub fn parse_bytes(
    bytes: &[u8],
    http_charset: Option<&str>,
    base_url: Option<&str>,
    make_decoder: impl FnOnce(&'static str) -> Box<dyn Decode> + 'static,
) -> Result<Feed, ParseError> {
    let mut p = ByteParser::new(http_charset, base_url, Box::new(make_decoder));
    p.push(bytes)?;
    p.finish()
}

/// WHATWG encodings (lower-case names) and their labels: one row per
/// encoding, `name: label label …` (one string, as [`Words`] are held).
const ENCODINGS: &str = "\
utf-8: unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8
windows-1252: ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252
big5: big5 big5-hkscs cn-big5 csbig5 x-x-big5
euc-jp: cseucpkdfmtjapanese euc-jp x-euc-jp
euc-kr: cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 ksc_5601 windows-949
gb18030: gb18030
gbk: chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk
ibm866: 866 cp866 csibm866 ibm866
iso-2022-jp: csiso2022jp iso-2022-jp
iso-8859-10: csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6
iso-8859-13: iso-8859-13 iso8859-13 iso885913
iso-8859-14: iso-8859-14 iso8859-14 iso885914
iso-8859-15: csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9
iso-8859-16: iso-8859-16
iso-8859-2: csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2
iso-8859-3: csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3 latin3
iso-8859-4: csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 l4 latin4
iso-8859-5: csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5 iso_8859-5:1988
iso-8859-6: arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 iso-8859-6-e iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987
iso-8859-7: csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7 iso88597 iso_8859-7 iso_8859-7:1987 sun_eu_greek
iso-8859-8: csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8 iso88598 iso_8859-8 iso_8859-8:1988 visual
iso-8859-8-i: csiso88598i iso-8859-8-i logical
koi8-r: cskoi8r koi koi8 koi8-r koi8_r
koi8-u: koi8-ru koi8-u
macintosh: csmacintosh mac macintosh x-mac-roman
replacement: csiso2022kr hz-gb-2312 iso-2022-cn iso-2022-cn-ext iso-2022-kr replacement
shift_jis: csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis
utf-16be: unicodefffe utf-16be
utf-16le: csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le
windows-1250: cp1250 windows-1250 x-cp1250
windows-1251: cp1251 windows-1251 x-cp1251
windows-1253: cp1253 windows-1253 x-cp1253
windows-1254: cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 iso_8859-9:1989 l5 latin5 windows-1254 x-cp1254
windows-1255: cp1255 windows-1255 x-cp1255
windows-1256: cp1256 windows-1256 x-cp1256
windows-1257: cp1257 windows-1257 x-cp1257
windows-1258: cp1258 windows-1258 x-cp1258
windows-874: dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874
x-mac-cyrillic: x-mac-cyrillic x-mac-ukrainian
x-user-defined: x-user-defined
";

/// The rows of [`ENCODINGS`]: each name with its labels, space separated.
fn encodings() -> impl Iterator<Item = (&'static str, &'static str)> {
    ENCODINGS.lines().filter_map(|row| row.split_once(": "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charset_from_a_content_type() {
        assert_eq!(
            charset_of("text/xml; Charset=\"windows-1251\"").as_deref(),
            Some("windows-1251")
        );
        assert_eq!(
            charset_of("application/rss+xml;q=1; charset=UTF-8").as_deref(),
            Some("UTF-8")
        );
        assert_eq!(charset_of("text/xml"), None);
        assert_eq!(charset_of("charset=utf-8"), None);
    }

    #[test]
    fn table_holds_every_label_once() {
        let mut all: Vec<&str> = encodings().flat_map(|(_, l)| l.split(' ')).collect();
        assert_eq!(all.len(), 228);
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), 228);
        assert_eq!(encodings().count(), 40);
        assert_eq!(ENCODINGS.lines().count(), 40);
    }

    #[test]
    fn labels() {
        assert_eq!(encoding_for_label(" ISO-8859-1 "), Some("windows-1252"));
        assert_eq!(encoding_for_label("latin1"), Some("windows-1252"));
        assert_eq!(encoding_for_label("US-ASCII"), Some("windows-1252"));
        assert_eq!(encoding_for_label("Shift_JIS"), Some("shift_jis"));
        assert_eq!(encoding_for_label("sjis"), Some("shift_jis"));
        assert_eq!(encoding_for_label("x-sjis"), Some("shift_jis"));
        assert_eq!(encoding_for_label("GB2312"), Some("gbk"));
        assert_eq!(encoding_for_label("utf8"), Some("utf-8"));
        assert_eq!(encoding_for_label("utf-16"), Some("utf-16le"));
        assert_eq!(encoding_for_label("iso-2022-kr"), Some("replacement"));
        assert_eq!(encoding_for_label("klingon"), None);
    }

    #[test]
    fn order_bom_http_declaration_default() {
        let decl = b"<?xml version='1.0' encoding='Shift_JIS'?><rss/>";
        let s = sniff(decl, None);
        assert_eq!((s.encoding, s.source), ("shift_jis", Source::Declaration));
        let s = sniff(decl, Some("windows-1251"));
        assert_eq!((s.encoding, s.source), ("windows-1251", Source::Http));
        let s = sniff(decl, Some("bogus"));
        assert_eq!(s.source, Source::Declaration);
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend_from_slice(decl);
        let s = sniff(&bom, Some("windows-1251"));
        assert_eq!((s.encoding, s.bom, s.source), ("utf-8", 3, Source::Bom));
        let s = sniff(b"\xFF\xFE<\0?\0", None);
        assert_eq!((s.encoding, s.bom), ("utf-16le", 2));
        let s = sniff(b"<\0?\0x\0m\0l\0", None);
        assert_eq!(
            (s.encoding, s.bom, s.source),
            ("utf-16le", 0, Source::Declaration)
        );
        let s = sniff(b"<rss/>", None);
        assert_eq!((s.encoding, s.source), ("utf-8", Source::Default));
        let s = sniff(b"<?xml version=\"1.0\" encoding=\"UTF-16\"?>", None);
        assert_eq!(s.encoding, "utf-8");
    }

    #[test]
    fn utf8_bytes_overrule_a_legacy_label() {
        let doc = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss>café</rss>";
        let s = sniff(doc.as_bytes(), None);
        assert_eq!((s.encoding, s.overridden), ("utf-8", true));
        let s = sniff(doc.as_bytes(), Some("latin1"));
        assert_eq!(
            (s.encoding, s.overridden, s.source),
            ("utf-8", true, Source::Http)
        );
        // Plain ASCII: nothing to tell, the label stands.
        let s = sniff(
            b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss/>",
            None,
        );
        assert_eq!((s.encoding, s.overridden), ("windows-1252", false));
        // Real Latin-1 bytes: not UTF-8.
        let s = sniff(
            b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss>caf\xE9</rss>",
            None,
        );
        assert_eq!((s.encoding, s.overridden), ("windows-1252", false));
        // A UTF-8 sequence cut off at the end of the head is still UTF-8.
        let s = sniff("<rss>é€".as_bytes().split_at(9).0, Some("windows-1252"));
        assert_eq!((s.encoding, s.overridden), ("utf-8", true));
    }
}
