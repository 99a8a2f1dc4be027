//! Release anatomy: a syndicated release body split into its parts.
//!
//! A wire does not send "an item with HTML": it sends a dateline, a lede,
//! body paragraphs, a sector line, a third-party disclaimer and its own
//! boilerplate, plus whatever junk its converters leave. [`dissect`] takes
//! the top-level blocks of a body — the sanitizer's output for HTML,
//! [`crate::safe::paragraphs_from_text`] for plain text, so both take
//! one path — and returns an [`Anatomy`]. Each part has its own file:
//!
//! | part | file | found by |
//! |---|---|---|
//! | junk | [`junk`] | white-space runs, fences, backticks, pixels, empty blocks |
//! | dateline | [`dateline`] | `(Wire) –`, `PLACE, Date /Wire/ --`, `PLACE--(Wire)--` at the start of the first paragraph |
//! | sectors | [`sectors`] | a line "cue: a, b" with a cue of any language |
//! | disclaimer | [`disclaimer`] | a line matching any language's disclaimer template, tolerantly |
//! | boilerplate | [`boilerplate`] | an "about" heading, or a block opening with the distributor's name after the disclaimer / at the end |
//!
//! Disclaimer and sector lines are found wherever they are, also as single
//! lines of a paragraph (split at `br`), and removed; every copy of the
//! disclaimer goes. Leading blocks that repeat the title go. Nothing here
//! panics on any input.

pub mod boilerplate;
pub mod dateline;
pub mod disclaimer;
pub mod junk;
pub mod sectors;

pub use dateline::Dateline;
pub use disclaimer::FoundDisclaimer;

use crate::safe::{SafeElement, SafeNode};
use crate::text;
use crate::unicode;

/// A release body split into its parts. Every part is optional; nothing of
/// the body is lost except junk, title repeats, the dateline prefix, the
/// disclaimer and the sector line (which are returned as data).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Anatomy {
    /// The dateline that opened the first paragraph.
    pub dateline: Option<Dateline>,
    /// The lede: the inline content of the first real paragraph, dateline
    /// cut off, inline markup kept. Never `Some` of an empty list.
    pub lede: Option<Vec<SafeNode>>,
    /// The remaining blocks in order, lede not repeated, boilerplate,
    /// disclaimer and sector lines removed. A layout that shows the whole
    /// release renders `lede` then `body`.
    pub body: Vec<SafeNode>,
    /// Sectors from the sector line(s), in order, de-duplicated
    /// case-insensitively (first spelling kept).
    pub sectors: Vec<String>,
    /// The disclaimer the body carried, if any (every copy was removed).
    pub disclaimer: Option<FoundDisclaimer>,
    /// How many copies of the disclaimer were removed.
    pub disclaimer_copies: usize,
    /// The distributor's "about" blocks, in order.
    pub boilerplate: Vec<SafeNode>,
}

impl Anatomy {
    /// The lede as plain text, white space collapsed.
    pub fn lede_text(&self) -> Option<String> {
        let nodes = self.lede.as_deref()?;
        let t = text::collapse_spaces(&text::text_content(nodes).replace('\n', " "));
        let t = t.trim_matches(text::is_space);
        (!t.is_empty()).then(|| t.to_string())
    }
}

/// Splits `blocks` (a body's top-level blocks) into its parts; `title` is
/// the release's title, whose repeats at the top are dropped.
pub fn dissect(blocks: Vec<SafeNode>, title: Option<&str>) -> Anatomy {
    dissect_with(blocks, title, &[])
}

