//! The UI tree: what the shell turns into DOM, decided whole by the core.
//!
//! Elements, attributes and text, plus one leaf the core cannot always
//! finish: a [`Date`] in a language `i18n::long_date` does not cover,
//! which the browser formats in the card's language (`Intl`).
//! Tag and attribute names are `&'static str`: literals of this crate or
//! names from the sanitizer's allowlists, so a name nobody allowed cannot
//! be represented. Attribute values are final (URLs already checked);
//! attributes are set in the order given (an image's `src` comes last, so
//! no fetch starts before its policy attributes apply).

use std::borrow::Cow;

use crate::feed::DateTime;

/// Text or an attribute value: a literal or an owned string.
pub type Str = Cow<'static, str>;

/// A node of the UI tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    /// An element.
    Element(Element),
    /// Text, shown as written (never parsed as markup).
    Text(Str),
    /// A date the shell writes in words.
    Date(Date),
}

/// An element, its attributes in the order they are set, its children.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Element {
    /// Lower-case tag name.
    pub tag: &'static str,
    /// Attributes in order.
    pub attrs: Vec<(&'static str, Str)>,
    /// Child nodes in order.
    pub children: Vec<Node>,
}

/// A calendar day, written out by the shell as a long date in `lang`
/// (`Intl.DateTimeFormat`, `dateStyle: "long"`, in UTC) from `wall_seconds`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Date {
    /// Seconds since the epoch of the wall-clock time the feed wrote
    /// (the instant shifted by its UTC offset), so the day shown is the
    /// day the wire dated it, wherever the reader is.
    pub wall_seconds: i64,
    /// BCP 47 tag of the language to write it in.
    pub lang: String,
}

impl Element {
    /// An element with no attributes and no children.
    pub fn new(tag: &'static str) -> Self {
        Element {
            tag,
            attrs: Vec::new(),
            children: Vec::new(),
        }
    }

    /// With attribute `name` set to `value` (after those set before).
    pub fn attr(mut self, name: &'static str, value: impl Into<Str>) -> Self {
        self.attrs.push((name, value.into()));
        self
    }

    /// With a `class`.
    pub fn class(self, value: impl Into<Str>) -> Self {
        self.attr("class", value)
    }

    /// With `child` appended.
    pub fn child(mut self, child: impl Into<Node>) -> Self {
        self.children.push(child.into());
        self
    }

    /// With a text child.
    pub fn text(self, text: impl Into<Str>) -> Self {
        self.child(Node::Text(text.into()))
    }

    /// Appends `child`.
    pub fn push(&mut self, child: impl Into<Node>) {
        self.children.push(child.into());
    }

    /// The value of attribute `name`, if set.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_ref())
    }

    /// The tree as indented text, one node per line: what the snapshot
    /// tests compare.
    pub fn dump(&self) -> String {
        let mut out = String::new();
        dump_element(self, 0, &mut out);
        out
    }
}

impl From<Element> for Node {
    fn from(e: Element) -> Self {
        Node::Element(e)
    }
}

fn dump_element(e: &Element, depth: usize, out: &mut String) {
    indent(depth, out);
    out.push_str(e.tag);
    for (name, value) in &e.attrs {
        out.push(' ');
        out.push_str(name);
        out.push('=');
        quoted(value, out);
    }
    out.push('\n');
    for child in &e.children {
        match child {
            Node::Element(e) => dump_element(e, depth + 1, out),
            Node::Text(t) => {
                indent(depth + 1, out);
                quoted(t, out);
                out.push('\n');
            }
            Node::Date(d) => {
                indent(depth + 1, out);
                // The wall-clock time, in ISO form without an offset.
                let wall = DateTime {
                    unix_seconds: d.wall_seconds,
                    offset_minutes: 0,
                };
                let iso = wall.to_iso8601();
                out.push_str(&format!(
                    "date {} lang={}\n",
                    iso.trim_end_matches('Z'),
                    d.lang
                ));
            }
        }
    }
}

fn indent(depth: usize, out: &mut String) {
    out.extend(std::iter::repeat_n("  ", depth));
}

/// `value` in double quotes, with `"`, `\` and line breaks escaped.
fn quoted(value: &str, out: &mut String) {
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dump_is_indented_and_quoted() {
        let tree = Element::new("div")
            .class("a")
            .child(Element::new("p").text("say \"hi\"\nthere"))
            .child(Node::Date(Date {
                wall_seconds: 0,
                lang: "en".into(),
            }));
        assert_eq!(
            tree.dump(),
            "div class=\"a\"\n  p\n    \"say \\\"hi\\\"\\nthere\"\n  date 1970-01-01T00:00:00 lang=en\n"
        );
        assert_eq!(tree.get("class"), Some("a"));
    }
}
