//! The walk over a parsed HTML tree that rebuilds it from the allowlists.

use core::cell::Cell;

use super::policy;
use crate::i18n;
use crate::safe::{SafeElement, SafeNode};
use crate::url;

/// What a node of the source tree is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SourceKind {
    /// An element: its lower-case local name, and whether it is in the HTML
    /// namespace (SVG and MathML elements are not, and are never kept).
    Element {
        /// Lower-case local name.
        name: String,
        /// In the HTML namespace.
        html: bool,
    },
    /// A text node (or CDATA section), its data.
    Text(String),
    /// Anything else (comments, processing instructions, doctypes).
    Other,
}

/// A node of a tree built by an HTML5 parser (the browser's DOMParser in
/// the widget; another parser in native tests).
pub trait SourceNode: Sized {
    /// What this node is.
    fn kind(&self) -> SourceKind;
    /// The value of the attribute `name` (lower-case, no namespace).
    fn attribute(&self, name: &str) -> Option<String>;
    /// The child nodes, in order (for a `template`, none).
    fn children(&self) -> Vec<Self>;
}

/// Sanitizes the children of `root` (a `body`, or any container) into a
/// list of blocks. `base` is the URL relative `href`/`src` resolve against
/// (the release link); without it, relative URLs are dropped.
pub fn sanitize<N: SourceNode>(root: &N, base: Option<&str>) -> Vec<SafeNode> {
    let walker = Walker {
        base,
        budget: Cell::new(policy::MAX_NODES),
    };
    let mut out = Vec::new();
    walker.children(root, 0, false, &mut out);
    into_blocks(out, Context::Top)
}

/// Where walked pieces are being placed, which decides how loose inline
/// content is wrapped (see [`into_blocks`]).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Context {
    /// The release body itself: every inline run becomes a `p`.
    Top,
    /// A container that holds blocks (`li`, `blockquote`, …): inline runs
    /// become `p` only when blocks or breaks sit beside them.
    Flow,
    /// Any other element: breaks are dropped, nothing is wrapped.
    Inline,
}

/// A piece of the walk's output: a node, or a paragraph break left by a block
/// container whose tag was dropped.
enum Piece {
    Node(SafeNode),
    Break,
}

struct Walker<'a> {
    base: Option<&'a str>,
    /// Source nodes still to be read ([`policy::MAX_NODES`]).
    budget: Cell<usize>,
}