/// [`dissect`], also knowing `names` the distributor may go by (the
/// `provider` option, the feed's publisher, the release's source): a block
/// opening with one of them after the disclaimer or at the end starts the
/// boilerplate.
pub fn dissect_with(blocks: Vec<SafeNode>, title: Option<&str>, names: &[&str]) -> Anatomy {
    let mut anatomy = Anatomy::default();
    let blocks = junk::clean(blocks);

    // Disclaimer and sector lines, wherever they are. Blocks after the
    // first of them are marked: the boilerplate follows them.
    let mut kept: Vec<Slot> = Vec::with_capacity(blocks.len());
    let mut seen_line = false;
    let matcher = disclaimer::Matcher::shared();
    for block in blocks {
        let before = (anatomy.disclaimer_copies, anatomy.sectors.len());
        let block = take_lines(block, matcher, &mut anatomy);
        let found = (anatomy.disclaimer_copies, anatomy.sectors.len()) != before;
        if let Some(node) = block {
            kept.push(Slot {
                node,
                after_line: seen_line,
            });
        }
        seen_line |= found;
    }

    // Title repeats at the top: whole blocks, or a paragraph's first line.
    if let Some(title) = title.map(text::fold_chars).filter(|t| !t.is_empty()) {
        let mut i = 0;
        while i < kept.len().min(2) {
            if text::fold_chars(&kept[i].node.text_content()) == title {
                kept.remove(i);
                continue;
            }
            if let SafeNode::Element(e) = &mut kept[i].node {
                let lines = text::lines(&e.children);
                if lines.len() > 1
                    && text::fold_chars(&text::text_content(&e.children[lines[0].clone()])) == title
                {
                    e.children.drain(..lines[1].start);
                }
            }
            i += 1;
        }
    }

    let lede_at = find_lede(&mut kept, &mut anatomy);

    // Boilerplate: the earliest of an about heading after the lede, a block
    // opening with a distributor name after the disclaimer/sector line, and
    // the trailing run of blocks opening with such a name.
    let mut names: Vec<Vec<char>> = names
        .iter()
        .filter_map(|n| boilerplate::folded_name(n))
        .collect();
    if let Some(d) = &anatomy.dateline {
        names.extend(boilerplate::folded_name(&d.wire));
    }
    if let Some(p) = anatomy
        .disclaimer
        .as_ref()
        .and_then(|d| d.provider.as_deref())
    {
        names.extend(boilerplate::folded_name(p));
    }
    let first = lede_at.map_or(0, |i| i + 1);
    let texts: Vec<String> = kept.iter().map(|s| s.node.text_content()).collect();
    let about = (first..kept.len()).find(|&i| boilerplate::is_about(&texts[i]));
    let named = |i: usize| boilerplate::opens_with_name(&texts[i], &names);
    let after_line = (first..kept.len()).find(|&i| kept[i].after_line && named(i));
    let mut trailing = kept.len();
    while trailing > first && named(trailing - 1) {
        trailing -= 1;
    }
    let start = [about, after_line, Some(trailing)]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(kept.len());

    anatomy.boilerplate = kept.split_off(start).into_iter().map(|s| s.node).collect();
    if let Some(i) = lede_at {
        if let SafeNode::Element(e) = kept.remove(i).node {
            anatomy.lede = Some(e.children);
        }
    }
    anatomy.body = kept.into_iter().map(|s| s.node).collect();
    anatomy
}

/// A kept block, and whether a disclaimer or sector line came before it.
struct Slot {
    node: SafeNode,
    after_line: bool,
}

/// Elements whose lines may be a disclaimer or a sector line.
const LINE_BLOCKS: &[&str] = &["p", "h1", "h2", "h3", "h4", "h5", "h6", "small"];

