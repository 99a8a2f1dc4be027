//! A parsed HTML tree handed over as one flat string of records, so that
//! the browser shell reads a whole DOMParser document in one wasm↔JS
//! crossing (js/flatten.js writes it) instead of one per node property.
//! [`Flat::read`] indexes it once; [`FlatNode`] walks the index as a
//! [`SourceNode`].
//!
//! The records, back to back (`<s>` is a string: its length in UTF-16 code
//! units, in decimal, then `:`, then the string):
//!
//! | record | is |
//! |---|---|
//! | `H<name>` / `F<name>` | an element starts, in the HTML / another namespace |
//! | `A<name><value>` | an attribute of the element just started |
//! | `T<data>` | a text node |
//! | `O` | any other node (comment, processing instruction) |
//! | `/` | the element ends |
//!
//! Every string carries its length, so no text, name or value can be read
//! as a record. Input that does not follow the format (it never comes
//! from anything but the walker) ends the tree where it stops making sense;
//! nothing here panics.

use super::walk::{SourceKind, SourceNode};

/// The index of a flat tree: nodes in document order, each knowing where
/// its subtree ends.
#[derive(Debug, Default)]
pub struct Flat<'a> {
    nodes: Vec<Entry<'a>>,
    attrs: Vec<(&'a str, &'a str)>,
}

#[derive(Debug)]
struct Entry<'a> {
    kind: Kind<'a>,
    /// This node's attributes: `attrs[attrs.0..attrs.1]`.
    attrs: (usize, usize),
    /// The index just past this node's last descendant.
    end: usize,
}

#[derive(Debug)]
enum Kind<'a> {
    Element { name: &'a str, html: bool },
    Text(&'a str),
    Other,
}

/// A cursor over `s`.
struct Reader<'a> {
    s: &'a str,
    at: usize,
}

impl<'a> Reader<'a> {
    fn tag(&mut self) -> Option<u8> {
        let b = *self.s.as_bytes().get(self.at)?;
        self.at += 1;
        Some(b)
    }

    /// A length-prefixed string.
    fn string(&mut self) -> Option<&'a str> {
        let b = self.s.as_bytes();
        let digits = b[self.at..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        let mut units: usize = self.s[self.at..self.at + digits].parse().ok()?;
        self.at += digits;
        if b.get(self.at) != Some(&b':') {
            return None;
        }
        self.at += 1;
        let start = self.at;
        // UTF-16 code units to UTF-8 bytes: ASCII byte for unit at once
        // where it can be; else a 4-byte sequence is two units, any other
        // character one.
        let mut i = start;
        if b.get(start..start.saturating_add(units))
            .is_some_and(<[u8]>::is_ascii)
        {
            i += units;
            units = 0;
        }
        while units > 0 {
            let len = match *b.get(i)? {
                0x00..=0x7f => 1,
                0xc0..=0xdf => 2,
                0xe0..=0xef => 3,
                _ => 4,
            };
            units = units.checked_sub(if len == 4 { 2 } else { 1 })?;
            i += len;
        }
        let s = self.s.get(start..i)?;
        self.at = i;
        Some(s)
    }
}

impl<'a> Flat<'a> {
    /// Indexes `records` (see the module docs).
    pub fn read(records: &'a str) -> Flat<'a> {
        let mut flat = Flat::default();
        let mut r = Reader { s: records, at: 0 };
        // Open elements, by index.
        let mut open: Vec<usize> = Vec::new();
        while let Some(tag) = r.tag() {
            let kind = match tag {
                b'H' | b'F' => match r.string() {
                    Some(name) => Kind::Element {
                        name,
                        html: tag == b'H',
                    },
                    None => break,
                },
                b'A' => {
                    let (Some(name), Some(value)) = (r.string(), r.string()) else {
                        break;
                    };
                    // Attributes follow their element's start at once.
                    let Some(&el) = open.last().filter(|&&el| el + 1 == flat.nodes.len()) else {
                        break;
                    };
                    flat.attrs.push((name, value));
                    flat.nodes[el].attrs.1 = flat.attrs.len();
                    continue;
                }
                b'T' => match r.string() {
                    Some(data) => Kind::Text(data),
                    None => break,
                },
                b'O' => Kind::Other,
                b'/' => match open.pop() {
                    Some(el) => {
                        flat.nodes[el].end = flat.nodes.len();
                        continue;
                    }
                    None => break,
                },
                _ => break,
            };
            let index = flat.nodes.len();
            let element = matches!(kind, Kind::Element { .. });
            flat.nodes.push(Entry {
                kind,
                attrs: (flat.attrs.len(), flat.attrs.len()),
                end: index + 1,
            });
            if element {
                open.push(index);
            }
        }
        // Elements left open (input cut short) end with the input.
        let len = flat.nodes.len();
        for el in open {
            flat.nodes[el].end = len;
        }
        flat
    }

    /// The root: a node whose children are the tree's top-level nodes.
    pub fn root(&self) -> FlatNode<'_, 'a> {
        FlatNode {
            flat: self,
            at: None,
        }
    }

    /// How many nodes the tree holds.
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    /// Whether the tree is empty.
    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }
}

