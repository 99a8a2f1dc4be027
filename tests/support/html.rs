//! Native HTML parsing for tests: html5ever (a spec-conformant HTML5
//! parser, like the browser's) behind the sanitizer's `SourceNode` trait, so
//! the same sanitizer walk runs natively that runs over DOMParser output in
//! the browser.

use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::{Handle, NodeData, RcDom};
use syndicard::markup::Node;
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

/// `source` defanged, parsed and sanitized (the browser's path), with
/// relative URLs resolved against `base`.
pub fn sanitized(source: &str, base: Option<&str>) -> Vec<Node> {
    let dom = parse(&sanitize::defang(source));
    sanitize::sanitize(&body(&dom), base)
}

/// A compact, readable serialization of a safe tree for assertions:
/// `<p>text <a href="…">link</a></p>`, with `&`, `<` and `>` in text and
/// `&` and `"` in attribute values escaped (so text that looks like markup
/// shows as text).
pub fn show(nodes: &[Node]) -> String {
    let mut out = String::new();
    for n in nodes {
        write(n, &mut out);
    }
    out
}

fn write(node: &Node, out: &mut String) {
    match node {
        Node::Text(t) => out.push_str(
            &t.replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;"),
        ),
        Node::Element(e) => {
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