/// `block` with its disclaimer and sector lines taken out into `anatomy`;
/// `None` when nothing else is left of it.
fn take_lines(
    block: SafeNode,
    matcher: &disclaimer::Matcher,
    anatomy: &mut Anatomy,
) -> Option<SafeNode> {
    let SafeNode::Element(mut e) = block else {
        return Some(block);
    };
    if !LINE_BLOCKS.contains(&e.name) {
        return Some(SafeNode::Element(e));
    }
    let mut keep: Vec<SafeNode> = Vec::with_capacity(e.children.len());
    let mut changed = false;
    for range in text::lines(&e.children) {
        let line = &e.children[range.clone()];
        let t = text::text_content(line);
        if let Some(found) = matcher.parse(&t) {
            anatomy.disclaimer_copies += 1;
            anatomy.disclaimer.get_or_insert(found);
            changed = true;
        } else if let Some(list) = sectors::parse(&t) {
            for s in list {
                if !anatomy
                    .sectors
                    .iter()
                    .any(|x| unicode::eq_ignore_case(x, &s))
                {
                    anatomy.sectors.push(s);
                }
            }
            changed = true;
        } else {
            if !keep.is_empty() {
                keep.push(SafeNode::element("br", Vec::new()));
            }
            keep.extend_from_slice(line);
        }
    }
    if !changed {
        return Some(SafeNode::Element(e));
    }
    text::trim_start(&mut keep);
    text::trim_end(&mut keep);
    if !text::has_alnum(&text::text_content(&keep)) && !text::has_media(&keep) {
        return None;
    }
    e.children = keep;
    Some(SafeNode::Element(e))
}

/// How many leading blocks may come before the dateline paragraph (a
/// headline and a subheadline the body repeats).
const DATELINE_SEARCH: usize = 3;
/// A block at least this long is the lede itself: the dateline search
/// stops there.
const HEADLINE_MAX: usize = 200;

