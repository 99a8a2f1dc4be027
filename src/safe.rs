//! The safe document tree.
//!
//! The sanitizer builds it from hostile HTML (parsed by the browser), plain
//! text becomes it through [`paragraphs_from_text`], anatomy splits it into
//! the parts of a release, and render turns it into DOM with
//! `createElement` / `createTextNode`. Element and attribute names are
//! `&'static str` taken from the sanitizer's allowlists, so a name that is
//! not allowed cannot be represented at all.

/// A node of the safe tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SafeNode {
    /// Text, as it is to be shown (never re-parsed as markup).
    Text(String),
    /// An allowlisted element.
    Element(SafeElement),
}

/// An allowlisted element with allowlisted, already-checked attributes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SafeElement {
    /// Lower-case tag name, from the allowlist.
    pub name: &'static str,
    /// Attributes, from the allowlist, values already checked (URLs
    /// absolute and of an allowed scheme).
    pub attrs: Vec<(&'static str, String)>,
    /// Child nodes in order.
    pub children: Vec<SafeNode>,
}

impl SafeElement {
    /// An element with no attributes.
    pub fn new(name: &'static str, children: Vec<SafeNode>) -> Self {
        SafeElement {
            name,
            attrs: Vec::new(),
            children,
        }
    }

    /// The value of attribute `name`, if present.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }
}

impl SafeNode {
    /// A text node.
    pub fn text(value: impl Into<String>) -> Self {
        SafeNode::Text(value.into())
    }

    /// An element node with no attributes.
    pub fn element(name: &'static str, children: Vec<SafeNode>) -> Self {
        SafeNode::Element(SafeElement::new(name, children))
    }

    /// The concatenated text of this node and its descendants, as
    /// `textContent` would give it (`br` counts as a line break).
    pub fn text_content(&self) -> String {
        let mut out = String::new();
        self.collect_text(&mut out);
        out
    }

    fn collect_text(&self, out: &mut String) {
        match self {
            SafeNode::Text(t) => out.push_str(t),
            SafeNode::Element(e) if e.name == "br" => out.push('\n'),
            SafeNode::Element(e) => e.children.iter().for_each(|c| c.collect_text(out)),
        }
    }

    /// The element, if this node is one.
    pub fn as_element(&self) -> Option<&SafeElement> {
        match self {
            SafeNode::Element(e) => Some(e),
            SafeNode::Text(_) => None,
        }
    }
}

/// Plain text to paragraphs: blank lines (lines holding only white space)
/// separate paragraphs, each becomes a `p`; single line breaks inside a
/// paragraph become `br`. Leading and trailing white space of each line is
/// kept as written except at the paragraph's ends.
pub fn paragraphs_from_text(text: &str) -> Vec<SafeNode> {
    let mut blocks = Vec::new();
    let mut lines: Vec<&str> = Vec::new();
    let flush = |lines: &mut Vec<&str>, blocks: &mut Vec<SafeNode>| {
        if lines.is_empty() {
            return;
        }
        let mut children = Vec::with_capacity(lines.len() * 2);
        for (i, line) in lines.iter().enumerate() {
            if i > 0 {
                children.push(SafeNode::element("br", Vec::new()));
            }
            children.push(SafeNode::text(line.trim()));
        }
        blocks.push(SafeNode::element("p", children));
        lines.clear();
    };
    for line in text.lines() {
        if line.trim().is_empty() {
            flush(&mut lines, &mut blocks);
        } else {
            lines.push(line);
        }
    }
    flush(&mut lines, &mut blocks);
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_lines_split_paragraphs_and_single_breaks_stay() {
        let blocks = paragraphs_from_text("Title\n\n  First line\nsecond  \n \t \nLast");
        let texts: Vec<String> = blocks.iter().map(SafeNode::text_content).collect();
        assert_eq!(texts, ["Title", "First line\nsecond", "Last"]);
        assert!(blocks.iter().all(|b| b.as_element().unwrap().name == "p"));
    }

    #[test]
    fn empty_text_has_no_paragraphs() {
        assert!(paragraphs_from_text(" \n\n\t").is_empty());
    }
}
