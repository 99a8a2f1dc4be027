//! Native HTML parsing for tests: the relay's html5ever tree behind the
//! sanitizer's `SourceNode` (relay/src/html.rs, included as it is), so the
//! same sanitizer walk runs natively that runs over DOMParser output in the
//! browser; plus the browser's record path and a readable serialization.
//! Keep a parsed tree alive while walking it: dropping an `RcDom` empties
//! every node's children.

use markup5ever_rcdom::{Handle, NodeData};
use syndicard::safe::SafeNode;
use syndicard::sanitize;

#[path = "../../relay/src/html.rs"]
mod relay_html;

// Each test binary uses some of them.
#[allow(unused_imports)]
pub use relay_html::{body, parse, sanitized, Html};

/// The children of `root` as the records js/flatten.js writes in the
/// browser (src/sanitize/flat.rs), at most `nodes` of them, none nested
/// deeper than `depth`: the same walk over html5ever's tree.
pub fn records(root: &Html, mut nodes: usize, depth: usize) -> String {
    fn string(out: &mut String, s: &str) {
        out.push_str(&s.encode_utf16().count().to_string());
        out.push(':');
        out.push_str(s);
    }
    fn walk(parent: &Handle, level: usize, depth: usize, nodes: &mut usize, out: &mut String) {
        let children: Vec<Handle> = match &parent.data {
            NodeData::Element {
                template_contents, ..
            } if template_contents.borrow().is_some() => Vec::new(),
            _ => parent.children.borrow().clone(),
        };
        for child in children {
            if *nodes == 0 {
                return;
            }
            *nodes -= 1;
            match &child.data {
                NodeData::Element { name, attrs, .. } => {
                    out.push(if name.ns == html5ever::ns!(html) {
                        'H'
                    } else {
                        'F'
                    });
                    string(out, &name.local);
                    for a in attrs.borrow().iter() {
                        out.push('A');
                        match &a.name.prefix {
                            Some(prefix) => string(out, &format!("{prefix}:{}", a.name.local)),
                            None => string(out, &a.name.local),
                        }
                        string(out, &a.value);
                    }
                    if level < depth {
                        walk(&child, level + 1, depth, nodes, out);
                    }
                    out.push('/');
                }
                NodeData::Text { contents } => {
                    out.push('T');
                    string(out, &contents.borrow());
                }
                _ => out.push('O'),
            }
        }
    }
    let mut out = String::new();
    walk(&root.0, 0, depth, &mut nodes, &mut out);
    out
}

/// `source` defanged, parsed, handed over as records and sanitized (the
/// browser's path, html5ever standing in for DOMParser), with relative
/// URLs resolved against `base`.
pub fn sanitized_flat(source: &str, base: Option<&str>) -> Vec<SafeNode> {
    let dom = parse(&sanitize::defang(source));
    let records = records(
        &body(&dom),
        sanitize::policy::MAX_NODES,
        sanitize::policy::MAX_NESTING,
    );
    sanitize::sanitize(&sanitize::Flat::read(&records).root(), base)
}

/// A compact, readable serialization of a safe tree for assertions:
/// `<p>text <a href="…">link</a></p>`, with `&`, `<` and `>` in text and
/// `&` and `"` in attribute values escaped (so text that looks like markup
/// shows as text).
pub fn show(nodes: &[SafeNode]) -> String {
    let mut out = String::new();
    for n in nodes {
        write(n, &mut out);
    }
    out
}

fn write(node: &SafeNode, out: &mut String) {
    match node {
        SafeNode::Text(t) => out.push_str(
            &t.replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;"),
        ),
        SafeNode::Element(e) => {
            out.push('<');
            out.push_str(e.name);
            for (k, v) in &e.attrs {
                let v = v.replace('&', "&amp;").replace('"', "&quot;");
                out.push_str(&format!(" {k}=\"{v}\""));
            }
            out.push('>');
            for c in &e.children {
                write(c, out);
            }
            if !matches!(e.name, "br" | "hr" | "img") {
                out.push_str(&format!("</{}>", e.name));
            }
        }
    }
}