/// A node of a [`Flat`] tree (or its root).
#[derive(Clone, Copy)]
pub struct FlatNode<'f, 'a> {
    flat: &'f Flat<'a>,
    /// The node's index; `None` for the root.
    at: Option<usize>,
}

impl SourceNode for FlatNode<'_, '_> {
    fn kind(&self) -> SourceKind {
        let Some(at) = self.at else {
            return SourceKind::Other;
        };
        match self.flat.nodes[at].kind {
            Kind::Element { name, html } => SourceKind::Element {
                name: name.to_ascii_lowercase(),
                html,
            },
            Kind::Text(data) => SourceKind::Text(data.to_string()),
            Kind::Other => SourceKind::Other,
        }
    }

    fn attribute(&self, name: &str) -> Option<String> {
        let (from, to) = self.flat.nodes[self.at?].attrs;
        self.flat.attrs[from..to]
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.to_string())
    }

    fn children(&self) -> Vec<Self> {
        let (mut i, end) = match self.at {
            Some(at) => (at + 1, self.flat.nodes[at].end),
            None => (0, self.flat.nodes.len()),
        };
        let mut out = Vec::new();
        while i < end {
            out.push(FlatNode {
                flat: self.flat,
                at: Some(i),
            });
            i = self.flat.nodes[i].end.max(i + 1);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A length-prefixed string, counted in UTF-16 code units as JS does.
    fn s(text: &str) -> String {
        format!("{}:{text}", text.encode_utf16().count())
    }

    fn show(node: FlatNode<'_, '_>, out: &mut String) {
        for child in node.children() {
            match child.kind() {
                SourceKind::Element { name, html } => {
                    out.push_str(&format!("<{}{name}", if html { "" } else { "svg:" }));
                    if let Some(v) = child.attribute("href") {
                        out.push_str(&format!(" href={v:?}"));
                    }
                    out.push('>');
                    show(child, out);
                    out.push_str("</>");
                }
                SourceKind::Text(t) => out.push_str(&format!("{t:?}")),
                SourceKind::Other => out.push('!'),
            }
        }
    }

    fn shown(records: &str) -> String {
        let flat = Flat::read(records);
        let mut out = String::new();
        show(flat.root(), &mut out);
        out
    }

    #[test]
    fn records_become_a_tree() {
        let records = format!(
            "H{}A{}{}T{}H{}T{}/O/F{}T{}/T{}",
            s("p"),
            s("href"),
            s("https://x.example/"),
            s("one "),
            s("b"),
            s("two"),
            s("svg"),
            s("t"),
            s("end")
        );
        assert_eq!(
            shown(&records),
            r#"<p href="https://x.example/">"one "<b>"two"</>!</><svg:svg>"t"</>"end""#
        );
    }

    #[test]
    fn lengths_count_utf16_units_so_text_can_never_be_a_record() {
        // Text holding what looks like records, astral characters (two
        // units), a replaced lone surrogate (one) and every byte length.
        let tricky = "T3:abc/H1:p/\u{1F600}é€\u{FFFD}𝒜";
        let records = format!("H{}T{}/T{}", s("p"), s(tricky), s("after"));
        assert_eq!(shown(&records), format!("<p>{tricky:?}</>{:?}", "after"));
        let flat = Flat::read(&records);
        assert_eq!(flat.len(), 3);
    }

    #[test]
    fn attributes_belong_to_their_element_and_names_are_exact() {
        let records = format!(
            "H{}A{}{}A{}{}/",
            s("A"),
            s("xlink:href"),
            s("javascript:x"),
            s("title"),
            s("t")
        );
        let flat = Flat::read(&records);
        let a = flat.root().children()[0];
        assert_eq!(
            a.kind(),
            SourceKind::Element {
                name: "a".into(),
                html: true
            }
        );
        assert_eq!(a.attribute("href"), None);
        assert_eq!(a.attribute("title").as_deref(), Some("t"));
        assert_eq!(flat.root().attribute("title"), None);
    }

    #[test]
    fn broken_input_ends_the_tree_without_panicking() {
        assert_eq!(
            shown(&format!("H{}T{}", s("p"), s("open"))),
            r#"<p>"open"</>"#
        );
        for bad in [
            "",
            "X",
            "H",
            "H9:p",
            "H1:",
            "H2:é",
            "T1:\u{1F600}",
            "A1:a1:b",
            "T1:aA1:a1:b",
            "/",
            "H1:p//",
            "T99999999999999999999999:x",
            "H-1:p",
        ] {
            let _ = shown(bad);
        }
        assert_eq!(shown("T1:aA1:a1:bT1:c"), r#""a""#);
    }
}