/// What the walk does with an element, decided before its children are read.
enum Verdict {
    /// Gone, with everything inside it.
    Drop,
    /// Its text only (foreign content, too deep).
    Flatten,
    /// Its tag goes, its children are walked in its place; `true` when it
    /// was a block container (its content becomes its own paragraph).
    Unwrap(bool),
    /// Rebuilt as this allowlisted element.
    Keep(&'static str, &'static [&'static str]),
}

impl Walker<'_> {
    /// Counts one source node against the budget; `false` once it is spent.
    fn spend(&self) -> bool {
        let left = self.budget.get();
        self.budget.set(left.saturating_sub(1));
        left > 0
    }

    /// Walks the children of `node`; `flat` when only their text is wanted.
    fn children<N: SourceNode>(&self, node: &N, depth: usize, flat: bool, out: &mut Vec<Piece>) {
        for child in node.children() {
            self.node(&child, depth, flat, out);
        }
    }

    fn verdict<N: SourceNode>(
        node: &N,
        name: &str,
        html: bool,
        flat: bool,
        depth: usize,
    ) -> Verdict {
        if policy::drops_content(name) || policy::hides(|a| node.attribute(a)) {
            return Verdict::Drop;
        }
        if flat || !html || depth >= policy::MAX_DEPTH {
            return Verdict::Flatten;
        }
        match policy::element(name) {
            Some((name, allowed)) => Verdict::Keep(name, allowed),
            None => Verdict::Unwrap(policy::BLOCK_CONTAINERS.contains(name)),
        }
    }

    /// Walks `node` at `depth` into `out`; `flat` inside a subtree reduced
    /// to its text.
    fn node<N: SourceNode>(&self, node: &N, depth: usize, flat: bool, out: &mut Vec<Piece>) {
        if depth > policy::MAX_NESTING || !self.spend() {
            return;
        }
        let (name, html) = match node.kind() {
            SourceKind::Text(t) => return out.push(Piece::Node(SafeNode::Text(t))),
            SourceKind::Other => return,
            SourceKind::Element { name, html } => (name, html),
        };
        let (name, allowed) = match Self::verdict(node, &name, html, flat, depth) {
            Verdict::Drop => return,
            Verdict::Flatten => return self.children(node, depth + 1, true, out),
            Verdict::Unwrap(block) => {
                if block {
                    out.push(Piece::Break);
                }
                self.children(node, depth + 1, false, out);
                if block {
                    out.push(Piece::Break);
                }
                return;
            }
            Verdict::Keep(name, allowed) => (name, allowed),
        };
        let attrs = self.attributes(node, name, allowed);
        match name {
            "img"
                if attr(&attrs, "src").is_none()
                    || policy::is_tracking_pixel(attr(&attrs, "width"), attr(&attrs, "height")) =>
            {
                return
            }
            "a" if attr(&attrs, "href").is_none() => {
                // A link without a usable URL keeps its text.
                return self.children(node, depth + 1, false, out);
            }
            _ => {}
        }
        let mut pieces = Vec::new();
        self.children(node, depth + 1, false, &mut pieces);
        let context = if policy::FLOW_CONTAINERS.contains(name) {
            Context::Flow
        } else {
            Context::Inline
        };
        let children = into_blocks(pieces, context);
        out.push(Piece::Node(SafeNode::Element(SafeElement {
            name,
            attrs,
            children,
        })));
    }

    fn attributes<N: SourceNode>(
        &self,
        node: &N,
        element: &str,
        allowed: &[&'static str],
    ) -> Vec<(&'static str, String)> {
        let mut attrs = Vec::new();
        for &attr in policy::GLOBAL_ATTRIBUTES.iter().chain(allowed) {
            let Some(raw) = node.attribute(attr) else {
                continue;
            };
            let value = match attr {
                "href" => url::checked(&raw, self.base, url::LINK_SCHEMES),
                "src" if element == "img" => url::checked(&raw, self.base, url::FETCH_SCHEMES),
                "width" | "height" => number(&raw, policy::MAX_IMAGE_SIDE),
                "colspan" | "rowspan" => number(&raw, policy::MAX_SPAN),
                "dir" => {
                    let dir = raw.trim().to_ascii_lowercase();
                    matches!(dir.as_str(), "ltr" | "rtl" | "auto").then_some(dir)
                }
                "lang" => i18n::is_language_tag(raw.trim()).then(|| raw.trim().to_string()),
                "title" | "alt" => Some(raw),
                // An allowlisted attribute with no rule here is not kept:
                // every kept value has passed a named check.
                _ => None,
            };
            if let Some(value) = value {
                attrs.push((attr, value));
            }
        }
        attrs
    }
}

/// The value of attribute `name` among `attrs`.
fn attr<'a>(attrs: &'a [(&str, String)], name: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, v)| v.as_str())
}

/// A dimension or span attribute read as browsers read it
/// ([`policy::dimension`]), kept when no larger than `max`.
fn number(raw: &str, max: u32) -> Option<String> {
    policy::dimension(raw)
        .filter(|&n| n <= u64::from(max))
        .map(|n| n.to_string())
}

/// Turns walked pieces into child nodes, wrapping runs of inline content in
/// `p` as `context` says.
fn into_blocks(pieces: Vec<Piece>, context: Context) -> Vec<SafeNode> {
    let structured = pieces.iter().any(|i| match i {
        Piece::Break => true,
        Piece::Node(SafeNode::Element(e)) => policy::is_block(e.name),
        Piece::Node(SafeNode::Text(_)) => false,
    });
    if context == Context::Inline {
        return pieces
            .into_iter()
            .filter_map(|i| match i {
                Piece::Node(n) => Some(n),
                Piece::Break => None,
            })
            .collect();
    }
    let mut out = Vec::new();
    let mut run: Vec<SafeNode> = Vec::new();
    let flush = |run: &mut Vec<SafeNode>, out: &mut Vec<SafeNode>| {
        let blank = run
            .iter()
            .all(|n| matches!(n, SafeNode::Text(t) if t.trim().is_empty()));
        if !blank {
            out.push(SafeNode::element("p", std::mem::take(run)));
        }
        run.clear();
    };
    let wrap = structured || context == Context::Top;
    for piece in pieces {
        match piece {
            Piece::Break => flush(&mut run, &mut out),
            Piece::Node(SafeNode::Element(e)) if policy::is_block(e.name) => {
                flush(&mut run, &mut out);
                out.push(SafeNode::Element(e));
            }
            Piece::Node(n) if wrap => run.push(n),
            Piece::Node(n) => out.push(n),
        }
    }
    flush(&mut run, &mut out);
    out
}