/// Finds the lede among `kept`, cuts its dateline off into `anatomy`, and
/// returns its index. A paragraph that held only the dateline is removed
/// and the next paragraph is the lede.
fn find_lede(kept: &mut Vec<Slot>, anatomy: &mut Anatomy) -> Option<usize> {
    let is_p = |s: &Slot| matches!(&s.node, SafeNode::Element(SafeElement { name: "p", .. }));
    let mut found = None;
    for (i, slot) in kept.iter().enumerate().take(DATELINE_SEARCH) {
        let t = slot.node.text_content();
        if is_p(slot) {
            if let Some((d, len)) = dateline::parse(&t) {
                found = Some((i, d, len));
                break;
            }
        }
        if t.chars().count() >= HEADLINE_MAX {
            break;
        }
    }
    let mut lede_at = kept
        .iter()
        .position(|s| is_p(s) && text::has_alnum(&s.node.text_content()));
    if let Some((i, d, len)) = found {
        anatomy.dateline = Some(d);
        lede_at = Some(i);
        if let SafeNode::Element(e) = &mut kept[i].node {
            text::cut_front(&mut e.children, len);
            text::trim_start(&mut e.children);
            if !text::has_alnum(&text::text_content(&e.children)) && !text::has_media(&e.children) {
                kept.remove(i);
                lede_at = (i..kept.len()).find(|&j| is_p(&kept[j]));
            }
        }
    }
    lede_at
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::safe::paragraphs_from_text;

    fn texts(nodes: &[SafeNode]) -> Vec<String> {
        nodes.iter().map(SafeNode::text_content).collect()
    }

    const RELEASE: &str = "Acme Opens a Plant\n\n\
        NEW YORK, June 5, 2025 /PRNewswire/ -- Acme opened a plant today.\n\n\
        “It is a good day,” said the CEO.\n\n\
        This article is provided by a third-party content provider. PRNewswire makes no warranties or representations in connection with it.\n\n\
        Sectors: Industry, Energy\n\n\
        PR Newswire is a leading global provider of news distribution.\n\n\
        “`";

    #[test]
    fn every_part_of_a_small_release() {
        let a = dissect(paragraphs_from_text(RELEASE), Some("Acme Opens a Plant"));
        let d = a.dateline.clone().unwrap();
        assert_eq!(
            (d.wire.as_str(), d.place.as_deref()),
            ("PRNewswire", Some("NEW YORK"))
        );
        assert_eq!(a.lede_text().as_deref(), Some("Acme opened a plant today."));
        assert_eq!(texts(&a.body), ["“It is a good day,” said the CEO."]);
        assert_eq!(a.sectors, ["Industry", "Energy"]);
        assert_eq!(
            a.disclaimer.as_ref().unwrap().provider.as_deref(),
            Some("PRNewswire")
        );
        assert_eq!(a.disclaimer_copies, 1);
        assert_eq!(
            texts(&a.boilerplate),
            ["PR Newswire is a leading global provider of news distribution."]
        );
    }

    #[test]
    fn without_the_title_the_headline_stays_in_the_body() {
        let a = dissect(paragraphs_from_text(RELEASE), None);
        assert_eq!(a.dateline.as_ref().unwrap().wire, "PRNewswire");
        assert_eq!(a.lede_text().as_deref(), Some("Acme opened a plant today."));
        assert_eq!(texts(&a.body)[0], "Acme Opens a Plant");
    }

    #[test]
    fn title_as_the_first_line_of_the_dateline_paragraph() {
        let text = "Acme Opens a Plant\n(SeaPRwire) – Acme opened a plant.\n\nMore.";
        let a = dissect(paragraphs_from_text(text), Some("Acme opens a plant"));
        assert_eq!(a.dateline.as_ref().unwrap().wire, "SeaPRwire");
        assert_eq!(a.lede_text().as_deref(), Some("Acme opened a plant."));
        assert_eq!(texts(&a.body), ["More."]);
    }

    #[test]
    fn dateline_alone_in_its_paragraph() {
        let a = dissect(
            paragraphs_from_text("(SeaPRwire) –\n\nThe lede.\n\nMore."),
            None,
        );
        assert_eq!(a.dateline.as_ref().unwrap().wire, "SeaPRwire");
        assert_eq!(a.lede_text().as_deref(), Some("The lede."));
        assert_eq!(texts(&a.body), ["More."]);
    }

    #[test]
    fn disclaimer_and_sector_as_lines_of_one_paragraph_and_twice() {
        let text = "Lede here.\n\nBody.\nSektor: A, B\nArtikel ini disediakan oleh penyedia konten pihak ketiga. X Wire tidak memberikan jaminan atau pernyataan sehubungan dengan hal tersebut.\n\nArtikel ini disediakan oleh penyedia konten pihak ketiga. X Wire tidak memberikan jaminan atau pernyataan sehubungan dengan hal tersebut.";
        let a = dissect(paragraphs_from_text(text), None);
        assert_eq!(a.dateline, None);
        assert_eq!(texts(&a.body), ["Body."]);
        assert_eq!(a.sectors, ["A", "B"]);
        assert_eq!(a.disclaimer_copies, 2);
        assert_eq!(a.disclaimer.unwrap().lang, "id");
    }

    #[test]
    fn about_heading_starts_the_boilerplate() {
        let text = "Lede.\n\nBody.\n\nAbout Acme\n\nAcme makes things.\n\nMedia contact: press@acme.example";
        let a = dissect(paragraphs_from_text(text), None);
        assert_eq!(texts(&a.body), ["Body."]);
        assert_eq!(
            texts(&a.boilerplate),
            [
                "About Acme",
                "Acme makes things.",
                "Media contact: press@acme.example"
            ]
        );
    }

    #[test]
    fn known_names_mark_a_trailing_boilerplate() {
        let text = "Lede.\n\nBody.\n\nWireCo distributes news to 90 countries.";
        let a = dissect_with(paragraphs_from_text(text), None, &["WireCo"]);
        assert_eq!(
            texts(&a.boilerplate),
            ["WireCo distributes news to 90 countries."]
        );
        let a = dissect(paragraphs_from_text(text), None);
        assert!(a.boilerplate.is_empty());
    }

    #[test]
    fn empty_and_junk_only_bodies() {
        assert_eq!(dissect(Vec::new(), Some("T")), Anatomy::default());
        let a = dissect(paragraphs_from_text("“`\n\n```\n\n\u{a0}"), None);
        assert_eq!(a, Anatomy::default());
        let a = dissect(paragraphs_from_text("T"), Some("T"));
        assert_eq!(a, Anatomy::default());
    }
}
