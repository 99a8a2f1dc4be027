//! html5ever behind the sanitizer's [`SourceNode`]: the relay has no
//! browser, so release HTML is parsed by a spec-conformant HTML5 parser and
//! walked by the same allowlist policy ([`sanitize::sanitize`]) the widget
//! runs over `DOMParser` output.

use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::{Handle, NodeData, RcDom};
use syndicard::safe::SafeNode;
use syndicard::sanitize::{self, SourceKind, SourceNode};

/// A node of an html5ever tree.
pub struct Html(pub Handle);

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

/// `source` parsed as a whole document, as `DOMParser` builds it: with
/// scripting disabled (so `noscript` holds markup, not raw text).
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

/// Release HTML defanged, parsed and sanitized, as the widget does it,
/// relative URLs resolved against `base` (the release's link).
pub fn sanitized(source: &str, base: Option<&str>) -> Vec<SafeNode> {
    let dom = parse(&sanitize::defang(source));
    let out = sanitize::sanitize(&body(&dom), base);
    drop(dom);
    out
}
