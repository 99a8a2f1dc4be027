//! Native HTML parsing for tests: html5ever (a spec-conformant HTML5
//! parser, like the browser's) behind the sanitizer's `SourceNode` trait, so
//! the same sanitizer walk runs natively that runs over DOMParser output in
//! the browser.

use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::{Handle, NodeData, RcDom};
use syndicard::safe::SafeNode;
use syndicard::sanitize::{self, SourceKind, SourceNode};

/// A node of an html5ever tree.
pub struct Html(Handle);

impl SourceNode for Html {
    fn kind(&self) -> SourceKind {
        match &self.0.data {
            NodeData::Element { name, .. } => SourceKind::Element {
                name: name.local.to_ascii_lowercase().to_string(),
                html: name.ns == html5ever::ns!(html),
            },
            NodeData::Text { contents } => SourceKind::Text(contents.borrow().to_string()),
            _ => SourceKind::Other,
        }
    }

    fn attribute(&self, wanted: &str) -> Option<String> {
        match &self.0.data {
            NodeData::Element { attrs, .. } => attrs
                .borrow()
                .iter()
                .find(|a| a.name.ns == html5ever::ns!() && &*a.name.local == wanted)
                .map(|a| a.value.to_string()),
            _ => None,
        }
    }

    fn children(&self) -> Vec<Self> {
        if let NodeData::Element {
            template_contents, ..
        } = &self.0.data
        {
            if template_contents.borrow().is_some() {
                return Vec::new();
            }
        }
        self.0.children.borrow().iter().cloned().map(Html).collect()
    }
}

/// `source` parsed as a whole HTML document, as
/// `DOMParser.parseFromString(source, "text/html")` would build it: with
/// scripting disabled, as in every document without a browsing context (so
/// `noscript` holds markup, not raw text). Keep the returned tree alive
/// while walking it: dropping an `RcDom` empties every node's children.
pub fn parse(source: &str) -> RcDom {
    let opts = html5ever::ParseOpts {
        tree_builder: html5ever::tree_builder::TreeBuilderOpts {
            scripting_enabled: false,
            ..Default::default()
        },
        ..Default::default()
    };
    html5ever::parse_document(RcDom::default(), opts).one(source)
}

/// The `body` element of a parsed document.
pub fn body(dom: &RcDom) -> Html {
    let child = |parent: &Handle, wanted: &str| {
        parent
            .children
            .borrow()
            .iter()
            .find(|n| matches!(&n.data, NodeData::Element { name, .. } if &*name.local == wanted))
            .cloned()
            .expect("html5ever always builds html and body elements")
    };
    Html(child(&child(&dom.document, "html"), "body"))
}

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

/// `source` defanged, parsed and sanitized over html5ever's own tree, with
/// relative URLs resolved against `base`.
pub fn sanitized(source: &str, base: Option<&str>) -> Vec<SafeNode> {
    let dom = parse(&sanitize::defang(source));
    sanitize::sanitize(&body(&dom), base)
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
