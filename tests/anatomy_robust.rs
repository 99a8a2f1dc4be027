//! Anatomy and the view never panic, whatever a feed sends: thousands of
//! pseudo-random bodies (a fixed seed, so every run is the same) built from
//! the pieces that trip text code — multi-byte and combining characters,
//! right-to-left text, brackets, slashes, dashes, no-break and zero-width
//! spaces, backticks, entities, nested inline elements and `br` — go
//! through every entry point, and a few invariants are checked on the way.
#![cfg(not(target_arch = "wasm32"))]

use syndicard::anatomy::{self, boilerplate, dateline, disclaimer, sectors};
use syndicard::feed::{Feed, Release, Text};
use syndicard::i18n;
use syndicard::options::Options;
use syndicard::safe::{paragraphs_from_text, SafeNode};
use syndicard::text;
use syndicard::view;

const PIECES: &[&str] = &[
    "(",
    ")",
    "（",
    "）",
    "/",
    "//",
    " /PRNewswire/ ",
    "(SeaPRwire)",
    " – ",
    "--",
    "—",
    ":",
    "：",
    ",",
    "،",
    "、",
    " ",
    "\u{a0}",
    "\u{3000}",
    "\u{200b}",
    "\u{feff}",
    "`",
    "```",
    "“`",
    "“",
    "”",
    "«",
    "»",
    "é",
    "e\u{301}",
    "ё",
    "ß",
    "İ",
    "ﬁ",
    "東京",
    "2025年6月5日",
    "서울",
    "دبي",
    "ـ",
    "أ",
    "ไทย",
    "\u{e48}",
    "🚀",
    "Sektor",
    "Sectors",
    "Secteur",
    "セクター",
    "About ",
    "关于",
    "SeaPRwire",
    "https://www.seaprwire.com/",
    "Artikel ini disediakan oleh penyedia konten pihak ketiga.",
    " tidak memberikan jaminan atau pernyataan sehubungan dengan hal tersebut.",
    "This article is provided by a third-party content provider.",
    " makes no warranties",
    "NEW YORK, June 5, 2025",
    "5",
    "&amp;",
    "&#x",
    "&",
    "<",
    "<b>",
    "</p>",
    "\n",
    "\n\n",
    "x",
    "Lorem",
    ".",
    "!",
    "?",
];

/// xorshift64*: small, deterministic, good enough to shuffle pieces.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn text(&mut self, max_pieces: usize) -> String {
        (0..self.below(max_pieces + 1))
            .map(|_| PIECES[self.below(PIECES.len())])
            .collect()
    }

    fn inline(&mut self, depth: usize) -> Vec<SafeNode> {
        (0..self.below(5))
            .map(|_| match self.below(if depth > 3 { 2 } else { 6 }) {
                0 | 1 => SafeNode::text(self.text(6)),
                2 => SafeNode::element("br", Vec::new()),
                3 => SafeNode::element("b", self.inline(depth + 1)),
                4 => SafeNode::element("a", self.inline(depth + 1)),
                _ => SafeNode::element("em", self.inline(depth + 1)),
            })
            .collect()
    }

    fn blocks(&mut self) -> Vec<SafeNode> {
        (0..self.below(10))
            .map(|_| match self.below(7) {
                0 => SafeNode::text(self.text(4)),
                1 => SafeNode::element("pre", vec![SafeNode::text(self.text(4))]),
                2 => SafeNode::element("h3", self.inline(0)),
                3 => SafeNode::element("ul", vec![SafeNode::element("li", self.inline(0))]),
                _ => SafeNode::element("p", self.inline(0)),
            })
            .collect()
    }
}

#[test]
fn line_parsers_take_any_text() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let matcher = disclaimer::Matcher::new();
    for _ in 0..4000 {
        let s = rng.text(12);
        if let Some((d, end)) = dateline::parse(&s) {
            assert!(s.is_char_boundary(end) && end <= s.len());
            assert!(!d.wire.is_empty());
        }
        if let Some(list) = sectors::parse(&s) {
            assert!(list.iter().all(|x| !x.is_empty()));
        }
        let found = matcher.parse(&s);
        if let Some(p) = found.and_then(|f| f.provider) {
            assert!(!p.is_empty());
        }
        let _ = boilerplate::is_about(&s);
        let _ = text::collapse_spaces(&s);
        let _ = text::fold(&s);
        let _ = i18n::detect_script(&s);
        let _ = i18n::canonical_tag(&s);
        let _ = i18n::locale(&s);
        let _ = i18n::is_rtl(&s);
    }
}

#[test]
fn dissect_takes_any_tree() {
    let mut rng = Rng(0xD1B5_4A32_D192_ED03);
    for _ in 0..1500 {
        let blocks = rng.blocks();
        let title = rng.text(3);
        let a = anatomy::dissect(blocks, Some(&title));
        if let Some(lede) = &a.lede {
            assert!(!lede.is_empty());
        }
        let outside_pre: String = a
            .lede
            .iter()
            .flatten()
            .chain(&a.body)
            .chain(&a.boilerplate)
            .filter(|n| !matches!(n, SafeNode::Element(e) if e.name == "pre"))
            .map(SafeNode::text_content)
            .collect();
        assert!(!outside_pre.contains('\u{a0}') && !outside_pre.contains('\u{3000}'));
        assert!(!outside_pre.contains('`'), "{outside_pre:?}");
    }
}

#[test]
fn view_takes_any_release() {
    let mut rng = Rng(0x94D0_49BB_1331_11EB);
    for i in 0..600 {
        let text = rng.text(20);
        let release = Release {
            title: Some(rng.text(3)),
            summary: Some(if i % 2 == 0 {
                Text::html(rng.text(10))
            } else {
                Text::plain(rng.text(10))
            }),
            language: (i % 3 == 0).then(|| rng.text(1)),
            categories: vec![rng.text(2), rng.text(2)],
            source: (i % 4 == 0).then(|| rng.text(2)),
            ..Release::default()
        };
        let feed = Feed {
            language: (i % 5 == 0).then(|| rng.text(1)),
            title: Some(rng.text(2)),
            ..Feed::default()
        };
        let body = if i % 2 == 0 {
            paragraphs_from_text(&text)
        } else {
            rng.blocks()
        };
        let card = view::card_view(&release, &feed, body, &Options::default(), Some("en"));
        assert!(i18n::canonical_tag(&card.lang).is_some(), "{}", card.lang);
        assert!(!card.provider.is_empty());
        assert!(card.disclaimer.contains(&card.provider));
        assert_eq!(card.rtl, i18n::is_rtl(&card.lang));
    }
}
